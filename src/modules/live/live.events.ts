// Live events: what a committed write announces, and the per-instance hub that LISTENs for them in PostgreSQL.
// Writes send them with pg_notify inside their own transaction (see revision.service.ts), so PostgreSQL delivers
// them to every instance at commit and never for a write that rolled back.
import { EventEmitter } from 'node:events';
import { Client, type ClientConfig } from 'pg';
import type { Logger } from 'pino';
import type { Viewer } from '../../common/sql/json-query';

export const LIVE_CHANNEL = 'explainer_events';

export interface LiveEvent {
  articleId: string;
  slug: string;
  version: number;
  status: string;
  /** The write made the article PUBLISHED (it was not in the previous revision). */
  published: boolean;
  /** Keys of the sections whose content changed, appeared or went away. */
  sections: string[];
  action: string;
  /** Milliseconds since the epoch when the write sent it (database clock). */
  at: number;
  /** Webhook deliveries the write put in the outbox. */
  outbox: number;
}

/** Whether this viewer may learn of the event: readers only of published content. */
export function mayReceive(event: LiveEvent, viewer: Viewer): boolean {
  return viewer.canSeeDrafts || event.status === 'PUBLISHED';
}

/**
 * An async iterator over the events that pass `accept`, queued while the consumer is busy. `return()` (a client
 * completing or leaving) ends it at once, even while it waits for the next event.
 */
class EventStream implements AsyncIterableIterator<LiveEvent> {
  private queue: LiveEvent[] = [];
  private waiting: ((r: IteratorResult<LiveEvent>) => void) | null = null;
  private done = false;

  constructor(
    private readonly emitter: EventEmitter,
    private readonly accept: (e: LiveEvent) => boolean,
  ) {
    emitter.on('event', this.push);
  }

  private push = (event: LiveEvent): void => {
    if (this.done || !this.accept(event)) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w({ value: event, done: false });
    } else {
      this.queue.push(event);
    }
  };

  next(): Promise<IteratorResult<LiveEvent>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveEvent>> {
    this.done = true;
    this.queue = [];
    this.emitter.off('event', this.push);
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveEvent> {
    return this;
  }
}

/** One per server instance: a dedicated connection LISTENs, reconnecting after a loss, and fans events out. */
export class LiveHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: Client | null = null;
  private closed = false;
  private retryMs = 100;
  private timer: NodeJS.Timeout | undefined;
  private connected: Promise<void> | null = null;
  /** Subscriptions opened on this instance since it started. */
  opened = 0;

  constructor(
    private readonly pg: ClientConfig,
    private readonly logger: Logger,
  ) {}

  /** Resolves once LISTEN is in place (so no event of a later write is missed); retries until then. */
  start(): Promise<void> {
    this.connected ??= new Promise<void>((resolve) => this.connect(resolve));
    return this.connected;
  }

  private connect(onListening?: () => void): void {
    if (this.closed) return onListening?.();
    const client = new Client({ ...this.pg, application_name: 'explainer-api-listen', keepAlive: true });
    let lost = false;
    const retry = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (this.closed) return onListening?.();
      this.logger.warn({ err: err?.message, retryMs: this.retryMs }, 'live events: LISTEN connection lost, reconnecting');
      this.timer = setTimeout(() => this.connect(onListening), this.retryMs).unref();
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    };
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    client.on('notification', (msg) => {
      if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
      try {
        this.emitter.emit('event', JSON.parse(msg.payload) as LiveEvent);
      } catch (err) {
        this.logger.error({ err }, 'live events: bad payload');
      }
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${LIVE_CHANNEL}`))
      .then(() => {
        if (lost) return;
        // The HTTP server keeps the process alive; this connection alone must not.
        (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        this.client = client;
        this.retryMs = 100;
        onListening?.();
        onListening = undefined;
      })
      .catch(retry);
  }

  /** Events that pass `accept`, from now on. */
  subscribe(accept: (e: LiveEvent) => boolean): AsyncIterableIterator<LiveEvent> {
    this.opened++;
    return new EventStream(this.emitter, accept);
  }

  /** Calls `listener` with every event; returns what removes it. */
  onEvent(listener: (e: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** How many subscriptions are open on this instance. */
  get subscribers(): number {
    return this.emitter.listenerCount('event');
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
