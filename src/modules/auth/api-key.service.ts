// API keys: created once and shown once, stored as a SHA-256 hash, revoked rather than deleted.
import { createHash, randomBytes } from 'node:crypto';
import type { DbContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { Viewer } from '../../common/sql/json-query';
import { ApiKey, Role } from './api-key.entity';
import { announceRevocation } from './revocations';
import type { KeyCache } from './key-cache';

const KEY_PREFIX = 'exk_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface CreatedKey {
  key: string;
  apiKey: ApiKey;
}

const KEY_COLUMNS = `id, name, role, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export const apiKeyService = {
  async create(ctx: DbContext, name: string, role: Role): Promise<CreatedKey> {
    const trimmed = name.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/.test(trimmed)) {
      throw new BadUserInputError('name: 1 to 100 letters, digits, spaces, dots, dashes or underscores', { field: 'name' });
    }
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const rows: ApiKey[] = await ctx.db.query(
      `INSERT INTO api_key (name, role, key_hash, prefix) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING ${KEY_COLUMNS}`,
      [trimmed, role, hashKey(key), key.slice(0, 10)],
    );
    if (rows.length === 0) throw new BadUserInputError(`an API key named "${trimmed}" exists already`, { field: 'name' });
    return { key, apiKey: rows[0] };
  },

  list(ctx: DbContext): Promise<ApiKey[]> {
    return ctx.db.query(`SELECT ${KEY_COLUMNS} FROM api_key ORDER BY created_at, name`);
  },

  /** Revokes by id or name; revoking twice keeps the first time. */
  async revoke(ctx: DbContext, idOrName: string): Promise<ApiKey> {
    const byId = /^[0-9a-f-]{36}$/.test(idOrName);
    // TypeORM answers an UPDATE with [rows, affected count].
    const [list]: [ApiKey[], number] = await ctx.db.query(
      `UPDATE api_key SET revoked_at = coalesce(revoked_at, now()) WHERE ${byId ? 'id = $1::uuid' : 'name = $1'} RETURNING ${KEY_COLUMNS}`,
      [idOrName],
    );
    if (list.length === 0) throw new NotFoundError(`no API key "${idOrName}"`, { key: idOrName });
    // Every instance closes the WebSockets opened with it (auth/revocations.ts).
    await announceRevocation(ctx.db, list[0].id);
    return list[0];
  },

  /** Whether the key with this id is still valid (not revoked): checked again on each WebSocket subscribe. */
  async isActive(ctx: DbContext, keyId: string): Promise<boolean> {
    const rows: unknown[] = await ctx.db.query('SELECT 1 FROM api_key WHERE id = $1 AND revoked_at IS NULL', [keyId]);
    return rows.length > 0;
  },

  /**
   * authenticate, from `cache` when the key was seen lately: the viewer is then `keyUnchecked`, for a request that
   * checks the key again before anything runs (a keyed mutation does in its first round trip).
   */
  async authenticateCached(ctx: DbContext, key: string, cache: KeyCache): Promise<Viewer | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
    const hash = hashKey(key);
    const cached = cache.get(hash);
    if (cached) return cached;
    const viewer = await apiKeyService.authenticate(ctx, key);
    if (viewer) cache.set(hash, viewer);
    return viewer;
  },

  /** The viewer for a key, or null for a key that is unknown or revoked. */
  async authenticate(ctx: DbContext, key: string): Promise<Viewer | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
    const rows: { id: string; name: string; role: Role; stale: boolean }[] = await ctx.db.query(
      `SELECT id, name, role, (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS stale
         FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hashKey(key)],
    );
    if (rows.length === 0) return null;
    const [k] = rows;
    // Minute precision is enough and spares a write per request.
    if (k.stale) await ctx.db.query('UPDATE api_key SET last_used_at = now() WHERE id = $1', [k.id]);
    return { role: k.role, canSeeDrafts: true, keyId: k.id, keyName: k.name };
  },
};
