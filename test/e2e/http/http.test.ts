import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { toGlobalId } from '../../../src/common/node';
import { createTestApp, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { GRAPHQL_PLAYGROUND: 'true' } });
});
afterAll(() => t.close());

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers, body });

describe('HTTP', () => {
  it('answers health and readiness', async () => {
    const h = await fetch(`${t.url}/healthz`);
    expect([h.status, await h.json()]).toEqual([200, { status: 'ok' }]);
    const r = await fetch(`${t.url}/readyz`);
    expect([r.status, await r.json()]).toEqual([200, { status: 'ready' }]);
    const nf = await fetch(`${t.url}/nope`);
    expect(nf.status).toBe(404);
  });

  it('serves queries over GET with the preflight header', async () => {
    const q = encodeURIComponent(`{ article(slug: "${seed.slug}") { headline } }`);
    const res = await fetch(`${t.url}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { article: { headline: seed.headline } } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives coded 4xx errors for malformed requests', async () => {
    const cases: [Promise<Response>, number, string][] = [
      [post('{"query": '), 400, 'BAD_REQUEST'],
      [post(JSON.stringify({ query: '{ article(slug: ' })), 400, 'GRAPHQL_PARSE_FAILED'],
      [post(JSON.stringify({ query: '{ nope }' })), 400, 'GRAPHQL_VALIDATION_FAILED'],
      [post(JSON.stringify({ query: 'query($n: Int) { articles(first: $n) { totalCount } }', variables: { n: 'ten' } })), 400, 'BAD_USER_INPUT'],
      [post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST'],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      const body = await res.json();
      expect([res.status, body.errors?.[0]?.extensions?.code]).toEqual([status, code]);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|\.ts:\d/);
    }
  });

  it('refuses a body over 1 MB with 413 and keeps serving', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(t.config.limits.bodyBytes) } });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const ok = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(ok.status).toBe(200);
  });

  it('serves the offline playground to browsers, with no outside asset', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<title>explainer-api</title>');
    expect(html).toContain('how-have-world-leaders-reacted');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});

describe('unexpected errors', () => {
  it('reach the client as INTERNAL_SERVER_ERROR with a request id and no SQL', async () => {
    const broken = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
    try {
      await broken.ds.query('ALTER TABLE quote RENAME COLUMN text TO words');
      const res = await broken.gql(`{ article(slug: "${seed.slug}") { headline quotes { text } } sources(first: 1) { totalCount } }`);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ article: null, sources: { totalCount: 5 } });
      const [err] = res.body.errors!;
      expect(err.message).toBe('Internal server error');
      expect(err.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(JSON.stringify(res.body)).not.toMatch(/SELECT|words|does not exist|QueryFailed/i);
      expect(res.headers.get('x-request-id')).toBe(err.extensions!.requestId);
    } finally {
      await broken.close();
    }
  });
});

// Found by the fuzz test (test/chaos/fuzz.test.ts): PostgreSQL cannot store U+0000, and a string argument holding
// one used to reach the client as INTERNAL_SERVER_ERROR. It is the client's mistake: BAD_USER_INPUT, nothing written.
describe('text with a NUL character', () => {
  const NUL = '\u0000';

  it('is refused with BAD_USER_INPUT in read arguments, literal or variable', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [`{ source(name: "\\u0000") { kind } }`, {}],
      [`query($q: String!) { search(query: $q) { totalCount } }`, { q: `lead${NUL}` }],
      [`query($s: String) { article(slug: $s) { headline } }`, { s: `${seed.slug}${NUL}` }],
      [`query($n: String) { actors(filter: { name: $n }) { totalCount } }`, { n: NUL }],
    ];
    for (const [query, variables] of cases) {
      const res = await t.gql(query, variables);
      expect([query, res.status, res.body.errors]).toEqual([
        query,
        400,
        [expect.objectContaining({ message: 'Text must not contain the NUL character (U+0000).', extensions: { code: 'BAD_USER_INPUT' } })],
      ]);
    }
  });

  it('is refused with BAD_USER_INPUT in a write, which leaves nothing behind', async () => {
    const editor = await t.as('EDITOR');
    const count = async () =>
      (
        await t.ds.query(`SELECT (SELECT count(*) FROM article)::int a, (SELECT count(*) FROM section)::int s, (SELECT count(*) FROM article_revision)::int r`)
      )[0];
    const before = await count();
    // the NUL is in the last section: the article and the lead are written before PostgreSQL refuses it
    const created = await t.gql(
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
      { input: { slug: 'nul-text', headline: 'Fine headline', sections: [{ body: 'Fine lead.' }, { heading: 'Why?', body: `Not${NUL}fine.` }] } },
      editor,
    );
    expect([created.status, created.body.errors?.map((e) => [e.message, e.extensions])]).toEqual([
      400,
      [['Text must not contain the NUL character (U+0000).', { code: 'BAD_USER_INPUT' }]],
    ]);
    expect(await count()).toEqual(before);

    const [{ id, version, headline }] = await t.ds.query(`SELECT id, version, headline FROM article WHERE slug = $1`, [seed.slug]);
    const updated = await t.gql(
      `mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`,
      { id: toGlobalId('Article', id), v: version, h: `Half${NUL}` },
      editor,
    );
    expect([updated.status, updated.body.errors?.map((e) => e.extensions?.code)]).toEqual([400, ['BAD_USER_INPUT']]);
    expect(await t.ds.query(`SELECT version, headline FROM article WHERE id = $1`, [id])).toEqual([{ version, headline }]);
    expect(await count()).toEqual(before);
  });
});
