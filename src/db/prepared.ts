// Runs compiled read statements as named prepared statements: the SQL text of a root field depends only on the
// shape of the selection (every value is a parameter), so each shape is parsed and planned once per connection
// instead of at every request (planning cost more than executing the explainer statement).
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { pooledQuery, routeRead } from './replica';

// PostgreSQL keeps prepared statements per connection: the number of shapes prepared is bounded, the rest run
// unnamed (a client sending ever new query shapes must not grow every connection's memory).
const MAX_PREPARED = 500;
const names = new Map<string, string>();

function nameFor(sql: string): string | undefined {
  const known = names.get(sql);
  if (known || names.size >= MAX_PREPARED) return known;
  const name = `ex_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  names.set(sql, name);
  return name;
}

export async function queryPrepared<R>(db: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  const name = nameFor(sql);
  // Inside a transaction (a mutation reading back its result) the statement must run on its connection.
  if (db.queryRunner || !name) return db.query(sql, params);
  // An anonymous reader's statement goes to a read replica when there is one (db/replica.ts).
  return routeRead(db, (pool) => pooledQuery<R>(db.connection, pool, { name, text: sql, values: params }));
}
