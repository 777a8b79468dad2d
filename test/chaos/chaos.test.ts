// Chaos: under a steady load of reads and writes, PostgreSQL is killed with SIGKILL and restarted 20 times.
// Every write the client saw acknowledged must be in the database afterwards; a write that failed is retried
// with its Idempotency-Key and never runs twice; reads fail fast (503) during outages and never hang.
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { loadFixtures } from '../../src/db/seed/seed';
import { apiKeyService } from '../../src/modules/auth/api-key.service';
import { Role } from '../../src/modules/auth/api-key.entity';
import { createServer, type App } from '../../src/server';
import { ownPostgres, type OwnPostgres } from '../setup/own-postgres';

const KILLS = 20;
let pg: OwnPostgres;
let ds: DataSource;
let app: App;
let url: string;
let key: string;

beforeAll(async () => {
  pg = await ownPostgres('chaos');
  ds = createDataSource({ url: pg.url, poolSize: 10, connectTimeoutMs: 1000 });
  await ds.initialize();
  await ds.runMigrations();
  await loadFixtures(ds, 'armenia-azerbaijan');
  key = (await apiKeyService.create(ds.manager, 'chaos-cms', Role.EDITOR)).key;
  app = await createServer(loadConfig({ NODE_ENV: 'test', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE: 'false' }), ds, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}/graphql`;
}, 60_000);

afterAll(async () => {
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
      signal: AbortSignal.timeout(5000),
    });
    const json = await res.json().catch(() => ({}));
    return { status: res.status, code: json.errors?.[0]?.extensions?.code, ok: res.status === 200 && !json.errors };
  } catch (err) {
    return { status: 0, ok: false, hung: (err as Error).name === 'TimeoutError' };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it(`keeps every acknowledged write through ${KILLS} kill -9 of PostgreSQL`, async () => {
  let running = true;
  const reads = { ok: 0, unavailable: 0, other: [] as Outcome[] };
  const acknowledged: string[] = [];
  const violations: string[] = [];
  const writeFailures = { count: 0 };

  const reader = async () => {
    while (running) {
      const r = await call({ query: '{ article(slug: "armenia-azerbaijan-border-clashes-2022") { headline sections { key } } }' });
      if (r.ok) reads.ok++;
      else if (r.status === 503 && r.code === 'SERVICE_UNAVAILABLE') reads.unavailable++;
      else reads.other.push(r);
      if (!r.ok) await sleep(20);
    }
  };
  const writer = async (w: number) => {
    for (let n = 0; running; n++) {
      const slug = `chaos-${w}-${n}`;
      const body = { query: `mutation($s: String!) { createArticle(input: { slug: $s, headline: "Chaos", sections: [{ body: "Lead." }] }) { slug } }`, variables: { s: slug } };
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
        await sleep(50);
      }
    }
  };

  const load = [reader(), reader(), writer(1), writer(2)];
  const recovery: number[] = [];
  for (let i = 0; i < KILLS; i++) {
    await sleep(300);
    pg.kill();
    await sleep(150);
    const started = Date.now();
    await pg.start();
    recovery.push(Date.now() - started);
  }
  await sleep(500);
  running = false;
  await Promise.all(load);

  const found: { slug: string }[] = await ds.query(`SELECT slug FROM article WHERE slug LIKE 'chaos-%'`);
  const foundSet = new Set(found.map((r) => r.slug));
  const lost = acknowledged.filter((s) => !foundSet.has(s));
  expect(violations).toEqual([]);
  expect(lost).toEqual([]);
  expect(found.length).toBe(acknowledged.length);
  expect(reads.other.filter((o) => o.hung)).toEqual([]);
  expect(reads.other).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(KILLS);
  expect(reads.unavailable).toBeGreaterThan(0);
  console.info(
    `chaos: ${KILLS} kill -9 of PostgreSQL; writes acknowledged ${acknowledged.length}, found ${found.length}, lost ${lost.length}, ` +
      `failed attempts retried ${writeFailures.count}, double runs ${violations.length}; reads ok ${reads.ok}, 503 ${reads.unavailable}, other ${reads.other.length}`,
  );
}, 300_000);
