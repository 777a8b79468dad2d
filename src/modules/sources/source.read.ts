// How Source and SourceConnection are read (see common/sql/json-query).
import { defineConnection, defineObject, type ReadSpec } from '../../common/sql/json-query';
import { NAME_ASC } from '../../common/sql/read-helpers';
import { sourceVisible } from '../visibility.read';

/** The ids of the sources cited, quoted, reporting a reaction or a contested figure in the sections matched by `sectionFilter` (over `s`). */
export const sourceIdsOf = (sectionFilter: string) => `(
  SELECT ci.source_id FROM citation ci JOIN section s ON s.id = ci.section_id WHERE ${sectionFilter}
  UNION SELECT q.source_id FROM quote q JOIN section s ON s.id = q.section_id WHERE ${sectionFilter} AND q.source_id IS NOT NULL
  UNION SELECT r.source_id FROM reaction r JOIN section s ON s.id = r.section_id WHERE ${sectionFilter} AND r.source_id IS NOT NULL
  UNION SELECT fc.source_id FROM figure_claim fc JOIN contested_figure f ON f.id = fc.contested_figure_id JOIN section s ON s.id = f.section_id
    WHERE ${sectionFilter} AND fc.source_id IS NOT NULL)`;

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
