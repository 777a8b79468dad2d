// A transaction's BEGIN and COMMIT sent with the statements next to them, in one round trip each: several
// statements in one simple-protocol query (values as literals, no parameters). In READ COMMITTED each statement of
// such a batch still takes its own snapshot, as if sent one by one; the first that fails stops the batch and
// leaves the transaction aborted (rolled back by the caller). The query runner's state (isTransactionActive, its
// depth) and its transaction events (the after-commit announcements of common/cache/invalidation.ts) are TypeORM's,
// as if startTransaction and commitTransaction had sent them.
import { escapeLiteral, type PoolClient } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, type QueryRunner } from 'typeorm';

/** A value as an SQL literal for a batch: null, a number, or text. */
export function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`literal: not a finite number: ${value}`);
    return String(value);
  }
  return escapeLiteral(value);
}

/** TypeORM keeps the depth (1: the transaction, 2+: savepoints) protected; these helpers set it as it does. */
type RunnerState = { isTransactionActive: boolean; transactionDepth: number };

/** Sends `statements` in one query; the rows of each, in order. Logged and counted once (one round trip). */
async function batch(qr: QueryRunner, statements: string[]): Promise<Record<string, unknown>[][]> {
  if (qr.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client = (await qr.connect()) as PoolClient;
  const text = statements.join(';\n');
  qr.connection.logger.logQuery(text, [], qr);
  try {
    const result = await client.query(text);
    return (Array.isArray(result) ? result : [result]).map((r) => r.rows ?? []);
  } catch (err) {
    qr.connection.logger.logQueryError(err as Error, text, [], qr);
    throw new QueryFailedError(text, [], err as Error);
  }
}

/**
 * Starts `qr`'s transaction and runs `statements` in it, in the same round trip; the rows of each. On an error the
 * transaction is active (aborted): roll it back.
 */
export async function beginWith(qr: QueryRunner, statements: string[]): Promise<Record<string, unknown>[][]> {
  if (qr.isTransactionActive) throw new Error('beginWith: the query runner is in a transaction already');
  const state = qr as unknown as RunnerState;
  await qr.broadcaster.broadcast('BeforeTransactionStart');
  state.isTransactionActive = true;
  state.transactionDepth = 1;
  const rows = await batch(qr, ['START TRANSACTION', ...statements]);
  await qr.broadcaster.broadcast('AfterTransactionStart');
  return rows.slice(1);
}

/**
 * Runs `statements` and commits `qr`'s transaction (not a savepoint), in the same round trip. On an error the
 * transaction is still active (aborted): roll it back.
 */
export async function commitWith(qr: QueryRunner, statements: string[]): Promise<void> {
  const state = qr as unknown as RunnerState;
  if (!qr.isTransactionActive || state.transactionDepth !== 1) throw new Error('commitWith: the query runner is not in a transaction (or is in a savepoint)');
  await qr.broadcaster.broadcast('BeforeTransactionCommit');
  await batch(qr, [...statements, 'COMMIT']);
  state.isTransactionActive = false;
  state.transactionDepth = 0;
  await qr.broadcaster.broadcast('AfterTransactionCommit');
}
