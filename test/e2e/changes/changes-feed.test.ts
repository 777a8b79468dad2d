// The changes feed (Query.changes and GET /changes): what readers see change, in commit order, with tombstones;
// never a draft's life; cursors that survive out-of-order commits, restarts and other instances.
import { Client } from 'pg';
import { toGlobalId } from '../../../src/common/node';
import { explainer, given } from '../../fixtures/factory';
import { codes, createTestApp, dataOf, secondInstance, urlFor, type TestApp } from '../../setup/test-app';
import { until } from '../../setup/time-scale';

interface Entry {
  cursor: string;
  kind: string;
  articleId: string;
  slug: string;
  version: number;
}

const FEED = `query($after: String, $first: Int) {
  changes(after: $after, first: $first) { entries { cursor kind articleId slug version at } nextCursor pageInfo { hasNextPage endCursor } }
}`;

let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.as('EDITOR');
});
afterAll(() => t.close());

async function page(after: string | null, first = 100): Promise<{ entries: Entry[]; nextCursor: string; hasNextPage: boolean }> {
  const d = dataOf(await t.gql(FEED, { after, first }));
  return { entries: d.changes.entries, nextCursor: d.changes.nextCursor, hasNextPage: d.changes.pageInfo.hasNextPage };
}

/** Every entry from `after` on, following nextCursor. */
async function readAll(after: string | null = null, first = 100): Promise<{ entries: Entry[]; cursor: string }> {
  const all: Entry[] = [];
  let cursor = after;
  for (;;) {
    const p = await page(cursor, first);
    all.push(...p.entries);
    cursor = p.nextCursor;
    if (!p.hasNextPage) return { entries: all, cursor: cursor! };
  }
}

async function mutate(query: string, variables: Record<string, unknown>) {
  return dataOf(await t.gql(query, variables, editor));
}

async function create(slug: string): Promise<{ id: string; version: number }> {
  const d = await mutate(`mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version } }`, {
    i: { slug, headline: `Headline ${slug}`, sections: [{ body: 'Lead.' }] },
  });
  return d.createArticle;
}
const transition = async (name: string, id: string, v: number): Promise<number> =>
  (await mutate(`mutation($id: ID!, $v: Int!) { r: ${name}(id: $id, expectedVersion: $v) { version } }`, { id, v })).r.version;
const edit = async (id: string, v: number, headline: string): Promise<number> =>
  (
    await mutate(`mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`, {
      id,
      v,
      h: headline,
    })
  ).updateArticle.version;
const remove = (id: string, v: number) => mutate(`mutation($id: ID!, $v: Int!) { deleteArticle(id: $id, expectedVersion: $v) }`, { id, v });

/** The entries of this test's articles (the feed is shared by the file's tests). */
const of = (entries: Entry[], ...ids: string[]) => entries.filter((e) => ids.includes(e.articleId)).map((e) => `${e.kind}@${e.version}`);

it("records what readers see change, one entry per write, with a tombstone for a deleted published article; a draft's life never shows", async () => {
  const start = (await readAll()).cursor;
  const a = await create('feed-life');
  let v = await edit(a.id, a.version, 'Draft edit');
  v = await transition('publishArticle', a.id, v);
  v = await edit(a.id, v, 'Live edit');
  v = await transition('unpublishArticle', a.id, v);
  v = await edit(a.id, v, 'Edit while unpublished');
  v = await transition('publishArticle', a.id, v);
  const last = v;
  await remove(a.id, v);

  const draft = await create('feed-draft-only');
  const dv = await edit(draft.id, draft.version, 'Still a draft');
  await remove(draft.id, dv);

  const { value: entries } = await until(
    'the feed has the deletion',
    () => readAll(start),
    (r) => r.entries.some((e) => e.kind === 'DELETED'),
    10_000,
  );
  expect(of(entries.entries, a.id)).toEqual([`PUBLISHED@3`, `UPDATED@4`, `UNPUBLISHED@5`, `PUBLISHED@7`, `DELETED@${last}`]);
  const tombstone = entries.entries.find((e) => e.kind === 'DELETED')!;
  expect(tombstone).toMatchObject({ articleId: a.id, slug: 'feed-life' });
  expect(of(entries.entries, draft.id)).toEqual([]);
  expect(JSON.stringify(entries.entries)).not.toContain('feed-draft-only');
});

it('archiving a published article is UNPUBLISHED; the seed-like direct insert of a published article is PUBLISHED', async () => {
  const start = (await readAll()).cursor;
  const [rawId] = await given(t.ds, [explainer(900)]);
  const id = toGlobalId('Article', rawId);
  await transition('archiveArticle', id, 1);
  const { value } = await until(
    'both entries',
    () => readAll(start),
    (r) => of(r.entries, id).length === 2,
    10_000,
  );
  expect(of(value.entries, id)).toEqual(['PUBLISHED@1', 'UNPUBLISHED@2']);
});

it('pages with `first` and nextCursor; an empty page keeps the cursor; bad cursors and sizes are BAD_USER_INPUT', async () => {
  const start = (await readAll()).cursor;
  const ids = await given(t.ds, [explainer(901), explainer(902), explainer(903)]);
  const gids = ids.map((id) => toGlobalId('Article', id));
  await until(
    'three entries',
    () => readAll(start),
    (r) => of(r.entries, ...gids).length === 3,
    10_000,
  );
  const p1 = await page(start, 2);
  expect(p1.entries).toHaveLength(2);
  expect(p1.hasNextPage).toBe(true);
  const p2 = await page(p1.nextCursor, 2);
  expect(p2.entries.map((e) => e.articleId)).toEqual([gids[2]]);
  expect(p2.hasNextPage).toBe(false);
  const p3 = await page(p2.nextCursor, 2);
  expect(p3.entries).toEqual([]);
  expect(p3.nextCursor).toBe(p2.nextCursor);

  for (const after of ['nonsense', Buffer.from('chg1:1:x').toString('base64url'), Buffer.from('chg1:99999999999999999999:1').toString('base64url'), '%%%']) {
    const res = await t.gql(FEED, { after });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  }
  for (const first of [0, 1001, -1]) expect(codes(await t.gql(FEED, { first }))).toEqual(['BAD_USER_INPUT']);
  // one SQL statement per page, whatever its size
  expect(await t.countStatements(() => page(start, 2))).toBe(1);
  expect(await t.countStatements(() => page(start, 100))).toBe(1);
});

it('GET /changes answers the same JSON, not cached; bad input is a 400 with a code', async () => {
  const start = (await readAll()).cursor;
  const [rawId] = await given(t.ds, [explainer(904)]);
  await until(
    'the entry',
    () => readAll(start),
    (r) => r.entries.length === 1,
    10_000,
  );
  const res = await fetch(`${t.url}/changes?after=${encodeURIComponent(start)}&first=10`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = await res.json();
  expect(body.entries).toHaveLength(1);
  expect(body.entries[0]).toMatchObject({ kind: 'PUBLISHED', articleId: toGlobalId('Article', rawId), slug: 'story-904', version: 1 });
  expect(body.nextCursor).toBe(body.entries[0].cursor);
  expect((await page(start)).entries[0].cursor).toBe(body.nextCursor);

  const bad = await fetch(`${t.url}/changes?after=nonsense`);
  expect(bad.status).toBe(400);
  expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect((await fetch(`${t.url}/changes?first=abc`)).status).toBe(400);
  expect((await fetch(`${t.url}/changes?first=5000`)).status).toBe(400);
  expect((await fetch(`${t.url}/changes`, { method: 'POST' })).status).toBe(405);
});

it('a cursor handed out by one instance reads on at another (and after a restart): positions are stored, not held in memory', async () => {
  const start = (await readAll()).cursor;
  const b = await secondInstance(t);
  try {
    const [rawId] = await given(t.ds, [explainer(905)]);
    const res = await until(
      'B serves the entry after the cursor A gave',
      async () => (await fetch(`${b.url}/changes?after=${encodeURIComponent(start)}`)).json(),
      (body) => body.entries?.length === 1,
      10_000,
    );
    expect(res.value.entries[0].articleId).toBe(toGlobalId('Article', rawId));
  } finally {
    await b.close();
  }
});

describe('commit order: an entry that commits after a later one is never skipped', () => {
  const clients: Client[] = [];
  const client = async () => {
    const c = new Client({ connectionString: urlFor(t.name) });
    await c.connect();
    clients.push(c);
    return c;
  };
  // A failed expectation must not leave a transaction open: it would hold the feed's horizon back for the next test.
  afterEach(() => Promise.all(clients.splice(0).map((c) => c.end())));

  /**
   * A cursor past the given articles' own PUBLISHED entries. Those entries may not be served yet when `given` returns:
   * any transaction still open in the cluster (another file's database shares it) holds the horizon back a moment,
   * so a cursor read at once could sit before them and the consumer would then see them.
   */
  async function cursorPast(...rawIds: string[]): Promise<string> {
    const ids = rawIds.map((id) => toGlobalId('Article', id));
    const { value } = await until(
      'the published entries of the given articles',
      () => readAll(),
      (r) => ids.every((id) => of(r.entries, id).includes('PUBLISHED@1')),
      10_000,
    );
    return value.cursor;
  }

  /** A consumer: polls from its cursor, keeps what it saw. */
  function consumer(from: string) {
    const seen: Entry[] = [];
    let cursor = from;
    return {
      seen,
      async poll() {
        const r = await readAll(cursor);
        seen.push(...r.entries);
        cursor = r.cursor;
      },
    };
  }

  it('the first transaction takes the lower id and commits last', async () => {
    const [a, b] = await given(t.ds, [explainer(910), explainer(911)]);
    const c = consumer(await cursorPast(a, b));
    const t1 = await client();
    const t2 = await client();
    await t1.query('BEGIN');
    await t1.query('UPDATE article SET version = version + 1 WHERE id = $1', [a]); // entry id n
    await t2.query('BEGIN');
    await t2.query('UPDATE article SET version = version + 1 WHERE id = $1', [b]); // entry id n+1
    await t2.query('COMMIT');
    // b's entry is committed, a's is not: a poller that served b now would pass a's lower id by
    await c.poll();
    expect(of(c.seen, toGlobalId('Article', a), toGlobalId('Article', b))).toEqual([]);
    await t1.query('COMMIT');
    await until(
      'both entries',
      async () => (await c.poll(), c.seen.length),
      (n) => n >= 2,
      10_000,
    );
    expect(of(c.seen, toGlobalId('Article', a), toGlobalId('Article', b)).sort()).toEqual(['UPDATED@2', 'UPDATED@2']);
    expect(new Set(c.seen.map((e) => e.articleId))).toEqual(new Set([toGlobalId('Article', a), toGlobalId('Article', b)]));
  });

  it('an old transaction commits a higher id while a newer one is still open with a lower id', async () => {
    const [a, b] = await given(t.ds, [explainer(912), explainer(913)]);
    const c = consumer(await cursorPast(a, b));
    const old = await client();
    const open = await client();
    await old.query('BEGIN');
    await old.query('SELECT pg_current_xact_id()'); // takes its transaction id first
    await open.query('BEGIN');
    await open.query('UPDATE article SET version = version + 1 WHERE id = $1', [b]); // lower entry id, newer xid, stays open
    await old.query('UPDATE article SET version = version + 1 WHERE id = $1', [a]); // higher entry id, older xid
    await old.query('COMMIT');
    // a's entry comes while `open` is still open. Not at once, necessarily: any transaction older than `old` that
    // is still running anywhere in the cluster (another test file's database shares it) holds it back a moment.
    await until(
      'a while b is still open',
      async () => (await c.poll(), of(c.seen, toGlobalId('Article', a))),
      (seen) => seen.length > 0,
      10_000,
    );
    expect(of(c.seen, toGlobalId('Article', a))).toEqual(['UPDATED@2']);
    expect(of(c.seen, toGlobalId('Article', b))).toEqual([]);
    await open.query('COMMIT');
    await until(
      'b',
      async () => (await c.poll(), c.seen.length),
      (n) => n >= 2,
      10_000,
    );
    expect(of(c.seen, toGlobalId('Article', b))).toEqual(['UPDATED@2']);
  });
});

it('deleteArticle without expectedVersion deletes the current version (a tombstone all the same); an unknown id is NOT_FOUND', async () => {
  const start = (await readAll()).cursor;
  const a = await create('feed-delete-any-version');
  const v = await transition('publishArticle', a.id, a.version);
  await edit(a.id, v, 'Edited by someone else meanwhile');
  await mutate(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: a.id });
  const { value } = await until(
    'the tombstone',
    () => readAll(start),
    (r) => of(r.entries, a.id).length === 3,
    10_000,
  );
  expect(of(value.entries, a.id)).toEqual(['PUBLISHED@2', 'UPDATED@3', 'DELETED@3']);
  const missing = await t.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: a.id }, editor);
  expect(codes(missing)).toEqual(['NOT_FOUND']);
});
