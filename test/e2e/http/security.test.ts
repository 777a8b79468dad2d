import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { startRedis, type RedisServer } from '../../setup/redis-server';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';

const Q = { query: '{ articles(first: 1) { totalCount } }' };
const post = (t: TestApp, headers: Record<string, string> = {}, body: unknown = Q) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

// Budgets per 60 s window: every request of a sequence below falls into one window however slow the machine, so
// the exact 200/429 sequences hold. The window's end is checked with a short window, by honouring Retry-After.
const LONG_WINDOW = { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_WINDOW_SECONDS: '60' };

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { ...LONG_WINDOW, RATE_LIMIT_ANON_PER_SECOND: '5', RATE_LIMIT_ANON_BURST: '0', RATE_LIMIT_KEY_PER_SECOND: '8', RATE_LIMIT_KEY_BURST: '0' },
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
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeLessThanOrEqual(60); // within the window
    expect((await last.json()).errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });

    // an API key has its own, larger budget
    const editor = await t.as('EDITOR', 'limited-cms');
    statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(t, editor)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
  });
});

describe('rate limits: failed key attempts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ...LONG_WINDOW, RATE_LIMIT_ANON_PER_SECOND: '5', RATE_LIMIT_ANON_BURST: '0' } });
  });
  afterAll(() => t.close());

  it('count against the IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(t, { authorization: 'Bearer exk_guess' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('rate limits: the plain-HTTP changes feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ...LONG_WINDOW, RATE_LIMIT_ANON_PER_SECOND: '3', RATE_LIMIT_ANON_BURST: '0' } });
  });
  afterAll(() => t.close());

  it('counts GET /changes as an anonymous read: 429, RATE_LIMITED and Retry-After past the budget, without running anything', async () => {
    const get = () => fetch(`${t.url}/changes?first=5`);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await get()).status);
    let refused!: Response;
    const statements = await t.countStatements(async () => {
      refused = await get();
    });
    expect(statuses).toEqual([200, 200, 200]);
    expect(refused.status).toBe(429);
    expect(statements).toBe(0);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    // an API key changes nothing: the feed is public and counted per IP
    const editor = await t.as('EDITOR', 'changes-poller');
    expect((await fetch(`${t.url}/changes`, { headers: editor })).status).toBe(429);
  });
});

describe('rate limits: the end of the window', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_WINDOW_SECONDS: '2', RATE_LIMIT_ANON_PER_SECOND: '3', RATE_LIMIT_ANON_BURST: '0' },
    });
  });
  afterAll(() => t.close());

  it('gives the budget back once Retry-After has passed', async () => {
    // However many requests fit before the refusal (the window may turn meanwhile on a slow machine), one comes.
    let refused: Response | undefined;
    const statuses: number[] = [];
    for (let i = 0; i < 50 && !refused; i++) {
      const res = await post(t);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(refused?.status).toBe(429);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect([retryAfter >= 1, retryAfter <= 2]).toEqual([true, true]);
    // Waiting what the server asked is enough: the next request is answered.
    await new Promise((r) => setTimeout(r, retryAfter * 1000));
    const again = await post(t);
    expect(again.status).toBe(200);
    expect((await again.json()).data).toEqual({ articles: { totalCount: 0 } });
  });
});

describe('rate limits in Redis', () => {
  let redis: RedisServer;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // Debian's redis-server (.ci/run installs it when missing); a missing binary fails this test loudly.
    redis = await startRedis();
    const env = { ...LONG_WINDOW, RATE_LIMIT_ANON_PER_SECOND: '4', RATE_LIMIT_ANON_BURST: '0', REDIS_URL: redis.url };
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
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, idempotency-key',
    );
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
