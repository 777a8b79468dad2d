// How ContestedFigure and FigureClaim are read (see common/sql/json-query).
import { defineObject, type Relation, type SqlBuilder } from '../../common/sql/json-query';
import { sectionVisible } from '../visibility.read';

/** The row of `table` that the parent's `column` points at. */
const one = (target: string, table: string, column: string): Relation => ({
  kind: 'one',
  target,
  source: ({ parent, child }) => ({ from: `${table} ${child}`, where: [`${child}.id = ${parent}.${column}`] }),
});

defineObject({
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
    section: one('Section', 'section', 'section_id'),
  },
  visible: (a, b) => sectionVisible(`${a}.section_id`, b),
});

function figureClaimVisible(alias: string, b: SqlBuilder): string | null {
  const section = sectionVisible('vf.section_id', b);
  return section && `EXISTS (SELECT 1 FROM contested_figure vf WHERE vf.id = ${alias}.contested_figure_id AND ${section})`;
}

defineObject({
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
    claimant: one('Actor', 'actor', 'claimant_id'),
    statedBy: one('Actor', 'actor', 'stated_by_id'),
    source: one('Source', 'source', 'source_id'),
    contestedFigure: one('ContestedFigure', 'contested_figure', 'contested_figure_id'),
  },
  visible: figureClaimVisible,
});
