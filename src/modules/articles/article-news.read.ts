// The SQL of Article's news-page relations: contributors (byline), topics and related explainers. They live with
// the article (the features contributors, topics and related sit above articles and resolve their own types).
import type { Relation } from '../../common/sql/json-query';
import { BadUserInputError } from '../../common/errors';

/**
 * The contributors of the article aliased `alias` as a JSON array in byline order: {name, slug, role, url,
 * imageUrl, isFictional}. For outputs built outside the GraphQL compiler (JSON-LD authors, feed authors).
 */
export function contributorsOfArticle(alias: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('name', jc.name, 'slug', jc.slug, 'role', jc.role, 'url', jc.url,
      'imageUrl', jc.image_url, 'isFictional', jc.is_fictional) ORDER BY jac.position), '[]'::json)
    FROM article_contributor jac JOIN contributor jc ON jc.id = jac.contributor_id WHERE jac.article_id = ${alias}.id)`;
}

/** The rendered byline of the article aliased `alias`: "By A", "By A and B", "By A, B and C"; null without contributors. */
export function bylineOf(alias: string): string {
  return `(SELECT CASE cardinality(bn.n) WHEN 0 THEN NULL WHEN 1 THEN 'By ' || bn.n[1]
      ELSE 'By ' || array_to_string(bn.n[1:cardinality(bn.n) - 1], ', ') || ' and ' || bn.n[cardinality(bn.n)] END
    FROM (SELECT ARRAY(SELECT bc.name FROM article_contributor bac JOIN contributor bc ON bc.id = bac.contributor_id
      WHERE bac.article_id = ${alias}.id ORDER BY bac.position) AS n) bn)`;
}

/** Article.contributors: in byline order. */
export const articleContributors: Relation = {
  kind: 'many',
  target: 'Contributor',
  source: ({ parent, child }) => ({
    from: `contributor ${child} JOIN article_contributor ${child}_ac ON ${child}_ac.contributor_id = ${child}.id`,
    where: [`${child}_ac.article_id = ${parent}.id`],
    orderBy: `${child}_ac.position`,
  }),
};

/** The topics of the article aliased `alias` as a JSON array in the article's order: {name, slug, kind, summary}. */
export function topicsOfArticle(alias: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('name', jt.name, 'slug', jt.slug, 'kind', jt.kind, 'summary', jt.summary) ORDER BY jat.position), '[]'::json)
    FROM article_topic jat JOIN topic jt ON jt.id = jat.topic_id WHERE jat.article_id = ${alias}.id)`;
}

/** A condition on articles (alias `t`): tagged with the topic of this slug. */
export function articleHasTopic(t: string, slugParam: string): string {
  return `EXISTS (SELECT 1 FROM article_topic fat JOIN topic ftp ON ftp.id = fat.topic_id WHERE fat.article_id = ${t}.id AND ftp.slug = ${slugParam})`;
}

/** Article.topics: in the order the editor set (the first is the main topic). */
export const articleTopics: Relation = {
  kind: 'many',
  target: 'Topic',
  source: ({ parent, child }) => ({
    from: `topic ${child} JOIN article_topic ${child}_at ON ${child}_at.topic_id = ${child}.id`,
    where: [`${child}_at.article_id = ${parent}.id`],
    orderBy: `${child}_at.position`,
  }),
};

// Article.related: the editor's picks in their order, then the explainers sharing the most topics and actors.
// Only PUBLISHED explainers, whoever asks (a related link leads readers to it), never the article itself.
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
  // Inner aliases never look like the compiler's (t0, t1, ...): `parent` is one of those, and an inner `t1`
  // would hide it.
  const p = `${parent}.id`;
  return `SELECT ra.*, row_number() OVER (ORDER BY rx.pos NULLS LAST, rx.score DESC, ra.published_at DESC NULLS LAST, ra.id) AS __rank
    FROM (
      SELECT rc.id, min(rc.pos) AS pos, sum(rc.w) AS score FROM (
        SELECT rp.related_id AS id, rp.position AS pos, 0 AS w FROM article_related rp WHERE rp.article_id = ${p}
        UNION ALL
        SELECT rel_t2.article_id, NULL, ${TOPIC_WEIGHT} FROM article_topic rel_t1 JOIN article_topic rel_t2 ON rel_t2.topic_id = rel_t1.topic_id WHERE rel_t1.article_id = ${p}
        UNION ALL
        SELECT o.article_id, NULL, ${ACTOR_WEIGHT} FROM ${actorsOf(p)} pa(actor_id) CROSS JOIN LATERAL ${articlesOfActor('pa.actor_id')} o(article_id)
      ) rc WHERE rc.id <> ${p} GROUP BY rc.id
    ) rx JOIN article ra ON ra.id = rx.id AND ra.status = 'PUBLISHED' AND ra.embargo_until IS NULL
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
