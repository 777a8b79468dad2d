// SIGTERM with 200 requests in flight: no connection reset, every request answered, exit code 0 within 10 s.
// "In flight" is made certain, not timed: each request sends its headers and all but the last byte of its body,
// so the server holds it until the body is complete; SIGTERM goes once the server's in-flight gauge reads 200,
// and the last bytes follow once the server has stopped accepting connections (it is draining).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '../setup/own-postgres';
import { scaled, until } from '../setup/time-scale';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, '.data', `test-shutdown-${process.pid}`);
beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}, 300_000);
afterAll(() => fs.rmSync(DATA, { recursive: true, force: true }));

function start(port: number, pgPort: number): { child: ChildProcess; ready: Promise<void> } {
  let out = '';
  // The compiled server, as `npm start` runs it (a tsx wrapper process would stand between the signal and it).
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: DATA,
      EMBEDDED_PG_PORT: String(pgPort),
      // As `npm start` runs it: development mode (production refuses the embedded PostgreSQL and wants DATABASE_URL).
      NODE_ENV: 'development',
      RATE_LIMIT_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      METRICS_ENABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const probe = setInterval(() => {
      http
        .get({ host: '127.0.0.1', port, path: '/readyz' }, (res) => {
          res.resume();
          if (res.statusCode === 200) {
            clearInterval(probe);
            resolve();
          }
        })
        .on('error', () => undefined);
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

type Answer = { status: number; ok: boolean } | { error: string };

/** A POST of QUERY whose body stops one byte short; `finish()` sends the last byte. */
function held(port: number, agent: http.Agent): { answer: Promise<Answer>; finish: () => void } {
  let req!: http.ClientRequest;
  const answer = new Promise<Answer>((resolve) => {
    req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ok: body.includes('"headline"') && !body.includes('"errors"') }));
        res.on('error', (e) => resolve({ error: e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.write(QUERY.slice(0, -1));
  });
  return { answer, finish: () => req.end(QUERY.slice(-1)) };
}

const request = (port: number, agent: http.Agent): Promise<Answer> => {
  const r = held(port, agent);
  r.finish();
  return r.answer;
};

/** The server's explainer_http_requests_in_flight, less the /metrics request that reads it; null: no answer. */
const inFlight = (port: number): Promise<number | null> =>
  new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/metrics', agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          const m = /^explainer_http_requests_in_flight (\d+)$/m.exec(body);
          resolve(m ? Number(m[1]) - 1 : null);
        });
      })
      .on('error', () => resolve(null));
  });

/** Whether a new connection to `port` is accepted (a draining server accepts none). */
const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true))).on('error', () => resolve(false));
  });

it('drains 200 in-flight requests on SIGTERM and exits 0 within 10 s', async () => {
  const [port, pgPort] = [await freePort(), await freePort()];
  const { child, ready } = start(port, pgPort);
  await ready;
  // The server answers before the test: a warm-up on connections of their own.
  const warm = await Promise.all(Array.from({ length: 20 }, () => request(port, new http.Agent({ keepAlive: false }))));
  expect(warm.filter((r) => 'error' in r)).toEqual([]);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  // A connection each, opened now: no keep-alive connection that the server's idle timer may close as it is reused.
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const inFlightRequests = Array.from({ length: 200 }, () => held(port, agent));
  const early: Answer[] = [];
  for (const r of inFlightRequests) void r.answer.then((a) => early.push(a));
  // The server holds all 200 (it waits for the rest of their bodies); none was answered or refused meanwhile.
  await until(
    '200 requests in flight on the server',
    async () => ({ inFlight: await inFlight(port), answered: early.length }),
    (n) => n.inFlight === 200 || n.answered > 0,
    scaled(30_000),
    50,
  );
  expect(early).toEqual([]);
  const t0 = Date.now();
  child.kill('SIGTERM');
  // Draining: the server accepts no new connection, and still holds the 200.
  await until(
    'the server stops accepting connections',
    () => accepts(port),
    (ok) => !ok,
    scaled(5000),
  );
  for (const r of inFlightRequests) r.finish();
  const results = await Promise.all(inFlightRequests.map((r) => r.answer));
  const code = await exited;
  const ms = Date.now() - t0;
  agent.destroy();

  const errors = results.filter((r) => 'error' in r);
  expect(errors).toEqual([]);
  expect(results.filter((r) => 'status' in r && r.status === 200 && r.ok)).toHaveLength(200);
  expect(code).toBe(0);
  // Exit code 0 says it stopped before its own 10 s force-exit; this is only a hang detector.
  expect(ms).toBeLessThan(scaled(10_000));
  expect(fs.existsSync(path.join(DATA, 'postmaster.pid'))).toBe(false);
  console.info(
    `shutdown: SIGTERM with 200 requests in flight (gauge 200): ${results.length - errors.length} answered, ${errors.length} resets, exit ${code} after ${ms} ms`,
  );
}, 300_000);
