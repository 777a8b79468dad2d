// Counts the SQL statements of a request (into its scope, common/request-scope.ts) and of a data source.
import type { Logger, QueryRunner } from 'typeorm';
import { requestScope } from '../common/request-scope';

// The HTTP layer and the statement-count test import the scope from here.
export { requestScope, type RequestScope } from '../common/request-scope';

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
