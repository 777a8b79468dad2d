// Idempotency-Key around the executor: a keyed mutation with the header runs (or is replayed) in its own
// transaction with the stored response (modules/idempotency).
import { getOperationAST, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError, HTTP_STATUS } from '../common/errors';
import { assertIdempotencyAllowed, requestHash, rootFields, withIdempotency } from '../modules/idempotency/idempotency.service';
import type { Execute } from './graphql';
import { HttpError } from './http-error';

/** Whether a JSON request body holds a mutation (what Idempotency-Key applies to). */
function isMutation(body: unknown): boolean {
  const b = body as { query?: unknown; operationName?: unknown } | undefined;
  if (!b || typeof b.query !== 'string') return false;
  try {
    const op = getOperationAST(parse(b.query), typeof b.operationName === 'string' ? b.operationName : undefined);
    return op?.operation === 'mutation';
  } catch {
    return false;
  }
}

export function idempotent(dataSource: DataSource, execute: Execute): Execute {
  return async (call) => {
    const key = call.request.headers.get('idempotency-key');
    const keyId = call.viewer.keyId;
    if (key === undefined || !keyId || !isMutation(call.body)) return execute(call);
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new HttpError(400, 'BAD_USER_INPUT', 'Idempotency-Key: 1 to 200 visible ASCII characters');
    }
    const hash = requestHash(call.body as Record<string, unknown>);
    try {
      assertIdempotencyAllowed(call.body as Record<string, unknown>);
      // one mutation field: its write needs no savepoint inside the idempotency transaction (modules/idempotency)
      const sole = rootFields(call.body as Record<string, unknown>).length === 1;
      return await withIdempotency(dataSource, { apiKeyId: keyId, key, hash }, (db) => execute(call, db), sole);
    } catch (err) {
      if (err instanceof AppError) throw new HttpError(HTTP_STATUS[err.code] ?? 400, err.code, err.message);
      throw err;
    }
  };
}
