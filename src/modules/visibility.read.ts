// Row visibility shared by the read specs: readers see PUBLISHED articles and what belongs to them.
import type { SqlBuilder } from '../common/sql/json-query';

export function articleVisible(alias: string, b: SqlBuilder): string | null {
  return b.viewer.canSeeDrafts ? null : `${alias}.status = 'PUBLISHED'`;
}

/** For rows of `section`, or rows with a section_id (citations, quotes, reactions). */
export function sectionVisible(sectionIdExpr: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `EXISTS (SELECT 1 FROM section vs JOIN article va ON va.id = vs.article_id WHERE vs.id = ${sectionIdExpr} AND va.status = 'PUBLISHED')`;
}
