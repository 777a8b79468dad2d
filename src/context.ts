// Per-request context: who asks, the database, request-scoped loaders and the request id.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from './common/sql/json-query';
import { createLoaders, type Loaders } from './common/sql/loaders';
import { newCacheTags, type CacheTags } from './common/cache/response-cache';

export interface Context {
  requestId: string;
  viewer: Viewer;
  db: EntityManager;
  loaders: Loaders;
  /** What the response depends on, for the response cache. */
  cache: CacheTags;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'READER' as const, canSeeDrafts: false });

export function createContext(ds: DataSource, opts: { requestId?: string; viewer?: Viewer; db?: EntityManager } = {}): Context {
  const ctx: Context = {
    requestId: opts.requestId ?? randomUUID(),
    viewer: opts.viewer ?? PUBLIC_VIEWER,
    db: opts.db ?? ds.manager,
    loaders: undefined as unknown as Loaders,
    cache: newCacheTags(),
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
