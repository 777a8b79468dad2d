// The database goes away under a running server: readiness says so within 2 s, reads fail fast with
// SERVICE_UNAVAILABLE (503), and everything comes back without a restart.
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { createDataSource } from '../../../src/db/data-source';
import { loadFixtures } from '../../../src/db/seed/seed';
import { createServer, type App } from '../../../src/server';
import { ownPostgres, type OwnPostgres } from '../../setup/own-postgres';
import type { DataSource } from 'typeorm';

let pg: OwnPostgres;
let ds: DataSource;
let app: App;
let url: string;
beforeAll(async () => {
  pg = await ownPostgres('outage');
  ds = createDataSource({ url: pg.url, poolSize: 5, connectTimeoutMs: 1000 });
  await ds.initialize();
  await ds.runMigrations();
  await loadFixtures(ds, 'armenia-azerbaijan');
  const config = loadConfig({ NODE_ENV: 'test', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE: 'false' });
  app = await createServer(config, ds, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}`;
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await ds?.destroy().catch(() => undefined);
  await pg?.stop();
});

const ready = async () => (await fetch(`${url}/readyz`)).status;
const read = () =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ article(slug: "armenia-azerbaijan-border-clashes-2022") { headline sections { key } } }' }),
  });

async function until(check: () => Promise<boolean>, maxMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > maxMs) throw new Error(`not within ${maxMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

it('reports the outage within 2 s, fails reads fast with 503, and recovers within 5 s without a restart', async () => {
  expect(await ready()).toBe(200);
  expect((await read()).status).toBe(200);

  pg.kill();
  const down = await until(async () => (await ready()) === 503, 2000);
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const res = await read();
    const took = Date.now() - started;
    const body = await res.json();
    expect([res.status, body.errors[0].extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    expect(took).toBeLessThan(2500);
  }

  const restarted = Date.now();
  await pg.start();
  const up = await until(async () => (await ready()) === 200, 5000);
  expect((await read()).status).toBe(200);
  console.info(`outage: /readyz 503 after ${down} ms; 200 again ${up} ms after PostgreSQL was back (restart took ${Date.now() - restarted - up} ms)`);
}, 60_000);
