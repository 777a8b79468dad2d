// How ArticleRevision and its connection are read (see common/sql/json-query); Article.revisions names the
// connection in articles/article.read.ts. Editors only.
import { defineConnection, defineObject, type ReadSpec } from '../../common/sql/json-query';

const articleRevisionObject = defineObject({
  type: 'ArticleRevision',
  table: 'article_revision',
  scalars: {
    version: (a) => `${a}.version`,
    snapshot: (a) => `${a}.snapshot`,
    keyName: (a) => `${a}.key_name`,
    action: (a) => `${a}.action`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {},
});

const articleRevisionConnection = defineConnection({
  type: 'ArticleRevisionConnection',
  edgeType: 'ArticleRevisionEdge',
  target: 'ArticleRevision',
  from: (t) => `article_revision ${t}`,
  // Readers get nothing; the field resolver refuses them with FORBIDDEN.
  where: (_t, _args, b) => (b.viewer.canSeeDrafts ? [] : ['false']),
  orders: {
    VERSION_DESC: {
      direction: 'DESC',
      keys: [
        { expr: (a) => `${a}.version`, cast: 'int' },
        { expr: (a) => `${a}.id`, cast: 'uuid' },
      ],
    },
  },
  orderKey: () => 'VERSION_DESC',
});

/** The read spec of this feature, registered by src/schema.ts. */
export const revisionReads: ReadSpec = { objects: [articleRevisionObject], connections: [articleRevisionConnection] };
