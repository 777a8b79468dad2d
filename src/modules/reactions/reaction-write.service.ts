// What addReaction/updateReaction write: a reaction's columns from its input or patch (the section item writes in
// sections/section-items.service.ts do the rest). Only the source may be cleared with null.
import type { EntityManager } from 'typeorm';
import { actorIdByName, present, sourceIdByName, type SectionItemTable } from '../sections/section-items.service';

export const reactionTable: SectionItemTable = {
  table: 'reaction',
  type: 'Reaction',
  required: ['actor_id', 'stance', 'summary'],
  async columns(m: EntityManager, fields: Record<string, unknown>) {
    const has = present(fields);
    const out: Record<string, unknown> = {};
    if (has('actorName')) out.actor_id = await actorIdByName(m, fields.actorName as string);
    if (has('stance')) out.stance = fields.stance;
    if (has('summary')) out.summary = fields.summary;
    if (has('sourceName')) out.source_id = await sourceIdByName(m, fields.sourceName as string | null);
    return out;
  },
};
