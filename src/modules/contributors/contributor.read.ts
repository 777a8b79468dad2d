// How Contributor is read, and the SQL pieces other features use for bylines (see common/sql/json-query).
import { defineObject, type ReadSpec, type SqlBuilder } from '../../common/sql/json-query';

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
