// A graphql-ws client for tests: subscribe to one instance and read its messages one by one.
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import type { App } from '../../src/server';
import { writeRevision } from '../../src/modules/revisions/revision.service';

export interface Feed {
  /** The next message ({ data }, { error } or { complete: true }); fails after `ms`. */
  next(ms?: number): Promise<any>;
  received: any[];
  close(): void;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

/** Clients made by subscribe(), to dispose of after the tests. */
export const liveClients: Client[] = [];

/**
 * Subscribes through the instance at `at.url`; resolves once the server holds the subscription, or once the
 * attempt ended (refused: the error is the first message). `onData` takes the data messages instead of the feed.
 */
export async function subscribe(
  at: { url: string; app: Pick<App, 'live'> },
  query: string,
  variables: Record<string, unknown> = {},
  opts: { connectionParams?: Record<string, unknown>; onData?: (m: any) => void } = {},
): Promise<Feed> {
  const client = createClient({ url: wsUrl(at.url), webSocketImpl: WebSocket, connectionParams: opts.connectionParams, retryAttempts: 0, lazy: true });
  liveClients.push(client);
  const received: any[] = [];
  const waiters: ((m: any) => void)[] = [];
  const deliver = (m: any) => (waiters.length ? waiters.shift()!(m) : received.push(m));
  const before = at.app.live.opened;
  const unsubscribe = client.subscribe(
    { query, variables },
    { next: (m) => (opts.onData ? opts.onData(m) : deliver(m)), error: (e) => deliver({ error: e }), complete: () => deliver({ complete: true }) },
  );
  const until = Date.now() + 5000;
  while (at.app.live.opened === before && received.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  if (at.app.live.opened === before && received.length === 0) throw new Error('the subscription did not reach the server');
  return {
    received,
    next: (ms = 5000) =>
      received.length
        ? Promise.resolve(received.shift())
        : new Promise((resolve, reject) => {
            const waiter = (m: any) => (clearTimeout(timer), resolve(m));
            // A waiter that gave up leaves the queue: the next message is the next caller's, not lost to it.
            const timer = setTimeout(() => {
              const i = waiters.indexOf(waiter);
              if (i >= 0) waiters.splice(i, 1);
              reject(new Error(`no message within ${ms} ms`));
            }, ms);
            waiters.push(waiter);
          }),
    close: unsubscribe,
  };
}

/** A transaction that changes the article and stores its revision (which sends the live event), then fails. */
export async function rolledBackWrite(ds: DataSource, slug: string): Promise<void> {
  const [{ id }] = await ds.query(`SELECT id FROM article WHERE slug = $1`, [slug]);
  const attempt = ds.transaction(async (m) => {
    await m.query(`UPDATE article SET headline = 'Rolled back', version = version + 1 WHERE id = $1`, [id]);
    await writeRevision(m, id, 'test', 'updateArticle');
    throw new Error('boom');
  });
  await attempt.then(
    () => Promise.reject(new Error('the transaction was meant to fail')),
    (err: Error) => (err.message === 'boom' ? undefined : Promise.reject(err)),
  );
}
