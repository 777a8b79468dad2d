// What addQuote/updateQuote write: a quote's columns from its input or patch (the section item writes in
// sections/section-items.service.ts do the rest). Speaker and source may be cleared with null.
import type { EntityManager } from 'typeorm';
import { actorIdByName, present, sourceIdByName, type SectionItemTable } from '../sections/section-items.service';

export const quoteTable: SectionItemTable = {
  table: 'quote',
  type: 'Quote',
  required: ['text'],
  async columns(m: EntityManager, fields: Record<string, unknown>) {
    const has = present(fields);
    const out: Record<string, unknown> = {};
    if (has('text')) out.text = fields.text;
    if (has('speakerName')) out.speaker_id = await actorIdByName(m, fields.speakerName as string | null);
    if (has('sourceName')) out.source_id = await sourceIdByName(m, fields.sourceName as string | null);
    return out;
  },
};
