import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { RedisStore } from '../../../src/common/cache/stores';
import { createServer, type App } from '../../../src/server';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { startRedis, type RedisServer } from '../../setup/redis-server';

// The Redis store (REDIS_URL), against a real redis-server (Debian's package; missing, these tests fail): two API
// instances share cached answers, and a write through one is seen at once through the other.
describe('response cache in Redis', () => {
  let redis: RedisServer;
  let url: string;
  let t: TestApp;
  let second: App;
  let secondUrl: string;

  beforeAll(async () => {
    redis = await startRedis();
    url = redis.url;
    t = await createTestApp({ env: { REDIS_URL: url, RESPONSE_CACHE: 'true' } });
    await given(t.ds, [explainer(1), explainer(2)]);
    // a second instance of the API on the same database and Redis
    second = await createServer(t.config, t.ds, pino({ level: 'silent' }));
    await new Promise<void>((resolve) => second.httpServer.listen(0, '127.0.0.1', resolve));
    secondUrl = `http://127.0.0.1:${(second.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await second?.stop();
    await t?.close();
    await redis?.stop();
  });

  it('refuses an answer computed across an invalidation, and drops only the invalidated tags', async () => {
    const s = new RedisStore(url, { ttlSeconds: 60, prefix: 'unit:' });
    try {
      const entry = (body: string) => ({ body: Buffer.from(body), etag: '"e"', contentType: 'application/json; charset=utf-8' });
      const e = await s.epoch();
      expect(await s.set('a', entry('A'), ['article:1'], e)).toBe(true);
      expect(await s.set('b', entry('{"b":1}'), ['article:2'], e)).toBe(true);
      await s.invalidate(['article:1']);
      expect(await s.set('late', entry('old'), ['article:1'], e)).toBe(false);
      expect(await s.get('a')).toBeUndefined();
      expect(await s.get('late')).toBeUndefined();
      expect(await s.get('b')).toEqual(entry('{"b":1}'));
    } finally {
      await s.close();
    }
  });

  it('shares answers between instances, and a write through one is seen through the other at once', async () => {
    const query = `query($slug: String!) { article(slug: $slug) { headline } }`;
    const read = async (base: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { slug: 'story-1' } }),
      });
      return { cache: res.headers.get('x-cache'), headline: (await res.json()).data.article.headline as string };
    };
    expect(await read(secondUrl)).toEqual({ cache: 'MISS', headline: 'Story 1' });
    expect(await read(t.url)).toEqual({ cache: 'HIT', headline: 'Story 1' });

    const editor = await t.as('EDITOR');
    const { article } = dataOf(await t.gql(`{ article(slug: "story-1") { id version } }`, {}, editor));
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Changed in one instance" }) { version } }`,
        { id: article.id, v: article.version },
        editor,
      ),
    );
    expect(await read(secondUrl)).toEqual({ cache: 'MISS', headline: 'Changed in one instance' });
    expect(await read(t.url)).toEqual({ cache: 'HIT', headline: 'Changed in one instance' });
  });

  it('keeps persisted queries in Redis: a hash registered with one instance is known to the other', async () => {
    const { createHash } = await import('node:crypto');
    const query = `query Shared { articles(first: 2) { totalCount } }`;
    const hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const reg = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions }),
    });
    expect(reg.status).toBe(200);
    const params = new URLSearchParams({ extensions: JSON.stringify(extensions), variables: '{"x":1}' });
    const res = await fetch(`${secondUrl}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([res.status, await res.json()]).toEqual([200, { data: { articles: { totalCount: 2 } } }]);
  });
});
