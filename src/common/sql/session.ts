// What the SQL runner needs of a request, and nothing more: who asks, the connection to run on, how to run a
// compiled statement there, where to note what the answer depends on, and the request's loaders. The request
// context (src/context.ts) is one; common/ never imports it.
import type { EntityManager } from 'typeorm';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../viewer';

/** Runs one compiled read statement on `db` (src/db/prepared.ts prepares it once per shape and routes reads). */
export type StatementRunner = <R>(db: EntityManager, sql: string, params: unknown[]) => Promise<R[]>;

/** Told which object a root statement read when the answer depends on that object's tree alone. */
export interface ReadTags {
  tag(type: string, id: string): void;
}

export interface Loaders {
  relation(info: GraphQLResolveInfo): DataLoader<string, unknown>;
}

export interface ReadSession {
  viewer: Viewer;
  /** A transaction's manager, the primary's, or a replica's. */
  db: EntityManager;
  runStatement: StatementRunner;
  cache: ReadTags;
}

/** A session whose relation fields can load what the root statement did not build. */
export interface LoadingSession extends ReadSession {
  loaders: Loaders;
}
