// `npm start` as a newcomer runs it: embedded PostgreSQL, migrations, seed, serve; Ctrl-C stops both cleanly,
// and a second start on the same data reuses it without seeding twice.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { scaled } from '../../setup/time-scale';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DATA = path.join(ROOT, '.data', `test-process-${process.pid}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function start(port: number, pgPort: number): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  let out = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_DIR: DATA, EMBEDDED_PG_PORT: String(pgPort), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('explainer-api ready at')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, output: () => out, ready };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const count = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount edges { node { slug } } } }' }),
  });
  return (await res.json()).data.articles;
};

afterAll(() => fs.rmSync(DATA, { recursive: true, force: true }));

it('starts with embedded PostgreSQL, seeds once, and stops cleanly on SIGINT', async () => {
  const [port, pgPort] = [await freePort(), await freePort()];
  const first = start(port, pgPort);
  await first.ready;
  expect(first.output()).toContain('seed explainer loaded');
  expect(await count(port)).toEqual({ totalCount: 1, edges: [{ node: { slug: 'armenia-azerbaijan-border-clashes-2022' } }] });
  const code = exited(first.child);
  const t0 = Date.now();
  first.child.kill('SIGINT');
  expect(await code).toBe(0);
  // Exit code 0 says it stopped before its own 10 s force-exit; this is only a hang detector.
  expect(Date.now() - t0).toBeLessThan(scaled(10_000));
  expect(fs.existsSync(path.join(DATA, 'postmaster.pid'))).toBe(false);

  const second = start(port, pgPort);
  await second.ready;
  expect(second.output()).not.toContain('seed explainer loaded');
  expect(second.output()).not.toContain('migrations applied');
  expect((await count(port)).totalCount).toBe(1);
  const code2 = exited(second.child);
  second.child.kill('SIGTERM');
  expect(await code2).toBe(0);
}, 120_000);
