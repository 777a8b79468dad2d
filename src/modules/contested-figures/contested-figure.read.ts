// How ContestedFigure and FigureClaim are read (see common/sql/json-query).
import { defineObject, type SqlBuilder, type ReadSpec } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';
import { sectionVisible } from '../visibility.read';

const contestedFigureObject = defineObject({
  type: 'ContestedFigure',
  table: 'contested_figure',
  interfaces: ['Node', 'SectionItem'],
  scalars: {
    claim: (a) => `${a}.claim`,
    position: (a) => `${a}.position`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {
    claims: {
      kind: 'many',
      target: 'FigureClaim',
      source: ({ parent, child }) => ({
        from: `figure_claim ${child}`,
        where: [`${child}.contested_figure_id = ${parent}.id`],
        orderBy: `${child}.position`,
      }),
    },
    section: byForeignKey('Section', 'section', 'section_id'),
  },
  visible: (a, b) => sectionVisible(`${a}.section_id`, b),
});

function figureClaimVisible(alias: string, b: SqlBuilder): string | null {
  const section = sectionVisible('vf.section_id', b);
  return section && `EXISTS (SELECT 1 FROM contested_figure vf WHERE vf.id = ${alias}.contested_figure_id AND ${section})`;
}

const figureClaimObject = defineObject({
  type: 'FigureClaim',
  table: 'figure_claim',
  interfaces: ['Node'],
  scalars: {
    value: (a) => `${a}.value`,
    unit: (a) => `${a}.unit`,
    excerpt: (a) => `${a}.excerpt`,
    position: (a) => `${a}.position`,
  },
  relations: {
    claimant: byForeignKey('Actor', 'actor', 'claimant_id'),
    statedBy: byForeignKey('Actor', 'actor', 'stated_by_id'),
    source: byForeignKey('Source', 'source', 'source_id'),
    contestedFigure: byForeignKey('ContestedFigure', 'contested_figure', 'contested_figure_id'),
  },
  visible: figureClaimVisible,
});

/** The read spec of this feature, registered by src/schema.ts. */
export const contestedFigureReads: ReadSpec = { objects: [contestedFigureObject, figureClaimObject] };
