// Staged edits of a published article. The pending version is a working copy: an article row with draft_of set
// (a DRAFT, so no reader path shows it; lists, search and slug lookups leave it out for editors too) that takes
// the ordinary writes by its own id (updateArticle, addSection, updateCitation...: each a version of the copy
// with its revision, announcing nothing). publishPending writes the copy's content into the article in one
// transaction, through the article's ordinary versioned write: one version, one revision, one live event and
// one webhook delivery per endpoint, the response cache told; then the copy goes.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { AppError, BadUserInputError, NotFoundError, VersionConflictError } from '../../common/errors';
import { mapDbError } from '../../common/db-errors';
import { requireRole } from '../auth/auth';
import { versionedWrite, type ReadBack } from '../articles/article-write.service';
import { insertSections, replaceContent, upsertRefs } from '../articles/explainer.writer';
import type { ExplainerInput } from '../articles/explainer-input';
import { SNAPSHOT_SQL, writeRevision } from '../revisions/revision.service';

interface ArticleRow {
  id: string;
  version: number;
  status: string;
  draftOf: string | null;
}

async function lockArticle(m: EntityManager, articleId: string): Promise<ArticleRow> {
  const rows: ArticleRow[] = await m.query('SELECT id, version, status, draft_of AS "draftOf" FROM article WHERE id = $1 FOR UPDATE', [articleId]);
  if (rows.length === 0) throw new NotFoundError('no such article', { argument: 'id' });
  if (rows[0].draftOf) throw new BadUserInputError('id: this is a pending version; give the id of its article', { argument: 'id' });
  return rows[0];
}

async function snapshotOf(m: EntityManager, articleId: string): Promise<ExplainerInput> {
  const [row]: { s: ExplainerInput }[] = await m.query(`SELECT ${SNAPSHOT_SQL} AS s FROM article a WHERE a.id = $1`, [articleId]);
  return row.s;
}

/** The article moved on since its pending version was made from it: publishing would silently undo that change. */
export class LiveChangedError extends AppError {
  constructor(baseVersion: number, currentVersion: number) {
    super(
      'VERSION_CONFLICT',
      `the article was changed directly (version ${baseVersion} -> ${currentVersion}) since its pending version was made: ` +
        'publishing it would undo that change; discard the pending version and stage the edits again on the current one',
      { pendingBaseVersion: baseVersion, currentVersion },
    );
  }
}

export const pendingService = {
  /**
   * Makes the pending version of a PUBLISHED article (a copy of its content at `expectedVersion`), or returns
   * the one it has.
   */
  async create<R>(ctx: Context, articleId: string, expectedVersion: number, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', 'createPending');
    try {
      return await ctx.db.transaction(async (m) => {
        const live = await lockArticle(m, articleId);
        if (live.version !== expectedVersion) throw new VersionConflictError(expectedVersion, live.version);
        const existing: { id: string }[] = await m.query('SELECT id FROM article WHERE draft_of = $1', [articleId]);
        if (existing.length > 0) return readBack(m, existing[0].id);
        if (live.status !== 'PUBLISHED') {
          throw new BadUserInputError(`createPending: the article is ${live.status}; staged edits are for PUBLISHED articles, edit a draft directly`, {
            argument: 'id',
          });
        }
        const content = await snapshotOf(m, articleId);
        const [copy]: { id: string }[] = await m.query(
          `INSERT INTO article (slug, headline, summary, status, event_date, published_at, draft_of, pending_base_version)
           SELECT slug, headline, summary, 'DRAFT', event_date, NULL, id, version FROM article WHERE id = $1 RETURNING id`,
          [articleId],
        );
        await insertSections(m, copy.id, content.sections, await upsertRefs(m, content));
        await writeRevision(m, copy.id, ctx.viewer.keyName ?? null, 'createPending', ctx.changeNote ?? null);
        return readBack(m, copy.id);
      });
    } catch (err) {
      throw mapDbError(err);
    }
  },

  /**
   * Makes the pending version live: `expectedVersion` is the article's (live) version; `expectedPendingVersion`,
   * when given, the pending version's, so that edits staged since the editor looked are not published unseen.
   * The change note is the call's, else the staged writes' notes.
   */
  async publish<R>(ctx: Context, articleId: string, expectedVersion: number, expectedPendingVersion: number | null, readBack: ReadBack<R>): Promise<R> {
    const call: Context = { ...ctx };
    return versionedWrite(
      call,
      articleId,
      expectedVersion,
      'publishPending',
      async (m) => {
        await lockArticle(m, articleId);
        const copies: { id: string; version: number; base: number }[] = await m.query(
          'SELECT id, version, pending_base_version AS base FROM article WHERE draft_of = $1 FOR UPDATE',
          [articleId],
        );
        if (copies.length === 0) throw new NotFoundError('publishPending: the article has no pending version', { argument: 'id' });
        const [copy] = copies;
        if (expectedPendingVersion != null && copy.version !== expectedPendingVersion) {
          throw new VersionConflictError(expectedPendingVersion, copy.version);
        }
        // expectedVersion is the live version now (versionedWrite checked it): the copy must have been made from it.
        if (copy.base !== expectedVersion) throw new LiveChangedError(copy.base, expectedVersion);
        const notes: { note: string }[] = await m.query(
          'SELECT change_note AS note FROM article_revision WHERE article_id = $1 AND change_note IS NOT NULL ORDER BY version',
          [copy.id],
        );
        if (call.changeNote == null && notes.length > 0)
          call.changeNote = notes
            .map((n) => n.note)
            .join('; ')
            .slice(0, 500);
        const content = await snapshotOf(m, copy.id);
        // The copy goes first: it holds the slug the article takes (the unique index ignores copies, but one statement at a time).
        await m.query('DELETE FROM article WHERE id = $1', [copy.id]);
        await replaceContent(m, articleId, content);
      },
      readBack,
    );
  },

  /** Drops the pending version; `expectedVersion` is the pending version's, so that no edit staged unseen is lost. */
  async discard<R>(ctx: Context, articleId: string, expectedVersion: number, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', 'discardPending');
    return ctx.db.transaction(async (m) => {
      await lockArticle(m, articleId);
      const copies: { id: string; version: number }[] = await m.query('SELECT id, version FROM article WHERE draft_of = $1 FOR UPDATE', [articleId]);
      if (copies.length === 0) throw new NotFoundError('discardPending: the article has no pending version', { argument: 'id' });
      if (copies[0].version !== expectedVersion) throw new VersionConflictError(expectedVersion, copies[0].version);
      await m.query('DELETE FROM article WHERE id = $1', [copies[0].id]);
      return readBack(m, articleId);
    });
  },
};
