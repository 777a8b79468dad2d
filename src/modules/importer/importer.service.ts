// Writes an imported explainer in one transaction: a new slug is inserted; an existing article with the same
// content is left alone; a changed one gets the new content as its next version, with a revision.
import type { EntityManager } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context, DbContext } from '../../context';
import { resolveTree } from '../../common/sql/run';
import { mergeTrees } from '../../common/sql/json-query';
import { articleService } from '../articles/article.service';
import type { ExplainerInput, ExplainerSectionInput } from '../articles/explainer-input';
import { insertExplainer, replaceContent } from '../articles/explainer.writer';
import { contributorSlug } from '../articles/contributor.writer';
import { bumpVersion } from '../articles/article-write.service';
import { SNAPSHOT_SQL, writeRevision } from '../revisions/revision.service';
import type { ExplainerDraft } from '../../importer/types';
import { AppError, BadUserInputError, VersionConflictError } from '../../common/errors';
import { ArticleStatus } from '../articles/article.entity';

/**
 * Who may replace an existing article: the mutation passes the version the editor saw (required when the slug
 * exists, so that no concurrent edit is overwritten unseen); the operator's CLI re-imports its files as the
 * source of truth ('any').
 */
export type ImportVersion = number | null | 'any';

/** The status changes an import may make, as the publish mutations allow them (ARCHIVED stays archived). */
const ALLOWED: Record<ArticleStatus, ArticleStatus[]> = {
  [ArticleStatus.DRAFT]: [ArticleStatus.DRAFT, ArticleStatus.PUBLISHED],
  [ArticleStatus.PUBLISHED]: [ArticleStatus.PUBLISHED, ArticleStatus.DRAFT],
  [ArticleStatus.ARCHIVED]: [],
};

export type ImportOutcome =
  | { status: 'imported'; slug: string; articleId: string }
  | { status: 'unchanged'; slug: string; articleId: string }
  | { status: 'updated'; slug: string; articleId: string; differences: string[] };

/** The explainer part of a draft: what insertExplainer writes. */
export function draftToInput(draft: ExplainerDraft): ExplainerInput {
  const { meta: _meta, warnings: _warnings, ...input } = draft;
  return input;
}

/** `ctx` is the request's context, or `{ db }` for the CLI; `keyName` names the writer in the revision. */
export async function importDraft(
  ctx: DbContext,
  draft: ExplainerDraft,
  by: { keyName?: string | null; expectedVersion?: ImportVersion; changeNote?: string | null } = {},
): Promise<ImportOutcome> {
  return importDraftThen(ctx, draft, by, async (_m, outcome) => outcome);
}

/** importDraft, then `then` inside the same transaction (a mutation reads back what it wrote). */
export async function importDraftThen<R>(
  ctx: DbContext,
  draft: ExplainerDraft,
  by: { keyName?: string | null; expectedVersion?: ImportVersion; changeNote?: string | null },
  then: (m: EntityManager, outcome: ImportOutcome) => Promise<R>,
): Promise<R> {
  return ctx.db.transaction(async (manager) => then(manager, await write(manager, draft, by)));
}

async function write(
  manager: EntityManager,
  draft: ExplainerDraft,
  by: { keyName?: string | null; expectedVersion?: ImportVersion; changeNote?: string | null },
): Promise<ImportOutcome> {
  // One importer at a time per slug, so that two imports of a new slug do not both insert it.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [`import:${draft.slug}`]);
  const input = draftToInput(draft);
  // The stored explainer in the shape revisions keep (ExplainerInput), its row locked for the update below.
  const [stored]: { id: string; version: number; status: ArticleStatus; input: ExplainerInput }[] = await manager.query(
    `SELECT a.id, a.version, a.status, ${SNAPSHOT_SQL} AS input FROM article a WHERE a.slug = $1 AND a.draft_of IS NULL FOR UPDATE`,
    [draft.slug],
  );
  if (stored) {
    const expected = by.expectedVersion ?? null;
    // The slug is taken: replacing it needs the version the editor saw (VERSION_CONFLICT tells the current one).
    if (expected === null) {
      throw new AppError(
        'VERSION_CONFLICT',
        `an article with the slug "${draft.slug}" exists (version ${stored.version}): pass expectedVersion: ${stored.version} to replace it`,
        {
          expectedVersion: null,
          currentVersion: stored.version,
          slug: draft.slug,
        },
      );
    }
    if (expected !== 'any' && expected !== stored.version) throw new VersionConflictError(expected, stored.version);
    const to = input.status ?? ArticleStatus.DRAFT;
    if (!ALLOWED[stored.status].includes(to)) {
      throw new BadUserInputError(`importExplainer: the article "${draft.slug}" is ${stored.status}; ${stored.status} -> ${to} is not an allowed transition`, {
        reason: 'STATUS_TRANSITION',
        from: stored.status,
        to,
      });
    }
  }
  if (!stored) {
    const articleId = await insertExplainer(manager, input, { keyName: by.keyName ?? null, action: 'importExplainer', changeNote: by.changeNote });
    return { status: 'imported', slug: draft.slug, articleId };
  }
  const differences = compareContent(stored.input, input);
  if (differences.length === 0) return { status: 'unchanged', slug: draft.slug, articleId: stored.id };
  // A status the import asks for is set directly: the importer is the source of truth for its articles.
  await bumpVersion(manager, stored.id, stored.version, {
    sql: `, status = $3::article_status, published_at = CASE WHEN $3::article_status = 'PUBLISHED' THEN coalesce(published_at, $4::timestamptz, now()) ELSE published_at END`,
    params: [input.status, input.publishedAt ?? null],
  });
  await replaceContent(manager, stored.id, input);
  await writeRevision(manager, stored.id, by.keyName ?? null, 'importExplainer', by.changeNote ?? null);
  return { status: 'updated', slug: draft.slug, articleId: stored.id, differences };
}

const SECTION_FIELDS = ['heading', 'body', 'citations', 'quotes', 'reactions', 'contestedFigures'] as const;

/** Where two explainers differ in content (publication time and the shared actor/source records aside). */
export function compareContent(a: ExplainerInput, b: ExplainerInput): string[] {
  const out: string[] = [];
  for (const f of ['headline', 'summary', 'status', 'eventDate'] as const) {
    if ((a[f] ?? null) !== (b[f] ?? null)) out.push(f);
  }
  // A byline the import names replaces the stored one (left out: the stored one stays).
  const credited = (x: ExplainerInput) => (x.contributors ?? []).map((c) => contributorSlug(c)).join(',');
  if (b.contributors && credited(a) !== credited(b)) out.push('contributors');
  const keys = (x: ExplainerInput) => x.sections.map((s) => s.key).join(',');
  if (keys(a) !== keys(b)) {
    out.push('sections');
    return out;
  }
  a.sections.forEach((s, i) => {
    const t = b.sections[i];
    for (const f of SECTION_FIELDS) {
      if (JSON.stringify(canonical(s)[f]) !== JSON.stringify(canonical(t)[f])) out.push(`sections.${s.key}.${f}`);
    }
  });
  return out;
}

function canonical(s: ExplainerSectionInput) {
  return {
    heading: s.heading,
    body: s.body,
    citations: s.citations.map((c) => [c.source, c.excerpt]),
    quotes: s.quotes.map((q) => [q.text, q.speaker ?? null, q.source ?? null]),
    reactions: s.reactions.map((r) => [r.actor, r.stance, r.summary, r.source ?? null]),
    contestedFigures: (s.contestedFigures ?? []).map((f) => [
      f.claim,
      f.claims.map((c) => [c.claimant, c.statedBy ?? null, Number(c.value), c.unit, c.source ?? null, c.excerpt]),
    ]),
  };
}

/**
 * The importExplainer mutation's work: writes the draft as the request's key, then reads the payload's `article`
 * selections (aliases and fragments merged) inside the same transaction.
 */
export async function importForRequest(
  ctx: Context,
  draft: ExplainerDraft,
  info: GraphQLResolveInfo,
  payloadType: string,
  expectedVersion?: ImportVersion,
): Promise<{ outcome: ImportOutcome; article: unknown }> {
  const payload = resolveTree(info).fieldsByTypeName[payloadType] ?? {};
  const articleTrees = Object.values(payload).filter((f) => f.name === 'article');
  return importDraftThen(ctx, draft, { keyName: ctx.viewer.keyName ?? null, expectedVersion, changeNote: ctx.changeNote }, async (m, outcome) => ({
    outcome,
    article: articleTrees.length ? await articleService.byIdTree({ ...ctx, db: m }, mergeTrees(articleTrees), outcome.articleId) : null,
  }));
}
