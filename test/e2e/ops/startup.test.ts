// Start-up wherever a newcomer clones, and start-up failures a user can fix: each ends with one line on stderr
// saying what happened and what to do, and exit code 1 (no unhandled 'error' event, no stack).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../setup/own-postgres';
import { enginesRange, nodeVersionProblem } from '../../../src/node-version';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const isRoot = process.getuid?.() === 0;
const scratch: string[] = [];

interface Run {
  code: Promise<number | null>;
  ready: Promise<void>;
  stdout: () => string;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

/** `src/main.ts` run from `cwd` as `npm start` runs it (built code there; the sources here, with tsx). */
function start(cwd: string, env: Record<string, string>): Run {
  let out = '';
  let err = '';
  const child = spawn(process.execPath, [TSX, 'src/main.ts'], {
    cwd,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('explainer-api ready at') && resolve());
    void code.then((c) => reject(new Error(`exited with ${c}: ${out}${err}`)));
  });
  return { code, ready, stdout: () => out, stderr: () => err, kill: (s) => child.kill(s) };
}

/** Runs a start that must fail; returns its one stderr line (and checks there is exactly one, and exit code 1). */
async function failure(cwd: string, env: Record<string, string>): Promise<string> {
  const run = start(cwd, env);
  run.ready.catch(() => undefined);
  expect(await run.code).toBe(1);
  const lines = run.stderr().split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(run.stdout()).not.toMatch(/^\s+at /m);
  return lines[0];
}

function tempDir(mode = 0o700): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-startup-'));
  fs.chmodSync(dir, mode);
  scratch.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratch) {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('from a clone in a directory closed to other users (mktemp -d, /root/...)', () => {
  it(
    isRoot
      ? 'as root: the PostgreSQL binaries and data move to a traversable per-project dir (one log line), and it serves'
      : 'not root: a data dir whose parent is not writable gives one clear line',
    async () => {
      const dir = tempDir(0o700);
      const clone = path.join(dir, 'clone');
      fs.mkdirSync(clone);
      for (const f of ['src', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(ROOT, f), path.join(clone, f), { recursive: true });
      // A hard-linked copy of the dependencies: what `npm ci` would put there, in a fraction of a second.
      execFileSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules')]);
      const [port, pgPort] = [await freePort(), await freePort()];
      if (!isRoot) {
        const closed = path.join(dir, 'closed');
        fs.mkdirSync(closed, { mode: 0o500 });
        const line = await failure(clone, { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: path.join(closed, 'pg') });
        expect(line).toBe(
          `cannot create the embedded PostgreSQL data dir ${path.join(closed, 'pg')} (EACCES): make its parent writable for ${os.userInfo().username}, or set EMBEDDED_PG_DIR to a writable directory`,
        );
        return;
      }
      const run = start(clone, { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) });
      await run.ready;
      const moved = run
        .stdout()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { msg: string }).msg)
        .filter((m) => m.includes('cannot reach'));
      expect(moved).toHaveLength(1);
      const base = /are under (\S+)$/.exec(moved[0])![1];
      expect(moved[0]).toBe(
        `the postgres user cannot reach this project's directory (a parent is closed to other users), so the embedded PostgreSQL's binaries and data (instead of ${path.join(clone, '.data', 'pg')}) are under ${base}`,
      );
      scratch.push(base);
      expect(fs.statSync(base).mode & 0o777).toBe(0o755);
      const data = fs.readdirSync(base).find((e) => e.startsWith('pg-') && !e.endsWith('.owner'))!;
      expect(fs.statSync(path.join(base, data)).mode & 0o777).toBe(0o700);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      });
      expect(await res.json()).toEqual({ data: { articles: { totalCount: 1 } } });
      run.kill('SIGINT');
      expect(await run.code).toBe(0);
      expect(run.stderr()).toBe('');
      expect(fs.existsSync(path.join(base, data, 'postmaster.pid'))).toBe(false);
    },
    180_000,
  );
});

describe('start-up failures a user can fix: one line, exit code 1', () => {
  it('the embedded PostgreSQL port taken by another program', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const squatter = net.createServer().listen(pgPort, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    try {
      const line = await failure(ROOT, { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: path.join(tempDir(0o755), 'pg') });
      expect(line).toBe(
        `port ${pgPort} is already in use by another program, so the embedded PostgreSQL cannot listen on it: stop that program, or set EMBEDDED_PG_PORT to a free port`,
      );
    } finally {
      squatter.close();
    }
  }, 120_000);

  it('the HTTP port taken: one line, and the embedded PostgreSQL it started is stopped', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const data = path.join(tempDir(0o755), 'pg');
    const squatter = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    try {
      const line = await failure(ROOT, { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: data });
      expect(line).toBe(`port ${port} on 127.0.0.1 is already in use by another program: stop it, or set PORT to a free port`);
      expect(fs.existsSync(path.join(data, 'postmaster.pid'))).toBe(false);
    } finally {
      squatter.close();
    }
  }, 180_000);

  it('a data dir of another PostgreSQL major version', async () => {
    const data = path.join(tempDir(0o755), 'pg');
    fs.mkdirSync(data, { mode: 0o700 });
    fs.writeFileSync(path.join(data, 'PG_VERSION'), '16\n');
    const line = await failure(ROOT, { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_PG_DIR: data });
    expect(line).toBe(
      `${data} holds a PostgreSQL 16 cluster and this install runs PostgreSQL 18: move that directory away (or upgrade it with pg_upgrade), or set EMBEDDED_PG_DIR to another directory`,
    );
  }, 60_000);

  it('a data dir that cannot be created', async () => {
    // Root may write anywhere but where the kernel says no (sysfs); others not under a 0500 directory.
    const parent = isRoot ? '/sys/explainer-api-test' : path.join(tempDir(0o500), 'closed');
    const data = path.join(parent, 'pg');
    const line = await failure(ROOT, { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_PG_DIR: data });
    const code = isRoot ? 'EPERM' : 'EACCES';
    expect(line).toBe(
      `cannot create the embedded PostgreSQL data dir ${data} (${code}): make its parent writable for ${isRoot ? 'root' : os.userInfo().username}, or set EMBEDDED_PG_DIR to a writable directory`,
    );
  }, 60_000);

  it('DATABASE_URL unreachable', async () => {
    const dead = await freePort();
    const line = await failure(ROOT, { PORT: String(await freePort()), DATABASE_URL: `postgres://app:secret@127.0.0.1:${dead}/app` });
    expect(line).toBe(`cannot reach PostgreSQL at 127.0.0.1:${dead} (ECONNREFUSED): start it, or fix the host and port in DATABASE_URL`);
    expect(line).not.toContain('secret');
  }, 60_000);

  it('production without DATABASE_URL (the image has no embedded PostgreSQL)', async () => {
    const line = await failure(ROOT, { PORT: String(await freePort()), NODE_ENV: 'production' });
    expect(line).toBe(
      'DATABASE_URL is not set: in production (NODE_ENV=production) the API needs a PostgreSQL server; set DATABASE_URL=postgres://user:password@host:5432/database',
    );
  }, 60_000);

  it('a Node outside package.json engines', () => {
    const range = enginesRange(path.join(ROOT, 'src'));
    expect(range).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node);
    expect(nodeVersionProblem('20.11.1', range)).toBe(
      `explainer-api needs Node ${range} (package.json "engines") and this is Node 20.11.1: install Node 22 LTS (e.g. \`nvm install 22\`) and run it again`,
    );
    expect(nodeVersionProblem('22.12.0', range)).not.toBeNull();
    expect(nodeVersionProblem('22.15.0', range)).toBeNull();
    expect(nodeVersionProblem(process.versions.node, range)).toBeNull();
  });
});
