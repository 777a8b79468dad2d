// How Correction is read (see common/sql/json-query), and Article.corrections / Section.corrections, which the
// article and section read specs take in.
import { defineObject, type ReadSpec, type Relation, type SqlBuilder } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';

/** Readers see the corrections of PUBLISHED articles only. */
export function correctionVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `EXISTS (SELECT 1 FROM article vc WHERE vc.id = ${alias}.article_id AND vc.status = 'PUBLISHED')`;
}

const correctionObject = defineObject({
  type: 'Correction',
  table: 'correction',
  interfaces: ['Node'],
  scalars: {
    kind: (a) => `${a}.kind`,
    text: (a) => `${a}.text`,
    sectionKey: (a) => `${a}.section_key`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {
    article: byForeignKey('Article', 'article', 'article_id'),
  },
  visible: correctionVisible,
});

/** Article.corrections: every note of the article, in the order they were added. */
export const articleCorrectionRelations: Record<string, Relation> = {
  corrections: {
    kind: 'many',
    target: 'Correction',
    source: ({ parent, child }) => ({ from: `correction ${child}`, where: [`${child}.article_id = ${parent}.id`], orderBy: `${child}.seq` }),
  },
};

/** Section.corrections: the notes added about this section (by its key). */
export const sectionCorrectionRelations: Record<string, Relation> = {
  corrections: {
    kind: 'many',
    target: 'Correction',
    source: ({ parent, child }) => ({
      from: `correction ${child}`,
      where: [`${child}.article_id = ${parent}.article_id`, `${child}.section_key = ${parent}.key`],
      orderBy: `${child}.seq`,
    }),
  },
};

/** The read spec of this feature, registered by src/schema.ts. */
export const correctionReads: ReadSpec = { objects: [correctionObject] };
