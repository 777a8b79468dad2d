// How Quote and QuoteConnection are read (see common/sql/json-query).
import { defineConnection, defineObject, type ReadSpec } from '../../common/sql/json-query';
import { byForeignKey, CREATED_AT_DESC } from '../../common/sql/read-helpers';
import { publishedNow, sectionVisible } from '../visibility.read';

const quoteObject = defineObject({
  type: 'Quote',
  table: 'quote',
  interfaces: ['Node', 'SectionItem'],
  scalars: {
    text: (a) => `${a}.text`,
    position: (a) => `${a}.position`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {
    speaker: byForeignKey('Actor', 'actor', 'speaker_id'),
    source: byForeignKey('Source', 'source', 'source_id'),
    section: byForeignKey('Section', 'section', 'section_id'),
  },
  visible: (a, b) => sectionVisible(`${a}.section_id`, b),
});

export interface QuoteFilterArgs {
  filter?: { speaker?: string | null; sourceName?: string | null; articleSlug?: string | null } | null;
}

const quoteConnection = defineConnection({
  type: 'QuoteConnection',
  edgeType: 'QuoteEdge',
  target: 'Quote',
  from: (t) => `quote ${t} JOIN section ${t}_s ON ${t}_s.id = ${t}.section_id JOIN article ${t}_a ON ${t}_a.id = ${t}_s.article_id`,
  where: (t, args, b) => {
    const f = (args as QuoteFilterArgs).filter ?? {};
    const where: string[] = [];
    if (!b.viewer.canSeeDrafts) where.push(publishedNow(`${t}_a`));
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
    CREATED_AT_DESC: CREATED_AT_DESC,
  },
  orderKey: () => 'CREATED_AT_DESC',
});

/** The read spec of this feature, registered by src/schema.ts. */
export const quoteReads: ReadSpec = { objects: [quoteObject], connections: [quoteConnection] };
