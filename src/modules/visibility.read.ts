// Row visibility shared by the read specs: readers see PUBLISHED articles and what belongs to them.
import type { SqlBuilder } from '../common/sql/json-query';

/**
 * `alias` (a row of article) is PUBLISHED and not under embargo (publishedNow), or, for a viewer with a preview
 * token, the previewed article or its pending working copy. Editors see every row (pending copies too, by id:
 * lists and search leave copies out with articleListed).
 */
export function articleVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  const preview = b.viewer.previewArticleId;
  if (!preview) return publishedNow(alias);
  const p = b.param(preview, 'uuid');
  return `(${publishedNow(alias)} OR ${alias}.id = ${p} OR ${alias}.draft_of = ${p})`;
}

/**
 * What readers see of an article: PUBLISHED and not under embargo. An embargo is lifted by its job (modules/scheduling)
 * clearing embargo_until at its time, as a write: caches drop what they held and the changes feed records PUBLISHED.
 */
export const publishedNow = (alias: string): string => `(${alias}.status = 'PUBLISHED' AND ${alias}.embargo_until IS NULL)`;

/**
 * The rows of article a list or search shows: PUBLISHED ones to readers (a preview token adds nothing to lists),
 * never a pending working copy (editors see it as Article.pending only).
 */
export function articleListed(alias: string, b: SqlBuilder): string {
  return b.viewer.canSeeDrafts ? `${alias}.draft_of IS NULL` : publishedNow(alias);
}

/** For rows of `section`, or rows with a section_id (citations, quotes, reactions). */
export function sectionVisible(sectionIdExpr: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `EXISTS (SELECT 1 FROM section vs JOIN article va ON va.id = vs.article_id WHERE vs.id = ${sectionIdExpr} AND ${articleVisible('va', b)})`;
}

/** `item` (an alias of a table with a section_id) lies in a PUBLISHED article. */
const inPublished = (item: string) =>
  `EXISTS (SELECT 1 FROM section vs JOIN article va ON va.id = vs.article_id WHERE vs.id = ${item}.section_id AND ${publishedNow('va')})`;
const claimInPublished = `EXISTS (SELECT 1 FROM contested_figure vf JOIN section vs ON vs.id = vf.section_id JOIN article va ON va.id = vs.article_id
    WHERE vf.id = vfc.contested_figure_id AND ${publishedNow('va')})`;

/**
 * Actors exist apart from articles (one row per name, shared by every explainer that names them): readers see
 * one only while a PUBLISHED article refers to it, by a reaction, a quote's speaker or a figure claim. A draft's
 * actor stays hidden, and so does one whose last article was deleted or archived. Each branch uses the index on
 * its reference column.
 */
export function actorVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `(EXISTS (SELECT 1 FROM reaction vr WHERE vr.actor_id = ${alias}.id AND ${inPublished('vr')})
    OR EXISTS (SELECT 1 FROM quote vq WHERE vq.speaker_id = ${alias}.id AND ${inPublished('vq')})
    OR EXISTS (SELECT 1 FROM figure_claim vfc WHERE vfc.claimant_id = ${alias}.id AND ${claimInPublished})
    OR EXISTS (SELECT 1 FROM figure_claim vfc WHERE vfc.stated_by_id = ${alias}.id AND ${claimInPublished}))`;
}

/** Sources likewise: visible to readers while a PUBLISHED article cites, quotes, reports or claims a figure through one. */
export function sourceVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `(EXISTS (SELECT 1 FROM citation vc WHERE vc.source_id = ${alias}.id AND ${inPublished('vc')})
    OR EXISTS (SELECT 1 FROM quote vq WHERE vq.source_id = ${alias}.id AND ${inPublished('vq')})
    OR EXISTS (SELECT 1 FROM reaction vr WHERE vr.source_id = ${alias}.id AND ${inPublished('vr')})
    OR EXISTS (SELECT 1 FROM figure_claim vfc WHERE vfc.source_id = ${alias}.id AND ${claimInPublished}))`;
}
