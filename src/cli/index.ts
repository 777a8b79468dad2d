#!/usr/bin/env node
// The `explainer-api` bin (package.json "bin"; `npm run cli -- <command>` from a checkout).
// First, as in src/main.ts: a Node outside package.json's `engines` stops here with one line and exit code 1.
import '../node-version';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './program';

const pkg = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '', 'package.json'), 'utf8'),
);

/**
 * Exits once stdout and stderr have taken everything written: to a pipe ("import-quality --verbose | grep"),
 * writes are asynchronous, and exiting right away cut the output short.
 */
function exitAfterOutput(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

runCli(
  process.argv.slice(2),
  { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: Boolean(process.stderr.isTTY) },
  pkg.version,
).then(exitAfterOutput, (err) => {
  console.error(err);
  exitAfterOutput(1);
});
