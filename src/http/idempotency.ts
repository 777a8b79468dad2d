// Idempotency-Key around the executor: a keyed mutation with the header runs (or is replayed) in its own
// transaction with the stored response (modules/idempotency).
import type { EntityManager } from 'typeorm';
import { AppError, HTTP_STATUS } from '../common/errors';
import { assertIdempotencyAllowed, requestHash, rootFields, withIdempotency } from '../modules/idempotency/idempotency.service';
import type { Execute } from './graphql';
import { HttpError } from './http-error';
import { GateError } from './gate';
import { isMutation } from './operation-kind';
import type { Viewer } from '../common/viewer';

/** What checks a key taken from the cache (Viewer.keyUnchecked), and forgets one found revoked. */
export interface KeyChecks {
  /** Refuses a revoked key (GateError UNAUTHENTICATED); `db`: the request's. */
  recheck: (viewer: Viewer, db: EntityManager) => Promise<void>;
  forget: (keyId: string) => void;
}

const revoked = () => HttpError.fromGate(new GateError('UNAUTHENTICATED', 'unknown or revoked API key', {}, true));

export function idempotent(execute: Execute, keys?: KeyChecks): Execute {
  return async (call) => {
    const key = call.request.headers.get('idempotency-key');
    const keyId = call.viewer.keyId;
    const unchecked = call.viewer.keyUnchecked === true && keyId !== undefined;
    // A key from the cache not checked in the idempotency transaction is checked here, on its own, first.
    const checkKey = async () => {
      if (!unchecked) return;
      if (!keys) throw new Error('idempotent: a key from the cache and no way to check it');
      try {
        await keys.recheck(call.viewer, call.db);
      } catch (err) {
        keys.forget(keyId);
        throw err instanceof GateError ? HttpError.fromGate(err) : err;
      }
    };
    if (key === undefined || !keyId || !isMutation(call.body)) {
      await checkKey();
      return execute(call);
    }
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      await checkKey();
      throw new HttpError(400, 'BAD_USER_INPUT', 'Idempotency-Key: 1 to 200 visible ASCII characters');
    }
    const hash = requestHash(call.body as Record<string, unknown>);
    try {
      try {
        assertIdempotencyAllowed(call.body as Record<string, unknown>);
      } catch (err) {
        await checkKey();
        throw err;
      }
      // one mutation field: its write needs no savepoint inside the idempotency transaction (modules/idempotency)
      const sole = rootFields(call.body as Record<string, unknown>).length === 1;
      return await withIdempotency(call.db, { apiKeyId: keyId, key, hash, checkKey: unchecked }, (db) => execute(call, db), sole);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
        keys?.forget(keyId);
        throw revoked();
      }
      if (err instanceof AppError) throw new HttpError(HTTP_STATUS[err.code] ?? 400, err.code, err.message);
      throw err;
    }
  };
}
