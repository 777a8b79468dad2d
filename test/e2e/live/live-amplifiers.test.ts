// Subscriptions must not cost more than their limits say, and must not outlive their key: one payload statement
// per event and selection and visibility however many subscribe; a revoked key's sockets closed on every
// instance (the revocation travels with the live events, over PostgreSQL NOTIFY and over Redis), and the key
// checked again on each subscribe.
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { liveClients, wsUrl } from '../../setup/live-client';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { writeRevision } from '../../../src/modules/revisions/revision.service';
import { explainer, given } from '../../fixtures/factory';
import { startRedis, type RedisServer } from '../../setup/redis-server';
import { createTestApp, secondInstance, urlFor, type TestApp } from '../../setup/test-app';
import { runCli } from '../../../src/cli/program';

const clients: Client[] = liveClients;
afterAll(() => Promise.all(clients.map((c) => c.dispose())));

const ARTICLE_UPDATED = `subscription($slug: String!) { articleUpdated(slug: $slug) { slug headline status version sections { key body } } }`;

/** A committed write to the article (its revision sends the live event), straight through the data source. */
async function touch(t: { ds: TestApp['ds'] }, slug: string, headline: string): Promise<void> {
  await t.ds.transaction(async (m) => {
    const [{ id }] = await m.query(`SELECT id FROM article WHERE slug = $1`, [slug]);
    await m.query(`UPDATE article SET headline = $2, version = version + 1 WHERE id = $1`, [id, headline]);
    await writeRevision(m, id, 'test', 'updateArticle');
  });
}

async function until(what: string, done: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A graphql-ws client whose socket closes are recorded. */
function client(url: string, connectionParams?: Record<string, unknown>): { client: Client; closes: number[] } {
  const closes: number[] = [];
  const c = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (e) => void closes.push((e as { code: number }).code) },
  });
  clients.push(c);
  return { client: c, closes };
}

describe('one payload per event for every subscriber', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The webhook dispatcher polls the database: off, so that the count is the write's and the payloads' alone.
    t = await createTestApp({ env: { WEBHOOK_DISPATCH: 'false' } });
    await given(t.ds, [explainer(1)]);
  });
  afterAll(() => t.close());

  it('500 readers (20 sockets x 25, the default caps) and 25 editors of one article: one write costs its own statements plus one per visibility', async () => {
    // The write alone, no subscriber.
    const alone = await t.countStatements(() => touch(t, 'story-1', 'Before'));

    const received = { reader: 0, editor: 0 };
    // Answers with errors (a pool that cannot serve 525 reads at once times them out) are counted apart.
    let failed = 0;
    const sockets = Array.from({ length: 20 }, () => client(t.url).client);
    const editorSocket = client(t.url, { authorization: (await t.as('EDITOR')).authorization }).client;
    const subscribeAll = (c: Client, n: number, who: 'reader' | 'editor') => {
      for (let i = 0; i < n; i++) {
        c.subscribe(
          { query: ARTICLE_UPDATED, variables: { slug: 'story-1' } },
          {
            next: (m: any) => void (m.errors ? failed++ : m.data?.articleUpdated?.headline === 'After' && received[who]++),
            error: () => undefined,
            complete: () => undefined,
          },
        );
      }
    };
    const before = t.app.live.opened;
    for (const c of sockets) subscribeAll(c, t.config.limits.subscriptionsPerSocket, 'reader');
    subscribeAll(editorSocket, 25, 'editor');
    await until('525 subscriptions', () => t.app.live.opened - before === 525);

    const withSubscribers = await t.countStatements(async () => {
      await touch(t, 'story-1', 'After');
      await until('every subscriber to get an answer', () => received.reader + received.editor + failed === 525, 50_000);
    });
    expect({ received, failed, payloadStatements: withSubscribers - alone }).toEqual({
      received: { reader: 500, editor: 25 },
      failed: 0,
      payloadStatements: 2,
    });
  });
});

describe.each(['postgres', 'redis'] as const)('a revoked API key (%s transport)', (transport) => {
  let redis: RedisServer | undefined;
  let t: TestApp;
  let b: Awaited<ReturnType<typeof secondInstance>>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    if (transport === 'redis') redis = await startRedis();
    t = await createTestApp({ env: { LIVE_TRANSPORT: transport, ...(redis ? { REDIS_URL: redis.url } : {}) } });
    await given(t.ds, [explainer(1), explainer(2, { slug: 'draft', status: ArticleStatus.DRAFT, publishedAt: null })]);
    b = await secondInstance(t);
    admin = await t.as('ADMIN');
  });
  afterAll(async () => {
    await b.close();
    await t.close();
    await redis?.stop();
  });

  it('loses its sockets on every instance (4403) at once, and no draft event reaches them after', async () => {
    const { authorization } = await t.as('EDITOR', `revoked-${transport}`);
    const onA = client(t.url, { authorization });
    const onB = client(b.url, { authorization });
    const got: string[] = [];
    const openedA = t.app.live.opened;
    const openedB = b.app.live.opened;
    for (const c of [onA, onB])
      c.client.subscribe(
        { query: ARTICLE_UPDATED, variables: { slug: 'draft' } },
        { next: (m: any) => void got.push(m.data?.articleUpdated?.headline), error: () => undefined, complete: () => undefined },
      );
    await until('both subscriptions', () => t.app.live.opened > openedA && b.app.live.opened > openedB);
    // Positive control: the key follows the draft on both instances until it is revoked.
    await touch(t, 'draft', 'Draft 1');
    await until('the draft event on both', () => got.length === 2);

    const res = await t.gql(`mutation { revokeApiKey(id: "revoked-${transport}") { revokedAt } }`, {}, admin);
    expect(res.body.errors).toBeUndefined();
    await until('both sockets to close', () => onA.closes.length === 1 && onB.closes.length === 1);
    expect([onA.closes, onB.closes]).toEqual([[4403], [4403]]);
    // Another editor on A follows the draft too: once it has the next draft event, the revoked key would have had it.
    const control = client(t.url, { authorization: (await t.as('EDITOR')).authorization });
    const seen: string[] = [];
    const openedControl = t.app.live.opened;
    control.client.subscribe(
      { query: ARTICLE_UPDATED, variables: { slug: 'draft' } },
      { next: (m: any) => void seen.push(m.data?.articleUpdated?.headline), error: () => undefined, complete: () => undefined },
    );
    await until('the control subscription', () => t.app.live.opened > openedControl);
    await touch(t, 'draft', 'Draft 2');
    await until('the control to get the draft event', () => seen.length === 1);
    expect([seen, got]).toEqual([['Draft 2'], ['Draft 1', 'Draft 1']]);
  });

  it('loses its sockets when revoked with the CLI (a process that does not serve)', async () => {
    const { authorization } = await t.as('EDITOR', `cli-revoked-${transport}`);
    const onB = client(b.url, { authorization });
    const openedB = b.app.live.opened;
    onB.client.subscribe(
      { query: ARTICLE_UPDATED, variables: { slug: 'draft' } },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await until('the subscription on B', () => b.app.live.opened > openedB);
    let out = '';
    let err = '';
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: urlFor(t.name),
      LOG_LEVEL: 'silent',
      LIVE_TRANSPORT: transport,
      ...(redis ? { REDIS_URL: redis.url } : {}),
    };
    const code = await runCli(
      ['apikey', 'revoke', `cli-revoked-${transport}`],
      { out: (x) => void (out += x), err: (x) => void (err += x), isTTY: false, env },
      '9.9.9',
    );
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(new RegExp(`^revoked "cli-revoked-${transport}" at `));
    await until('the socket on B to close', () => onB.closes.length === 1);
    expect(onB.closes).toEqual([4403]);
  });

  it("is checked again on each subscribe: a key revoked behind the server's back cannot open a new subscription", async () => {
    const { authorization } = await t.as('EDITOR', `quiet-${transport}`);
    const c = client(t.url, { authorization });
    const opened = t.app.live.opened;
    c.client.subscribe(
      { query: ARTICLE_UPDATED, variables: { slug: 'story-1' } },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await until('the first subscription', () => t.app.live.opened > opened);
    // Revoked in the database without the announcement (as by a tool that bypasses the API).
    await t.ds.query(`UPDATE api_key SET revoked_at = now() WHERE name = $1`, [`quiet-${transport}`]);
    const errors: unknown[] = [];
    c.client.subscribe(
      { query: ARTICLE_UPDATED, variables: { slug: 'draft' } },
      { next: () => undefined, error: (e) => void errors.push(e), complete: () => undefined },
    );
    await until('the refusal', () => c.closes.length > 0);
    expect([c.closes, t.app.live.opened - opened]).toEqual([[4403], 1]);
  });
});
