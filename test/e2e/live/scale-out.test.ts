// Two API instances on different ports against one database, once with the defaults (in-memory response caches,
// live events over PostgreSQL NOTIFY) and once with REDIS_URL (shared cache, live events over Redis pub/sub):
// a write through A reaches B's cached reads and B's subscribers, deletions included. Prints the figures the
// README quotes: events delivered vs written, write -> subscriber on B latency, and the in-memory invalidation lag.
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../../src/common/node';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { loadConfig } from '../../../src/config';
import type { App } from '../../../src/server';
import { LISTEN_APPLICATION_NAME } from '../../../src/modules/live/live.events';
import { runCli } from '../../../src/cli/program';
import { writeRevision } from '../../../src/modules/revisions/revision.service';
import { armeniaAzerbaijanExplainer } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, secondInstance, urlFor, type TestApp } from '../../setup/test-app';
import { startRedis, type RedisServer } from '../../setup/redis-server';
import { liveClients, rolledBackWrite, subscribe } from '../../setup/live-client';

const WRITES = 200;
const LAG_WRITES = 50;
const SEED_SLUG = armeniaAzerbaijanExplainer.slug;
const DEADLINE_MS = 10_000;
/** The tests that send tens or hundreds of writes one after the other: a count of writes, not a rate, on a busy machine. */
const SEQUENTIAL_WRITES_TIMEOUT_MS = 600_000;

interface Instance {
  app: App;
  url: string;
  ds: DataSource;
}

afterAll(() => Promise.all(liveClients.map((c) => c.dispose())));

const READ = `query($slug: String!) { article(slug: $slug) { headline } }`;

/** An anonymous read (the kind the response cache answers) through one instance. */
async function read(base: string, slug: string): Promise<{ cache: string | null; headline: string | null }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: READ, variables: { slug } }),
  });
  const body = await res.json();
  if (res.status !== 200 || body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors)}`);
  return { cache: res.headers.get('x-cache'), headline: body.data.article?.headline ?? null };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
const summary = (ms: number[]) => {
  const s = [...ms].sort((x, y) => x - y);
  return `p50 ${pct(s, 50)} ms, p99 ${pct(s, 99)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};

async function listenConnections(ds: DataSource): Promise<number> {
  const [row] = await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [
    LISTEN_APPLICATION_NAME,
  ]);
  return row.n;
}

/** The scenarios both deployments share; `strict`: B's cache is fresh as soon as A's mutation has answered. */
function scaleOut(
  label: string,
  opts: { transport: 'postgres' | 'redis'; strict: boolean; env: () => Record<string, string>; restartBroker?: () => Promise<void> },
) {
  let t: TestApp;
  let a: Instance;
  let b: Instance & { close: () => Promise<void> };
  let editor: Record<string, string>;

  async function current(slug: string): Promise<{ id: string; version: number }> {
    const [row] = await t.ds.query(`SELECT id, version FROM article WHERE slug = $1`, [slug]);
    return { id: toGlobalId('Article', row.id), version: row.version };
  }

  async function setHeadline(slug: string, headline: string): Promise<number> {
    const { id, version } = await current(slug);
    const res = await t.gql(
      `mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`,
      { id, v: version, h: headline },
      editor,
    );
    return dataOf(res).updateArticle.version;
  }

  async function deleteThroughA(slug: string): Promise<void> {
    const { id, version } = await current(slug);
    dataOf(await t.gql(`mutation($id: ID!, $v: Int!) { deleteArticle(id: $id, expectedVersion: $v) }`, { id, v: version }, editor));
  }

  /** Reads through B until `fresh` holds (at once when `strict`): how long after the call, and how many stale answers first. */
  async function readOnB(slug: string, fresh: (headline: string | null) => boolean): Promise<{ ms: number; stale: number }> {
    const started = performance.now();
    if (opts.strict) {
      const got = await read(b.url, slug);
      expect(got.cache).toBe('MISS');
      expect(fresh(got.headline)).toBe(true);
      return { ms: performance.now() - started, stale: 0 };
    }
    const deadline = Date.now() + DEADLINE_MS;
    for (let stale = 0; ; stale++) {
      if (fresh((await read(b.url, slug)).headline)) return { ms: performance.now() - started, stale };
      if (Date.now() > deadline) throw new Error(`B still answers stale content for ${slug} ${DEADLINE_MS} ms after the write`);
    }
  }

  describe(label, () => {
    beforeAll(async () => {
      t = await createTestApp({ env: { RESPONSE_CACHE: 'true', WEBHOOK_ALLOW_PRIVATE: 'true', ...opts.env() } });
      await given(t.ds, [explainer(1), explainer(2), explainer(3), explainer(4), explainer(5)]);
      a = { app: t.app, url: t.url, ds: t.ds };
      b = await secondInstance(t);
      editor = await t.as('EDITOR');
    });
    afterAll(async () => {
      await b?.close();
      await t?.close();
    });

    it(`carries live events over ${opts.transport}`, async () => {
      expect([a.app.live.transport, b.app.live.transport]).toEqual([opts.transport, opts.transport]);
      // Each instance holds a LISTEN connection only with the postgres transport.
      expect(await listenConnections(t.ds)).toBe(opts.transport === 'postgres' ? 2 : 0);
      const before = b.app.live.received;
      await setHeadline('story-5', 'Counted');
      const until = Date.now() + DEADLINE_MS;
      while (b.app.live.received === before && Date.now() < until) await new Promise((r) => setTimeout(r, 2));
      expect(b.app.live.received).toBe(before + 1);
      // Operators see the same in /metrics, labelled with the transport.
      const metrics = await (await fetch(`${b.url}/metrics`)).text();
      expect(metrics).toContain(`explainer_live_events_received_total{transport="${opts.transport}"} ${before + 1}`);
    });

    it(
      `a write through A is seen by a cached read on B ${opts.strict ? 'as soon as the mutation has answered' : 'shortly after'}`,
      async () => {
        const lags: number[] = [];
        const invalidated: number[] = [];
        let staleFirstReads = 0;
        for (let i = 1; i <= LAG_WRITES; i++) {
          await read(b.url, 'story-1');
          // The read on B is really cached before the write (else the check below would prove nothing).
          expect(await read(b.url, 'story-1')).toEqual({ cache: 'HIT', headline: i === 1 ? 'Story 1' : `Story 1, edit ${i - 1}` });
          // When B's hub hears of the write: with an in-memory cache, that is when B drops its cached answers.
          let heard = NaN;
          const off = b.app.live.onEvent((e) => e.slug === 'story-1' && (heard = performance.now()));
          await setHeadline('story-1', `Story 1, edit ${i}`);
          const answered = performance.now();
          const got = await readOnB('story-1', (h) => h === `Story 1, edit ${i}`);
          off();
          lags.push(got.ms);
          if (got.stale > 0) staleFirstReads++;
          invalidated.push(heard - answered);
        }
        console.info(
          `${label}: ${LAG_WRITES} writes through A; B's cached read fresh after A's mutation answered: ${summary(lags)} ` +
            `(${opts.strict ? 'first read, never retried' : `polling; the first read was stale ${staleFirstReads} times`}); ` +
            `B's hub heard of the write ${summary(invalidated)} after A answered (negative: before)`,
        );
      },
      SEQUENTIAL_WRITES_TIMEOUT_MS,
    );

    it('a rolled-back write reaches nobody; the next committed one does', async () => {
      const feed = await subscribe(b, `subscription($slug: String!) { articleUpdated(slug: $slug) { headline } }`, { slug: 'story-4' });
      await rolledBackWrite(t.ds, 'story-4');
      await setHeadline('story-4', 'Committed');
      expect(await feed.next()).toEqual({ data: { articleUpdated: { headline: 'Committed' } } });
      expect(feed.received).toEqual([]);
      feed.close();
    });

    it('a write rolled back to a savepoint, inside a transaction that commits, reaches nobody', async () => {
      const feed = await subscribe(b, `subscription($slug: String!) { articleUpdated(slug: $slug) { headline } }`, { slug: 'story-4' });
      const [{ id }] = await t.ds.query(`SELECT id FROM article WHERE slug = 'story-4'`);
      await t.ds.transaction(async (m) => {
        await m
          .transaction(async (inner) => {
            await inner.query(`UPDATE article SET headline = 'Savepoint', version = version + 1 WHERE id = $1`, [id]);
            await writeRevision(inner, id, 'test', 'updateArticle');
            throw new Error('rolled back to the savepoint');
          })
          .catch(() => undefined);
        await m.query(`SELECT 1`);
      });
      await setHeadline('story-4', 'After the savepoint');
      expect(await feed.next()).toEqual({ data: { articleUpdated: { headline: 'After the savepoint' } } });
      expect(feed.received).toEqual([]);
      feed.close();
    });

    it(
      `events delivered vs written, and write -> subscriber on B latency, over ${WRITES} writes`,
      async () => {
        // One message per event, in order; each carries the article as B reads it then (a later write may show already).
        const arrived: number[] = [];
        const feed = await subscribe(
          b,
          `subscription($slug: String!) { articleUpdated(slug: $slug) { headline } }`,
          { slug: 'story-2' },
          {
            onData: (m) => {
              if (m.data?.articleUpdated?.headline?.startsWith('Story 2, write ')) arrived.push(performance.now());
            },
          },
        );
        // From the write's statement (the event's `at`, database clock on this machine) to B's hub: the transport alone.
        const transit: number[] = [];
        const off = b.app.live.onEvent((e) => e.slug === 'story-2' && transit.push(Date.now() - e.at));
        const sent: number[] = [];
        for (let i = 1; i <= WRITES; i++) {
          sent.push(performance.now());
          await setHeadline('story-2', `Story 2, write ${i}`);
        }
        const deadline = Date.now() + DEADLINE_MS;
        while (arrived.length < WRITES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
        off();
        const latencies = arrived.slice(0, WRITES).map((at, i) => at - sent[i]);
        console.info(
          `${label}: ${WRITES} writes through A, ${arrived.length} events delivered to a subscriber on B; ` +
            `write -> subscriber on B: ${summary(latencies)} (from sending the mutation); write's statement -> B's hub: ${summary(transit)}`,
        );
        expect(arrived.length).toBe(WRITES);
        expect(feed.received).toEqual([]);
        feed.close();
      },
      SEQUENTIAL_WRITES_TIMEOUT_MS,
    );

    if (opts.restartBroker) {
      const restart = opts.restartBroker;
      it('keeps working through a restart of the broker: mutations still answer, B resubscribes', async () => {
        const feed = await subscribe(b, `subscription($slug: String!) { articleUpdated(slug: $slug) { headline } }`, { slug: 'story-5' });
        const resubscribed: number[] = [];
        const off = b.app.live.onGap(() => resubscribed.push(performance.now()));
        const restarted = performance.now();
        await restart();
        // B's hub subscribes again by itself (a gap: it may have missed events), within its reconnect backoff.
        const deadline = Date.now() + DEADLINE_MS;
        while (resubscribed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        off();
        expect(resubscribed).toHaveLength(1);
        // Events published before A's publisher is back are lost (the trade-off of publishing after COMMIT): write
        // until one reaches B's subscriber; every message it gets is one of these writes.
        let n = 0;
        let got: any = null;
        while (!got && Date.now() < deadline) {
          await setHeadline('story-5', `After the restart ${++n}`);
          got = await feed.next(500).catch(() => null);
        }
        console.info(
          `${label}: B subscribed again ${(resubscribed[0] - restarted).toFixed(0)} ms after the Redis restart began; first event after ${n} writes`,
        );
        expect(got).toEqual({ data: { articleUpdated: { headline: expect.stringMatching(/^After the restart \d+$/) } } });
        feed.close();
      });
    }

    if (opts.transport === 'postgres') {
      it('B, whose LISTEN connection was cut, forgets its cached answers when it listens again (it may have missed writes)', async () => {
        await read(b.url, 'story-3');
        expect((await read(b.url, 'story-3')).cache).toBe('HIT');
        const gaps: number[] = [];
        const off = b.app.live.onGap(() => gaps.push(Date.now()));
        // Cut both instances' LISTEN connections; a write meanwhile would not reach B.
        await t.ds.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [
          LISTEN_APPLICATION_NAME,
        ]);
        const deadline = Date.now() + DEADLINE_MS;
        while (gaps.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        off();
        expect(gaps).toHaveLength(1);
        // Both instances listen again, each after its own backoff: A may still be on its way when B is back.
        while ((await listenConnections(t.ds)) !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect(await listenConnections(t.ds)).toBe(2);
        expect((await read(b.url, 'story-3')).cache).toBe('MISS');
      });
    }

    it('a CLI command that writes (`explainer-api seed`: its own data source and connections) is heard by B too', async () => {
      const list = async () => {
        const res = await fetch(`${b.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
        });
        return { cache: res.headers.get('x-cache'), total: (await res.json()).data.articles.totalCount as number };
      };
      const before = (await list()).total;
      expect(await list()).toEqual({ cache: 'HIT', total: before });
      const published = await subscribe(b, `subscription { articlePublished { slug } }`, {});
      const out: string[] = [];
      const code = await runCli(
        ['seed'],
        { out: (l) => void out.push(l), err: () => undefined, isTTY: false, env: { NODE_ENV: 'test', DATABASE_URL: urlFor(t.name), ...opts.env() } },
        '0.0.0',
      );
      expect([code, out.join('')]).toEqual([0, `${JSON.stringify({ fixture: 'armenia-azerbaijan', inserted: [SEED_SLUG], skipped: [] })}\n`]);
      if (opts.strict) {
        expect(await list()).toEqual({ cache: 'MISS', total: before + 1 });
      } else {
        const deadline = Date.now() + DEADLINE_MS;
        while ((await list()).total !== before + 1) if (Date.now() > deadline) throw new Error('B still counts the articles before the seed');
      }
      expect(await published.next()).toEqual({ data: { articlePublished: { slug: SEED_SLUG } } });
      published.close();
    });

    it('deleteArticle through A: B answers null, its subscribers get a last null and completion, webhooks an ARTICLE_DELETED', async () => {
      const admin = await t.as('ADMIN');
      dataOf(
        await t.gql(`mutation { createWebhook(url: "http://127.0.0.1:1/hook", events: [ARTICLE_DELETED], secret: "0123456789abcdef") { id } }`, {}, admin),
      );
      const article = await subscribe(b, `subscription { articleUpdated(slug: "story-3") { headline } }`, {});
      const sections = await subscribe(b, `subscription { sectionsUpdated(articleSlug: "story-3", keys: ["lead"]) { key } }`, {});
      await read(b.url, 'story-3');
      expect(await read(b.url, 'story-3')).toEqual({ cache: 'HIT', headline: 'Story 3' });
      const [{ id, version }] = await t.ds.query(`SELECT id, version FROM article WHERE slug = 'story-3'`);

      await deleteThroughA('story-3');
      const lag = await readOnB('story-3', (h) => h === null);
      console.info(`${label}: B's cached read answered null ${lag.ms.toFixed(1)} ms after A's deleteArticle answered (${lag.stale} stale answers first)`);
      expect(await article.next()).toEqual({ data: { articleUpdated: null } });
      expect(await article.next()).toEqual({ complete: true });
      expect(await sections.next()).toEqual({ complete: true });
      expect([article.received, sections.received]).toEqual([[], []]);
      const outbox = await t.ds.query(`SELECT type, payload FROM webhook_delivery WHERE article_id = $1`, [id]);
      expect(outbox).toEqual([
        {
          type: 'ARTICLE_DELETED',
          payload: expect.objectContaining({
            type: 'ARTICLE_DELETED',
            articleId: id,
            slug: 'story-3',
            version,
            status: 'PUBLISHED',
            sections: [],
            action: 'deleteArticle',
          }),
        },
      ]);
    });

    it('the deletion of a draft is news to editors only', async () => {
      await given(t.ds, [explainer(7, { slug: 'draft-7', status: ArticleStatus.DRAFT, publishedAt: null })]);
      const query = `subscription { articleUpdated(slug: "draft-7") { headline } }`;
      const reader = await subscribe(b, query, {});
      const editorFeed = await subscribe(b, query, {}, { connectionParams: { authorization: editor.authorization } });
      await deleteThroughA('draft-7');
      expect(await editorFeed.next()).toEqual({ data: { articleUpdated: null } });
      expect(await editorFeed.next()).toEqual({ complete: true });
      // The reader's subscription stays open and silent; a published article that takes the slug is its first message.
      await given(t.ds, [explainer(8, { slug: 'draft-7', headline: 'Published under the slug' })]);
      expect(await reader.next()).toEqual({ data: { articleUpdated: { headline: 'Published under the slug' } } });
      reader.close();
    });
  });
}

scaleOut('in-memory caches, PostgreSQL NOTIFY', { transport: 'postgres', strict: false, env: () => ({}) });

let redis: RedisServer | undefined;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());
scaleOut('REDIS_URL: Redis cache, Redis pub/sub', {
  transport: 'redis',
  strict: true,
  env: () => ({ REDIS_URL: redis!.url }),
  restartBroker: () => redis!.restart(),
});

describe('LIVE_TRANSPORT', () => {
  const transport = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env }).live.transport;

  it('is postgres without REDIS_URL, redis with it, and can keep NOTIFY beside Redis', () => {
    expect(transport({})).toBe('postgres');
    expect(transport({ REDIS_URL: 'redis://r:6379' })).toBe('redis');
    expect(transport({ REDIS_URL: 'redis://r:6379', LIVE_TRANSPORT: 'postgres' })).toBe('postgres');
    expect(() => transport({ LIVE_TRANSPORT: 'redis' })).toThrow('LIVE_TRANSPORT: redis needs REDIS_URL');
  });
});
