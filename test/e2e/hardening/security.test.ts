import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { startRedis, type RedisServer } from '../../setup/redis-server';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';

const Q = { query: '{ articles(first: 1) { totalCount } }' };
const post = (t: TestApp, headers: Record<string, string> = {}, body: unknown = Q) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_ANON_PER_SECOND: '5', RATE_LIMIT_ANON_BURST: '0', RATE_LIMIT_KEY_PER_SECOND: '8', RATE_LIMIT_KEY_BURST: '0' },
    });
  });
  afterAll(() => t.close());

  it('refuse anonymous readers over the limit per IP with 429, RATE_LIMITED and Retry-After, without running anything', async () => {
    let statuses: number[] = [];
    let last!: Response;
    const statements = await t.countStatements(async () => {
      for (let i = 0; i < 7; i++) {
        last = await post(t);
        statuses.push(last.status);
      }
    });
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(statements).toBe(5);
    expect(last.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect((await last.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });

    // an API key has its own, larger budget
    const editor = await t.as('EDITOR', 'limited-cms');
    statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(t, editor)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    // and the budget comes back after its window
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post(t)).status).toBe(200);
  });

  it('count failed key attempts against the IP', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(t, { authorization: 'Bearer exk_guess' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('rate limits in Redis', () => {
  let redis: RedisServer;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // Debian's redis-server (.ci/run installs it when missing); a missing binary fails this test loudly.
    redis = await startRedis();
    const env = { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_ANON_PER_SECOND: '4', RATE_LIMIT_ANON_BURST: '0', REDIS_URL: redis.url };
    a = await createTestApp({ env });
    b = await createTestApp({ env });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('are shared by two instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(a)).status);
    for (let i = 0; i < 3; i++) statuses.push((await post(b)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});

describe('production defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { NODE_ENV: 'production', CORS_ORIGINS: 'https://news.example' } });
  });
  afterAll(() => t.close());

  it('turn off introspection, field suggestions and the playground', async () => {
    const intro = await post(t, {}, { query: '{ __schema { types { name } } }' });
    expect(intro.status).toBe(400);
    expect((await intro.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await (await post(t, {}, { query: '{ artcle(slug: "x") { id } }' })).json();
    expect(typo.errors[0].message).toBe('Cannot query field "artcle" on type "Query".');
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toContain('text/html');
  });

  it('send security headers and allow CORS only to listed origins', async () => {
    const res = await post(t, { origin: 'https://news.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const other = await post(t, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://news.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, authorization, apollo-require-preflight, x-apollo-operation-name, idempotency-key');
  });

  it('refuse CSRF-style simple requests', async () => {
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(Q) });
      expect(res.status).toBe(400);
    }
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(Q.query)}`);
    expect(get.status).toBe(400);
    const withPreflight = await fetch(`${t.url}/graphql?query=${encodeURIComponent(Q.query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withPreflight.status).toBe(200);
  });

  it('still serve the explainer', async () => {
    const res = await t.gql('{ article(slug: "armenia-azerbaijan-border-clashes-2022") { headline } }');
    expect(dataOf(res).article.headline).toBe(seed.headline);
  });
});
