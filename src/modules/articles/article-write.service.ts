// Writes to articles. Each runs in one transaction: the optimistic version check (in SQL), the change, and the
// revision that records it; a failure anywhere writes nothing.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { BadUserInputError, NotFoundError, VersionConflictError } from '../../common/errors';
import { mapDbError } from '../../common/db-errors';
import { writeTransaction } from '../../common/sql/sole-transaction';
import { isoDay } from '../../common/dates';
import type { ExplainerInput, ExplainerSectionInput as SectionData } from './explainer-input';
import { ActorKind } from '../actors/actor.entity';
import { SourceKind } from '../sources/source.entity';
import { deleteWithEvent, writeEditWithRevision, writeRevision, type EditInStatement } from '../revisions/revision.service';
import { requireRole } from '../auth/auth';
import { ArticleStatus } from './article.entity';
import { insertExplainer, replaceContent } from './explainer.writer';
import type { ArticlePatch, CreateArticleInput, SectionInput } from './article-write.dto';
import { idsBySlug, setArticleContributors, type ContributorRef } from './contributor.writer';
import { setArticleTopics, topicIdsBySlug, type TopicRef } from './topic.writer';
import type { TopicKind } from '../topics/topic.entity';
import { relatedIds, setArticleRelated } from './related.writer';
import { checkImagesPublishable } from '../images/image.writer';
import { insertCorrections, type CorrectionData } from '../corrections/correction.writer';

/** An embargo time as stored: one that has already ended is no embargo (null). */
export function futureOrNull(at: Date | null | undefined): Date | null {
  return at && at.getTime() > Date.now() ? at : null;
}

/** `lead` for the lead; otherwise the heading in kebab-case, e.g. "How have world leaders reacted?" -> how-have-world-leaders-reacted. */
export function keyFor(heading: string | null | undefined): string {
  if (heading == null) return 'lead';
  const key = heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
  return key || 'section';
}

/** A section of the write input as stored data; `index` places errors (`sections.2.heading`). */
export function sectionData(s: SectionInput, path: string, isLead: boolean): SectionData {
  if (!isLead && s.heading == null) {
    throw new BadUserInputError(`${path}.heading: only the lead, the first section, has no heading`, { field: `${path}.heading` });
  }
  if (isLead && s.heading != null) {
    throw new BadUserInputError(`${path}.heading: the lead has no heading`, { field: `${path}.heading` });
  }
  return {
    key: s.key ?? keyFor(s.heading),
    heading: s.heading ?? null,
    body: s.body,
    citations: (s.citations ?? []).map((c) => ({ source: c.sourceName, excerpt: c.excerpt })),
    quotes: (s.quotes ?? []).map((q) => ({ text: q.text, speaker: q.speakerName ?? null, source: q.sourceName ?? null })),
    reactions: (s.reactions ?? []).map((r) => ({ actor: r.actorName, stance: r.stance, summary: r.summary, source: r.sourceName ?? null })),
    image: s.image ?? null,
  };
}

/** Sources and actors the sections name, with the declared details or defaults. */
export function referenced(
  sections: SectionData[],
  declared: { sources?: CreateArticleInput['sources']; actors?: CreateArticleInput['actors'] },
): Pick<ExplainerInput, 'sources' | 'actors'> {
  const sources = new Map((declared.sources ?? []).map((s) => [s.name, { name: s.name, kind: s.kind ?? SourceKind.OTHER, url: s.url ?? null }]));
  const actors = new Map(
    (declared.actors ?? []).map((a) => [a.name, { name: a.name, kind: a.kind ?? ActorKind.PERSON, title: a.title ?? null, country: a.country ?? null }]),
  );
  const source = (name: string | null | undefined) => {
    if (name != null && !sources.has(name)) sources.set(name, { name, kind: SourceKind.OTHER, url: null });
  };
  const actor = (name: string | null | undefined) => {
    if (name != null && !actors.has(name)) actors.set(name, { name, kind: ActorKind.PERSON, title: null, country: null });
  };
  for (const s of sections) {
    s.citations.forEach((c) => source(c.source));
    s.quotes.forEach((q) => (source(q.source), actor(q.speaker)));
    s.reactions.forEach((r) => (source(r.source), actor(r.actor)));
  }
  return { sources: [...sources.values()], actors: [...actors.values()] };
}

function checkUniqueKeys(sections: SectionData[], offset = 0): void {
  const seen = new Set<string>();
  sections.forEach((s, i) => {
    if (seen.has(s.key)) {
      throw new BadUserInputError(`sections.${i + offset}.key: the key "${s.key}" is used twice`, { field: `sections.${i + offset}.key` });
    }
    seen.add(s.key);
  });
}

/**
 * Reads what the mutation returns inside its transaction: read after the commit, it could already show another
 * writer's later version, and a client sending that version back would overwrite a change it never saw.
 */
export type ReadBack<R> = ((m: EntityManager, articleId: string) => Promise<R>) & {
  /**
   * The same answer as an expression over the written article's row `alias` (all of article's columns as the
   * write left them), for a write that has that row in its own statement (writeInRevision): null when the
   * selection needs more than the row (then the read-back is its own statement). `result` gives the answer from
   * the expression's value and the article's id.
   */
  inStatement?: (alias: string) => { sql: string; result: (value: unknown, articleId: string) => R } | null;
};

/**
 * Runs `change` in a transaction after moving the article from `expectedVersion` to the next version
 * (`UPDATE ... WHERE id = $1 AND version = $2`), then records the revision and reads back the result.
 * `set` adds assignments to that UPDATE. `changeBumps`: `change` moves the version itself, in its own statement
 * (one round trip less; it must refuse a missed version as bumpVersion does, before anything else can fail).
 */
export async function versionedWrite<R>(
  ctx: Context,
  articleId: string,
  expectedVersion: number,
  action: string,
  change: (m: EntityManager) => Promise<unknown>,
  readBack: ReadBack<R>,
  set: { sql: string; params: unknown[] } = { sql: '', params: [] },
  changeBumps = false,
): Promise<R> {
  requireRole(ctx, 'EDITOR', action);
  // `set` goes into bumpVersion's UPDATE: a change that bumps the version itself must make those assignments itself.
  if (changeBumps && set.sql) throw new Error('versionedWrite: `set` is not applied when the change bumps the version');
  try {
    return await writeTransaction(ctx.db, async (m) => {
      if (!changeBumps) await bumpVersion(m, articleId, expectedVersion, set);
      await change(m);
      await writeRevision(m, articleId, ctx.viewer.keyName ?? null, action, ctx.changeNote ?? null);
      return readBack(m, articleId);
    });
  } catch (err) {
    throw mapDbError(err);
  }
}

/**
 * A write made in the revision's own statement (writeEditWithRevision: one round trip for the version check, the
 * change, the revision and its events), in a transaction with the read-back. The edit's CTEs find the article
 * (`article_id` in the statement's row, null when the subject is not there) and move its version from
 * `expectedVersion` (`version`, null when it did not move). `notFound` refuses a missing subject, before the version
 * check; `check` what else the row says went wrong, after it (the transaction then rolls back).
 */
export async function writeInRevision<R>(
  ctx: Context,
  expectedVersion: number,
  action: string,
  edit: EditInStatement,
  refuse: { notFound: () => Error; check: (row: Record<string, unknown>) => void },
  readBack: ReadBack<R>,
): Promise<R> {
  requireRole(ctx, 'EDITOR', action);
  // The read-back in the edit's statement when the selection is the article row's own columns (`edit.article` is
  // that row after the write; empty, and the value null, when nothing was written): one round trip less.
  const inStatement = readBack.inStatement?.('read_back_row');
  const statement = inStatement ? { ...edit, columns: `${edit.columns}, (SELECT ${inStatement.sql} FROM ${edit.article} read_back_row) AS read_back` } : edit;
  try {
    return await writeTransaction(ctx.db, async (m) => {
      const row = await writeEditWithRevision(m, statement, ctx.viewer.keyName ?? null, action, ctx.changeNote ?? null);
      const articleId = row.article_id;
      if (typeof articleId !== 'string') throw refuse.notFound();
      if (row.version === null || row.version === undefined) await versionMissed(m, articleId, expectedVersion);
      refuse.check(row);
      return inStatement ? inStatement.result(row.read_back, articleId) : readBack(m, articleId);
    });
  } catch (err) {
    throw mapDbError(err);
  }
}

export async function bumpVersion(
  m: EntityManager,
  articleId: string,
  expectedVersion: number,
  set: { sql: string; params: unknown[] } = { sql: '', params: [] },
): Promise<number> {
  const [rows]: [{ version: number }[], number] = await m.query(
    `UPDATE article SET version = version + 1, updated_at = now()${set.sql} WHERE id = $1 AND version = $2 RETURNING version`,
    [articleId, expectedVersion, ...set.params],
  );
  if (rows.length === 1) return rows[0].version;
  return versionMissed(m, articleId, expectedVersion);
}

/** Why a write at `expectedVersion` touched no article row: there is none (NOT_FOUND), or its version moved on. */
export async function versionMissed(m: EntityManager, articleId: string, expectedVersion: number): Promise<never> {
  const current: { version: number }[] = await m.query('SELECT version FROM article WHERE id = $1', [articleId]);
  if (current.length === 0) throw new NotFoundError('no such article', { argument: 'id' });
  throw new VersionConflictError(expectedVersion, current[0].version);
}

/** Existing contributors or topics by slug, as refs for the explainer writer; unknown slugs are refused with their path. */
async function refsBySlug<T extends 'contributor' | 'topic'>(
  m: EntityManager,
  table: T,
  slugs: string[],
  field: string,
): Promise<(T extends 'topic' ? TopicRef : ContributorRef)[]> {
  const ids = await idsBySlug(m, slugs, field, table);
  const rows: { id: string; name: string; slug: string; kind: TopicKind }[] = await m.query(
    `SELECT id, name, slug${table === 'topic' ? ', kind' : ''} FROM ${table} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

/** The byline, topics and related picks of a patch (each list replaces the article's; left out: unchanged). */
async function writeNewsLists(m: EntityManager, articleId: string, patch: ArticlePatch): Promise<void> {
  if (patch.contributors != null) await setArticleContributors(m, articleId, await idsBySlug(m, patch.contributors, 'patch.contributors'));
  if (patch.topics != null) await setArticleTopics(m, articleId, await topicIdsBySlug(m, patch.topics, 'patch.topics'));
  if (patch.related != null) await setArticleRelated(m, articleId, await relatedIds(m, patch.related, 'patch.related', articleId));
}

/** A write meant for articles, sent to a pending working copy (Article.pending), which only changes content. */
function pendingCopyError(action: string, instead: string): BadUserInputError {
  return new BadUserInputError(`${action}: this id is the pending version of an article; use ${instead}`, { argument: 'id' });
}

const TRANSITIONS = {
  publishArticle: { to: ArticleStatus.PUBLISHED, from: [ArticleStatus.DRAFT] },
  unpublishArticle: { to: ArticleStatus.DRAFT, from: [ArticleStatus.PUBLISHED] },
  archiveArticle: { to: ArticleStatus.ARCHIVED, from: [ArticleStatus.DRAFT, ArticleStatus.PUBLISHED] },
} as const;
export type Transition = keyof typeof TRANSITIONS;

export const articleWriteService = {
  async create<R>(ctx: Context, input: CreateArticleInput, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', 'createArticle');
    const sections = input.sections.map((s, i) => sectionData(s, `sections.${i}`, i === 0 && s.heading == null));
    checkUniqueKeys(sections);
    const explainer: ExplainerInput = {
      slug: input.slug,
      headline: input.headline,
      summary: input.summary ?? null,
      status: ArticleStatus.DRAFT,
      eventDate: isoDay(input.eventDate),
      publishedAt: null,
      sections,
      leadImage: input.leadImage ?? null,
      ...referenced(sections, input),
    };
    const embargo = futureOrNull(input.embargoUntil);
    try {
      return await writeTransaction(ctx.db, async (m) => {
        // Checked before the insert, in its transaction: the refs (existing rows) are matched again by slug there.
        if (input.contributors) explainer.contributors = await refsBySlug(m, 'contributor', input.contributors, 'contributors');
        if (input.topics) explainer.topics = await refsBySlug(m, 'topic', input.topics, 'topics');
        if (input.related) explainer.related = await relatedIds(m, input.related, 'related', null);
        const articleId = await insertExplainer(m, explainer, { keyName: ctx.viewer.keyName ?? null, action: 'createArticle', changeNote: ctx.changeNote });
        await insertCorrections(m, articleId, input.corrections ?? []);
        // (a trigger queues the job that lifts it: modules/scheduling)
        if (embargo) await m.query('UPDATE article SET embargo_until = $2 WHERE id = $1', [articleId, embargo]);
        return readBack(m, articleId);
      });
    } catch (err) {
      throw mapDbError(err);
    }
  },

  async update<R>(
    ctx: Context,
    articleId: string,
    expectedVersion: number,
    patch: ArticlePatch,
    readBack: ReadBack<R>,
    corrections: CorrectionData[] = [],
  ): Promise<R> {
    const assignments: string[] = [];
    const params: unknown[] = [];
    const put = (column: string, value: unknown) => {
      params.push(value);
      assignments.push(`, ${column} = $${params.length + 2}`);
    };
    if (patch.slug != null) put('slug', patch.slug);
    if (patch.headline != null) put('headline', patch.headline);
    if (patch.summary !== undefined) put('summary', patch.summary);
    if (patch.eventDate !== undefined) put('event_date', isoDay(patch.eventDate));
    if (patch.embargoUntil !== undefined) put('embargo_until', futureOrNull(patch.embargoUntil));
    const lists = patch.contributors != null || patch.topics != null || patch.related != null;
    if (assignments.length === 0 && !lists && corrections.length === 0) throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
    // The unique index covers articles, not pending copies: a copy's new slug is checked here, not only at publishPending.
    const extras = async (m: EntityManager) => {
      if (patch.slug != null) {
        const taken: unknown[] = await m.query(
          `SELECT 1 FROM article o WHERE o.slug = $1 AND o.draft_of IS NULL AND o.id <> (SELECT coalesce(a.draft_of, a.id) FROM article a WHERE a.id = $2)`,
          [patch.slug, articleId],
        );
        if (taken.length > 0) throw new BadUserInputError('slug: an article with this slug exists already', { field: 'slug' });
      }
      await writeNewsLists(m, articleId, patch);
      await insertCorrections(m, articleId, corrections);
    };
    return versionedWrite(ctx, articleId, expectedVersion, 'updateArticle', extras, readBack, {
      sql: assignments.join(''),
      params,
    });
  },

  async transition<R>(ctx: Context, articleId: string, expectedVersion: number, action: Transition, readBack: ReadBack<R>): Promise<R> {
    const { to, from } = TRANSITIONS[action];
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      action,
      async (m) => {
        const [row]: { status: ArticleStatus; draftOf: string | null }[] = await m.query(
          // the version was just taken from expectedVersion: the status read here is the one the client saw
          'SELECT status, draft_of AS "draftOf" FROM article WHERE id = $1',
          [articleId],
        );
        if (row.draftOf) throw pendingCopyError(action, 'publishPending or discardPending on the article');
        if (!(from as readonly ArticleStatus[]).includes(row.status)) {
          throw new BadUserInputError(`${action}: ${row.status} -> ${to} is not an allowed transition (allowed from ${from.join(' or ')})`, {
            from: row.status,
            to,
          });
        }
        if (to === ArticleStatus.PUBLISHED) await checkImagesPublishable(m, articleId);
        await m.query(
          `UPDATE article SET status = $2::article_status, published_at = CASE WHEN $2::article_status = 'PUBLISHED' THEN coalesce(published_at, now()) ELSE published_at END WHERE id = $1`,
          [articleId, to],
        );
      },
      readBack,
    );
  },

  /** `expectedVersion` null: the current version (a deletion that no concurrent edit should stop). */
  async delete(ctx: Context, articleId: string, expectedVersion: number | null): Promise<void> {
    requireRole(ctx, 'EDITOR', 'deleteArticle');
    await ctx.db.transaction(async (m) => {
      const copy: unknown[] = await m.query('SELECT 1 FROM article WHERE id = $1 AND draft_of IS NOT NULL', [articleId]);
      if (copy.length > 0) throw pendingCopyError('deleteArticle', 'discardPending on the article');
      if (expectedVersion === null) {
        const rows: { version: number }[] = await m.query('SELECT version FROM article WHERE id = $1 FOR UPDATE', [articleId]);
        if (rows.length === 0) throw new NotFoundError('no such article', { argument: 'id' });
        expectedVersion = rows[0].version;
      }
      // no revision for a deletion (it goes with the article); the deletion is announced like any write
      if (!(await deleteWithEvent(m, articleId, expectedVersion))) await versionMissed(m, articleId, expectedVersion);
    });
  },

  /** Makes the content of an old revision the current one, as a new version; history is kept. */
  async restore<R>(ctx: Context, articleId: string, version: number, expectedVersion: number, readBack: ReadBack<R>): Promise<R> {
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `restoreRevision:${version}`,
      async (m) => {
        const rows: { snapshot: ExplainerInput }[] = await m.query('SELECT snapshot FROM article_revision WHERE article_id = $1 AND version = $2', [
          articleId,
          version,
        ]);
        if (rows.length === 0) throw new NotFoundError(`the article has no revision ${version}`, { argument: 'version' });
        await replaceContent(m, articleId, rows[0].snapshot);
      },
      readBack,
    );
  },
};
