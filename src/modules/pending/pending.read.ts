// The Article relations of staged edits (articles/article.read.ts spreads them into Article's): `pending`, the
// working copy, and `pendingChanges`, its diff against the live version (read as ArticleChanges, see
// updates/updates.read.ts). Editors see them; a preview token's viewer for its own article; readers get null.
import type { Relation, SqlBuilder } from '../../common/sql/json-query';

function allowed(parent: string, b: SqlBuilder): string[] {
  if (b.viewer.canSeeDrafts) return [];
  const preview = b.viewer.previewArticleId;
  return preview ? [`${parent}.id = ${b.param(preview, 'uuid')}`] : ['false'];
}

export const pendingRelations: Record<string, Relation> = {
  pending: {
    kind: 'one',
    target: 'Article',
    source: ({ parent, child, b }) => ({ from: `article ${child}`, where: [`${child}.draft_of = ${parent}.id`, ...allowed(parent, b)] }),
  },
  pendingChanges: {
    kind: 'one',
    target: 'ArticleChanges',
    source: ({ parent, child, b }) => ({
      from: `(SELECT lr.snapshot AS from_snapshot, pr.snapshot AS to_snapshot, lr.version AS from_version, pr.version AS to_version,
          ARRAY(SELECT n.change_note FROM article_revision n WHERE n.article_id = p.id AND n.change_note IS NOT NULL ORDER BY n.version) AS change_notes
        FROM article p JOIN article_revision pr ON pr.article_id = p.id AND pr.version = p.version
        JOIN article_revision lr ON lr.article_id = p.draft_of AND lr.version = ${parent}.version
        WHERE p.draft_of = ${parent}.id) ${child}`,
      where: allowed(parent, b),
    }),
  },
};
