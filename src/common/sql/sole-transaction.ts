// A write's transaction, and the one case where it needs no SAVEPOINT: the write is the only thing in a transaction
// that a caller opened for it (the idempotency transaction of a one-field mutation). It then runs in that
// transaction directly, two round trips fewer; when it fails, the caller rolls back the whole transaction (which
// holds nothing else) instead of the savepoint, so a failed write still writes nothing.
import type { EntityManager, QueryRunner } from 'typeorm';

interface Sole {
  /** The first write took the transaction; a later one in the same operation gets its own savepoint again. */
  taken: boolean;
  /** The write that took it failed: the caller must roll the whole transaction back. */
  failed: boolean;
}

const sole = new WeakMap<QueryRunner, Sole>();

/**
 * Lends `qr`'s open transaction to the first write made through it (see writeTransaction); the state tells the
 * caller, once the operation has run, whether that write failed. Only for a transaction that holds nothing else.
 */
export function lendTransaction(qr: QueryRunner): Readonly<Sole> {
  const state: Sole = { taken: false, failed: false };
  sole.set(qr, state);
  return state;
}

/** Takes the loan back (the query runner goes back to the pool). */
export function endLoan(qr: QueryRunner): void {
  sole.delete(qr);
}

/** `m.transaction(fn)`, or `fn(m)` in the transaction lent to this write (lendTransaction). */
export async function writeTransaction<T>(m: EntityManager, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  const qr = m.queryRunner;
  const state = qr ? sole.get(qr) : undefined;
  if (!qr || !state || state.taken || !qr.isTransactionActive) return m.transaction(fn);
  state.taken = true;
  try {
    return await fn(m);
  } catch (err) {
    state.failed = true;
    throw err;
  }
}
