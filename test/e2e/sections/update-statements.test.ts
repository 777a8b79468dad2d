import type { DataSource } from 'typeorm';
import { fromGlobalId } from '../../../src/common/node';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

// One keyed section edit (API key + Idempotency-Key + expectedVersion), as the write benchmark sends it: the
// round trips it costs. Every one holds a pool connection for the whole idempotency transaction, so a round trip
// that comes back is throughput lost (docs/performance.md, "Writes").
let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  editor = await t.as('EDITOR', 'desk');
});
afterAll(() => t.close());

const UPDATE = `mutation UpdateSection($id: ID!, $v: Int!, $body: String!) {
  updateSection(sectionId: $id, expectedVersion: $v, patch: { body: $body }) { version } }`;

const PURGE = /^DELETE FROM idempotency_key WHERE ctid IN \(SELECT ctid FROM idempotency_key WHERE expires_at < now\(\)/;

/** Every SQL text the data source sends while `fn` runs. */
async function allStatements(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  const logger = ds.logger;
  const original = logger.logQuery.bind(logger);
  const sent: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    sent.push(query.replace(/\s+/g, ' ').trim());
    return original(query, parameters, runner);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return sent;
}

/**
 * The SQL texts of the edit itself. The purge of expired keys runs after the first keyed write once a second has
 * passed since the last one (idempotency.service.ts): whether it follows a given edit depends on the clock, so it
 * is counted on its own (below), and here only checked to come last, after the COMMIT, at most once.
 */
async function statements(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  const sent = await allStatements(ds, fn);
  const purges = sent.filter((s) => PURGE.test(s));
  expect(purges.length).toBeLessThanOrEqual(1);
  if (purges.length) expect(PURGE.test(sent[sent.length - 1])).toBe(true);
  return sent.filter((s) => !PURGE.test(s));
}

describe('a keyed UpdateSection', () => {
  it('costs 3 round trips: BEGIN with the lock, the key check and the stored response; the edit with its revision and the read-back; the record with COMMIT', async () => {
    // a draft, as the benchmark's (a published article's write also records its published version: one more)
    const create = `mutation { createArticle(input: { slug: "draft-edits", headline: "Draft", eventDate: "2024-06-01",
      sections: [{ body: "Lead." }, { heading: "What next?", body: "Talks." }] }) { version sections { id } } }`;
    const a = dataOf(await t.gql(create, {}, editor)).createArticle;
    let version: number = a.version;
    const edit = async (n: number) => {
      const res = await t.gql(UPDATE, { id: a.sections[0].id, v: version, body: `Edit ${n}.` }, { ...editor, 'idempotency-key': `edit-${n}` });
      version = dataOf(res).updateSection.version;
    };
    await edit(0); // the key's first keyed use looks it up (and stamps last_used_at), then it is cached
    const sent = await statements(t.ds, () => edit(1));
    expect(version).toBe(a.version + 2);
    // (12 before: the API key, START TRANSACTION, the lock, the lookup, the section, SAVEPOINT, the edit, the
    // revision, the read-back, RELEASE and COMMIT on their own)
    expect(sent.map((s) => s.slice(0, 40))).toEqual([
      'START TRANSACTION; SELECT pg_advisory_xa',
      'WITH sec AS (SELECT article_id, heading,',
      'INSERT INTO idempotency_key (api_key_id,',
    ]);
    // the API key (from this instance's cache) is checked in the first round trip, after the lock
    expect(sent[0]).toMatch(/pg_advisory_xact_lock.*; SELECT 1 AS active FROM api_key WHERE id = '[-0-9a-f]{36}' AND revoked_at IS NULL; SELECT request_hash/);
    expect(sent[1]).toMatch(/UPDATE article .*UPDATE section .*INSERT INTO article_revision .*INSERT INTO webhook_delivery .*pg_notify/);
    // `{ version }` is the article row's own column: read from the row the edit's statement wrote
    expect(sent[1]).toMatch(/\(SELECT json_build_object\('__typename', 'Article', 'version', read_back_row\.version\) FROM v read_back_row\) AS read_back/);
    expect(sent[2]).toMatch(/; COMMIT$/);
  });

  it("reads back in the edit's statement a selection of the article's own columns, and on its own one that needs more", async () => {
    const create = `mutation { createArticle(input: { slug: "draft-reads", headline: "Draft", eventDate: "2024-06-01",
      sections: [{ body: "Lead." }, { heading: "What next?", body: "Talks." }] }) { id version sections { id } } }`;
    const a = dataOf(await t.gql(create, {}, editor)).createArticle;
    let version: number = a.version;
    const OWN = `id __typename version headline slug status eventDate publishedAt updatedAt createdAt embargoUntil ... on Node { id }`;
    const QUERY = `query($id: ID!) { node(id: $id) { ... on Article { ${OWN} } } }`;
    const edit = async (selection: string, n: number) => {
      const query = `mutation($id: ID!, $v: Int!, $body: String!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: $body }) { ${selection} } }`;
      let answer: Record<string, any> = {};
      const sent = await statements(t.ds, async () => {
        answer = dataOf(
          await t.gql(query, { id: a.sections[1].id, v: version, body: `Edit ${n}.` }, { ...editor, 'idempotency-key': `reads-${n}` }),
        ).updateSection;
      });
      version += 1;
      return { answer, sent: sent.map((s) => s.slice(0, 40)) };
    };
    await edit('version', 0);
    // the same answer as a read of the article after the write
    const own = await edit(OWN, 1);
    expect(own.sent).toHaveLength(3);
    expect(own.answer).toEqual(dataOf(await t.gql(QUERY, { id: a.id }, editor)).node);
    expect(own.answer.version).toBe(version);
    // a relation, a scalar that reads other tables, an argument: read back on their own, after the edit
    for (const [n, selection] of [
      [2, 'version sections { key body }'],
      [3, 'version byline'],
      [4, 'version section(key: "what-next") { body }'],
    ] as const) {
      const { answer, sent } = await edit(selection, n);
      expect(sent).toEqual([
        'START TRANSACTION; SELECT pg_advisory_xa',
        'WITH sec AS (SELECT article_id, heading,',
        "SELECT json_build_object('__typename', '",
        'INSERT INTO idempotency_key (api_key_id,',
      ]);
      expect(answer.version).toBe(version);
      if (n === 2)
        expect(answer.sections).toEqual([
          { key: 'lead', body: 'Lead.' },
          { key: 'what-next', body: 'Edit 2.' },
        ]);
      if (n === 4) expect(answer.section).toEqual({ body: 'Edit 4.' });
    }
    // a stale version: refused as before, nothing read back
    const stale = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: "Stale." }) { version } }`,
      { id: a.sections[1].id, v: version - 1 },
      editor,
    );
    expect(stale.body.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
  });

  it('a failed one (no savepoint: the whole transaction rolls back) writes nothing, and its answer is stored and replayed', async () => {
    const create = `mutation { createArticle(input: { slug: "draft-fails", headline: "Draft", eventDate: "2024-06-01",
      sections: [{ body: "Lead." }] }) { id version sections { id } } }`;
    const a = dataOf(await t.gql(create, {}, editor)).createArticle;
    const articleId = fromGlobalId(a.id)!.id;
    const revisions = async () => Number((await t.ds.query('SELECT count(*) AS n FROM article_revision WHERE article_id = $1', [articleId]))[0].n);
    const before = await revisions();
    const send = (key: string, vars: Record<string, unknown>) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor, 'idempotency-key': key },
        body: JSON.stringify({
          query: `mutation($id: ID!, $v: Int!, $h: String, $b: String) { updateSection(sectionId: $id, expectedVersion: $v, patch: { heading: $h, body: $b }) { version } }`,
          variables: vars,
        }),
      });
    // a heading for the lead: refused after the version moved and the section was written, all rolled back
    const cases = [
      { key: 'fail-heading', vars: { id: a.sections[0].id, v: a.version, h: 'A heading' }, code: 'BAD_USER_INPUT' },
      { key: 'fail-stale', vars: { id: a.sections[0].id, v: a.version - 1, b: 'Stale.' }, code: 'VERSION_CONFLICT' },
    ];
    for (const c of cases) {
      const first = await send(c.key, c.vars);
      const body = await first.text();
      expect(JSON.parse(body).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([c.code]);
      const again = await send(c.key, c.vars);
      expect([again.headers.get('idempotent-replayed'), await again.text()]).toEqual(['true', body]);
    }
    const after = dataOf(await t.gql(`query($s: String!) { article(slug: $s) { version sections { heading body } } }`, { s: 'draft-fails' }, editor)).article;
    expect(after).toEqual({ version: a.version, sections: [{ heading: null, body: 'Lead.' }] });
    expect(await revisions()).toBe(before);
  });
});

describe('the purge of expired idempotency keys', () => {
  const create = (slug: string, key: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...editor, 'idempotency-key': key },
      body: JSON.stringify({
        query: `mutation { createArticle(input: { slug: "${slug}", headline: "Purge", eventDate: "2024-06-01", sections: [{ body: "Lead." }] }) { id } }`,
      }),
    });
  const keys = async (key: string) => Number((await t.ds.query('SELECT count(*) AS n FROM idempotency_key WHERE key = $1', [key]))[0].n);

  it('follows a keyed write, after its COMMIT, once a second has passed since the last one, and deletes only expired keys', async () => {
    expect((await create('purge-old', 'purge-old')).status).toBe(200);
    expect((await create('purge-live', 'purge-live')).status).toBe(200);
    await t.ds.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = 'purge-old'`);
    expect([await keys('purge-old'), await keys('purge-live')]).toEqual([1, 1]);
    // more than a second after any earlier purge: the next keyed write is followed by one
    await new Promise((r) => setTimeout(r, 1100));
    const sent = await allStatements(t.ds, async () => expect((await create('purge-next', 'purge-next')).status).toBe(200));
    expect(sent.filter((s) => PURGE.test(s))).toHaveLength(1);
    expect(PURGE.test(sent[sent.length - 1])).toBe(true);
    expect(sent[sent.length - 2]).toMatch(/COMMIT$/);
    expect([await keys('purge-old'), await keys('purge-live'), await keys('purge-next')]).toEqual([0, 1, 1]);
  });

  it('runs at most once a second however many keyed writes there are', async () => {
    const started = Date.now();
    const sent = await allStatements(t.ds, async () => {
      for (let n = 0; n < 12; n++) expect((await create(`purge-many-${n}`, `purge-many-${n}`)).status).toBe(200);
    });
    const seconds = (Date.now() - started) / 1000;
    const purges = sent.filter((s) => PURGE.test(s)).length;
    // one may come at the start, then one for each full second the writes took
    expect(purges).toBeLessThanOrEqual(1 + Math.floor(seconds));
    expect(purges).toBeLessThan(12);
  });
});
