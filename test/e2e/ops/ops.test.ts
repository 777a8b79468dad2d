// What operators see: one JSON log line per request, Prometheus metrics at /metrics, and /version.
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/common/logger';
import { createServer, type App } from '../../../src/server';
import { loadFixtures } from '../../../src/db/seed/seed';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { createTestApp, createTestDatabase, type TestDatabase } from '../../setup/test-app';
import pkg from '../../../package.json';

const SEED_TITLE = `query SeedTitle { article(slug: "${seed.slug}") { headline } }`;

describe('request logs and metrics', () => {
  let db: TestDatabase;
  let app: App;
  let url: string;
  const lines: Record<string, unknown>[] = [];
  let raw = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadFixtures(db.ds, 'armenia-azerbaijan');
    const sink = new Writable({
      write(chunk, _enc, done) {
        raw += chunk.toString();
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    // RATE_LIMIT_ENABLED: off as in createTestApp once the hardening work is merged (ignored before).
    const config = loadConfig({ NODE_ENV: 'test', GIT_COMMIT: 'abcdef1234567', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE: 'false' });
    app = await createServer(config, db.ds, createLogger({ logLevel: 'info', logPretty: false }, sink));
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await db.drop();
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const requestLine = (id: string) => lines.find((l) => l.msg === 'request' && l.requestId === id);

  it('logs one JSON line per request with its id, operation, status, duration and SQL count, never a key', async () => {
    const res = await post(SEED_TITLE);
    expect(res.status).toBe(200);
    const line = requestLine(res.headers.get('x-request-id')!);
    expect(line).toMatchObject({
      level: 30,
      time: expect.any(Number),
      service: 'explainer-api',
      requestId: res.headers.get('x-request-id'),
      method: 'POST',
      path: '/graphql',
      operation: 'SeedTitle',
      status: 200,
      ms: expect.any(Number),
      sql: 1,
      msg: 'request',
    });
    expect(line).not.toHaveProperty('apiKey'); // sent without a key
    // A key in the Authorization header never reaches the log, whatever the server answers to it.
    const withKey = await post(SEED_TITLE, { authorization: 'Bearer sk-never-logged-123' });
    expect(requestLine(withKey.headers.get('x-request-id')!)).toMatchObject({ path: '/graphql', status: withKey.status });
    expect(raw).not.toContain('sk-never-logged');

    const anon = await post('{ __typename }');
    expect(requestLine(anon.headers.get('x-request-id')!)).toMatchObject({ operation: '(anonymous)', status: 200, sql: 0 });
    const invalid = await post('query Broken { nope }');
    expect(requestLine(invalid.headers.get('x-request-id')!)).toMatchObject({ operation: '(invalid)', status: 400, sql: 0 });
    await fetch(`${url}/healthz`);
    expect(lines.filter((l) => l.path === '/healthz').map((l) => [l.status, 'operation' in l])).toEqual([[200, false]]);
  });

  it('counts requests, durations and SQL statements by operation and status at /metrics', async () => {
    const scrape = async () => {
      const res = await fetch(`${url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      const text = await res.text();
      return (name: string) => {
        const m = new RegExp(`^${name.replace(/[{}()[\]|.+*?^$\\]/g, '\\$&')} (\\S+)$`, 'm').exec(text);
        return m ? Number(m[1]) : undefined;
      };
    };
    const op = 'route="/graphql",operation="SeedTitle"';
    const before = await scrape();
    await post(SEED_TITLE);
    const after = await scrape();
    const delta = (name: string) => (after(name) ?? 0) - (before(name) ?? 0);
    expect(delta(`explainer_http_requests_total{${op},status="200"}`)).toBe(1);
    expect(delta(`explainer_http_request_duration_seconds_count{${op},status="200"}`)).toBe(1);
    expect(delta(`explainer_sql_statements_per_request_sum{${op}}`)).toBe(1); // one statement for one root field
    expect(delta(`explainer_sql_statements_per_request_bucket{le="0",${op}}`)).toBe(0);
    expect(delta(`explainer_sql_statements_per_request_bucket{le="1",${op}}`)).toBe(1);
    // every statement of the data source, requests or not (background work may add some between the scrapes)
    expect(delta('explainer_sql_statements_total')).toBeGreaterThanOrEqual(1);
    expect(delta('explainer_http_requests_total{route="/metrics",operation="",status="200"}')).toBe(1);
    // From the first test.
    expect(after('explainer_http_requests_total{route="/graphql",operation="(invalid)",status="400"}')).toBe(1);
    expect(after('explainer_http_requests_total{route="/graphql",operation="(anonymous)",status="200"}')).toBe(1);
    expect(after('explainer_http_requests_total{route="/healthz",operation="",status="200"}')).toBe(1);
    expect(after('explainer_db_pool_max')).toBe(5);
    expect(after('explainer_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(after('explainer_db_pool_waiting')).toBe(0);
    expect(after(`explainer_build_info{version="${pkg.version}",commit="abcdef1234567"}`)).toBe(1);
    expect(after('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(after('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toContain('# TYPE explainer_cache_lookups_total counter');
  });

  it('answers /version with the package version and the commit', async () => {
    const res = await fetch(`${url}/version`);
    expect(await res.json()).toEqual({ name: 'explainer-api', version: pkg.version, commit: 'abcdef1234567', node: process.version });
    expect((await fetch(`${url}/version`, { method: 'POST' })).status).toBe(405);
  });
});

describe('configuration of the operators routes', () => {
  it('reads the commit from git when GIT_COMMIT is unset, and turns /metrics off with METRICS_ENABLED=false', async () => {
    const t = await createTestApp({ env: { METRICS_ENABLED: 'false' } });
    try {
      let head = 'unknown';
      try {
        head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      } catch {
        // not a git checkout: the server says `unknown` too
      }
      expect((await (await fetch(`${t.url}/version`)).json()).commit).toBe(head);
      expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
