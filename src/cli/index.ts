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

runCli(
  process.argv.slice(2),
  { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: Boolean(process.stderr.isTTY) },
  pkg.version,
).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
