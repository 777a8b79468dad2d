// Preview tokens: created by an editor for one article, shown once, stored as a SHA-256 hash, at most 24 h,
// revocable. A request with `Authorization: Preview <token>` (or `?preview=<token>` on a GET) reads as a reader
// who may also see that article, in its pending version where it has one (src/http/gate.ts admits it).
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import { requireRole } from '../auth/auth';
import type { PreviewToken } from './preview-token.entity';

export const PREVIEW_TOKEN_PREFIX = 'exp_';
export const PREVIEW_MAX_TTL_SECONDS = 24 * 60 * 60;
export const PREVIEW_DEFAULT_TTL_SECONDS = 60 * 60;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const COLUMNS = `id, article_id AS "articleId", key_name AS "keyName", created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"`;

/** A token's verdict: the viewer it makes, or why it is refused. */
export type PreviewVerdict = { viewer: Viewer } | { refused: 'EXPIRED' | 'UNKNOWN' };

export const previewService = {
  async create(ctx: Context, articleId: string, ttlSeconds: number): Promise<{ token: string; previewToken: PreviewToken }> {
    requireRole(ctx, 'EDITOR', 'createPreviewToken');
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > PREVIEW_MAX_TTL_SECONDS) {
      throw new BadUserInputError(`ttlSeconds: from 1 to ${PREVIEW_MAX_TTL_SECONDS} (24 h)`, { argument: 'ttlSeconds' });
    }
    const article: { draftOf: string | null }[] = await ctx.db.query('SELECT draft_of AS "draftOf" FROM article WHERE id = $1', [articleId]);
    if (article.length === 0) throw new NotFoundError('no such article', { argument: 'articleId' });
    if (article[0].draftOf) {
      throw new BadUserInputError('articleId: this is a pending version; preview its article (the token shows the pending version)', {
        argument: 'articleId',
      });
    }
    const token = PREVIEW_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const rows: PreviewToken[] = await ctx.db.query(
      `INSERT INTO preview_token (article_id, token_hash, key_name, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       RETURNING ${COLUMNS}`,
      [articleId, hashToken(token), ctx.viewer.keyName ?? null, ttlSeconds],
    );
    return { token, previewToken: rows[0] };
  },

  /** Revokes a token by id; revoking twice keeps the first time. */
  async revoke(ctx: Context, id: string): Promise<PreviewToken> {
    requireRole(ctx, 'EDITOR', 'revokePreviewToken');
    const [rows]: [PreviewToken[], number] = await ctx.db.query(
      `UPDATE preview_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    if (rows.length === 0) throw new NotFoundError('no such preview token', { argument: 'id' });
    return rows[0];
  },

  /** The tokens of an article, newest first (EDITOR). */
  list(ctx: Context, articleId: string): Promise<PreviewToken[]> {
    requireRole(ctx, 'EDITOR', 'previewTokens');
    return ctx.db.query(`SELECT ${COLUMNS} FROM preview_token WHERE article_id = $1 ORDER BY created_at DESC, id`, [articleId]);
  },

  /** What a presented token makes: a preview viewer, or EXPIRED, or UNKNOWN (no such token, revoked, article gone). */
  async authenticate(db: EntityManager, token: string): Promise<PreviewVerdict> {
    if (!token.startsWith(PREVIEW_TOKEN_PREFIX) || token.length > 200) return { refused: 'UNKNOWN' };
    const rows: { articleId: string; expired: boolean }[] = await db.query(
      `SELECT article_id AS "articleId", expires_at <= now() AS expired FROM preview_token WHERE token_hash = $1 AND revoked_at IS NULL`,
      [hashToken(token)],
    );
    if (rows.length === 0) return { refused: 'UNKNOWN' };
    if (rows[0].expired) return { refused: 'EXPIRED' };
    return { viewer: { role: 'READER', canSeeDrafts: false, previewArticleId: rows[0].articleId } };
  },
};
