// How Contributor is read, and the SQL pieces other features use for bylines (see common/sql/json-query).
import { defineObject, type ReadSpec, type Relation, type SqlBuilder } from '../../common/sql/json-query';

/**
 * Contributors exist apart from articles, like actors: readers see one only while a PUBLISHED article credits
 * it. A byline is public once the article is published; before that, a contributor created for a draft stays
 * hidden (as a draft's actor does), and so does one whose last published article was unpublished or deleted.
 */
export function contributorVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `EXISTS (SELECT 1 FROM article_contributor vac JOIN article va ON va.id = vac.article_id
    WHERE vac.contributor_id = ${alias}.id AND va.status = 'PUBLISHED')`;
}

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

const contributorObject = defineObject({
  type: 'Contributor',
  table: 'contributor',
  interfaces: ['Node'],
  scalars: {
    name: (a) => `${a}.name`,
    slug: (a) => `${a}.slug`,
    role: (a) => `${a}.role`,
    bio: (a) => `${a}.bio`,
    url: (a) => `${a}.url`,
    imageUrl: (a) => `${a}.image_url`,
    isFictional: (a) => `${a}.is_fictional`,
    createdAt: (a) => `${a}.created_at`,
    updatedAt: (a) => `${a}.updated_at`,
  },
  relations: {
    // The articles connection applies the article visibility (readers: PUBLISHED only), newest first.
    articles: {
      kind: 'connection',
      target: 'Article',
      connection: 'ArticleConnection',
      parentWhere: (parent, child) => `EXISTS (SELECT 1 FROM article_contributor pac WHERE pac.article_id = ${child}.id AND pac.contributor_id = ${parent}.id)`,
    },
  },
  visible: contributorVisible,
});

/** The read spec of this feature, registered by src/schema.ts. */
export const contributorReads: ReadSpec = { objects: [contributorObject] };
