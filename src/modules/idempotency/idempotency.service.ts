// Idempotency-Key for mutations. The stored response is written in the same transaction as the mutation, so a
// committed write always has its response and a rolled-back one has none (a failed one-field mutation's is written
// after its rollback, under the lock again). Requests with the same key wait on one advisory lock: the first
// executes, the others replay its response. BEGIN goes with the lock and the lookup, COMMIT with the stored
// response: two round trips around the mutation (common/sql/batched-transaction.ts).
import { createHash } from 'node:crypto';
import { getOperationAST, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { beginWith, commitWith, literal } from '../../common/sql/batched-transaction';
import { endLoan, lendTransaction } from '../../common/sql/sole-transaction';
import { AppError, BadUserInputError } from '../../common/errors';
import { bindScope, scopeOf } from '../../common/request-scope';
import { parsedDocument } from '../../common/graphql/parsed-documents';

export const IDEMPOTENCY_TTL_HOURS = 24;

export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Key order in variables does not change the request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(body: { query?: unknown; operationName?: unknown; variables?: unknown }): string {
  return createHash('sha256')
    .update(canonical([body.operationName ?? null, body.query ?? null, body.variables ?? {}]))
    .digest('hex');
}

/**
 * Mutations whose response carries a secret (a new API key in plaintext) or that manage keys: their responses are
 * never stored (the table is kept 24 h and read by whoever reads the database), so an Idempotency-Key is refused.
 */
export const KEY_MANAGEMENT_FIELDS: ReadonlySet<string> = new Set(['createApiKey', 'revokeApiKey']);

/** Root field names of the operation `body` runs, through fragments; empty when the document does not parse. */
export function rootFields(body: { query?: unknown; operationName?: unknown }): string[] {
  if (typeof body.query !== 'string') return [];
  let doc: DocumentNode;
  try {
    doc = parsedDocument(body.query);
  } catch {
    return [];
  }
  const op = getOperationAST(doc, typeof body.operationName === 'string' ? body.operationName : undefined);
  if (!op) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.push(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const f = fragments.get(sel.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(op.selectionSet);
  return names;
}

/** Refuses an Idempotency-Key on a key-management mutation (BAD_USER_INPUT), before anything runs. */
export function assertIdempotencyAllowed(body: { query?: unknown; operationName?: unknown }): void {
  const refused = rootFields(body).filter((f) => KEY_MANAGEMENT_FIELDS.has(f));
  if (refused.length > 0) {
    throw new BadUserInputError(
      `Idempotency-Key is not accepted on ${refused[0]}: its response holds a secret and is never stored; send it without the header`,
      {
        header: 'Idempotency-Key',
      },
    );
  }
}

// Failures that say nothing about the request itself: not stored, so a retry with the same key runs again.
const TRANSIENT = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

function storable(result: HttpResult): boolean {
  if (result.status >= 500) return false;
  try {
    const errors: { extensions?: { code?: string } }[] = JSON.parse(result.body).errors ?? [];
    return !errors.some((e) => TRANSIENT.has(e.extensions?.code ?? ''));
  } catch {
    return false;
  }
}

// The purge of expired keys runs after at most one keyed write a second per data source, not after every one (it
// was one more round trip on each), and takes up to 1,000 rows: more than any write rate adds in a second.
const PURGE_EVERY_MS = 1000;
const PURGE_BATCH = 1000;
const nextPurge = new WeakMap<DataSource, number>();

function purgeDue(ds: DataSource): boolean {
  const now = Date.now();
  if (now < (nextPurge.get(ds) ?? 0)) return false;
  nextPurge.set(ds, now + PURGE_EVERY_MS);
  return true;
}

/**
 * The advisory lock of one key, then (with `checkKey`) whether the API key is still valid, then its stored
 * response: one round trip with the transaction's BEGIN.
 */
function lockAndLookup(scope: { apiKeyId: string; key: string }, checkKey: boolean): string[] {
  const apiKeyId = literal(scope.apiKeyId);
  const key = literal(scope.key);
  return [
    `SELECT pg_advisory_xact_lock(hashtextextended(${literal(`${scope.apiKeyId}:${scope.key}`)}, 0))`,
    // a key from the cache (Viewer.keyUnchecked): revoked by a transaction committed before this statement, refused
    ...(checkKey ? [`SELECT 1 AS active FROM api_key WHERE id = ${apiKeyId} AND revoked_at IS NULL`] : []),
    // a statement of its own after the lock: its snapshot sees what the lock's last holder committed
    `SELECT request_hash AS "requestHash", response_status AS status, response_body AS body FROM idempotency_key
      WHERE api_key_id = ${apiKeyId} AND key = ${key} AND expires_at > now()`,
  ];
}

/** Stores the response under its key: one round trip with the transaction's COMMIT. */
function record(scope: { apiKeyId: string; key: string; hash: string }, result: HttpResult): string {
  return `INSERT INTO idempotency_key (api_key_id, key, request_hash, response_status, response_body, expires_at)
    VALUES (${literal(scope.apiKeyId)}, ${literal(scope.key)}, ${literal(scope.hash)}, ${literal(result.status)}, ${literal(result.body)},
      now() + make_interval(hours => ${IDEMPOTENCY_TTL_HOURS}))
    ON CONFLICT (api_key_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
      response_body = EXCLUDED.response_body, created_at = now(), expires_at = EXCLUDED.expires_at`;
}

type Stored = { requestHash: string; status: number; body: string };

/**
 * Takes the key's lock in a new transaction; the stored response (the transaction then rolled back), or null.
 * `checkKey`: refuses a revoked API key (UNAUTHENTICATED), before anything is replayed or run.
 */
async function begin(
  qr: QueryRunner,
  scope: { apiKeyId: string; key: string; hash: string },
  checkKey = false,
): Promise<(HttpResult & { replayed: true }) | null> {
  const results = await beginWith(qr, lockAndLookup(scope, checkKey));
  if (checkKey && results[1].length === 0) {
    await qr.rollbackTransaction();
    throw new AppError('UNAUTHENTICATED', 'unknown or revoked API key');
  }
  const rows = results[results.length - 1] as Stored[];
  if (rows.length === 0) return null;
  await qr.rollbackTransaction();
  if (rows[0].requestHash !== scope.hash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key: this key was used for a different operation or variables', {
      header: 'Idempotency-Key',
    });
  }
  return { status: rows[0].status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: rows[0].body, replayed: true };
}

/**
 * Runs `run` under the key, or replays the response stored for it. `sole`: the operation is one mutation field,
 * the only thing in the transaction: its write runs without a savepoint (common/sql/sole-transaction.ts) and, if it
 * fails, the whole transaction is rolled back and the response stored in a new one, under the lock again.
 */
export async function withIdempotency(
  db: EntityManager,
  scope: { apiKeyId: string; key: string; hash: string; checkKey?: boolean },
  run: (db: EntityManager) => Promise<HttpResult>,
  sole = false,
): Promise<HttpResult & { replayed: boolean }> {
  const ds = db.connection;
  // a runner of the request `db` works for: its statements count as the request's
  const qr = bindScope(ds.createQueryRunner(), scopeOf(db));
  await qr.connect();
  try {
    const stored = await begin(qr, scope, scope.checkKey);
    if (stored) return stored;
    const loan = sole ? lendTransaction(qr) : null;
    const result = await run(qr.manager);
    if (loan?.failed) {
      // The write failed and wrote nothing once rolled back; a request with the same key may have run meanwhile.
      await qr.rollbackTransaction();
      if (!storable(result)) return { ...result, replayed: false };
      const meanwhile = await begin(qr, scope);
      if (meanwhile) return meanwhile;
    }
    if (storable(result)) {
      await commitWith(qr, [record(scope, result)]);
      if (purgeDue(ds)) {
        // Expired keys go away a batch at a time (an expired key is never replayed: this only bounds the table).
        // The write has committed: a purge that fails (timeout, another instance's purge) must not turn its answer
        // into an error, and instances skip the rows another one is deleting. The next purge takes what is left.
        await qr
          .query(
            `DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key WHERE expires_at < now() LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
          )
          .catch(() => undefined);
      }
    } else {
      await qr.rollbackTransaction();
    }
    return { ...result, replayed: false };
  } finally {
    endLoan(qr);
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    await qr.release();
  }
}
