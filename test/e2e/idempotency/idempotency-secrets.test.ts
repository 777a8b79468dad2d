// Idempotency records keep a mutation's response for 24 h in idempotency_key.response_body: no secret may land
// there. Key management (createApiKey returns the new key in plaintext) refuses the header instead.
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('ADMIN', 'key-admin');
});
afterAll(() => t.close());

async function send(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: JSON.parse(await res.text()) };
}

const CREATE_KEY = `mutation($name: String!) { createApiKey(name: $name, role: EDITOR) { key apiKey { name } } }`;
const storedBodies = async (): Promise<string[]> =>
  (await t.ds.query(`SELECT response_body FROM idempotency_key`)).map((r: { response_body: string }) => r.response_body);

describe('Idempotency-Key and secrets', () => {
  it('createApiKey with an Idempotency-Key is refused with BAD_USER_INPUT: no key made, nothing stored', async () => {
    const res = await send(CREATE_KEY, { name: 'retried-cms' }, { ...admin, 'idempotency-key': 'make-key-1' });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors[0].message).toMatch(/createApiKey/);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM api_key WHERE name = 'retried-cms'`)).toEqual([{ n: 0 }]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM idempotency_key`)).toEqual([{ n: 0 }]);
  });

  it('also through a fragment or an inline fragment, and on revokeApiKey', async () => {
    const documents = [
      `mutation($name: String!) { ...K } fragment K on Mutation { createApiKey(name: $name, role: EDITOR) { key } }`,
      `mutation($name: String!) { ... on Mutation { k: createApiKey(name: $name, role: EDITOR) { key } } }`,
      `mutation($name: ID!) { revokeApiKey(id: $name) { name } }`,
    ];
    for (const [i, query] of documents.entries()) {
      const res = await send(query, { name: `hidden-${i}` }, { ...admin, 'idempotency-key': `hidden-${i}` });
      expect([res.status, codes(res)]).toEqual([400, ['BAD_USER_INPUT']]);
    }
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM api_key WHERE name LIKE 'hidden-%'`)).toEqual([{ n: 0 }]);
    expect(await storedBodies()).toEqual([]);
  });

  it('without the header the key is made; other mutations keep their idempotency record; no key is ever stored', async () => {
    const made = dataOf(await t.gql(CREATE_KEY, { name: 'plain-cms' }, admin)).createApiKey;
    expect(made.apiKey.name).toBe('plain-cms');
    const editor = { authorization: `Bearer ${made.key}` };
    const create = `mutation { createArticle(input: { slug: "kept-once", headline: "Once", sections: [{ body: "Lead." }] }) { slug } }`;
    const first = await send(create, {}, { ...editor, 'idempotency-key': 'article-1' });
    expect(first.status).toBe(200);
    const bodies = await storedBodies();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('kept-once');
    for (const body of bodies) expect(body).not.toContain(made.key);
  });
});
