// Per-request scope (AsyncLocalStorage): request id, SQL statement count, operation name. The HTTP layer opens
// it, the data source's logger counts statements into it, error formatting and logs read it.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** Of those, the statements a read replica answered (src/db/replica.ts). */
  replicaStatements?: number;
  /** query, mutation or subscription, once the document names one operation. */
  operationType?: 'query' | 'mutation' | 'subscription';
  /** The GraphQL operation's name, `(anonymous)`, or `(invalid)` when none could be resolved; unset off /graphql. */
  operation?: string;
  /** The name of the API key the request was made with, for the request log; never the key itself. */
  apiKeyName?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
