// How Quote and QuoteConnection are read (see common/sql/json-query).
import { defineConnection, defineObject } from '../../common/sql/json-query';
import { sectionVisible } from '../visibility.read';

defineObject({
  type: 'Quote',
  table: 'quote',
  interfaces: ['Node'],
  scalars: {
    text: (a) => `${a}.text`,
    position: (a) => `${a}.position`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {
    speaker: {
      kind: 'one',
      target: 'Actor',
      source: ({ parent, child }) => ({ from: `actor ${child}`, where: [`${child}.id = ${parent}.speaker_id`] }),
    },
    source: {
      kind: 'one',
      target: 'Source',
      source: ({ parent, child }) => ({ from: `source ${child}`, where: [`${child}.id = ${parent}.source_id`] }),
    },
    section: {
      kind: 'one',
      target: 'Section',
      source: ({ parent, child }) => ({ from: `section ${child}`, where: [`${child}.id = ${parent}.section_id`] }),
    },
  },
  visible: (a, b) => sectionVisible(`${a}.section_id`, b),
});

export interface QuoteFilterArgs {
  filter?: { speaker?: string | null; sourceName?: string | null; articleSlug?: string | null } | null;
}

defineConnection({
  type: 'QuoteConnection',
  edgeType: 'QuoteEdge',
  target: 'Quote',
  from: (t) => `quote ${t} JOIN section ${t}_s ON ${t}_s.id = ${t}.section_id JOIN article ${t}_a ON ${t}_a.id = ${t}_s.article_id`,
  where: (t, args, b) => {
    const f = (args as QuoteFilterArgs).filter ?? {};
    const where: string[] = [];
    if (!b.viewer.canSeeDrafts) where.push(`${t}_a.status = 'PUBLISHED'`);
    if (f.articleSlug) where.push(`${t}_a.slug = ${b.param(f.articleSlug, 'text')}`);
    if (f.speaker) {
      where.push(`EXISTS (SELECT 1 FROM actor fa WHERE fa.id = ${t}.speaker_id AND lower(fa.name) = lower(${b.param(f.speaker, 'text')}))`);
    }
    if (f.sourceName) {
      where.push(`EXISTS (SELECT 1 FROM source fs WHERE fs.id = ${t}.source_id AND lower(fs.name) = lower(${b.param(f.sourceName, 'text')}))`);
    }
    return where;
  },
  orders: {
    CREATED_AT_DESC: {
      direction: 'DESC',
      keys: [
        { expr: (a) => `${a}.created_at`, cast: 'timestamptz' },
        { expr: (a) => `${a}.id`, cast: 'uuid' },
      ],
    },
  },
  orderKey: () => 'CREATED_AT_DESC',
});
