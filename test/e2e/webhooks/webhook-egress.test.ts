// Webhooks cannot be turned into a way into the server's network (SSRF): without WEBHOOK_ALLOW_PRIVATE a delivery
// to loopback, private, link-local (cloud metadata) or reserved addresses is refused, by the address the name
// resolves to at delivery time, not only by the URL's text; an endpoint's answer is read up to a cap; and what a
// failed delivery keeps is its class, not the connection's error text (no port probing through recentDeliveries).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { toGlobalId } from '../../../src/common/node';
import { CONNECTION_FAILED, REFUSED_PRIVATE } from '../../../src/modules/webhooks/webhook.egress';
import { Webhook, type WebhookEventType } from '../../../src/modules/webhooks/webhook.entity';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

const SECRET = 'a-shared-secret-of-the-cms';
const ENV = { WEBHOOK_MAX_ATTEMPTS: '1', WEBHOOK_POLL_MS: '50', WEBHOOK_TIMEOUT_MS: '8000', WEBHOOK_MAX_RESPONSE_BYTES: '1024' };

/** A receiver on 127.0.0.1 that answers `handler`, and counts the requests it got. */
async function receiver(handler: http.RequestListener): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    req.resume();
    req.on('end', () => handler(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * Registers `urls` (through createWebhook, or `stored` straight into the table: an endpoint whose name resolved to
 * a public address when it was registered and points elsewhere now), makes one write that each of them is sent,
 * and waits until every delivery is settled.
 */
async function deliver(
  t: TestApp,
  urls: string[],
  how: 'mutation' | 'stored' = 'mutation',
): Promise<Map<string, { status: string; last_error: string | null }>> {
  const admin = await t.as('ADMIN');
  for (const u of urls) {
    if (how === 'stored')
      await t.ds.getRepository(Webhook).save({ id: randomUUID(), url: u, events: ['ARTICLE_UPDATED' as WebhookEventType], secret: SECRET, active: true });
    else dataOf(await t.gql(`mutation($u: String!) { createWebhook(url: $u, events: [ARTICLE_UPDATED], secret: "${SECRET}") { id } }`, { u }, admin));
  }
  const [row] = await t.ds.query(`SELECT id, version FROM article`);
  const update = `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Changed" }) { version } }`;
  dataOf(await t.gql(update, { id: toGlobalId('Article', row.id), v: row.version }, await t.as('EDITOR')));
  const deadline = Date.now() + 30_000;
  let rows: { url: string; status: string; last_error: string | null }[] = [];
  while (Date.now() < deadline) {
    rows = await t.ds.query(`SELECT w.url, d.status, d.last_error FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id`);
    if (rows.length === urls.length && rows.every((r) => r.status !== 'PENDING')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return new Map(rows.map((r) => [r.url, { status: r.status, last_error: r.last_error }]));
}

describe('without WEBHOOK_ALLOW_PRIVATE (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: ENV });
    await given(t.ds, [explainer(1)]);
  });
  afterAll(() => t.close());

  it('createWebhook refuses loopback, private, metadata and unresolvable endpoints with BAD_USER_INPUT on url, storing nothing', async () => {
    const admin = await t.as('ADMIN');
    const create = `mutation($u: String!) { createWebhook(url: $u, events: [ARTICLE_UPDATED], secret: "${SECRET}") { id } }`;
    const refused = {
      'http://127.0.0.1:8080/hook': /^url: a loopback, private/,
      'http://[::1]/hook': /^url: a loopback, private/,
      'http://[::ffff:10.0.0.1]/hook': /^url: a loopback, private/,
      'http://192.168.1.20/hook': /^url: a loopback, private/,
      'http://169.254.169.254/latest/meta-data/': /^url: a loopback, private/,
      'http://localhost:8080/hook': /^url: localhost resolves to a loopback, private/,
      'http://no-such-host.invalid/hook': /^url: no-such-host.invalid does not resolve/,
      'ftp://example.com/hook': /^url: http or https only/,
      'not a url': /^url: not a URL/,
    };
    for (const [u, message] of Object.entries(refused)) {
      const res = await t.gql(create, { u }, admin);
      expect([u, res.status, res.body.errors?.[0]?.extensions?.code, res.body.errors?.[0]?.extensions?.field]).toEqual([u, 400, 'BAD_USER_INPUT', 'url']);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    // A public address is accepted (it is only stored: nothing is sent until a write).
    dataOf(await t.gql(create, { u: 'https://93.184.215.14/hook' }, admin));
    const rows: { url: string }[] = await t.ds.query('SELECT url FROM webhook');
    expect(rows.map((r) => r.url)).toEqual(['https://93.184.215.14/hook']);
    await t.ds.query('DELETE FROM webhook');
  });

  it('refuses at delivery time loopback and metadata endpoints, by IP and by a name that resolves to loopback, without connecting', async () => {
    const r = await receiver((_req, res) => res.writeHead(204).end());
    try {
      const port = new URL(r.url).port;
      const urls = [r.url, `http://localhost:${port}/hook`, `http://[::ffff:127.0.0.1]:${port}/hook`, 'http://169.254.169.254/latest/meta-data/'];
      const got = await deliver(t, urls, 'stored');
      for (const u of urls) expect([u, got.get(u)]).toEqual([u, { status: 'DEAD', last_error: REFUSED_PRIVATE }]);
      expect(r.hits()).toBe(0);
    } finally {
      await r.close();
    }
  });
});

describe('with WEBHOOK_ALLOW_PRIVATE=true', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ...ENV, WEBHOOK_ALLOW_PRIVATE: 'true' } });
    await given(t.ds, [explainer(1)]);
  });
  afterAll(() => t.close());

  it('delivers to 127.0.0.1 (positive control), stops reading a 64 MB answer at the cap, keeps only failure classes', async () => {
    const ok = await receiver((_req, res) => res.writeHead(204).end());
    // 200 and a 64 MB body, written as fast as the client reads it: after the cap the delivery is settled by its status
    // and the connection closed, so the body is never sent whole (what socket buffers took is all that left).
    const TOTAL = 64 * 1024 * 1024;
    let sent = 0;
    let completed = false;
    const endless = await receiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(TOTAL) });
      res.on('finish', () => (completed = true));
      const chunk = Buffer.alloc(1024 * 1024, 120);
      const pump = (): void => {
        while (sent < TOTAL) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    const failing = await receiver((_req, res) => res.writeHead(503).end('upstream db-7.internal:5432 refused'));
    const closed = await receiver(() => undefined);
    const closedUrl = closed.url;
    await closed.close(); // nothing listens there any more: connection refused
    try {
      const got = await deliver(t, [ok.url, endless.url, failing.url, closedUrl]);
      console.info(`webhook cap: the 64 MB answer's server handed ${sent} bytes to its socket before the delivery closed it`);
      expect(completed).toBe(false);
      expect(sent).toBeLessThan(TOTAL / 4); // measured: 4 MB (socket buffers) with the cap, 64 MB before it
      expect(got.get(ok.url)).toEqual({ status: 'DELIVERED', last_error: null });
      expect(got.get(endless.url)).toEqual({ status: 'DELIVERED', last_error: null });
      expect(got.get(failing.url)).toEqual({ status: 'DEAD', last_error: 'HTTP 5xx' });
      expect(got.get(closedUrl)).toEqual({ status: 'DEAD', last_error: CONNECTION_FAILED });
      expect([ok.hits(), endless.hits(), failing.hits()]).toEqual([1, 1, 1]);
    } finally {
      await Promise.all([ok.close(), endless.close(), failing.close()]);
    }
  });
});
