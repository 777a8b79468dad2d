// Runs compiled read statements as named prepared statements: the SQL text of a root field depends only on the
// shape of the selection (every value is a parameter), so each shape is parsed and planned once per connection
// instead of at every request (planning cost more than executing the explainer statement).
import type { EntityManager } from 'typeorm';
import { queryNamed, statementName } from '../common/sql/named-statements';
import { pooledQuery, routeRead } from './replica';

export async function queryPrepared<R>(db: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  // Inside a transaction (a mutation reading back its result) the statement runs on its connection.
  if (db.queryRunner) return queryNamed<R>(db, sql, params);
  const name = statementName(sql);
  if (!name) return db.query(sql, params);
  // An anonymous reader's statement goes to a read replica when there is one (db/replica.ts).
  return routeRead(db, (pool) => pooledQuery<R>(db, pool, { name, text: sql, values: params }));
}
