// What addCitation/updateCitation write: a citation's columns from its input or patch (the section item writes in
// sections/section-items.service.ts do the rest).
import type { EntityManager } from 'typeorm';
import { present, sourceIdByName, type SectionItemTable } from '../sections/section-items.service';

export const citationTable: SectionItemTable = {
  table: 'citation',
  type: 'Citation',
  required: ['source_id', 'excerpt'],
  async columns(m: EntityManager, fields: Record<string, unknown>) {
    const has = present(fields);
    const out: Record<string, unknown> = {};
    if (has('sourceName')) out.source_id = await sourceIdByName(m, fields.sourceName as string);
    if (has('excerpt')) out.excerpt = fields.excerpt;
    return out;
  },
};
