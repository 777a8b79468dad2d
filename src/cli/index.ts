#!/usr/bin/env node
// The `explainer-api` bin (package.json "bin"; `npm run cli -- <command>` from a checkout).
// First, as in src/main.ts: a Node outside package.json's `engines` stops here with one line and exit code 1.
import '../node-version';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './program';
import { exitAfterOutput, stopQuietlyOnClosedPipe } from './io';

const pkg = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '', 'package.json'), 'utf8'),
);

const streams = [process.stdout, process.stderr];
const exit = (code: number) => process.exit(code);
stopQuietlyOnClosedPipe(streams, exit);

runCli(
  process.argv.slice(2),
  { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: Boolean(process.stderr.isTTY) },
  pkg.version,
).then(
  (code) => exitAfterOutput(code, streams, exit),
  (err) => {
    console.error(err);
    exitAfterOutput(1, streams, exit);
  },
);
