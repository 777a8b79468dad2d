// Webhooks: admins register endpoints; the outbox row is written with the change; two instances deliver it
// signed, in order per article, at least once, and never both the same event, to a receiver that fails,
// times out and goes away during 500 writes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { toGlobalId } from '../../src/common/node';
import type { App } from '../../src/server';
import { signature, WebhookDispatcher } from '../../src/modules/webhooks/webhook.dispatcher';
import { explainer, given } from '../fixtures/factory';
import { createTestApp, dataOf, secondInstance, type TestApp } from '../setup/test-app';

const SECRET = 'a-shared-secret-of-the-cms';
const ENV = {
  // The receivers listen on 127.0.0.1, which deliveries refuse unless allowed (see webhook-egress.test.ts).
  WEBHOOK_ALLOW_PRIVATE: 'true',
  // Generous: a 2xx that arrives after the timeout is retried (at-least-once), which this test would count as a duplicate.
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_BACKOFF_BASE_MS: '10',
  WEBHOOK_BACKOFF_MAX_MS: '200',
  WEBHOOK_MAX_ATTEMPTS: '1000',
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_CONCURRENCY: '4',
};

interface Received {
  id: string;
  articleId: string;
  version: number;
}

/** A receiver on 127.0.0.1 that answers 500 to some requests, never answers others, and can go away. */
class Receiver {
  readonly acked: Received[] = [];
  badSignatures = 0;
  failed = 0;
  hung = 0;
  private server: http.Server | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const ts = String(req.headers['x-explainer-timestamp']);
        if (req.headers['x-explainer-signature'] !== signature(SECRET, ts, body)) this.badSignatures++;
        const r = Math.random();
        if (r < 0.15) {
          this.failed++;
          res.writeHead(500).end();
        } else if (r < 0.19) {
          this.hung++; // no answer: the dispatcher times out
        } else {
          const p = JSON.parse(body);
          if (p.id !== req.headers['x-explainer-event-id']) this.badSignatures++;
          this.acked.push({ id: p.id, articleId: p.articleId, version: p.version });
          res.writeHead(204).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Goes away: refuses connections until start() again (on the same port). */
  async stop(): Promise<void> {
    const s = this.server!;
    this.server = null;
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
}

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let b: { app: App; close: () => Promise<void> };
const receiver = new Receiver();

beforeAll(async () => {
  t = await createTestApp({ env: ENV });
  await given(t.ds, Array.from({ length: 5 }, (_, i) => explainer(i + 1)));
  admin = await t.as('ADMIN');
  editor = await t.as('EDITOR');
  b = await secondInstance(t, 5);
  await receiver.start();
});
afterAll(async () => {
  await b.close();
  await t.close();
  await receiver.stop().catch(() => undefined);
});

async function setHeadline(slug: string, headline: string, expectedVersion?: number) {
  const [row] = await t.ds.query(`SELECT id, version FROM article WHERE slug = $1`, [slug]);
  return t.gql(
    `mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`,
    { id: toGlobalId('Article', row.id), v: expectedVersion ?? row.version, h: headline },
    editor,
  );
}

describe('webhook registry', () => {
  it('only admins create, list and disable webhooks; bad input is refused', async () => {
    const create = `mutation($u: String!, $s: String!) { createWebhook(url: $u, events: [ARTICLE_PUBLISHED], secret: $s) { id url events active } }`;
    const denied = await t.gql(create, { u: 'http://127.0.0.1:1/x', s: SECRET }, editor);
    expect(denied.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await t.gql(create, { u: 'ftp://x', s: SECRET }, admin);
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const hook = dataOf(await t.gql(create, { u: 'http://127.0.0.1:1/x', s: SECRET }, admin)).createWebhook;
    expect(hook).toMatchObject({ url: 'http://127.0.0.1:1/x', events: ['ARTICLE_PUBLISHED'], active: true });
    const disabled = dataOf(await t.gql(`mutation($id: ID!) { disableWebhook(id: $id) { id active } }`, { id: hook.id }, admin)).disableWebhook;
    expect(disabled).toEqual({ id: hook.id, active: false });
    const list = dataOf(await t.gql(`{ webhooks { id active recentDeliveries { id } } }`, {}, admin)).webhooks;
    expect(list).toEqual([{ id: hook.id, active: false, recentDeliveries: [] }]);
  });
});

describe('delivery', () => {
  let hookId: string;
  beforeAll(async () => {
    hookId = dataOf(
      await t.gql(
        `mutation($u: String!, $s: String!) { createWebhook(url: $u, events: [ARTICLE_UPDATED, ARTICLE_PUBLISHED], secret: $s) { id } }`,
        { u: `http://127.0.0.1:${receiver.port}/hooks`, s: SECRET },
        admin,
      ),
    ).createWebhook.id;
  });

  it('a rolled-back write (VERSION_CONFLICT) puts nothing in the outbox', async () => {
    const res = await setHeadline('story-1', 'Never', 99);
    expect(res.body.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM webhook_delivery`)).toEqual([{ n: 0 }]);
  });

  it('500 writes: every event delivered once, signed, in order per article, by both instances', async () => {
    for (let i = 1; i <= 500; i++) {
      if (i === 200) await receiver.stop(); // goes away for a hundred writes
      if (i === 300) await receiver.start();
      dataOf(await setHeadline(`story-${(i % 5) + 1}`, `Headline ${i}`));
    }
    const deadline = Date.now() + 90_000;
    let pending = -1;
    while (Date.now() < deadline) {
      [{ pending }] = await t.ds.query(`SELECT count(*)::int AS pending FROM webhook_delivery WHERE status <> 'DELIVERED'`);
      if (pending === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pending).toBe(0);

    const events: { event_id: string; article_id: string; version: number; attempts: number }[] = await t.ds.query(
      `SELECT event_id, article_id, (payload->>'version')::int AS version, attempts FROM webhook_delivery WHERE webhook_id = $1`,
      [hookId],
    );
    expect(events).toHaveLength(500);
    const ackedIds = receiver.acked.map((r) => r.id);
    const eventIds = new Set(events.map((e) => e.event_id));
    // Every event acknowledged exactly once (at least once, and never by both instances), signed.
    expect({
      acked: ackedIds.length,
      duplicates: ackedIds.filter((id, i) => ackedIds.indexOf(id) !== i),
      missing: [...eventIds].filter((id) => !ackedIds.includes(id)),
      badSignatures: receiver.badSignatures,
    }).toEqual({ acked: 500, duplicates: [], missing: [], badSignatures: 0 });
    // In order per article.
    const last = new Map<string, number>();
    for (const r of receiver.acked) {
      expect(r.version).toBeGreaterThan(last.get(r.articleId) ?? 0);
      last.set(r.articleId, r.version);
    }
    // The receiver did fail, time out and go away, and both instances delivered.
    const retried = events.filter((e) => e.attempts > 1).length;
    expect(receiver.failed).toBeGreaterThan(0);
    expect(receiver.hung).toBeGreaterThan(0);
    expect(retried).toBeGreaterThan(0);
    expect(t.app.webhooks.delivered).toBeGreaterThan(0);
    expect(b.app.webhooks.delivered).toBeGreaterThan(0);
    expect(t.app.webhooks.delivered + b.app.webhooks.delivered).toBe(500);
    console.info(
      `webhooks: 500 written, ${ackedIds.length} delivered (A ${t.app.webhooks.delivered}, B ${b.app.webhooks.delivered}); ` +
        `receiver answered 500 ${receiver.failed}x, hung ${receiver.hung}x, was away for 100 writes; ${retried} events needed retries`,
    );

    const recent = dataOf(
      await t.gql(`{ webhooks { id recentDeliveries(limit: 2) { status type attempts deliveredAt payload } } }`, {}, admin),
    ).webhooks.find((w: { id: string }) => w.id === hookId);
    expect(recent.recentDeliveries).toHaveLength(2);
    expect(recent.recentDeliveries[0]).toMatchObject({ status: 'DELIVERED', type: 'ARTICLE_UPDATED' });
    expect(recent.recentDeliveries.map((r: { payload: { id: string } }) => r.payload.id)).toEqual(
      (await t.ds.query(`SELECT event_id FROM webhook_delivery WHERE webhook_id = $1 ORDER BY seq DESC LIMIT 2`, [hookId])).map((r: { event_id: string }) => r.event_id),
    );
  });
});

describe('dead deliveries', () => {
  it('a delivery that keeps failing is marked DEAD after WEBHOOK_MAX_ATTEMPTS tries', async () => {
    const d = await createTestApp({ env: { ...ENV, WEBHOOK_MAX_ATTEMPTS: '3' } });
    try {
      await given(d.ds, [explainer(1)]);
      const key = await d.as('ADMIN');
      // A port nothing listens on: connection refused every time.
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      dataOf(await d.gql(`mutation($u: String!) { createWebhook(url: $u, events: [ARTICLE_UPDATED], secret: "${SECRET}") { id } }`, { u: `http://127.0.0.1:${port}/` }, key));
      const [row] = await d.ds.query(`SELECT id, version FROM article`);
      dataOf(await d.gql(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "X" }) { version } }`, { id: toGlobalId('Article', row.id), v: row.version }, await d.as('EDITOR')));
      const deadline = Date.now() + 20_000;
      let rows: { status: string; attempts: number; last_error: string }[] = [];
      while (Date.now() < deadline) {
        rows = await d.ds.query(`SELECT status, attempts, last_error FROM webhook_delivery`);
        if (rows[0]?.status === 'DEAD') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(rows).toEqual([{ status: 'DEAD', attempts: 3, last_error: 'connection failed' }]);
    } finally {
      await d.close();
    }
  });
});

describe('slow endpoints', () => {
  it('hold no database connection while they take their time: reads are answered meanwhile', async () => {
    // More workers than the pool has connections (5), every request held open by the endpoint.
    const d = await createTestApp({ env: { ...ENV, WEBHOOK_CONCURRENCY: '8', WEBHOOK_TIMEOUT_MS: '10000' } });
    const held: http.ServerResponse[] = [];
    const endpoint = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => held.push(res));
    });
    try {
      await given(d.ds, Array.from({ length: 8 }, (_, i) => explainer(i + 1)));
      await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/`;
      dataOf(await d.gql(`mutation($u: String!) { createWebhook(url: $u, events: [ARTICLE_UPDATED], secret: "${SECRET}") { id } }`, { u: url }, await d.as('ADMIN')));
      const editorKey = await d.as('EDITOR');
      const rows: { id: string; version: number }[] = await d.ds.query(`SELECT id, version FROM article ORDER BY slug`);
      for (const row of rows) {
        dataOf(await d.gql(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Slow" }) { version } }`, { id: toGlobalId('Article', row.id), v: row.version }, editorKey));
      }
      const deadline = Date.now() + 20_000;
      while (held.length < 8 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(held.length).toBe(8); // eight deliveries in flight at once, one per article

      const [{ n }] = await d.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
      expect(n).toBe(0);
      const reads = await Promise.all(Array.from({ length: 10 }, () => d.gql(`{ articles(first: 3) { totalCount } }`)));
      expect(reads.map((r) => [r.status, r.body.data?.articles?.totalCount])).toEqual(Array.from({ length: 10 }, () => [200, 8]));

      for (const res of held.splice(0)) res.writeHead(204).end();
      const settled = Date.now() + 20_000;
      let statuses: string[] = [];
      while (Date.now() < settled) {
        statuses = (await d.ds.query(`SELECT status FROM webhook_delivery ORDER BY seq`)).map((r: { status: string }) => r.status);
        if (statuses.every((s) => s === 'DELIVERED')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(statuses).toEqual(Array.from({ length: 8 }, () => 'DELIVERED'));
    } finally {
      for (const res of held) res.destroy();
      endpoint.closeAllConnections();
      await new Promise((resolve) => endpoint.close(resolve));
      await d.close();
    }
  });
});

describe('leases', () => {
  it('a delivery leased by an instance that died mid-send is sent when its lease runs out, and that try counts', async () => {
    const d = await createTestApp({ env: { ...ENV, WEBHOOK_DISPATCH: 'false' } });
    const got: string[] = [];
    const endpoint = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => (got.push(String(req.headers['x-explainer-event-id'])), res.writeHead(204).end()));
    });
    const dispatcher = new WebhookDispatcher(d.ds, d.config.webhooks, pino({ level: 'silent' }));
    try {
      await given(d.ds, [explainer(1)]);
      await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
      const u = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/`;
      dataOf(await d.gql(`mutation($u: String!) { createWebhook(url: $u, events: [ARTICLE_UPDATED], secret: "${SECRET}") { id } }`, { u }, await d.as('ADMIN')));
      const [row] = await d.ds.query(`SELECT id, version FROM article`);
      dataOf(await d.gql(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Leased" }) { version } }`, { id: toGlobalId('Article', row.id), v: row.version }, await d.as('EDITOR')));
      // What a claim does (count the try, lease the row for 1.5 s), by an instance that then died.
      await d.ds.query(`UPDATE webhook_delivery SET attempts = attempts + 1, next_attempt_at = now() + interval '1500 milliseconds'`);
      dispatcher.start();
      dispatcher.poke();
      await new Promise((r) => setTimeout(r, 300));
      expect([got.length, (await d.ds.query(`SELECT status FROM webhook_delivery`))[0].status]).toEqual([0, 'PENDING']); // leased: nobody else sends it
      const deadline = Date.now() + 20_000;
      let rows: { status: string; attempts: number; event_id: string }[] = [];
      while (Date.now() < deadline) {
        rows = await d.ds.query(`SELECT status, attempts, event_id FROM webhook_delivery`);
        if (rows[0].status !== 'PENDING') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(rows).toEqual([{ status: 'DELIVERED', attempts: 2, event_id: got[0] }]);
      expect(got).toHaveLength(1);
    } finally {
      await dispatcher.stop();
      endpoint.closeAllConnections();
      await new Promise((resolve) => endpoint.close(resolve));
      await d.close();
    }
  });
});
