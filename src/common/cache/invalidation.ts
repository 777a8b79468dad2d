// What a transaction wrote, announced once it commits: the response cache drops what the written articles touched,
// and (with the Redis live transport) the transaction's live events are published.
// Every write path records its article here (writeRevision, which every versioned write, create and import
// calls; deleteArticle), inside its transaction; listeners run after COMMIT and are awaited by it, so the
// mutation's response leaves only once the cache has forgotten the old content and its events are published.
// A rolled-back transaction announces nothing.
import type { DataSource, EntityManager, QueryRunner, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';

/** The PostgreSQL NOTIFY channel of live events (a write's event, a key's revocation); the live hub LISTENs on it. */
export const LIVE_CHANNEL = 'explainer_events';

/**
 * The custom PostgreSQL setting that names the data source a connection belongs to (db/data-source.ts sets it on
 * every pooled connection). Live events carry it as `origin` (ORIGIN_SQL): the listeners of a data source heard its
 * own writes here at COMMIT, and need not act again on their live events, which arrive a few ms later.
 */
export const ORIGIN_SETTING = 'explainer.origin';
/** The SQL of the writing connection's origin, for a live event's JSON (null on a connection without it). */
export const ORIGIN_SQL = `current_setting('${ORIGIN_SETTING}', true)`;

export type ArticlesWritten = (articleIds: string[]) => Promise<void> | void;
/** Sends the live events (JSON text) of a committed transaction to every instance. */
export type EventPublisher = (payloads: string[]) => Promise<void> | void;

const listeners = new WeakMap<DataSource, Set<ArticlesWritten>>();
const publishers = new WeakMap<DataSource, Set<EventPublisher>>();
const KEY = 'writtenArticles';
const EVENTS = 'liveEvents';

/** Calls `listener` after every commit that wrote articles through `ds`; returns the unsubscribe. */
export function onArticlesWritten(ds: DataSource, listener: ArticlesWritten): () => void {
  let set = listeners.get(ds);
  if (!set) listeners.set(ds, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Makes writes through `ds` hand their live events to `publisher` after COMMIT instead of sending them with
 * pg_notify inside the transaction (see writeRevision); returns the unregister.
 */
export function publishEventsAfterCommit(ds: DataSource, publisher: EventPublisher): () => void {
  let set = publishers.get(ds);
  if (!set) publishers.set(ds, (set = new Set()));
  set.add(publisher);
  return () => set.delete(publisher);
}

/** Whether a write through `m` sends its live event with pg_notify in its transaction (no after-commit publisher). */
export function notifiesInTransaction(m: EntityManager): boolean {
  return (publishers.get(m.connection)?.size ?? 0) === 0;
}

async function announce(ds: DataSource, ids: string[], events: string[]): Promise<void> {
  const set = listeners.get(ds);
  if (set && ids.length > 0) await Promise.all([...set].map((l) => l(ids)));
  // One publisher is enough: every instance subscribes to the same channel. (Several are registered only when
  // several servers share one data source, as tests do, and then they share one Redis too.)
  const publisher = publishers.get(ds)?.values().next().value;
  if (publisher && events.length > 0) await publisher(events);
}

function pending(m: EntityManager): Record<string, unknown> | null {
  const qr = m.queryRunner;
  return qr?.isTransactionActive ? qr.data : null;
}

/** Records that `articleId` was written in `m`'s transaction (announced after commit; at once outside one). */
export async function noteArticleWrite(m: EntityManager, articleId: string): Promise<void> {
  const data = pending(m);
  if (data) ((data[KEY] as Set<string> | undefined) ?? (data[KEY] = new Set<string>())).add(articleId);
  else await announce(m.connection, [articleId], []);
}

/** A live event recorded in a transaction, with the depth (savepoints) it was recorded at. */
interface PendingEvent {
  depth: number;
  payload: string;
}

/** How many transactions deep (1: the transaction, 2+: savepoints) a query runner is; TypeORM keeps it unexported in its types. */
const depthOf = (qr: QueryRunner): number => (qr as QueryRunner & { transactionDepth: number }).transactionDepth;

/** Records a live event of `m`'s transaction, published after commit (at once outside one). */
export async function noteLiveEvent(m: EntityManager, payload: string): Promise<void> {
  const data = pending(m);
  if (data) ((data[EVENTS] as PendingEvent[] | undefined) ?? (data[EVENTS] = [])).push({ depth: depthOf(m.queryRunner!), payload });
  else await announce(m.connection, [], [payload]);
}

@EventSubscriber()
export class ArticleWriteSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | void {
    // A released savepoint: the outer transaction may still roll back.
    if (event.queryRunner.isTransactionActive) return;
    const data = event.queryRunner.data;
    const ids = data[KEY] as Set<string> | undefined;
    const events = data[EVENTS] as PendingEvent[] | undefined;
    if (!ids && !events) return;
    delete data[KEY];
    delete data[EVENTS];
    return announce(
      event.dataSource,
      [...(ids ?? [])],
      (events ?? []).map((e) => e.payload),
    );
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const qr = event.queryRunner;
    if (!qr.isTransactionActive) {
      delete qr.data[KEY];
      delete qr.data[EVENTS];
      return;
    }
    // Rolled back to a savepoint (the depth is already the outer one): what was recorded inside it never happened.
    // (Written article ids are kept: invalidating once too often costs nothing.)
    const events = qr.data[EVENTS] as PendingEvent[] | undefined;
    if (events) qr.data[EVENTS] = events.filter((e) => e.depth <= depthOf(qr));
  }
}
