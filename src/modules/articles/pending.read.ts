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
      from: `(SELECT ${child}_lr.snapshot AS from_snapshot, ${child}_pr.snapshot AS to_snapshot, ${child}_lr.version AS from_version, ${child}_pr.version AS to_version,
          ARRAY(SELECT ${child}_n.change_note FROM article_revision ${child}_n WHERE ${child}_n.article_id = ${child}_p.id AND ${child}_n.change_note IS NOT NULL
            ORDER BY ${child}_n.version) AS change_notes
        FROM article ${child}_p JOIN article_revision ${child}_pr ON ${child}_pr.article_id = ${child}_p.id AND ${child}_pr.version = ${child}_p.version
        JOIN article_revision ${child}_lr ON ${child}_lr.article_id = ${parent}.id AND ${child}_lr.version = ${parent}.version
        WHERE ${child}_p.draft_of = ${parent}.id) ${child}`,
      where: allowed(parent, b),
    }),
  },
};
