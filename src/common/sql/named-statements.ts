// Named (prepared) statements: a statement whose SQL text depends only on its shape (every value a parameter) is
// parsed and planned once per connection, then only bound and executed. For the reads (db/prepared.ts) and for the
// large statements of every write, in the write's transaction (the revision with its events: planning it cost more
// than running it).
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, type EntityManager } from 'typeorm';

// PostgreSQL keeps prepared statements per connection: the number of shapes prepared is bounded, the rest run
// unnamed (a client sending ever new query shapes must not grow every connection's memory).
const MAX_PREPARED = 500;
const names = new Map<string, string>();

/** The statement name of `sql`, or undefined once MAX_PREPARED shapes have names (it then runs unnamed). */
export function statementName(sql: string): string | undefined {
  const known = names.get(sql);
  if (known || names.size >= MAX_PREPARED) return known;
  const name = `ex_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  names.set(sql, name);
  return name;
}

/**
 * Runs `sql` on `m`'s connection (its transaction) as a named statement, logged and counted like any statement
 * TypeORM sends, its errors as TypeORM's QueryFailedError; the rows. Without a query runner (no transaction) or a
 * name, it is `m.query` as it is. Returns the rows of any statement (no affected-row count, unlike `m.query`).
 */
export async function queryNamed<R>(m: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  const qr = m.queryRunner;
  const name = statementName(sql);
  if (!qr || !name || m.connection.options.type !== 'postgres') return m.query(sql, params);
  // As TypeORM's own query(): a released runner's connection may already serve another request's transaction.
  if (qr.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client = (await qr.connect()) as PoolClient;
  m.connection.logger.logQuery(sql, params, qr);
  try {
    return (await client.query({ name, text: sql, values: params })).rows as R[];
  } catch (err) {
    m.connection.logger.logQueryError(err as Error, sql, params, qr);
    throw new QueryFailedError(sql, params, err as Error);
  }
}
