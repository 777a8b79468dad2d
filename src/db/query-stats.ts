// Per-request scope (AsyncLocalStorage): request id and SQL statement count; and a per-data-source count.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

export interface RequestScope {
  requestId: string;
  sqlStatements: number;
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
