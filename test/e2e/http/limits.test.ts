// Every limit: just under passes, just over is refused before anything runs (no SQL statement is sent).
import { createTestApp, type GraphQLResponse, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
});
afterAll(() => t.close());

const SLUG = 'armenia-azerbaijan-border-clashes-2022';

async function refused(query: string, code: string, variables: Record<string, unknown> = {}) {
  let res!: GraphQLResponse;
  const statements = await t.countStatements(async () => {
    res = await t.gql(query, variables);
  });
  expect([res.status, res.body.errors?.[0]?.extensions?.code, statements]).toEqual([400, code, 0]);
  expect(res.body.data).toBeUndefined();
  return res;
}

async function passes(query: string, variables: Record<string, unknown> = {}) {
  const res = await t.gql(query, variables);
  expect([res.status, res.body.errors]).toEqual([200, undefined]);
  return res;
}

describe('operation limits', () => {
  it('depth: 8 passes, 9 is QUERY_TOO_DEEP', async () => {
    const at = (n: number) => {
      // article(1) > section(2) > article(3) > ... > leaf(n)
      let sel = n % 2 === 1 ? 'key' : 'slug';
      for (let d = n - 1; d >= 2; d--) sel = d % 2 === 0 ? `section(key: "lead") { ${sel} }` : `article { ${sel} }`;
      return `{ article(slug: "${SLUG}") { ${sel} } }`;
    };
    await passes(at(t.config.limits.depth));
    const res = await refused(at(t.config.limits.depth + 1), 'QUERY_TOO_DEEP');
    expect(res.body.errors![0].extensions!.max).toBe(8);
  });

  it('aliases: 15 pass, 16 are TOO_MANY_ALIASES', async () => {
    const q = (n: number) => `{ article(slug: "${SLUG}") { ${Array.from({ length: n }, (_, i) => `a${i}: headline`).join(' ')} } }`;
    await passes(q(t.config.limits.aliases));
    await refused(q(t.config.limits.aliases + 1), 'TOO_MANY_ALIASES');
  });

  it('directives: 50 pass, 51 are TOO_MANY_DIRECTIVES', async () => {
    const q = (n: number) => `{ article(slug: "${SLUG}") { ${'... @include(if: true) { headline } '.repeat(n)} } }`;
    await passes(q(t.config.limits.directives));
    await refused(q(t.config.limits.directives + 1), 'TOO_MANY_DIRECTIVES');
  });

  it('tokens: 1,000 pass, 1,001 are TOO_MANY_TOKENS', async () => {
    // 20 tokens around a list of keys: { article ( slug : "…" ) { sections ( keys : [ … ] ) { key } } }
    const q = (tokens: number) => `{ article(slug: "${SLUG}") { sections(keys: [${' "lead"'.repeat(tokens - 20)} ]) { key } } }`;
    await passes(q(t.config.limits.tokens));
    await refused(q(t.config.limits.tokens + 1), 'TOO_MANY_TOKENS');
  });

  it('query text: 15,000 characters pass, 15,001 are QUERY_TOO_LARGE', async () => {
    const base = `{ article(slug: "${SLUG}") { headline } }`;
    const q = (chars: number) => base + ' '.repeat(chars - base.length);
    await passes(q(t.config.limits.queryChars));
    await refused(q(t.config.limits.queryChars + 1), 'QUERY_TOO_LARGE');
  });

  it('cost: within 5,000 passes, over is QUERY_TOO_COMPLEX, with list sizes from first', async () => {
    const page = (first: number) =>
      `{ articles(first: ${first}) { edges { node { slug sections { key body quotes { text speaker { name } } reactions { summary actor { name } } } } } } }`;
    await passes(page(20));
    const res = await refused(page(100), 'QUERY_TOO_COMPLEX');
    expect(res.body.errors![0].extensions).toMatchObject({ max: 5000, cost: expect.any(Number) });
    expect(res.body.errors![0].extensions!.cost).toBeGreaterThan(5000);
    // the cost follows `first` given through variables too
    await refused(
      'query($n: Int) { articles(first: $n) { edges { node { slug sections { key body quotes { text speaker { name } } reactions { summary actor { name } } } } } } }',
      'QUERY_TOO_COMPLEX',
      { n: 100 },
    );
  });

  it('first: 1..100 on every connection, nested ones included', async () => {
    await passes(`{ source(name: "BBC") { articles(first: 100) { totalCount } } }`);
    for (const q of [
      `{ source(name: "BBC") { articles(first: 101) { totalCount } } }`,
      `{ quotes(first: 0) { totalCount } }`,
      `{ actors(first: 101) { totalCount } }`,
    ]) {
      const res = await t.gql(q);
      expect([res.status, res.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
  });

  it('body: 1 MB passes the size check, more is 413 PAYLOAD_TOO_LARGE', async () => {
    const send = (bytes: number) => {
      const head = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      const body = head.replace('"pad":""', `"pad":"${'x'.repeat(bytes - head.length)}"`);
      expect(Buffer.byteLength(body)).toBe(bytes);
      return fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    };
    expect((await send(t.config.limits.bodyBytes)).status).toBe(200);
    const over = await send(t.config.limits.bodyBytes + 1);
    expect([over.status, (await over.json()).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('batched requests are refused', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
