// Per-request scope (AsyncLocalStorage): request id, SQL statement count, operation name; and a per-data-source count.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

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

export class CountingLogger implements Logger {
  /** Every statement this data source has sent, including migrations. */
  total = 0;

  constructor(private readonly onError: (message: string, err: unknown) => void = () => undefined) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.total++;
    const stats = requestScope.getStore();
    if (stats) stats.sqlStatements++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError('query failed', { error: error instanceof Error ? error.message : error, query });
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
