// How Citation is read (see common/sql/json-query).
import { defineObject } from '../../common/sql/json-query';
import { sectionVisible } from '../visibility.read';

defineObject({
  type: 'Citation',
  table: 'citation',
  interfaces: ['Node'],
  scalars: {
    excerpt: (a) => `${a}.excerpt`,
    position: (a) => `${a}.position`,
  },
  relations: {
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
