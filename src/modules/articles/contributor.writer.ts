// Writes of bylines inside the caller's transaction: contributors matched by slug (created when new, by the
// importer and the seed), and an article's ordered credits.
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { slugify } from '../../common/slug';
import { noteArticleWrite } from '../../common/cache/invalidation';

/** A contributor named by an explainer (importer, seed, revision snapshot): matched by slug, created when new. */
export interface ContributorRef {
  name: string;
  /** Default: the slug of the name. */
  slug?: string | null;
  role?: string | null;
  isFictional?: boolean | null;
}

export const contributorSlug = (ref: ContributorRef): string => ref.slug || slugify(ref.name) || 'contributor';

/** The ids of the contributors of `refs`, in order, creating the missing ones (existing ones keep their details). */
export async function upsertContributors(m: EntityManager, refs: ContributorRef[]): Promise<string[]> {
  // One credit per contributor: a name given twice is credited once, at its first place.
  const seen = new Set<string>();
  refs = refs.filter((r) => !seen.has(contributorSlug(r)) && Boolean(seen.add(contributorSlug(r))));
  if (refs.length === 0) return [];
  const slugs = refs.map(contributorSlug);
  await m.query(
    `INSERT INTO contributor (name, slug, role, is_fictional)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) ON CONFLICT (slug) DO NOTHING`,
    [refs.map((r) => r.name), slugs, refs.map((r) => r.role ?? null), refs.map((r) => r.isFictional ?? false)],
  );
  return idsBySlug(m, slugs, 'contributors');
}

/**
 * The ids of the contributors with these slugs, in order. An unknown or repeated slug is refused with the path
 * of its place in the input (`contributors.2`, `patch.contributors.0`).
 */
export async function idsBySlug(m: EntityManager, slugs: string[], field: string, table: 'contributor' | 'topic' = 'contributor'): Promise<string[]> {
  const rows: { id: string; slug: string }[] = await m.query(`SELECT id, slug FROM ${table} WHERE slug = ANY($1::text[])`, [slugs]);
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const seen = new Set<string>();
  return slugs.map((slug, i) => {
    const id = bySlug.get(slug);
    if (!id) throw new BadUserInputError(`${field}.${i}: no ${table} has the slug "${slug}"`, { field: `${field}.${i}` });
    if (seen.has(slug)) throw new BadUserInputError(`${field}.${i}: "${slug}" is listed twice`, { field: `${field}.${i}` });
    seen.add(slug);
    return id;
  });
}

/** Makes `ids` the article's byline, in this order. */
export async function setArticleContributors(m: EntityManager, articleId: string, ids: string[]): Promise<void> {
  await m.query('DELETE FROM article_contributor WHERE article_id = $1', [articleId]);
  if (ids.length === 0) return;
  await m.query(
    `INSERT INTO article_contributor (article_id, contributor_id, position)
     SELECT $1, c.id, c.n - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS c(id, n)`,
    [articleId, ids],
  );
}

/**
 * Tells the response cache (after the commit) that the articles `sql` selects (rows with an `id`) changed how
 * they read: a contributor or topic shown on them was edited. Their pages and every list are dropped.
 */
export async function noteArticlesShowing(m: EntityManager, sql: string, params: unknown[]): Promise<void> {
  const rows: { id: string }[] = await m.query(sql, params);
  for (const r of rows) await noteArticleWrite(m, r.id);
}
