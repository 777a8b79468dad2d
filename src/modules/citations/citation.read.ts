// How Citation is read (see common/sql/json-query).
import { defineObject, type ReadSpec } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';
import { sectionVisible } from '../visibility.read';

const citationObject = defineObject({
  type: 'Citation',
  table: 'citation',
  interfaces: ['Node', 'SectionItem'],
  scalars: {
    excerpt: (a) => `${a}.excerpt`,
    position: (a) => `${a}.position`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {
    source: byForeignKey('Source', 'source', 'source_id'),
    section: byForeignKey('Section', 'section', 'section_id'),
  },
  visible: (a, b) => sectionVisible(`${a}.section_id`, b),
});

/** The read spec of this feature, registered by src/schema.ts. */
export const citationReads: ReadSpec = { objects: [citationObject] };
