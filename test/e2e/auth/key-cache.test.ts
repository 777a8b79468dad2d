import { codes, createTestApp, dataOf, secondInstance, type TestApp } from '../../setup/test-app';

// Keyed mutations (Idempotency-Key) take a recently seen API key from the instance's cache instead of looking it up,
// and check it again in their transaction's first round trip: a key revoked on one instance is refused on the very
// next request, on that instance and on any other, whatever either has cached.
let t: TestApp;
let b: Awaited<ReturnType<typeof secondInstance>>;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  b = await secondInstance(t);
  admin = await t.as('ADMIN', 'ops');
});
afterAll(async () => {
  await b.close();
  await t.close();
});

const CREATE = `mutation($slug: String!) { createArticle(input: { slug: $slug, headline: "Draft", eventDate: "2024-06-01",
  sections: [{ body: "Lead." }] }) { slug } }`;

async function post(url: string, headers: Record<string, string>, slug: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: CREATE, variables: { slug } }),
  });
  return { status: res.status, body: await res.json() };
}

/** The api_key lookups the data source `ds` of an instance sends while `fn` runs. */
async function keyLookups(ds: typeof t.ds, fn: () => Promise<unknown>): Promise<number> {
  const logger = ds.logger;
  const original = logger.logQuery.bind(logger);
  let n = 0;
  logger.logQuery = (query, parameters, runner) => {
    if (/FROM api_key WHERE key_hash/.test(query)) n++;
    return original(query, parameters, runner);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return n;
}

const articles = async (prefix: string) => Number((await t.ds.query(`SELECT count(*) AS n FROM article WHERE slug LIKE $1`, [`${prefix}%`]))[0].n);

describe('the key cache of keyed mutations', () => {
  it('spares the key lookup of a key seen lately, and refuses a key revoked on another instance at its next request', async () => {
    const editor = await t.as('EDITOR', 'cms-cached');
    const keyed = (n: string) => ({ ...editor, 'idempotency-key': `k-${n}` });
    // both instances see the key (and cache it); the next keyed mutation on each looks nothing up
    for (const [url, ds, name] of [
      [t.url, t.ds, 'a'],
      [b.url, b.ds, 'b'],
    ] as const) {
      expect((await post(url, keyed(`${name}0`), `cached-${name}0`)).status).toBe(200);
      const lookups = await keyLookups(ds, async () => expect((await post(url, keyed(`${name}1`), `cached-${name}1`)).status).toBe(200));
      expect(lookups).toBe(0);
    }
    // an unkeyed request still looks its key up
    expect(await keyLookups(t.ds, async () => dataOf(await t.gql('{ __typename }', {}, editor)))).toBe(1);

    dataOf(await t.gql('mutation { revokeApiKey(id: "cms-cached") { revokedAt } }', {}, admin));
    // the next request on the other instance, a new key and one already used (a replay would answer it otherwise)
    for (const [url, n] of [
      [b.url, 'b2'],
      [b.url, 'b1'],
      [t.url, 'a2'],
      [t.url, 'a1'],
    ] as const) {
      const res = await post(url, keyed(n), `cached-${n}-after`);
      expect([res.status, codes({ body: res.body })]).toEqual([401, ['UNAUTHENTICATED']]);
    }
    expect(await articles('cached-')).toBe(4);
    expect(await articles('cached-b2')).toBe(0);
  });
});
