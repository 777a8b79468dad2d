// Chaos: under a steady load of reads and writes, PostgreSQL is killed with SIGKILL and restarted 20 times.
// Every write the client saw acknowledged must be in the database afterwards; a write that failed is retried
// with its Idempotency-Key and never runs twice; reads are refused (503 SERVICE_UNAVAILABLE) during outages and
// never hang. Each kill waits on conditions, not on the clock: /readyz says 503, PostgreSQL is started again,
// /readyz says 200, and a write is acknowledged again; the load runs until enough writes are acknowledged.
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { loadFixtures } from '../../src/db/seed/seed';
import { apiKeyService } from '../../src/modules/auth/api-key.service';
import { Role } from '../../src/modules/auth/api-key.entity';
import { createServer, type App } from '../../src/server';
import { ownPostgres, type OwnPostgres } from '../setup/own-postgres';
import { scaled, until } from '../setup/time-scale';

const KILLS = 20;
/** The load runs until this many writes are acknowledged (at least one after each restart), within LOAD_DEADLINE_MS. */
const MIN_ACKNOWLEDGED = 2 * KILLS;
const LOAD_DEADLINE_MS = scaled(240_000);
/** A request unanswered this long hangs (the product answers or refuses within seconds, even under load). */
const HANG_MS = scaled(30_000);
// Bounds, not targets: each kill is noticed and recovered from, however busy the machine (the product's 2 s and
// 5 s targets are the outage test's, on a server with no load beside the probe; here four clients keep it busy).
const DOWN_MS = scaled(30_000);
const UP_MS = scaled(60_000);
/** A PostgreSQL restart after kill -9 (crash recovery; 20-30 s each on a 2-core machine shared by several suites). */
const RESTART_MS = scaled(60_000);
/** From /readyz 200 to the next acknowledged write (pool reconnect, a writer's retry). */
const WRITE_AGAIN_MS = scaled(60_000);
let pg: OwnPostgres;
let ds: DataSource;
let app: App;
let base: string;
let url: string;
let key: string;

// afterAll waits for this: a beforeAll past its timeout keeps running, and what it starts then must be stopped too.
let setUp: Promise<void> | undefined;
beforeAll(() => (setUp = setUpServer()), 300_000);

async function setUpServer(): Promise<void> {
  pg = await ownPostgres('chaos');
  ds = createDataSource({ url: pg.url, poolSize: 10, connectTimeoutMs: 1000 });
  await ds.initialize();
  await ds.runMigrations();
  await loadFixtures(ds, 'armenia-azerbaijan');
  key = (await apiKeyService.create({ db: ds.manager }, 'chaos-cms', Role.EDITOR)).key;
  app = await createServer(
    loadConfig({ NODE_ENV: 'test', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE: 'false' }),
    ds,
    pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  );
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}`;
  url = `${base}/graphql`;
}

afterAll(async () => {
  await setUp?.catch(() => undefined);
  await app?.stop();
  await ds?.destroy().catch(() => undefined);
  await pg?.stop();
});

type Outcome = { status: number; code?: string; ok: boolean; hung?: boolean };

async function call(body: unknown, headers: Record<string, string> = {}): Promise<Outcome> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const json = await res.json().catch(() => ({}));
    return { status: res.status, code: json.errors?.[0]?.extensions?.code, ok: res.status === 200 && !json.errors };
  } catch (err) {
    return { status: 0, ok: false, hung: (err as Error).name === 'TimeoutError' };
  }
}

const readyz = async (): Promise<number> => {
  try {
    return (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(HANG_MS) })).status;
  } catch {
    return 0;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const READ = { query: '{ article(slug: "armenia-azerbaijan-border-clashes-2022") { headline sections { key } } }' };
const summary = (ms: number[]) => {
  const s = [...ms].sort((x, y) => x - y);
  return `p50 ${s[Math.floor(s.length / 2)].toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms`;
};

it(
  `keeps every acknowledged write through ${KILLS} kill -9 of PostgreSQL`,
  async () => {
    let running = true;
    const reads = { ok: 0, unavailable: 0, other: [] as Outcome[] };
    const acknowledged: string[] = [];
    const violations: string[] = [];
    const writeFailures = { count: 0 };

    const reader = async () => {
      while (running) {
        const r = await call(READ);
        if (r.ok) reads.ok++;
        else if (r.status === 503 && r.code === 'SERVICE_UNAVAILABLE') reads.unavailable++;
        else reads.other.push(r);
        if (!r.ok) await sleep(20);
      }
    };
    const writer = async (w: number) => {
      for (let n = 0; running; n++) {
        const slug = `chaos-${w}-${n}`;
        const body = {
          query: `mutation($s: String!) { createArticle(input: { slug: $s, headline: "Chaos", sections: [{ body: "Lead." }] }) { slug } }`,
          variables: { s: slug },
        };
        // Retried with the same Idempotency-Key until it is acknowledged, even after the load stops.
        for (;;) {
          const r = await call(body, { authorization: `Bearer ${key}`, 'idempotency-key': slug });
          if (r.ok) {
            acknowledged.push(slug);
            break;
          }
          if (r.code === 'BAD_USER_INPUT') {
            violations.push(slug); // the slug was taken: an earlier attempt ran and this one ran again
            break;
          }
          writeFailures.count++;
          await sleep(50); // a client's pause before its retry
        }
      }
    };

    const load = [reader(), reader(), writer(1), writer(2)];
    const times = { down: [] as number[], restart: [] as number[], up: [] as number[], writeAgain: [] as number[] };
    const refusedDuringOutage: Outcome[] = [];
    try {
      await until(
        'a first acknowledged write',
        async () => acknowledged.length,
        (n) => n > 0,
        scaled(120_000),
      );
      for (let i = 0; i < KILLS; i++) {
        pg.kill();
        times.down.push((await until(`kill ${i + 1}: /readyz reports the outage`, readyz, (s) => s === 503, DOWN_MS)).ms);
        // While the database is down, a read is refused at once, with the cause.
        refusedDuringOutage.push(await call(READ));
        const started = performance.now();
        await pg.start();
        times.restart.push(performance.now() - started);
        const acknowledgedBefore = acknowledged.length;
        times.up.push((await until(`kill ${i + 1}: /readyz reports recovery`, readyz, (s) => s === 200, UP_MS)).ms);
        const upAt = performance.now();
        await until(
          `kill ${i + 1}: a write acknowledged after the restart`,
          async () => acknowledged.length,
          (n) => n > acknowledgedBefore,
          WRITE_AGAIN_MS,
        );
        times.writeAgain.push(performance.now() - upAt);
      }
      await until(
        `${MIN_ACKNOWLEDGED} writes acknowledged`,
        async () => acknowledged.length,
        (n) => n >= MIN_ACKNOWLEDGED,
        LOAD_DEADLINE_MS,
        50,
      );
    } finally {
      running = false;
      await Promise.all(load);
    }

    const found: { slug: string }[] = await ds.query(`SELECT slug FROM article WHERE slug LIKE 'chaos-%'`);
    const foundSet = new Set(found.map((r) => r.slug));
    const lost = acknowledged.filter((s) => !foundSet.has(s));
    console.info(
      `chaos: ${KILLS} kill -9 of PostgreSQL; writes acknowledged ${acknowledged.length}, found ${found.length}, lost ${lost.length}, ` +
        `failed attempts retried ${writeFailures.count}, double runs ${violations.length}; reads ok ${reads.ok}, 503 ${reads.unavailable}, other ${reads.other.length}; ` +
        `/readyz 503 after the kill: ${summary(times.down)} (bound ${DOWN_MS} ms); PostgreSQL restart: ${summary(times.restart)}; ` +
        `/readyz 200 after the restart: ${summary(times.up)} (bound ${UP_MS} ms); first acknowledged write after /readyz 200: ${summary(times.writeAgain)}`,
    );
    expect(violations).toEqual([]);
    expect(lost).toEqual([]);
    expect(found.length).toBe(acknowledged.length);
    expect(reads.other.filter((o) => o.hung)).toEqual([]);
    expect(reads.other).toEqual([]);
    expect(refusedDuringOutage).toEqual(Array.from({ length: KILLS }, () => ({ status: 503, code: 'SERVICE_UNAVAILABLE', ok: false })));
    expect(acknowledged.length).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);
    // Every kill was seen and recovered from within the bounds (the deadlines above), once each.
    expect([times.down.length, times.up.length, times.writeAgain.length]).toEqual([KILLS, KILLS, KILLS]);
    expect(Math.max(...times.down)).toBeLessThanOrEqual(DOWN_MS);
    expect(Math.max(...times.up)).toBeLessThanOrEqual(UP_MS);
  },
  KILLS * (DOWN_MS + UP_MS + WRITE_AGAIN_MS + RESTART_MS) + LOAD_DEADLINE_MS,
);
