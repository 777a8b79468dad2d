// How Section is read (see common/sql/json-query).
import { defineObject, type ReadSpec } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';
import { sectionVisible } from '../visibility.read';
import { sourceIdsOf } from '../sources/source.read';
import { sectionImageRelations } from '../images/image.read';
import { sectionCorrectionRelations } from '../corrections/correction.read';

const inSection =
  (table: string) =>
  ({ parent, child }: { parent: string; child: string }) => ({
    from: `${table} ${child}`,
    where: [`${child}.section_id = ${parent}.id`],
    orderBy: `${child}.position`,
  });

const sectionObject = defineObject({
  type: 'Section',
  table: 'section',
  interfaces: ['Node'],
  scalars: {
    key: (a) => `${a}.key`,
    position: (a) => `${a}.position`,
    heading: (a) => `${a}.heading`,
    body: (a) => `${a}.body`,
    updatedAt: (a) => `${a}.updated_at`,
  },
  relations: {
    ...sectionImageRelations,
    ...sectionCorrectionRelations,
    article: byForeignKey('Article', 'article', 'article_id'),
    citations: { kind: 'many', target: 'Citation', source: inSection('citation') },
    quotes: { kind: 'many', target: 'Quote', source: inSection('quote') },
    reactions: { kind: 'many', target: 'Reaction', source: inSection('reaction') },
    contestedFigures: { kind: 'many', target: 'ContestedFigure', source: inSection('contested_figure') },
    sources: {
      kind: 'many',
      target: 'Source',
      source: ({ parent, child }) => ({
        from: `source ${child}`,
        where: [`${child}.id IN ${sourceIdsOf(`s.id = ${parent}.id`)}`],
        orderBy: `${child}.name`,
      }),
    },
  },
  visible: (a, b) => sectionVisible(`${a}.id`, b),
});

/** The read spec of this feature, registered by src/schema.ts. */
export const sectionReads: ReadSpec = { objects: [sectionObject] };
