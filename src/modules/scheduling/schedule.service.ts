// Scheduled publishing and embargoes. `schedule` stores the times on the article (a versioned write); triggers on
// article keep one graphile-worker job per time (migration ScheduleAndChanges), and the job queue (schedule.jobs.ts)
// runs the tasks below when a time comes: each publishes, unpublishes or lifts the embargo through the same service
// code as the mutations (version, revision, live event, webhooks, cache invalidation, changes feed entry).
import type { DataSource, EntityManager } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { resolveTree } from '../../common/sql/run';
import { mergeTrees } from '../../common/sql/json-query';
import { articleService } from '../articles/article.service';
import type { Context } from '../../context';
import { createContext } from '../../context';
import type { Viewer } from '../../common/viewer';
import { BadUserInputError } from '../../common/errors';
import { articleWriteService, futureOrNull, versionedWrite, type ReadBack } from '../articles/article-write.service';
import { ArticleStatus } from '../articles/article.entity';

export interface ScheduleTimes {
  /** undefined: unchanged; null: cleared. */
  publishAt?: Date | null;
  unpublishAt?: Date | null;
  embargoUntil?: Date | null;
}

/** What the jobs run as: an editor, named in the revisions they write. */
export const SCHEDULER_VIEWER: Viewer = Object.freeze({ role: 'EDITOR' as const, canSeeDrafts: true, keyName: 'scheduler' });

export type ScheduledTask = 'publishArticle' | 'unpublishArticle' | 'liftEmbargo';
export const SCHEDULED_TASKS: readonly ScheduledTask[] = ['publishArticle', 'unpublishArticle', 'liftEmbargo'];

const nothing: ReadBack<null> = async () => null;

export interface ScheduleResult {
  version: number;
  publishAt: Date | null;
  unpublishAt: Date | null;
  embargoUntil: Date | null;
  article: unknown;
}

/** The payload of schedule/unschedule, read in the write's transaction: the times, and `article` as the selection asks. */
export function scheduleReadBack(ctx: Context, info: GraphQLResolveInfo, payloadType: string): ReadBack<ScheduleResult> {
  const trees = Object.values(resolveTree(info).fieldsByTypeName[payloadType] ?? {}).filter((f) => f.name === 'article');
  return async (m, articleId) => {
    const [row]: { version: number; publish_at: Date | null; unpublish_at: Date | null; embargo_until: Date | null }[] = await m.query(
      'SELECT version, publish_at, unpublish_at, embargo_until FROM article WHERE id = $1',
      [articleId],
    );
    const article = trees.length ? await articleService.byIdTree({ ...ctx, db: m }, mergeTrees(trees), articleId) : null;
    return { version: row.version, publishAt: row.publish_at, unpublishAt: row.unpublish_at, embargoUntil: row.embargo_until, article };
  };
}

export const scheduleService = {
  async schedule<R>(ctx: Context, articleId: string, expectedVersion: number, times: ScheduleTimes, readBack: ReadBack<R>): Promise<R> {
    const given = (['publishAt', 'unpublishAt', 'embargoUntil'] as const).filter((k) => times[k] !== undefined);
    if (given.length === 0) {
      throw new BadUserInputError('schedule: give publishAt, unpublishAt or embargoUntil (null clears one)', {
        arguments: ['publishAt', 'unpublishAt', 'embargoUntil'],
      });
    }
    if (times.publishAt && times.unpublishAt && times.unpublishAt.getTime() <= times.publishAt.getTime()) {
      throw new BadUserInputError('unpublishAt: must be after publishAt', { field: 'unpublishAt' });
    }
    const params: unknown[] = [];
    const assignments: string[] = [];
    const put = (column: string, value: unknown) => {
      params.push(value);
      assignments.push(`, ${column} = $${params.length + 2}::timestamptz`);
    };
    if (times.publishAt !== undefined) put('publish_at', times.publishAt);
    if (times.unpublishAt !== undefined) put('unpublish_at', times.unpublishAt);
    if (times.embargoUntil !== undefined) put('embargo_until', futureOrNull(times.embargoUntil));
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      'schedule',
      async (m) => {
        // against the times now stored (one of the pair may be an earlier call's)
        const [row]: { bad: boolean }[] = await m.query('SELECT unpublish_at <= publish_at AS bad FROM article WHERE id = $1', [articleId]);
        if (row?.bad) throw new BadUserInputError('unpublishAt: must be after publishAt', { field: 'unpublishAt' });
      },
      readBack,
      { sql: assignments.join(''), params },
    );
  },

  /** Clears publishAt and unpublishAt (an embargo stays: clear it with `schedule(embargoUntil: null)`). */
  unschedule<R>(ctx: Context, articleId: string, expectedVersion: number, readBack: ReadBack<R>): Promise<R> {
    return versionedWrite(ctx, articleId, expectedVersion, 'unschedule', async () => undefined, readBack, {
      sql: ', publish_at = NULL, unpublish_at = NULL',
      params: [],
    });
  },

  /**
   * Carries out `task` for the article if its time has come and it still stands; a no-op otherwise (the time was
   * moved or cleared, the article deleted, or the task already done: a job retried after a crash finds nothing to do).
   * The article row is locked first, so the write cannot meet a version conflict.
   */
  async run(ds: DataSource, task: ScheduledTask, articleId: string): Promise<string> {
    const ctx = createContext(ds, { viewer: SCHEDULER_VIEWER });
    return ds.transaction(async (m: EntityManager) => {
      const rows: { status: ArticleStatus; version: number; publish_due: boolean; unpublish_due: boolean; embargo_due: boolean }[] = await m.query(
        `SELECT status, version, publish_at <= now() AS publish_due, unpublish_at <= now() AS unpublish_due, embargo_until <= now() AS embargo_due
           FROM article WHERE id = $1 FOR UPDATE`,
        [articleId],
      );
      if (rows.length === 0) return 'no such article';
      const row = rows[0];
      const tx = { ...ctx, db: m };
      if (task === 'liftEmbargo') {
        if (!row.embargo_due) return 'not due';
        await versionedWrite(tx, articleId, row.version, 'liftEmbargo', async () => undefined, nothing, { sql: ', embargo_until = NULL', params: [] });
        return 'embargo lifted';
      }
      const [due, column, from, action] =
        task === 'publishArticle'
          ? [row.publish_due, 'publish_at', ArticleStatus.DRAFT, 'publishArticle' as const]
          : [row.unpublish_due, 'unpublish_at', ArticleStatus.PUBLISHED, 'unpublishArticle' as const];
      if (!due) return 'not due';
      await m.query(`UPDATE article SET ${column} = NULL WHERE id = $1`, [articleId]);
      if (row.status !== from) return `already ${row.status}`;
      await articleWriteService.transition(tx, articleId, row.version, action, nothing);
      return action;
    });
  },
};
