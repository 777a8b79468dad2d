// How Source and SourceConnection are read (see common/sql/json-query).
import { defineConnection, defineObject, type ReadSpec } from '../../common/sql/json-query';
import { NAME_ASC } from '../../common/sql/read-helpers';
import { sourceIdsOf } from '../articles/article.read';
import { sourceVisible } from '../visibility.read';

const sourceObject = defineObject({
  type: 'Source',
  table: 'source',
  interfaces: ['Node'],
  scalars: {
    name: (a) => `${a}.name`,
    kind: (a) => `${a}.kind`,
    url: (a) => `${a}.url`,
  },
  relations: {
    articles: {
      kind: 'connection',
      target: 'Article',
      connection: 'ArticleConnection',
      parentWhere: (parent, child) => `${parent}.id IN ${sourceIdsOf(`s.article_id = ${child}.id`)}`,
    },
  },
  visible: sourceVisible,
});

const sourceConnection = defineConnection({
  type: 'SourceConnection',
  edgeType: 'SourceEdge',
  target: 'Source',
  from: (t) => `source ${t}`,
  where: (t, args, b) => {
    const f = (args.filter ?? {}) as { kind?: string | null };
    const where: string[] = [];
    const visible = sourceVisible(t, b);
    if (visible) where.push(visible);
    if (f.kind) where.push(`${t}.kind = ${b.param(f.kind, 'source_kind')}`);
    return where;
  },
  orders: {
    NAME_ASC: NAME_ASC,
  },
  orderKey: () => 'NAME_ASC',
});

/** The read spec of this feature, registered by src/schema.ts. */
export const sourceReads: ReadSpec = { objects: [sourceObject], connections: [sourceConnection] };
