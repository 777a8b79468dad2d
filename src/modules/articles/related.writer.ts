// Writes of an article's editor-picked related explainers inside the caller's transaction.
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { fromGlobalId } from '../../common/node';

/**
 * The raw ids of the articles these global ids name, in order; refuses (with the path of the place) an id that
 * is not an Article's, names no article, repeats, or is the article itself. Drafts may be picked: they show
 * once published.
 */
export async function relatedIds(m: EntityManager, globalIds: string[], field: string, self: string | null): Promise<string[]> {
  const ids = globalIds.map((g, i) => {
    const d = fromGlobalId(g);
    if (!d || d.type !== 'Article') throw new BadUserInputError(`${field}.${i}: not the id of an Article`, { field: `${field}.${i}` });
    if (d.id === self) throw new BadUserInputError(`${field}.${i}: an article is not related to itself`, { field: `${field}.${i}` });
    return d.id;
  });
  const found: { id: string }[] = ids.length ? await m.query('SELECT id FROM article WHERE id = ANY($1::uuid[])', [ids]) : [];
  const exists = new Set(found.map((r) => r.id));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!exists.has(id)) throw new BadUserInputError(`${field}.${i}: no such article`, { field: `${field}.${i}` });
    if (seen.has(id)) throw new BadUserInputError(`${field}.${i}: listed twice`, { field: `${field}.${i}` });
    seen.add(id);
  });
  return ids;
}

/** Makes `ids` the article's picks, in this order (ids that no longer exist are skipped: a restored revision may name them). */
export async function setArticleRelated(m: EntityManager, articleId: string, ids: string[]): Promise<void> {
  await m.query('DELETE FROM article_related WHERE article_id = $1', [articleId]);
  if (ids.length === 0) return;
  await m.query(
    `INSERT INTO article_related (article_id, related_id, position)
     SELECT $1, r.id, row_number() OVER (ORDER BY r.n) - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS r(id, n)
       JOIN article a ON a.id = r.id WHERE r.id <> $1`,
    [articleId, ids],
  );
}
