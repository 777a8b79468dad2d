// Live events: what a committed write announces, and the per-instance hub that receives them from every instance.
// Two transports. postgres (default): writes send them with pg_notify inside their own transaction (see
// revision.service.ts), so PostgreSQL delivers them to every instance at commit and never for a write that rolled
// back; each hub LISTENs on a dedicated connection. redis (default when REDIS_URL is set): the writing instance
// publishes them to a Redis channel after COMMIT (common/cache/invalidation.ts, never for a rolled-back write) and
// each hub SUBSCRIBEs; no NOTIFY in write transactions and no LISTEN connection per instance, at the price of an
// event lost if the writer dies between its COMMIT and the publish.
import { EventEmitter } from 'node:events';
import { Client, type ClientConfig } from 'pg';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import type { Viewer } from '../../common/sql/json-query';
import { LIVE_CHANNEL } from '../../common/cache/invalidation';

// Defined below the features that send events (revisions, auth revocations), which must not import live.
export { LIVE_CHANNEL };
/** The Redis pub/sub channel of the redis transport. */
export const REDIS_LIVE_CHANNEL = 'explainer:events';

export interface LiveEvent {
  articleId: string;
  slug: string;
  version: number;
  /** The article's status; EMBARGOED: PUBLISHED or not, it is under embargo (readers hear nothing of it). */
  status: string;
  /** The write made the article PUBLISHED (it was not in the previous revision). */
  published: boolean;
  /** Keys of the sections whose content changed, appeared or went away; null: too many to list (any may have). */
  sections: string[] | null;
  action: string;
  /** Milliseconds since the epoch when the write sent it (database clock). */
  at: number;
  /** Webhook deliveries the write put in the outbox. */
  outbox: number;
  /** The data source that wrote (db/data-source.ts writerOrigin); null when written by a connection without one. */
  origin?: string | null;
  /** The article was deleted (`version` and `status` are its last ones; `sections` is empty). */
  deleted?: boolean;
}

/** The key id of a revocation on the live channel (revocations.ts), or null for anything else (an article event). */
export function revokedKeyOf(message: unknown): string | null {
  const key = (message as { revokedKey?: unknown } | null)?.revokedKey;
  return typeof key === 'string' ? key : null;
}

/** Whether this viewer may learn of the event: readers only of published content. */
export function mayReceive(event: LiveEvent, viewer: Viewer): boolean {
  return viewer.canSeeDrafts || event.status === 'PUBLISHED';
}

/**
 * An async iterator over the events that pass `accept`, queued while the consumer is busy. `return()` (a client
 * completing or leaving) ends it at once, even while it waits for the next event. An event that passes `until`
 * ends it (after yielding it, when it passes `accept` too).
 */
/** The emitter's event for subscriptions' streams: emitted after 'event' (caches dropped before subscribers hear). */
const STREAM = 'stream';
/** The emitter's event for a revoked API key (its id). */
const REVOKED = 'keyRevoked';

class EventStream implements AsyncIterableIterator<LiveEvent> {
  private queue: LiveEvent[] = [];
  private waiting: ((r: IteratorResult<LiveEvent>) => void) | null = null;
  private done = false;

  /** No event is taken any more; the queue is still handed out. */
  private ended = false;

  constructor(
    private readonly emitter: EventEmitter,
    private readonly accept: (e: LiveEvent) => boolean,
    private readonly until?: (e: LiveEvent) => boolean,
  ) {
    emitter.on(STREAM, this.push);
  }

  private push = (event: LiveEvent): void => {
    if (this.done || this.ended) return;
    const last = this.until?.(event) ?? false;
    if (last) {
      this.ended = true;
      this.emitter.off(STREAM, this.push);
    }
    if (this.accept(event)) {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w({ value: event, done: false });
      } else {
        this.queue.push(event);
      }
    } else if (last && this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      this.done = true;
      w({ value: undefined, done: true });
    }
  };

  next(): Promise<IteratorResult<LiveEvent>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.ended) this.done = true;
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveEvent>> {
    this.done = true;
    this.queue = [];
    this.emitter.off(STREAM, this.push);
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveEvent> {
    return this;
  }
}

/**
 * Where a hub's events come from: started once, closed at shutdown; it calls `deliver` with each payload, and
 * `gap` when it listens again after losing its connection (events sent meanwhile did not reach it).
 */
interface EventSource {
  readonly transport: 'postgres' | 'redis';
  start(deliver: (payload: string) => void, gap: () => void): Promise<void>;
  close(): Promise<void>;
}

/** LIVE_LISTEN_HEARTBEAT_MS's default (src/config.ts), for hubs made without a config. */
const DEFAULT_LISTEN_HEARTBEAT_MS = 10_000;

/** The socket under a pg Client (to drop a connection whose peer stopped answering, without a goodbye). */
const socketOf = (client: Client) => (client as unknown as { connection?: { stream?: { unref?: () => void; destroy?: () => void } } }).connection?.stream;

/**
 * A dedicated PostgreSQL connection that LISTENs, reconnecting after a loss with backoff. A heartbeat (SELECT 1
 * every `heartbeatMs`) finds a connection that was dropped silently (no FIN or RST reaches us: a NAT, a firewall, a
 * peer that stopped), which TCP keep-alive would only notice after hours: one not answered when the next is due
 * counts as a loss (reconnect, and a gap).
 */
class PgListenSource implements EventSource {
  readonly transport = 'postgres';
  private client: Client | null = null;
  private closed = false;
  private retryMs = 100;
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly pg: ClientConfig,
    private readonly logger: Logger,
    private readonly heartbeatMs = DEFAULT_LISTEN_HEARTBEAT_MS,
  ) {}

  /** Heartbeats `client` until it is lost: a SELECT 1 still unanswered when the next is due calls `lost`. */
  private beat(client: Client, lost: (err: Error) => void): void {
    let pending = false;
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      if (!pending) {
        pending = true;
        client.query('SELECT 1').then(
          () => (pending = false),
          () => undefined, // a failed query: the connection's own 'error' or 'end' reports the loss
        );
        return;
      }
      lost(new Error(`no answer to the heartbeat within ${this.heartbeatMs} ms`));
      socketOf(client)?.destroy?.();
    }, this.heartbeatMs).unref();
  }

  /** Resolves once LISTEN is in place (so no event of a later write is missed); retries until then. */
  start(deliver: (payload: string) => void, gap: () => void): Promise<void> {
    this.gap = gap;
    return new Promise<void>((resolve) => this.connect(deliver, resolve));
  }

  private gap: () => void = () => undefined;
  private listenedBefore = false;

  private connect(deliver: (payload: string) => void, onListening?: () => void): void {
    if (this.closed) return onListening?.();
    const client = new Client({ ...this.pg, application_name: LISTEN_APPLICATION_NAME, keepAlive: true });
    let lost = false;
    const retry = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = null;
        clearInterval(this.heartbeat);
      }
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (this.closed) return onListening?.();
      this.logger.warn({ err: err?.message, retryMs: this.retryMs }, 'live events: LISTEN connection lost, reconnecting');
      this.timer = setTimeout(() => this.connect(deliver, onListening), this.retryMs).unref();
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    };
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    client.on('notification', (msg) => {
      if (msg.channel === LIVE_CHANNEL && msg.payload) deliver(msg.payload);
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${LIVE_CHANNEL}`))
      .then(() => {
        if (lost) return;
        // closed while this connection was being made (a reconnect): it must not stay open
        if (this.closed) return retry();
        // The HTTP server keeps the process alive; this connection alone must not.
        socketOf(client)?.unref?.();
        this.client = client;
        this.beat(client, retry);
        this.retryMs = 100;
        if (this.listenedBefore) this.gap();
        this.listenedBefore = true;
        onListening?.();
        onListening = undefined;
      })
      .catch(retry);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}

const retryStrategy = (times: number) => Math.min(100 * 2 ** (times - 1), 5000);

/** Publishes committed events to the redis transport's channel (a server's, or a CLI command's that writes). */
export class RedisPublisher {
  private readonly pub: Redis;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    // A write has committed when its events are published: a publish waits little for a Redis that is away.
    this.pub = new Redis(url, { lazyConnect: true, retryStrategy, maxRetriesPerRequest: 2, connectionName: 'explainer-api-live-pub' });
    this.pub.on('error', (err) => this.logger.warn({ err: err.message }, 'live events: Redis publisher connection error'));
  }

  publish = async (payloads: string[]): Promise<void> => {
    try {
      for (const p of payloads) await this.pub.publish(REDIS_LIVE_CHANNEL, p);
    } catch (err) {
      // The write has committed: its response must not fail. Subscribers miss this event; caches expire (TTL).
      this.logger.error({ err, events: payloads.length }, 'live events: publish to Redis failed, events lost');
    }
  };

  async close(): Promise<void> {
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}

/**
 * A Redis connection in subscriber mode (ioredis reconnects with backoff and subscribes again), and a publisher
 * of this instance's committed events.
 */
class RedisSource implements EventSource {
  readonly transport = 'redis';
  private readonly sub: Redis;
  readonly publisher: RedisPublisher;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    this.sub = new Redis(url, { lazyConnect: true, retryStrategy, connectionName: 'explainer-api-live-sub' });
    this.sub.on('error', (err) => this.logger.warn({ err: err.message }, 'live events: Redis subscriber connection error'));
    this.publisher = new RedisPublisher(url, logger);
  }

  async start(deliver: (payload: string) => void, gap: () => void): Promise<void> {
    this.sub.on('message', (channel: string, payload: string) => channel === REDIS_LIVE_CHANNEL && deliver(payload));
    // ioredis says `ready` at every (re)connection, then subscribes again: every one after the first is a gap.
    let connections = 0;
    this.sub.on('ready', () => ++connections > 1 && gap());
    // Resolves once SUBSCRIBE is acknowledged (no event of a later write is missed); ioredis retries until then.
    await this.sub.subscribe(REDIS_LIVE_CHANNEL);
  }

  async close(): Promise<void> {
    await Promise.all([this.sub.quit().catch(() => this.sub.disconnect()), this.publisher.close()]);
  }
}

/** application_name of the LISTEN connection (what pg_stat_activity shows). */
export const LISTEN_APPLICATION_NAME = 'explainer-api-listen';

/** One per server instance: receives every instance's events through its transport and fans them out. */
export class LiveHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly source: EventSource;
  private started: Promise<void> | null = null;
  /** Subscriptions opened on this instance since it started. */
  opened = 0;
  /** Events this instance received through its transport since it started. */
  received = 0;
  /**
   * Subscription events executed on this instance: one per event and group of subscribers that get the same
   * answer (same document, variables and visibility: http/subscription-fanout.ts), not one per subscriber.
   */
  executions = 0;

  constructor(
    opts: { transport: 'postgres'; pg: ClientConfig; heartbeatMs?: number } | { transport: 'redis'; redisUrl: string },
    private readonly logger: Logger,
  ) {
    this.source = opts.transport === 'redis' ? new RedisSource(opts.redisUrl, logger) : new PgListenSource(opts.pg, logger, opts.heartbeatMs);
  }

  get transport(): 'postgres' | 'redis' {
    return this.source.transport;
  }

  /** Resolves once the transport listens (no event of a later write is missed). */
  start(): Promise<void> {
    this.started ??= this.source.start(
      (payload) => {
        this.received++;
        let event: LiveEvent;
        try {
          event = JSON.parse(payload) as LiveEvent;
        } catch (err) {
          this.logger.error({ err }, 'live events: bad payload');
          return;
        }
        // A revoked API key (revocations.ts) is no article event: only its listeners hear it.
        const revokedKey = revokedKeyOf(event);
        if (revokedKey !== null) {
          this.emitter.emit(REVOKED, revokedKey);
          return;
        }
        this.emitter.emit('event', event);
        this.emitter.emit(STREAM, event);
      },
      () => {
        this.logger.warn({ transport: this.transport }, 'live events: listening again after a gap; events sent meanwhile were missed');
        this.emitter.emit('gap');
      },
    );
    return this.started;
  }

  /** Calls `listener` with the id of every API key revoked on any instance; returns what removes it. */
  onKeyRevoked(listener: (keyId: string) => void): () => void {
    this.emitter.on(REVOKED, listener);
    return () => this.emitter.off(REVOKED, listener);
  }

  /** Calls `listener` when the transport listens again after a loss (events of that time were missed). */
  onGap(listener: () => void): () => void {
    this.emitter.on('gap', listener);
    return () => this.emitter.off('gap', listener);
  }

  /** With the redis transport: what publishes this instance's committed events (null with postgres: NOTIFY does). */
  get publisher(): ((payloads: string[]) => Promise<void>) | null {
    return this.source instanceof RedisSource ? this.source.publisher.publish : null;
  }

  /** Events that pass `accept`, from now on; an event that passes `until` ends them (see EventStream). */
  subscribe(accept: (e: LiveEvent) => boolean, until?: (e: LiveEvent) => boolean): AsyncIterableIterator<LiveEvent> {
    this.opened++;
    return new EventStream(this.emitter, accept, until);
  }

  /** Calls `listener` with every event; returns what removes it. */
  onEvent(listener: (e: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  close(): Promise<void> {
    return this.source.close();
  }
}
