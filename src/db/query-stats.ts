// Counts the SQL statements of a request (into its scope, common/request-scope.ts) and of a data source.
import type { Logger, QueryRunner } from 'typeorm';
import { scopeOf, type RequestScope } from '../common/request-scope';

// The HTTP layer and the statement-count test import the scope from here.
export { bindScope, scopeOf, type RequestScope } from '../common/request-scope';

/** One more statement for the request `scope` (none: a statement outside any request). */
export function countStatement(scope: RequestScope | undefined): void {
  if (scope) scope.sqlStatements++;
}

export class CountingLogger implements Logger {
  /** Every statement this data source has sent, including migrations. */
  total = 0;

  constructor(private readonly onError: (message: string, err: unknown) => void = () => undefined) {}

  logQuery(_query: string, _parameters?: unknown[], runner?: QueryRunner): void {
    this.total++;
    countStatement(scopeOf(runner));
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError('query failed', { error: error instanceof Error ? error.message : error, query });
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
