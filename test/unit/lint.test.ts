// `npm run lint` (ESLint with the architecture's rules, then Prettier's check) is part of the suite: a violation
// fails this test, and so shows in the suite's count like any other failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

it('npm run lint passes: no import cycle, no layer crossed, process.env only in config, formatted', () => {
  const run = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
  // The whole report on failure: which file broke which rule.
  expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ status: 0, output: '' });
}, 300_000);
