// Subscriptions over graphql-ws: events after committed writes only, readers never see drafts, auth and limits
// on the connection, and a write through one instance reaching a subscriber on another (with its latency).
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { liveClients, rolledBackWrite, subscribe, wsUrl } from '../../setup/live-client';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { toGlobalId } from '../../../src/common/node';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, secondInstance, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
let editorKey: string;
const clients: Client[] = liveClients;

async function articleId(slug: string): Promise<{ id: string; version: number }> {
  const [row] = await t.ds.query(`SELECT id, version FROM article WHERE slug = $1`, [slug]);
  return { id: toGlobalId('Article', row.id), version: row.version };
}

async function setHeadline(slug: string, headline: string, expectedVersion?: number) {
  const a = await articleId(slug);
  return t.gql(
    `mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`,
    { id: a.id, v: expectedVersion ?? a.version, h: headline },
    editor,
  );
}

async function setSectionBody(slug: string, key: string, body: string) {
  const [row] = await t.ds.query(`SELECT s.id, a.version FROM section s JOIN article a ON a.id = s.article_id WHERE a.slug = $1 AND s.key = $2`, [slug, key]);
  return dataOf(
    await t.gql(
      `mutation($id: ID!, $v: Int!, $b: String) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: $b }) { version } }`,
      { id: toGlobalId('Section', row.id), v: row.version, b: body },
      editor,
    ),
  );
}

const ARTICLE_UPDATED = `subscription($slug: String!) { articleUpdated(slug: $slug) { slug headline status version } }`;

beforeAll(async () => {
  t = await createTestApp();
  await given(t.ds, [
    explainer(1),
    explainer(2),
    explainer(3),
    explainer(4),
    explainer(9, { slug: 'secret-draft', status: ArticleStatus.DRAFT, publishedAt: null }),
  ]);
  editor = await t.as('EDITOR');
  editorKey = editor.authorization.slice('Bearer '.length);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t.close();
});

describe('subscriptions', () => {
  it('articleUpdated delivers the article after a mutation', async () => {
    const feed = await subscribe(t, ARTICLE_UPDATED, { slug: 'story-1' });
    dataOf(await setHeadline('story-1', 'Story 1, updated'));
    expect(await feed.next()).toEqual({ data: { articleUpdated: { slug: 'story-1', headline: 'Story 1, updated', status: 'PUBLISHED', version: 2 } } });
    feed.close();
  });

  it('sectionsUpdated sends only the chosen sections, when they change, with their new content', async () => {
    const feed = await subscribe(t, `subscription { sectionsUpdated(articleSlug: "story-2", keys: ["lead"]) { key body } }`);
    await setSectionBody('story-2', 'what-happened', 'Not followed.');
    await setHeadline('story-2', 'No section changed');
    await setSectionBody('story-2', 'lead', 'The new lead.');
    expect(await feed.next()).toEqual({ data: { sectionsUpdated: [{ key: 'lead', body: 'The new lead.' }] } });
    expect(feed.received).toEqual([]);
    feed.close();
  });

  it('a rolled-back write sends nothing: a VERSION_CONFLICT, and a transaction that wrote its revision then failed', async () => {
    const feed = await subscribe(t, ARTICLE_UPDATED, { slug: 'story-3' }, { connectionParams: { apiKey: editorKey } });
    const conflict = await setHeadline('story-3', 'Never', 99);
    expect(conflict.body.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    await rolledBackWrite(t.ds, 'story-3');
    dataOf(await setHeadline('story-3', 'Committed'));
    expect(await feed.next()).toEqual({ data: { articleUpdated: { slug: 'story-3', headline: 'Committed', status: 'PUBLISHED', version: 2 } } });
    expect(feed.received).toEqual([]);
    feed.close();
  });

  it('readers get nothing of drafts until they are published; editors follow drafts', async () => {
    const reader = await subscribe(t, ARTICLE_UPDATED, { slug: 'secret-draft' });
    const published = await subscribe(t, `subscription { articlePublished { slug headline } }`);
    const editorFeed = await subscribe(t, ARTICLE_UPDATED, { slug: 'secret-draft' }, { connectionParams: { authorization: editor.authorization } });
    dataOf(await setHeadline('secret-draft', 'Draft headline'));
    expect(await editorFeed.next()).toEqual({ data: { articleUpdated: { slug: 'secret-draft', headline: 'Draft headline', status: 'DRAFT', version: 2 } } });
    const a = await articleId('secret-draft');
    dataOf(await t.gql(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version } }`, { id: a.id, v: a.version }, editor));
    expect(await reader.next()).toEqual({ data: { articleUpdated: { slug: 'secret-draft', headline: 'Draft headline', status: 'PUBLISHED', version: 3 } } });
    expect(await published.next()).toEqual({ data: { articlePublished: { slug: 'secret-draft', headline: 'Draft headline' } } });
    // A later edit of the published article is an update, not a publication.
    dataOf(await setHeadline('secret-draft', 'Public headline'));
    expect((await reader.next()).data.articleUpdated.headline).toBe('Public headline');
    // Then a publication that must arrive: events come in commit order, so had the edit above been sent as a
    // publication, it would come first.
    const created = await t.gql(
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`,
      { input: { slug: 'published-later', headline: 'Published later', sections: [{ body: 'The lead.' }] } },
      editor,
    );
    const later = dataOf(created).createArticle;
    dataOf(
      await t.gql(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version } }`, { id: later.id, v: later.version }, editor),
    );
    expect(await published.next()).toEqual({ data: { articlePublished: { slug: 'published-later', headline: 'Published later' } } });
    expect(published.received).toEqual([]);
    for (const f of [reader, published, editorFeed]) f.close();
  });

  it('an unknown API key is refused with 4403; mutations and over-limit operations are refused', async () => {
    const refused = await subscribe(t, ARTICLE_UPDATED, { slug: 'story-1' }, { connectionParams: { apiKey: 'not-a-key' } });
    expect((await refused.next()).error.code).toBe(4403);
    const mutation = await subscribe(t, `mutation { deleteArticle(id: "x") }`);
    expect((await mutation.next()).error[0].extensions.code).toBe('BAD_REQUEST');
    // article(1) > section(2) > article(3) > ... one level past the limit.
    const n = t.config.limits.depth + 1;
    let sel = n % 2 === 1 ? 'key' : 'slug';
    for (let d = n - 1; d >= 2; d--) sel = d % 2 === 0 ? `section(key: "lead") { ${sel} }` : `article { ${sel} }`;
    const deep = await subscribe(t, `subscription { articleUpdated(slug: "story-1") { ${sel} } }`);
    const err = (await deep.next()).error;
    expect(err).toEqual([{ message: 'depth: Query depth limit of 8 exceeded, found 9.', extensions: { code: 'QUERY_TOO_DEEP', max: 8 } }]);
  });
});

describe('an article with many long section keys', () => {
  it('is written (a NOTIFY payload holds at most 8000 bytes) and reaches sectionsUpdated subscribers', async () => {
    // 80 sections with 120-character keys: the list of changed keys alone is about 9.7 KB.
    const key = (i: number) => `section-${String(i).padStart(3, '0')}-${'x'.repeat(108)}`;
    const sections = [
      { body: 'The lead.' },
      ...Array.from({ length: 79 }, (_, i) => ({ key: key(i + 1), heading: `Question ${i + 1}?`, body: `Answer ${i + 1}.` })),
    ];
    const feed = await subscribe(
      t,
      `subscription($k: [String!]!) { sectionsUpdated(articleSlug: "many-sections", keys: $k) { key body } }`,
      { k: [key(42)] },
      {
        connectionParams: { apiKey: editorKey },
      },
    );
    const res = await t.gql(
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { slug sections { key } } }`,
      { input: { slug: 'many-sections', headline: 'Many sections', sections } },
      editor,
    );
    expect(res.status).toBe(200);
    expect(dataOf(res).createArticle.sections).toHaveLength(80);
    expect(await feed.next()).toEqual({ data: { sectionsUpdated: [{ key: key(42), body: 'Answer 42.' }] } });
    feed.close();
  });
});

describe('subscription limits', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));
  const app = async (env: Record<string, string>) => {
    const a = await createTestApp({ env });
    await given(a.ds, [explainer(1)]);
    apps.push(a);
    return a;
  };
  /** A raw graphql-ws socket: resolves with its close code, or 'open' once the server acknowledged it. */
  const rawSocket = (url: string) =>
    new Promise<{ socket: WebSocket; state: number | 'acked' }>((resolve) => {
      const socket = new WebSocket(wsUrl(url), 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (m) => JSON.parse(String(m)).type === 'connection_ack' && resolve({ socket, state: 'acked' }));
      socket.on('close', (code) => resolve({ socket, state: code }));
    });

  it('caps open subscriptions per connection, connections per address, and cost, with coded refusals', async () => {
    const a = await app({ LIMIT_SUBSCRIPTIONS_PER_SOCKET: '2', LIMIT_SOCKETS_PER_IP: '3', LIMIT_COST: '20' });
    const client = createClient({ url: wsUrl(a.url), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    clients.push(client);
    const outcomes: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      client.subscribe(
        { query: ARTICLE_UPDATED, variables: { slug: 'story-1' } },
        { next: () => undefined, error: (e) => outcomes.push(e), complete: () => undefined },
      );
    }
    const until = Date.now() + 5000;
    while (outcomes.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect(a.app.live.opened).toBe(2);
    expect(outcomes).toEqual([[expect.objectContaining({ extensions: { code: 'SUBSCRIPTION_LIMIT', max: 2 } })]]);

    // The client above holds one socket; two more are accepted, the fourth from this address is closed with 4429.
    const sockets = [await rawSocket(a.url), await rawSocket(a.url), await rawSocket(a.url)];
    expect(sockets.map((s) => s.state)).toEqual(['acked', 'acked', 4429]);
    sockets[0].socket.close();
    await new Promise((r) => sockets[0].socket.once('close', r));
    const again = await rawSocket(a.url);
    expect(again.state).toBe('acked'); // a closed socket frees its place
    await Promise.all(
      [...sockets.slice(1), again].map(
        (s) => new Promise((r) => (s.socket.readyState === WebSocket.CLOSED ? r(null) : (s.socket.once('close', r), s.socket.close()))),
      ),
    );

    const costly = await subscribe(a, `subscription { articleUpdated(slug: "story-1") { sections { key citations { excerpt source { name } } } } }`);
    expect((await costly.next()).error).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', cost: expect.any(Number), max: 20 } })]);
  });

  it("applies the rate limits: a connection and each subscribe take a request's share; refusals are coded", async () => {
    // One request per 60 s window: the steps below fall into one window however slow the machine.
    const a = await app({ RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_ANON_PER_SECOND: '1', RATE_LIMIT_ANON_BURST: '0' });
    // The connection takes the one request of this window; its subscribe is refused with RATE_LIMITED.
    const first = await subscribe(a, ARTICLE_UPDATED, { slug: 'story-1' });
    const refusal = (await first.next()).error;
    expect(refusal).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) } })]);
    const retryAfter = refusal[0].extensions.retryAfter as number;
    expect([Number.isInteger(retryAfter), retryAfter >= 1, retryAfter <= 60]).toEqual([true, true, true]); // the rest of the window
    // and a new connection in the same window is closed with 4429 (as HTTP answers 429).
    const second = await rawSocket(a.url);
    expect(second.state).toBe(4429);
  });
});

describe('two instances on one database', () => {
  let b: Awaited<ReturnType<typeof secondInstance>>;
  beforeAll(async () => {
    b = await secondInstance(t);
  });
  afterAll(() => b.close());

  it('a write through A reaches a subscriber on B; latency over 100 writes', async () => {
    const feed = await subscribe(b, ARTICLE_UPDATED, { slug: 'story-4' });
    const latencies: number[] = [];
    const a = await articleId('story-4');
    for (let i = 1; i <= 100; i++) {
      const started = performance.now();
      const res = t.gql(
        `mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`,
        { id: a.id, v: a.version + i - 1, h: `Headline ${i}` },
        editor,
      );
      const message = await feed.next();
      latencies.push(performance.now() - started);
      expect(message).toEqual({ data: { articleUpdated: { slug: 'story-4', headline: `Headline ${i}`, status: 'PUBLISHED', version: a.version + i } } });
      dataOf(await res);
    }
    latencies.sort((x, y) => x - y);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)].toFixed(1);
    console.info(`write on A -> subscriber on B, ${latencies.length} writes: p50 ${pct(50)} ms, p99 ${pct(99)} ms (from sending the mutation)`);
    feed.close();
  }, 600_000); // 100 writes one after the other: a count, not a rate, on a busy machine
});
