// Per-request context: who asks, the database, request-scoped loaders and the request id. It is the SQL runner's
// session (common/sql/session.ts) as well.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { PUBLIC_VIEWER, type Viewer } from './common/viewer';
import { createLoaders } from './common/sql/loaders';
import type { LoadingSession, Loaders, StatementRunner } from './common/sql/session';
import { newCacheTags, type CacheTags } from './common/cache/response-cache';
import type { RequestScope } from './common/request-scope';

export { PUBLIC_VIEWER };

export interface Context extends LoadingSession {
  requestId: string;
  /** The HTTP request's scope (statement count, operation name for its log line); none for a subscription's events. */
  scope?: RequestScope;
  viewer: Viewer;
  db: EntityManager;
  loaders: Loaders;
  runStatement: StatementRunner;
  /** What the response depends on, for the response cache. */
  cache: CacheTags;
  /** The editor's note on the current write (the `changeNote` argument every write takes; modules/updates/change-note.ts). */
  changeNote?: string | null;
}

/** Runs a compiled statement as it is; the HTTP layer passes db/prepared.ts's runner (prepared, routed to replicas). */
const runAsIs: StatementRunner = (db, sql, params) => db.query(sql, params);

export function createContext(
  ds: DataSource,
  opts: { requestId?: string; scope?: RequestScope; viewer?: Viewer; db?: EntityManager; runStatement?: StatementRunner } = {},
): Context {
  const ctx: Context = {
    requestId: opts.requestId ?? opts.scope?.requestId ?? randomUUID(),
    scope: opts.scope,
    viewer: opts.viewer ?? PUBLIC_VIEWER,
    db: opts.db ?? ds.manager,
    loaders: undefined as unknown as Loaders,
    runStatement: opts.runStatement ?? runAsIs,
    cache: newCacheTags(),
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}

/**
 * What a service needs of the request context to reach the database. Services take the context first (the caller
 * decides the transaction); callers without a request, such as the CLI or the gate authenticating a key before the
 * request has a context, pass `{ db }`.
 */
export type DbContext = Pick<Context, 'db'>;
