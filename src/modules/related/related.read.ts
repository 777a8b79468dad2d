// Article.related as SQL: the editor's picks in their order, then the explainers sharing the most topics and
// actors. Only PUBLISHED explainers, whoever asks (a related link leads readers to it), never the article itself.
import type { Relation } from '../../common/sql/json-query';
import { BadUserInputError } from '../../common/errors';

export const DEFAULT_RELATED = 5;
export const MAX_RELATED = 20;
/** A shared topic outweighs a shared actor: topics are the editors' own classification. */
const TOPIC_WEIGHT = 3;
const ACTOR_WEIGHT = 1;

export function relatedCount(first: unknown): number {
  const n = first ?? DEFAULT_RELATED;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_RELATED) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_RELATED}`, { argument: 'first' });
  }
  return n;
}

/** Actors an article names (reactions, quote speakers), as rows (actor_id); `article` is an SQL expression of its id. */
const actorsOf = (article: string) => `(SELECT r.actor_id FROM reaction r JOIN section s ON s.id = r.section_id WHERE s.article_id = ${article}
  UNION SELECT q.speaker_id FROM quote q JOIN section s ON s.id = q.section_id WHERE s.article_id = ${article} AND q.speaker_id IS NOT NULL)`;

/** Articles that name the actor `actor` (an SQL expression), as rows (article_id). */
const articlesOfActor = (actor: string) => `(SELECT s.article_id FROM reaction r JOIN section s ON s.id = r.section_id WHERE r.actor_id = ${actor}
  UNION SELECT s.article_id FROM quote q JOIN section s ON s.id = q.section_id WHERE q.speaker_id = ${actor})`;

/**
 * The rows of the related articles of `parent`: whole article rows (every column, so that any Article field
 * reads them) with `__rank`, at most `n`, in one subquery per parent: one statement for a page of articles.
 */
export function relatedRows(parent: string, n: number): string {
  const p = `${parent}.id`;
  return `SELECT ra.*, row_number() OVER (ORDER BY rx.pos NULLS LAST, rx.score DESC, ra.published_at DESC NULLS LAST, ra.id) AS __rank
    FROM (
      SELECT rc.id, min(rc.pos) AS pos, sum(rc.w) AS score FROM (
        SELECT rp.related_id AS id, rp.position AS pos, 0 AS w FROM article_related rp WHERE rp.article_id = ${p}
        UNION ALL
        SELECT t2.article_id, NULL, ${TOPIC_WEIGHT} FROM article_topic t1 JOIN article_topic t2 ON t2.topic_id = t1.topic_id WHERE t1.article_id = ${p}
        UNION ALL
        SELECT o.article_id, NULL, ${ACTOR_WEIGHT} FROM ${actorsOf(p)} pa(actor_id) CROSS JOIN LATERAL ${articlesOfActor('pa.actor_id')} o(article_id)
      ) rc WHERE rc.id <> ${p} GROUP BY rc.id
    ) rx JOIN article ra ON ra.id = rx.id AND ra.status = 'PUBLISHED'
    ORDER BY rx.pos NULLS LAST, rx.score DESC, ra.published_at DESC NULLS LAST, ra.id LIMIT ${n}`;
}

export const articleRelated: Relation = {
  kind: 'many',
  target: 'Article',
  hasArgs: true,
  source: ({ parent, child, args, b }) => {
    // Shows other articles: the answer is not this article's tree alone (the response cache tags it as a list).
    b.broad = true;
    // An integer from 1 to MAX_RELATED, checked: part of the statement's shape, like a connection's page size.
    const n = relatedCount(args.first);
    return { from: `(${relatedRows(parent, n)}) ${child}`, where: [], orderBy: `${child}.__rank` };
  },
};
