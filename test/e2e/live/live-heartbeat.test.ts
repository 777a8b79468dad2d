// The LISTEN connection of the postgres transport is heartbeated: a connection that silently stops answering (no
// FIN or RST ever arrives; here its backend is frozen with SIGSTOP) is found within LIVE_LISTEN_HEARTBEAT_MS, not
// after TCP keep-alive's two hours. The hub listens again on a new connection and treats the time between as a gap:
// its in-memory response cache is emptied, and events flow again.
import { LISTEN_APPLICATION_NAME } from '../../../src/modules/live/live.events';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { liveClients, subscribe } from '../../setup/live-client';
import { toGlobalId } from '../../../src/common/node';

// 1 s: short enough for a quick test, long enough that a busy machine (a CPU hog beside the suite) answers every
// heartbeat of a healthy connection in time.
const HEARTBEAT_MS = 1000;
const DEADLINE_MS = 15_000;

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ env: { RESPONSE_CACHE: 'true', LIVE_TRANSPORT: 'postgres', LIVE_LISTEN_HEARTBEAT_MS: String(HEARTBEAT_MS) } });
  await given(t.ds, [explainer(1)]);
  editor = await t.as('EDITOR');
});
afterAll(async () => {
  await Promise.all(liveClients.map((c) => c.dispose()));
  await t?.close();
});

const listenPids = async (): Promise<number[]> =>
  (
    await t.ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 ORDER BY pid`, [LISTEN_APPLICATION_NAME])
  ).map((r: { pid: number }) => r.pid);

async function read(): Promise<string | null> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ article(slug: "story-1") { headline } }' }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('x-cache');
}

it('a LISTEN connection that stops answering is replaced within the heartbeat, the cache is emptied and events flow again', async () => {
  let frozen = 0;
  for (let attempt = 1; !frozen; attempt++) {
    const [pid, ...others] = await listenPids();
    expect(others).toEqual([]);
    await read();
    expect(await read()).toBe('HIT');
    try {
      // The backend stops answering but its socket stays open: to this server, the connection looks alive.
      process.kill(pid, 'SIGSTOP');
      frozen = pid;
    } catch (err) {
      // That backend ended between the query and the signal (its connection was replaced): take the new one.
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH' || attempt === 5) throw err;
    }
  }
  const gaps: number[] = [];
  const off = t.app.live.onGap(() => gaps.push(performance.now()));
  const stopped = performance.now();
  try {
    const deadline = Date.now() + DEADLINE_MS;
    while (gaps.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    off();
    expect(gaps).toHaveLength(1);
    console.info(
      `live heartbeat: LISTEN connection frozen; listening again on a new one after ${(gaps[0] - stopped).toFixed(0)} ms (heartbeat ${HEARTBEAT_MS} ms)`,
    );
    // A new LISTEN connection (the frozen backend still counts until it is let go below).
    expect((await listenPids()).filter((pid) => pid !== frozen)).toHaveLength(1);
    // Writes made while it was deaf were missed: the cache forgot everything.
    expect(await read()).toBe('MISS');
    // Events reach this instance again.
    const feed = await subscribe(t, `subscription { articleUpdated(slug: "story-1") { headline } }`, {});
    const [{ id, version }] = await t.ds.query(`SELECT id, version FROM article WHERE slug = 'story-1'`);
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "After the heartbeat" }) { version } }`,
        { id: toGlobalId('Article', id), v: version },
        editor,
      ),
    );
    expect(await feed.next()).toEqual({ data: { articleUpdated: { headline: 'After the heartbeat' } } });
    feed.close();
  } finally {
    process.kill(frozen, 'SIGCONT');
  }
  // The frozen connection was dropped by the server: once let go, its backend ends too.
  const deadline = Date.now() + DEADLINE_MS;
  while ((await listenPids()).includes(frozen) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(await listenPids()).not.toContain(frozen);
});
