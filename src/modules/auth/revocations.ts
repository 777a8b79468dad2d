// A revoked API key loses its WebSockets on every instance: the revocation travels with the live events (pg_notify
// in the revoking statement's transaction with the postgres transport, a publish after COMMIT with redis), and
// each instance closes the sockets opened with that key (http/websocket.ts).
import type { EntityManager } from 'typeorm';
import { LIVE_CHANNEL, noteLiveEvent, notifiesInTransaction } from '../../common/cache/invalidation';

/** The payload of a revocation on the live channel (article events have no `revokedKey`; see revokedKeyOf). */
export function revocationPayload(keyId: string): string {
  return JSON.stringify({ revokedKey: keyId });
}

/** Tells every instance that `keyId` was revoked (at commit of `m`'s transaction, at once outside one). */
export async function announceRevocation(m: EntityManager, keyId: string): Promise<void> {
  const payload = revocationPayload(keyId);
  if (notifiesInTransaction(m)) await m.query(`SELECT pg_notify('${LIVE_CHANNEL}', $1)`, [payload]);
  else await noteLiveEvent(m, payload);
}
