// No lost edits under concurrency, and Idempotency-Key holding under 100 parallel identical requests.
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
});
afterAll(() => t.close());

const SLUG = 'armenia-azerbaijan-border-clashes-2022';
const UPDATE = `mutation($id: ID!, $v: Int!, $h: String!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version headline } }`;

describe('two editors updating one article at once', () => {
  it('every accepted update is in the history, every other one is reported as a conflict', async () => {
    const { id } = dataOf(await t.gql(`{ article(slug: "${SLUG}") { id } }`)).article;
    const accepted: { headline: string; version: number }[] = [];
    const conflicts: string[] = [];
    const other: unknown[] = [];
    const editor = async (name: string) => {
      const headers = await t.as('EDITOR', name);
      let known = 1; // both start from version 1, so at least one of them is stale at once
      for (let i = 0; i < 200; i++) {
        const headline = `${name} ${i}`;
        const res = await t.gql(UPDATE, { id, v: known, h: headline }, headers);
        const err = res.body.errors?.[0];
        if (!err) {
          accepted.push({ headline, version: res.body.data!.updateArticle.version });
          known = res.body.data!.updateArticle.version;
        } else if (err.extensions?.code === 'VERSION_CONFLICT') {
          conflicts.push(headline);
          known = err.extensions.currentVersion;
        } else {
          other.push(err);
        }
      }
    };
    const started = Date.now();
    await Promise.all([editor('alice'), editor('bob')]);
    const ms = Date.now() - started;

    expect(other).toEqual([]);
    expect(accepted.length + conflicts.length).toBe(400);
    expect(conflicts.length).toBeGreaterThan(0);
    const [{ version }] = await t.ds.query('SELECT version FROM article WHERE slug = $1', [SLUG]);
    expect(version).toBe(1 + accepted.length);
    const revisions: { version: number; headline: string; key: string }[] = await t.ds.query(
      `SELECT r.version, r.snapshot->>'headline' AS headline, r.key_name AS key FROM article_revision r JOIN article a ON a.id = r.article_id
        WHERE a.slug = $1 ORDER BY r.version`,
      [SLUG],
    );
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
    const byVersion = new Map(revisions.map((r) => [r.version, r]));
    for (const a of accepted) {
      expect(byVersion.get(a.version)?.headline).toBe(a.headline);
      expect(byVersion.get(a.version)?.key).toBe(a.headline.split(' ')[0]);
    }
    const conflicted = new Set(conflicts);
    expect(revisions.filter((r) => conflicted.has(r.headline))).toEqual([]);
    console.info(`concurrency: 2 editors x 200 updates in ${ms} ms: ${accepted.length} accepted, ${conflicts.length} conflicts, 0 lost`);
  });
});

describe('Idempotency-Key', () => {
  const CREATE = `mutation($slug: String!) { createArticle(input: { slug: $slug, headline: "Once", sections: [{ body: "Lead." }] }) { id slug version status } }`;

  async function send(headers: Record<string, string>, slug: string) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: CREATE, variables: { slug } }),
    });
    return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.text() };
  }

  it('100 parallel requests with one key create one article and get 100 identical responses', async () => {
    const editor = { ...(await t.as('EDITOR', 'cms')), 'idempotency-key': 'create-once-1' };
    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: 100 }, () => send(editor, 'only-once')));
    const ms = Date.now() - started;
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(JSON.parse(responses[0].body).data.createArticle).toMatchObject({ slug: 'only-once', version: 1, status: 'DRAFT' });
    expect(responses.filter((r) => r.replayed === 'true')).toHaveLength(99);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM article WHERE slug = 'only-once'`)).toEqual([{ n: 1 }]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM article_revision r JOIN article a ON a.id = r.article_id WHERE a.slug = 'only-once'`)).toEqual([
      { n: 1 },
    ]);
    console.info(`idempotency: 100 parallel createArticle with one key in ${ms} ms: 1 article, ${responses.length} identical responses`);

    // the same key with other variables is refused, and writes nothing
    const reused = await send(editor, 'something-else');
    expect(reused.status).toBe(422);
    expect(JSON.parse(reused.body).errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM article WHERE slug = 'something-else'`)).toEqual([{ n: 0 }]);

    // keys belong to the API key that sent them
    const other = { ...(await t.as('EDITOR', 'other-cms')), 'idempotency-key': 'create-once-1' };
    const theirs = await send(other, 'their-own');
    expect([theirs.status, theirs.replayed]).toEqual([200, null]);
  });

  it('does not keep a failed attempt, so a retry with the key runs again; an expired key runs again too', async () => {
    const editor = { ...(await t.as('EDITOR', 'retrying-cms')), 'idempotency-key': 'retry-me' };
    await t.ds.query(`CREATE FUNCTION refuse_all() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'database hiccup'; END $$`);
    await t.ds.query(`CREATE TRIGGER refuse_all BEFORE INSERT ON section FOR EACH ROW EXECUTE FUNCTION refuse_all()`);
    const failed = await send(editor, 'retried');
    await t.ds.query('DROP TRIGGER refuse_all ON section; DROP FUNCTION refuse_all()');
    expect(JSON.parse(failed.body).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM article WHERE slug = 'retried'`)).toEqual([{ n: 0 }]);

    const retry = await send(editor, 'retried');
    expect([retry.status, retry.replayed]).toEqual([200, null]);
    expect(JSON.parse(retry.body).data.createArticle.slug).toBe('retried');
    expect((await send(editor, 'retried')).replayed).toBe('true');

    await t.ds.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = 'retry-me'`);
    const afterExpiry = await send(editor, 'retried');
    // it ran again: the slug is taken now
    expect([afterExpiry.replayed, JSON.parse(afterExpiry.body).errors[0].extensions.code]).toEqual([null, 'BAD_USER_INPUT']);
  });

  it('is ignored for queries and refused when malformed', async () => {
    const editor = await t.as('EDITOR', 'reader-ish');
    const q = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...editor, 'idempotency-key': 'q' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(q.status).toBe(200);
    const bad = await send({ ...editor, 'idempotency-key': 'x'.repeat(201) }, 'never');
    expect(bad.status).toBe(400);
  });
});
