// The CLI (src/cli/index.ts, the `explainer-api` bin) checks the Node version as `npm start` does: on a Node
// outside package.json's `engines`, one line saying what to install and exit code 1, before any command runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { enginesRange, nodeVersionProblem } from '../../../src/node-version';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(entry: string, args: string[], pretendOld: boolean) {
  const preload = path.join(ROOT, 'test', 'setup', 'pretend-node-18.cjs');
  return spawnSync(process.execPath, [TSX, entry, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH, ...(pretendOld ? { NODE_OPTIONS: `--require=${preload}` } : {}) },
  });
}

describe('the Node version check', () => {
  const expected = nodeVersionProblem('18.20.0', enginesRange(path.join(ROOT, 'src')));

  it.each([
    ['the CLI', 'src/cli/index.ts', ['--help']],
    ['npm start', 'src/main.ts', []],
  ])(
    '%s on Node 18: one clear line, exit code 1',
    (_name, entry, args) => {
      const r = run(entry, args, true);
      expect(expected).toMatch(/^explainer-api needs Node .* and this is Node 18\.20\.0: install Node 22 LTS/);
      expect([r.status, r.stderr.trim(), r.stdout]).toEqual([1, expected, '']);
    },
    150_000,
  );

  it('the CLI on this Node runs its command (positive control)', () => {
    const r = run('src/cli/index.ts', ['--help'], false);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/explainer-api/);
  }, 150_000);
});
