// Live fan-out by groups: subscribers with the same document, variables and visibility share ONE execution (and one
// serialization) of each event; every other group gets its own, so a reader never gets what only an editor may see.
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { liveClients, wsUrl } from '../../setup/live-client';
import { toGlobalId } from '../../../src/common/node';
import { writeRevision } from '../../../src/modules/revisions/revision.service';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

const clients: Client[] = liveClients;
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ env: { WEBHOOK_DISPATCH: 'false' } });
  await given(t.ds, [explainer(1)]);
  editor = await t.as('EDITOR');
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t.close();
});

const FOLLOW = `subscription Follow($slug: String!) { articleUpdated(slug: $slug) { slug headline pending { headline } } }`;
const SLIM = `subscription($slug: String!) { articleUpdated(slug: $slug) { slug version } }`;

async function until(what: string, done: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function socket(connectionParams?: Record<string, unknown>): Client {
  const c = createClient({ url: wsUrl(t.url), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c;
}

/** `n` subscriptions of `query` on `client`; each one's messages in its own list. */
function follow(client: Client, n: number, query: string, variables: Record<string, unknown>): unknown[][] {
  return Array.from({ length: n }, () => {
    const got: unknown[] = [];
    client.subscribe({ query, variables }, { next: (m) => void got.push(m), error: (e) => void got.push({ error: e }), complete: () => undefined });
    return got;
  });
}

describe('one execution per event and group of subscribers', () => {
  it('30 readers and 5 editors of one article, 3 readers with a smaller selection: 3 executions, each subscriber its own correct answer', async () => {
    // A staged edit: its pending version is the editors' to see, never the readers'.
    const [{ id: rawId, version }] = await t.ds.query(`SELECT id, version FROM article WHERE slug = 'story-1'`);
    const pending = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { createPending(id: $id, expectedVersion: $v) { id version } }`,
        { id: toGlobalId('Article', rawId), v: version },
        editor,
      ),
    ).createPending;
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Staged headline" }) { version } }`,
        { id: pending.id, v: pending.version },
        editor,
      ),
    );

    const before = t.app.live.opened;
    const readers = [...follow(socket(), 15, FOLLOW, { slug: 'story-1' }), ...follow(socket(), 15, FOLLOW, { slug: 'story-1' })];
    const editors = follow(socket({ authorization: editor.authorization }), 5, FOLLOW, { slug: 'story-1' });
    const slim = follow(socket(), 3, SLIM, { slug: 'story-1' });
    await until('38 subscriptions', () => t.app.live.opened - before === 38);

    const executions = t.app.live.executions;
    // A committed write of the live article (its revision sends the event).
    await t.ds.transaction(async (m) => {
      await m.query(`UPDATE article SET headline = 'Live headline', version = version + 1 WHERE id = $1`, [rawId]);
      await writeRevision(m, rawId, 'test', 'updateArticle');
    });
    const all = [...readers, ...editors, ...slim];
    await until('every subscriber to get its message', () => all.every((got) => got.length >= 1));
    // Nothing more comes (one message per subscriber, under its own id).
    await new Promise((r) => setTimeout(r, 200));

    expect(t.app.live.executions - executions).toBe(3);
    const live = { slug: 'story-1', headline: 'Live headline' };
    for (const got of readers) expect(got).toEqual([{ data: { articleUpdated: { ...live, pending: null } } }]);
    for (const got of editors) expect(got).toEqual([{ data: { articleUpdated: { ...live, pending: { headline: 'Staged headline' } } } }]);
    for (const got of slim) expect(got).toEqual([{ data: { articleUpdated: { slug: 'story-1', version: version + 1 } } }]);
  });
});
