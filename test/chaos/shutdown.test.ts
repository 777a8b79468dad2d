// SIGTERM with 200 requests in flight: no connection reset, every request answered, exit code 0 within 10 s.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort } from '../setup/own-postgres';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, '.data', `test-shutdown-${process.pid}`);
beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}, 120_000);
afterAll(() => fs.rmSync(DATA, { recursive: true, force: true }));

function start(port: number, pgPort: number): { child: ChildProcess; ready: Promise<void> } {
  let out = '';
  // The compiled server, as `npm start` runs it (a tsx wrapper process would stand between the signal and it).
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_DIR: DATA, EMBEDDED_PG_PORT: String(pgPort), NODE_ENV: 'production', RATE_LIMIT_ENABLED: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const probe = setInterval(() => {
      http.get({ host: '127.0.0.1', port, path: '/readyz' }, (res) => {
        res.resume();
        if (res.statusCode === 200) {
          clearInterval(probe);
          resolve();
        }
      }).on('error', () => undefined);
    }, 100);
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => {
      clearInterval(probe);
      reject(new Error(`exited with ${code}: ${out}`));
    });
  });
  return { child, ready };
}

const QUERY = JSON.stringify({
  query: `{ article(slug: "armenia-azerbaijan-border-clashes-2022") { headline sections { key body citations { excerpt source { name } }
    quotes { text source { name } } reactions { stance summary actor { name } source { name } } } } }`,
});

function request(port: number, agent: http.Agent): Promise<{ status: number; ok: boolean } | { error: string }> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ok: body.includes('"headline"') && !body.includes('"errors"') }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(QUERY);
  });
}

it('drains 200 in-flight requests on SIGTERM and exits 0 within 10 s', async () => {
  const [port, pgPort] = [await freePort(), await freePort()];
  const { child, ready } = start(port, pgPort);
  await ready;
  // 200 open connections first, so that every request below is on a connection the server has accepted.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
  const warm = await Promise.all(Array.from({ length: 200 }, () => request(port, agent)));
  expect(warm.filter((r) => 'error' in r)).toEqual([]);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const inFlight = Array.from({ length: 200 }, () => request(port, agent));
  await new Promise((r) => setTimeout(r, 50));
  const t0 = Date.now();
  child.kill('SIGTERM');
  const results = await Promise.all(inFlight);
  const code = await exited;
  const ms = Date.now() - t0;
  agent.destroy();

  const errors = results.filter((r) => 'error' in r);
  expect(errors).toEqual([]);
  expect(results.filter((r) => 'status' in r && r.status === 200 && r.ok)).toHaveLength(200);
  expect(code).toBe(0);
  expect(ms).toBeLessThan(10_000);
  expect(fs.existsSync(path.join(DATA, 'postmaster.pid'))).toBe(false);
  console.info(`shutdown: SIGTERM with 200 requests in flight: ${results.length - errors.length} answered, ${errors.length} resets, exit ${code} after ${ms} ms`);
}, 120_000);
