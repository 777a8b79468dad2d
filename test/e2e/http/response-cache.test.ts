import { createHash } from 'node:crypto';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { writerOrigin } from '../../../src/db/data-source';
import { LIVE_CHANNEL } from '../../../src/common/cache/invalidation';
import type { LiveEvent } from '../../../src/modules/live/live.events';

// Response cache, persisted queries over GET, Cache-Control and ETags: what a CDN and a frontend rely on, and
// that a write through one request is seen by the next read.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { RESPONSE_CACHE: 'true', CORS_ORIGINS: 'https://news.example' } });
  await given(t.ds, [explainer(1), explainer(2)]);
});
afterAll(() => t.close());

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

const ARTICLE = `query Article($slug: String!) { article(slug: $slug) { id version headline sections { key body citations { excerpt source { name } } } } }`;
const LIST = `query List { articles(first: 50) { totalCount edges { node { slug headline } } } }`;
const SEARCH = `query Find($q: String!) { search(query: $q) { totalCount edges { node { article { slug headline } } } } }`;

/** A GET with only the persisted query's hash, as a CDN-fronted frontend sends it. */
function getPersisted(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = PREFLIGHT) {
  const params = new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
  });
  return fetch(`${t.url}/graphql?${params}`, { headers });
}

/** Registers a persisted query (the APQ protocol's second step: hash and query together). */
async function register(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
  });
  expect(res.status).toBe(200);
  return res;
}

async function json(res: Response) {
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function editorUpdate(headers: Record<string, string>, slug: string, patch: Record<string, unknown>) {
  const { article } = dataOf(await t.gql(`query($slug: String!) { article(slug: $slug) { id version } }`, { slug }, headers));
  return dataOf(
    await t.gql(
      `mutation($id: ID!, $v: Int!, $patch: ArticlePatch!) { updateArticle(id: $id, expectedVersion: $v, patch: $patch) { version headline } }`,
      { id: article.id, v: article.version, patch },
      headers,
    ),
  );
}

describe('automatic persisted queries over GET', () => {
  it('asks for the query when the hash is unknown, then serves the hash alone, the second time from the cache', async () => {
    const query = `query Seed($slug: String!) { article(slug: $slug) { headline } }`;
    const unknown = await getPersisted(query, { slug: seed.slug });
    expect((await json(unknown)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    // the registering POST is answered; GETs are keyed by their URL, so the first GET with the hash executes too
    const registered = await register(query, { slug: seed.slug });
    expect([registered.status, await json(registered)]).toEqual([200, { data: { article: { headline: seed.headline } } }]);
    const first = await getPersisted(query, { slug: seed.slug });
    expect([first.status, await json(first)]).toEqual([200, { data: { article: { headline: seed.headline } } }]);
    expect(first.headers.get('x-cache')).toBe('MISS');

    let second: Response | undefined;
    const statements = await t.countStatements(async () => {
      second = await getPersisted(query, { slug: seed.slug });
    });
    expect([second!.status, await json(second!)]).toEqual([200, { data: { article: { headline: seed.headline } } }]);
    expect(second!.headers.get('x-cache')).toBe('HIT');
    expect(statements).toBe(0);
    expect(second!.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('lets a registration (query with its hash) reach Apollo even when the same query is cached', async () => {
    const query = `query Again { article(slug: "story-2") { slug } }`;
    const plain = () => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await plain();
    expect((await plain()).headers.get('x-cache')).toBe('HIT');
    const reg = await register(query);
    expect(reg.headers.get('x-cache')).toBeNull();
    expect(await json(await getPersisted(query))).toEqual({ data: { article: { slug: 'story-2' } } });
  });

  it('keeps CSRF prevention: a GET without a preflight header is refused, even when the answer is cached', async () => {
    const query = `query Csrf { articles(first: 1) { totalCount } }`;
    await register(query);
    expect((await getPersisted(query)).status).toBe(200);
    const res = await getPersisted(query, {}, {});
    expect(res.status).toBe(400);
    expect(res.headers.get('x-cache')).toBeNull();
  });
});

describe('Cache-Control and ETag', () => {
  it('makes anonymous query answers public with an ETag, and answers If-None-Match with 304', async () => {
    const query = `query Etag { article(slug: "story-1") { headline } }`;
    await register(query);
    for (const attempt of ['miss', 'hit']) {
      const res = await getPersisted(query);
      expect([attempt, res.status, res.headers.get('cache-control')]).toEqual([attempt, 200, 'public, max-age=60']);
      expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(res.headers.get('vary')).toBe('accept, authorization, origin');
      const again = await getPersisted(query, {}, { ...PREFLIGHT, 'if-none-match': res.headers.get('etag')! });
      expect([again.status, await again.text(), again.headers.get('etag')]).toEqual([304, '', res.headers.get('etag')]);
      const other = await getPersisted(query, {}, { ...PREFLIGHT, 'if-none-match': '"something-else"' });
      expect(other.status).toBe(200);
    }
    // a POST that misses the cache gives the same ETag for the same answer, and 304 too
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': (await getPersisted(query)).headers.get('etag')! },
      body: JSON.stringify({ query, variables: { unused: 1 } }),
    });
    expect(post.status).toBe(304);
  });

  it('gives a cached hit the same CORS and security headers as the answer that filled the cache', async () => {
    const query = `query Cors { article(slug: "story-2") { headline } }`;
    await register(query);
    // The fixed values an API answer carries (OWASP REST Security Cheat Sheet), written out here rather than taken
    // from the server's constant, so that a changed or emptied header fails.
    const EXPECTED: Record<string, string> = {
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    };
    const SECURITY = Object.keys(EXPECTED);
    const seen: Record<string, unknown>[] = [];
    for (const origin of ['https://news.example', 'https://news.example', 'https://evil.example']) {
      const res = await getPersisted(query, {}, { ...PREFLIGHT, origin });
      seen.push({
        cache: res.headers.get('x-cache'),
        allowOrigin: res.headers.get('access-control-allow-origin'),
        vary: res.headers.get('vary'),
        ...Object.fromEntries(SECURITY.map((h) => [h, res.headers.get(h)])),
      });
    }
    expect(seen.map((s) => [s.cache, s.allowOrigin, s.vary])).toEqual([
      ['MISS', 'https://news.example', 'accept, authorization, origin'],
      ['HIT', 'https://news.example', 'accept, authorization, origin'],
      ['HIT', null, 'accept, authorization, origin'],
    ]);
    for (const h of SECURITY) expect([h, seen[0][h], seen[1][h], seen[2][h]]).toEqual([h, EXPECTED[h], EXPECTED[h], EXPECTED[h]]);
  });

  it('makes answers for an API key private and never stores them, and never stores errors', async () => {
    const editor = await t.as('EDITOR');
    const res = await t.gql(`{ article(slug: "story-1") { headline status } }`, {}, editor);
    expect([res.status, res.headers.get('cache-control'), res.headers.get('etag'), res.headers.get('x-cache')]).toEqual([200, 'private, no-store', null, null]);
    const bad = await t.gql(`{ articles(first: 500) { totalCount } }`);
    expect([bad.status, bad.headers.get('cache-control'), bad.headers.get('x-cache')]).toEqual([400, 'no-store', null]);
    const again = await t.gql(`{ articles(first: 500) { totalCount } }`);
    expect(again.headers.get('x-cache')).toBeNull();
  });
});

describe('invalidation', () => {
  it('a write through one request is seen by the next cached read: the article, lists and search', async () => {
    const editor = await t.as('EDITOR');
    await register(ARTICLE, { slug: 'story-2' });
    await register(LIST);
    await register(SEARCH, { q: 'Renamed' });
    const readAll = async () => {
      const [a, l, s] = await Promise.all([getPersisted(ARTICLE, { slug: 'story-2' }), getPersisted(LIST), getPersisted(SEARCH, { q: 'Renamed' })]);
      return { a: (await json(a)).data, l: (await json(l)).data, s: (await json(s)).data, cache: [a, l, s].map((r) => r.headers.get('x-cache')) };
    };
    const before = await readAll();
    expect((await readAll()).cache).toEqual(['HIT', 'HIT', 'HIT']);
    expect(before.s.search.totalCount).toBe(0);

    await editorUpdate(editor, 'story-2', { headline: 'Renamed story' });
    const after = await readAll();
    expect(after.cache).toEqual(['MISS', 'MISS', 'MISS']);
    expect(after.a.article.headline).toBe('Renamed story');
    expect(after.l.articles.edges.find((e: { node: { slug: string } }) => e.node.slug === 'story-2').node.headline).toBe('Renamed story');
    expect(after.s.search.edges.map((e: { node: { article: { slug: string } } }) => e.node.article.slug)).toEqual(['story-2']);
  });

  it('a change deep in a section (a citation) and an unpublication are seen at once', async () => {
    const editor = await t.as('EDITOR');
    const first = (await json(await register(ARTICLE, { slug: 'story-1' }))).data;
    const { article } = dataOf(await t.gql(`{ article(slug: "story-1") { id version sections { id key } } }`, {}, editor));
    const section = article.sections.find((s: { key: string }) => s.key === 'what-happened');
    dataOf(
      await t.gql(
        `mutation($s: ID!, $v: Int!) { addCitation(sectionId: $s, expectedVersion: $v, citation: { sourceName: "Reuters", excerpt: "A new line." }) { version } }`,
        { s: section.id, v: article.version },
        editor,
      ),
    );
    const cited = (await json(await getPersisted(ARTICLE, { slug: 'story-1' }))).data;
    const excerpts = (a: { article: { sections: { key: string; citations: { excerpt: string }[] }[] } }) =>
      a.article.sections.find((s) => s.key === 'what-happened')!.citations.map((c) => c.excerpt);
    expect(excerpts(cited)).toEqual([...excerpts(first), 'A new line.']);

    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { status } }`,
        { id: article.id, v: article.version + 1 },
        editor,
      ),
    );
    expect((await json(await getPersisted(ARTICLE, { slug: 'story-1' }))).data).toEqual({ article: null });
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { status } }`,
        { id: article.id, v: article.version + 2 },
        editor,
      ),
    );
    expect((await json(await getPersisted(ARTICLE, { slug: 'story-1' }))).data.article.headline).toBe('Story 1');
  });

  it('is precise for articles: writing one article keeps the cached answers about the others', async () => {
    const editor = await t.as('EDITOR');
    await register(ARTICLE, { slug: seed.slug });
    await register(LIST);
    await getPersisted(ARTICLE, { slug: seed.slug });
    await getPersisted(LIST);
    expect((await getPersisted(ARTICLE, { slug: seed.slug })).headers.get('x-cache')).toBe('HIT');
    expect((await getPersisted(LIST)).headers.get('x-cache')).toBe('HIT');
    await editorUpdate(editor, 'story-2', { summary: 'Changed.' });
    expect((await getPersisted(ARTICLE, { slug: seed.slug })).headers.get('x-cache')).toBe('HIT');
    expect((await getPersisted(LIST)).headers.get('x-cache')).toBe('MISS');
  });

  it('a new article with a slug that was asked for before appears at once', async () => {
    const editor = await t.as('EDITOR');
    await register(ARTICLE, { slug: 'brand-new' });
    expect((await json(await getPersisted(ARTICLE, { slug: 'brand-new' }))).data).toEqual({ article: null });
    const { createArticle } = dataOf(
      await t.gql(
        `mutation($in: CreateArticleInput!) { createArticle(input: $in) { id version } }`,
        { in: { slug: 'brand-new', headline: 'Brand new', sections: [{ body: 'Lead.' }] } },
        editor,
      ),
    );
    dataOf(await t.gql(`mutation($id: ID!) { publishArticle(id: $id, expectedVersion: 1) { status } }`, { id: createArticle.id }, editor));
    expect((await json(await getPersisted(ARTICLE, { slug: 'brand-new' }))).data.article.headline).toBe('Brand new');
  });

  it("keeps what was read after this instance's own write when the write's live event arrives; another writer's event drops it", async () => {
    const editor = await t.as('EDITOR');
    const heard: LiveEvent[] = [];
    const stop = t.app.live.onEvent((e) => heard.push(e));
    try {
      /** Waits until the hub has heard `n` events since the test began. */
      const hear = async (n: number) => {
        const until = Date.now() + 5000;
        while (heard.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 2));
        expect(heard).toHaveLength(n);
      };
      const { version } = (await editorUpdate(editor, 'story-2', { headline: 'Heard once' })).updateArticle;
      await hear(1);
      // The write's event names this data source as its origin: the cache dropped the write's answers at COMMIT.
      expect(heard[0]).toMatchObject({ slug: 'story-2', version, origin: writerOrigin(t.ds) });
      expect(writerOrigin(t.ds)).toMatch(/^[0-9a-f-]{36}$/);

      const read = async () => {
        const res = await getPersisted(ARTICLE, { slug: 'story-2' });
        return [(await json(res)).data.article.headline, res.headers.get('x-cache')];
      };
      await register(ARTICLE, { slug: 'story-2' });
      await read();
      expect(await read()).toEqual(['Heard once', 'HIT']);
      // An event as the write's own would arrive after the answer was stored (sent by hand, so that it surely comes later).
      const event = (origin: string) => ({
        articleId: heard[0].articleId,
        slug: 'story-2',
        version,
        status: 'PUBLISHED',
        published: false,
        sections: [],
        action: 'test',
        at: Date.now(),
        outbox: 0,
        origin,
      });
      await t.ds.query(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, JSON.stringify(event(writerOrigin(t.ds)!))]);
      await hear(2);
      expect(await read()).toEqual(['Heard once', 'HIT']);
      // Another instance's write (or a CLI import) reaches this instance's cache only as its event: it drops the answer.
      await t.ds.query(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, JSON.stringify(event('another-instance'))]);
      await hear(3);
      expect(await read()).toEqual(['Heard once', 'MISS']);
    } finally {
      stop();
    }
  });

  it('editors bypass the cache and see drafts', async () => {
    const editor = await t.as('EDITOR');
    const q = `{ articles(first: 50) { totalCount } }`;
    const anonymous = dataOf(await t.gql(q)).articles.totalCount;
    await given(t.ds, [explainer(99, { slug: 'a-draft', status: 'DRAFT' as never, publishedAt: null })]);
    expect(dataOf(await t.gql(q, {}, editor)).articles.totalCount).toBe(anonymous + 1);
    expect(dataOf(await t.gql(q)).articles.totalCount).toBe(anonymous);
  });
});
