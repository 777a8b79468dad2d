// Per-request scope: request id, SQL statement count, operation name. The HTTP layer makes one per request and
// hands it down explicitly (the GraphQL context's `scope`, the request's database manager); the data source's
// logger counts a statement into the scope of the query runner or manager that sent it (`scopeOf`).
//
// Not an AsyncLocalStorage: on Node 20 an active AsyncLocalStorage runs a hook for every promise and async resource
// the process creates, whoever created it. Measured with `npm run bench -- --ops TwoSections,Search --baseline
// <build without it>`: 15% to 23% more server CPU per read request (docs/performance.md).

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

const scopes = new WeakMap<object, RequestScope>();

/** Ties a query runner or an entity manager to the request it works for; returns it. */
export function bindScope<T extends object>(holder: T, scope: RequestScope | undefined): T {
  if (scope) scopes.set(holder, scope);
  return holder;
}

/** The request a query runner or entity manager works for (a transaction's manager: its runner's). */
export function scopeOf(holder: object | undefined): RequestScope | undefined {
  if (!holder) return undefined;
  const own = scopes.get(holder);
  if (own) return own;
  const runner = (holder as { queryRunner?: object }).queryRunner;
  return runner ? scopes.get(runner) : undefined;
}
