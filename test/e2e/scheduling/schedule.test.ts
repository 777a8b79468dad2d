// Scheduled publishing and embargoes on the job queue (graphile-worker): the times are the database's, set a few
// seconds ahead; tests await the outcome with deadlines. Exactly once across two instances, carried out after a
// restart when the time passed while no instance ran, through the mutations' path (revision, webhook outbox,
// changes feed entry), and an embargo that no reader path (nor the response cache) breaks before its end.
import { toGlobalId } from '../../../src/common/node';
import { codes, createTestApp, dataOf, secondInstance, type TestApp } from '../../setup/test-app';
import { until } from '../../setup/time-scale';

const DEADLINE_MS = 30_000;

async function dbNow(t: TestApp): Promise<Date> {
  const [row] = await t.ds.query('SELECT now() AS now');
  return row.now;
}

/** A time `seconds` ahead of the database clock, which the job queue goes by. */
async function ahead(t: TestApp, seconds: number): Promise<string> {
  return new Date((await dbNow(t)).getTime() + seconds * 1000).toISOString();
}

async function draft(t: TestApp, editor: Record<string, string>, slug: string, extra: Record<string, unknown> = {}) {
  const d = dataOf(
    await t.gql(
      `mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version } }`,
      {
        i: {
          slug,
          headline: `Headline of ${slug}`,
          sections: [{ body: `Lead of ${slug} about embargoed zebras.`, quotes: [{ text: `Quote of ${slug}` }] }],
          ...extra,
        },
      },
      editor,
    ),
  );
  return d.createArticle as { id: string; version: number };
}

const SCHEDULE = `mutation($id: ID!, $v: Int!, $p: DateTime, $u: DateTime, $e: DateTime) {
  schedule(id: $id, expectedVersion: $v, publishAt: $p, unpublishAt: $u, embargoUntil: $e) { version publishAt unpublishAt embargoUntil article { status } }
}`;

const rawId = (gid: string) => Buffer.from(gid, 'base64').toString('utf8').split(':')[1];

async function registerWebhook(t: TestApp): Promise<void> {
  // straight into the table: deliveries are left in the outbox (WEBHOOK_DISPATCH=false) and counted there
  await t.ds.query(`INSERT INTO webhook (url, events, secret) VALUES ('https://hooks.example.com/in', ARRAY['ARTICLE_PUBLISHED', 'ARTICLE_UPDATED'], 's')`);
}

describe('scheduled publishing on two instances', () => {
  let t: TestApp;
  let b: Awaited<ReturnType<typeof secondInstance>>;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_DISPATCH: 'false' } });
    b = await secondInstance(t);
    editor = await t.as('EDITOR');
    await registerWebhook(t);
  });
  afterAll(async () => {
    await b.close();
    await t.close();
  });

  it('20 publications scheduled through either instance each happen exactly once: one revision, one webhook delivery, one change entry', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) drafts.push(await draft(t, editor, `scheduled-${i}`));
    const at = await ahead(t, 3);
    for (const [i, d] of drafts.entries()) {
      // alternately through A and B
      const base = i % 2 === 0 ? t.url : b.url;
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor },
        body: JSON.stringify({ query: SCHEDULE, variables: { id: d.id, v: d.version, p: at } }),
      });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.schedule).toEqual({ article: { status: 'DRAFT' }, publishAt: at, unpublishAt: null, embargoUntil: null, version: d.version + 1 });
    }
    const ids = drafts.map((d) => rawId(d.id));
    await until(
      'all 20 published',
      async () => (await t.ds.query(`SELECT count(*)::int AS n FROM article WHERE id = ANY($1::uuid[]) AND status = 'PUBLISHED'`, [ids]))[0].n,
      (n) => n === 20,
      DEADLINE_MS,
    );
    // jobs finish after their transaction commits: wait for the queue to be empty before counting
    await until(
      'the queue emptied',
      async () => (await t.ds.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs`))[0].n,
      (n) => n === 0,
      DEADLINE_MS,
    );
    const rows = await t.ds.query(
      `SELECT a.id, a.status, a.publish_at,
         (SELECT count(*)::int FROM article_revision r WHERE r.article_id = a.id AND r.action = 'publishArticle') AS publications,
         (SELECT count(*)::int FROM webhook_delivery d WHERE d.article_id = a.id AND d.type = 'ARTICLE_PUBLISHED') AS webhooks,
         (SELECT array_agg(c.kind) FROM article_change c WHERE c.article_id = a.id) AS changes,
         extract(epoch FROM a.published_at - $2::timestamptz) * 1000 AS late_ms
       FROM article a WHERE a.id = ANY($1::uuid[])`,
      [ids, at],
    );
    for (const r of rows) {
      expect({ status: r.status, publishAt: r.publish_at, publications: r.publications, webhooks: r.webhooks, changes: r.changes }).toEqual({
        status: 'PUBLISHED',
        publishAt: null,
        publications: 1,
        webhooks: 1,
        changes: ['PUBLISHED'],
      });
      // never before the time
      expect(Number(r.late_ms)).toBeGreaterThanOrEqual(0);
    }
    const late = rows.map((r: { late_ms: string }) => Number(r.late_ms)).sort((x: number, y: number) => x - y);
    console.log(`scheduled publication lateness over 20 (2 instances, JOBS_POLL_MS 1000): median ${late[10].toFixed(0)} ms, max ${late[19].toFixed(0)} ms`);
  });

  it('a scheduled unpublication takes the article away from readers; unschedule removes the job', async () => {
    const d = await draft(t, editor, 'to-unpublish');
    const v = dataOf(
      await t.gql(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version } }`, { id: d.id, v: d.version }, editor),
    ).publishArticle.version;
    const s = dataOf(await t.gql(SCHEDULE, { id: d.id, v, u: await ahead(t, 2) }, editor)).schedule;
    await until(
      'unpublished',
      async () => (await t.gql(`query($s: String!) { article(slug: $s) { slug } }`, { s: 'to-unpublish' })).body.data?.article,
      (a) => a === null,
      DEADLINE_MS,
    );
    const [row] = await t.ds.query(`SELECT status, unpublish_at, version FROM article WHERE id = $1`, [rawId(d.id)]);
    expect(row).toEqual({ status: 'DRAFT', unpublish_at: null, version: s.version + 1 });

    const other = await draft(t, editor, 'unscheduled');
    const s2 = dataOf(await t.gql(SCHEDULE, { id: other.id, v: other.version, p: await ahead(t, 3600) }, editor)).schedule;
    const jobs = async () =>
      (await t.ds.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1`, [`publishArticle:${rawId(other.id)}`]))[0].n;
    expect(await jobs()).toBe(1);
    const u = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { unschedule(id: $id, expectedVersion: $v) { publishAt unpublishAt } }`,
        { id: other.id, v: s2.version },
        editor,
      ),
    ).unschedule;
    expect(u).toEqual({ publishAt: null, unpublishAt: null });
    expect(await jobs()).toBe(0);
  });

  it('refuses bad schedules with coded errors and writes nothing; readers may not schedule', async () => {
    const d = await draft(t, editor, 'bad-schedule');
    const p = await ahead(t, 3600);
    const u = await ahead(t, 60);
    expect(codes(await t.gql(SCHEDULE, { id: d.id, v: d.version, p, u }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(SCHEDULE, { id: d.id, v: d.version }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(SCHEDULE, { id: d.id, v: d.version + 5, p }, editor))).toEqual(['VERSION_CONFLICT']);
    expect(codes(await t.gql(SCHEDULE, { id: toGlobalId('Article', '00000000-0000-0000-0000-000000000000'), v: 1, p }, editor))).toEqual(['NOT_FOUND']);
    const anon = await t.gql(SCHEDULE, { id: d.id, v: d.version, p });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(codes(anon)[0]);
    // an unpublishAt before an earlier call's publishAt
    const s = dataOf(await t.gql(SCHEDULE, { id: d.id, v: d.version, p }, editor)).schedule;
    const res = await t.gql(SCHEDULE, { id: d.id, v: s.version, u }, editor);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions!.field).toBe('unpublishAt');
    const [row] = await t.ds.query(`SELECT version, publish_at, unpublish_at FROM article WHERE id = $1`, [rawId(d.id)]);
    expect({ version: row.version, unpublishAt: row.unpublish_at }).toEqual({ version: s.version, unpublishAt: null });
  });
});

it('a time that passed while every instance was down is carried out by the next one to start', async () => {
  const t = await createTestApp();
  try {
    const editor = await t.as('EDITOR');
    const d = await draft(t, editor, 'while-down');
    const at = await ahead(t, 2);
    dataOf(await t.gql(SCHEDULE, { id: d.id, v: d.version, p: at }, editor));
    await t.app.stop();
    await until(
      'the time passed',
      () => dbNow(t),
      (now) => now.getTime() > new Date(at).getTime() + 500,
      DEADLINE_MS,
      100,
    );
    const status = async () => (await t.ds.query(`SELECT status FROM article WHERE id = $1`, [rawId(d.id)]))[0].status;
    expect(await status()).toBe('DRAFT');
    const next = await secondInstance(t);
    try {
      await until('published by the instance that started', status, (s) => s === 'PUBLISHED', DEADLINE_MS);
      const [row] = await t.ds.query(
        `SELECT (SELECT count(*)::int FROM article_revision r WHERE r.article_id = $1 AND r.action = 'publishArticle') AS publications,
                (SELECT key_name FROM article_revision r WHERE r.article_id = $1 AND r.action = 'publishArticle') AS by`,
        [rawId(d.id)],
      );
      expect(row).toEqual({ publications: 1, by: 'scheduler' });
    } finally {
      await next.close();
    }
  } finally {
    await t.drop();
  }
});

describe('embargo', () => {
  let t: TestApp;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ env: { RESPONSE_CACHE: 'true', WEBHOOK_DISPATCH: 'false' } });
    editor = await t.as('EDITOR');
    await registerWebhook(t);
  });
  afterAll(() => t.close());

  const READ = `query($s: String!) { article(slug: $s) { slug headline } }`;
  const LIST = `{ articles(first: 50) { edges { node { slug } } } }`;
  const SEARCH = `{ search(query: "zebras", first: 50) { edges { node { article { slug } } } } }`;
  const NODE = `query($id: ID!) { node(id: $id) { id } }`;
  const SECTIONS = `{ quotes(first: 50) { edges { node { text } } } }`;

  async function anonymous(query: string, variables: Record<string, unknown> = {}) {
    const res = await t.gql(query, variables);
    return { data: dataOf(res), cache: res.headers.get('x-cache') };
  }

  it('hides a published article from every reader path until the embargo ends, then shows it (the cached answers too) and announces it once', async () => {
    const embargoUntil = await ahead(t, 4);
    const d = await draft(t, editor, 'embargoed', { embargoUntil });
    const published = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { status embargoUntil version } }`,
        { id: d.id, v: d.version },
        editor,
      ),
    ).publishArticle;
    expect(published).toMatchObject({ status: 'PUBLISHED', embargoUntil });

    // every reader path, twice: the second answer comes from the response cache
    for (let round = 0; round < 2; round++) {
      const read = await anonymous(READ, { s: 'embargoed' });
      expect(read.data.article).toBeNull();
      if (round === 1) expect(read.cache).toBe('HIT');
      expect(JSON.stringify((await anonymous(LIST)).data)).not.toContain('embargoed');
      expect(JSON.stringify((await anonymous(SEARCH)).data)).not.toContain('embargoed');
      expect((await anonymous(NODE, { id: d.id })).data.node).toBeNull();
      expect(JSON.stringify((await anonymous(SECTIONS)).data)).not.toContain('Quote of embargoed');
    }
    const changes = dataOf(await t.gql(`{ changes(first: 1000) { entries { slug } } }`));
    expect(JSON.stringify(changes)).not.toContain('embargoed');
    // the editor sees it
    expect(dataOf(await t.gql(READ, { s: 'embargoed' }, editor)).article).toMatchObject({ slug: 'embargoed' });
    // no ARTICLE_PUBLISHED yet: readers could not see it
    const published0 = await t.ds.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE article_id = $1 AND type = 'ARTICLE_PUBLISHED'`, [rawId(d.id)]);
    expect(published0[0].n).toBe(0);

    await until(
      'the reader sees it',
      async () => (await anonymous(READ, { s: 'embargoed' })).data.article,
      (a) => a !== null,
      DEADLINE_MS,
      100,
    );
    const [lifted] = await t.ds.query(`SELECT now() >= $2::timestamptz AS after_end, embargo_until FROM article WHERE id = $1`, [rawId(d.id), embargoUntil]);
    expect(lifted).toEqual({ after_end: true, embargo_until: null });
    expect(JSON.stringify((await anonymous(LIST)).data)).toContain('embargoed');
    expect(JSON.stringify((await anonymous(SEARCH)).data)).toContain('embargoed');
    expect((await anonymous(NODE, { id: d.id })).data.node).toEqual({ id: d.id });
    expect(JSON.stringify((await anonymous(SECTIONS)).data)).toContain('Quote of embargoed');
    // (polled: the feed serves an entry once every older transaction has ended)
    const { value: entries } = await until(
      'the lift in the changes feed',
      async () =>
        dataOf(await t.gql(`{ changes(first: 1000) { entries { slug kind version } } }`)).changes.entries.filter(
          (e: { slug: string }) => e.slug === 'embargoed',
        ),
      (e: unknown[]) => e.length > 0,
      DEADLINE_MS,
      50,
    );
    expect(entries).toEqual([{ slug: 'embargoed', kind: 'PUBLISHED', version: published.version + 1 }]);
    const hooks = await t.ds.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE article_id = $1 AND type = 'ARTICLE_PUBLISHED'`, [rawId(d.id)]);
    expect(hooks[0].n).toBe(1);
  });

  it('an embargo set on a live article takes it away from readers (UNPUBLISHED in the feed); an ended time is no embargo', async () => {
    const d = await draft(t, editor, 'live-then-embargoed');
    const v = dataOf(
      await t.gql(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version } }`, { id: d.id, v: d.version }, editor),
    ).publishArticle.version;
    expect((await anonymous(READ, { s: 'live-then-embargoed' })).data.article).not.toBeNull();
    const s = dataOf(await t.gql(SCHEDULE, { id: d.id, v, e: await ahead(t, 3600) }, editor)).schedule;
    expect((await anonymous(READ, { s: 'live-then-embargoed' })).data.article).toBeNull();
    const kinds = async () =>
      dataOf(await t.gql(`{ changes(first: 1000) { entries { slug kind } } }`))
        .changes.entries.filter((e: { slug: string }) => e.slug === 'live-then-embargoed')
        .map((e: { kind: string }) => e.kind);
    // The feed serves an entry once every transaction older than it has ended (the cursor never skips one), so a
    // reader polls: here, until the expected entries are there (entries only accumulate: a wrong one stays wrong).
    const feedShows = async (expected: string[]) =>
      (await until('the changes feed', kinds, (k) => JSON.stringify(k) === JSON.stringify(expected), DEADLINE_MS, 50)).value;
    expect(await feedShows(['PUBLISHED', 'UNPUBLISHED'])).toEqual(['PUBLISHED', 'UNPUBLISHED']);
    // a time in the past ends it at once
    const past = new Date((await dbNow(t)).getTime() - 60_000).toISOString();
    const ended = dataOf(await t.gql(SCHEDULE, { id: d.id, v: s.version, e: past }, editor)).schedule;
    expect(ended.embargoUntil).toBeNull();
    expect((await anonymous(READ, { s: 'live-then-embargoed' })).data.article).not.toBeNull();
    expect(await feedShows(['PUBLISHED', 'UNPUBLISHED', 'PUBLISHED'])).toEqual(['PUBLISHED', 'UNPUBLISHED', 'PUBLISHED']);
  });
});
