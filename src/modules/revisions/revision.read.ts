// How ArticleRevision and Article.revisions are read (see common/sql/json-query). Editors only.
import { defineConnection, defineObject, objectSpec } from '../../common/sql/json-query';
import '../articles/article.read';

defineObject({
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

defineConnection({
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

objectSpec('Article').relations.revisions = {
  kind: 'connection',
  target: 'ArticleRevision',
  connection: 'ArticleRevisionConnection',
  parentWhere: (parent, child) => `${child}.article_id = ${parent}.id`,
};
