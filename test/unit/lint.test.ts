// `npm run lint` (ESLint with the architecture's rules, then Prettier's check) is part of the suite: a violation
// fails this test, and so shows in the suite's count like any other failure.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

it('npm run lint passes: no import cycle, no layer crossed, process.env only in config, formatted', () => {
  const run = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
  // The whole report on failure: which file broke which rule.
  expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ status: 0, output: '' });
}, 300_000);

// The lint walks the tree while other suites run: a directory .gitignore names (the suite's PostgreSQL data under
// .data/, which comes and goes) must be out of ESLint's walk, or a directory removed mid-walk fails it with ENOENT.
it('ESLint ignores every directory .gitignore names', () => {
  const dirs = readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith('/') && !l.startsWith('#'));
  const script = `import('eslint').then(async ({ ESLint }) => { const e = new ESLint(); const dirs = ${JSON.stringify(dirs)}; console.log(JSON.stringify(await Promise.all(dirs.map((d) => e.isPathIgnored(d + 'probe.ts'))))); })`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(Object.fromEntries(dirs.map((d, i) => [d, JSON.parse(run.stdout)[i]]))).toEqual(Object.fromEntries(dirs.map((d) => [d, true])));
}, 90_000);
