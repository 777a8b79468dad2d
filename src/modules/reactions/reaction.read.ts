// How Reaction and ReactionConnection are read (see common/sql/json-query).
import { defineConnection, defineObject, type ReadSpec } from '../../common/sql/json-query';
import { byForeignKey, CREATED_AT_DESC } from '../../common/sql/read-helpers';
import { publishedNow, sectionVisible } from '../visibility.read';

const reactionObject = defineObject({
  type: 'Reaction',
  table: 'reaction',
  interfaces: ['Node', 'SectionItem'],
  scalars: {
    stance: (a) => `${a}.stance`,
    summary: (a) => `${a}.summary`,
    position: (a) => `${a}.position`,
    createdAt: (a) => `${a}.created_at`,
  },
  relations: {
    actor: byForeignKey('Actor', 'actor', 'actor_id'),
    source: byForeignKey('Source', 'source', 'source_id'),
    section: byForeignKey('Section', 'section', 'section_id'),
  },
  visible: (a, b) => sectionVisible(`${a}.section_id`, b),
});

export interface ReactionFilterArgs {
  filter?: { actor?: string | null; country?: string | null; stance?: string | null } | null;
}

const reactionConnection = defineConnection({
  type: 'ReactionConnection',
  edgeType: 'ReactionEdge',
  target: 'Reaction',
  from: (t) =>
    `reaction ${t} JOIN section ${t}_s ON ${t}_s.id = ${t}.section_id JOIN article ${t}_a ON ${t}_a.id = ${t}_s.article_id JOIN actor ${t}_ac ON ${t}_ac.id = ${t}.actor_id`,
  where: (t, args, b) => {
    const f = (args as ReactionFilterArgs).filter ?? {};
    const where: string[] = [];
    if (!b.viewer.canSeeDrafts) where.push(publishedNow(`${t}_a`));
    if (f.actor) where.push(`lower(${t}_ac.name) = lower(${b.param(f.actor, 'text')})`);
    if (f.country) where.push(`lower(${t}_ac.country) = lower(${b.param(f.country, 'text')})`);
    if (f.stance) where.push(`${t}.stance = ${b.param(f.stance, 'stance')}`);
    return where;
  },
  orders: {
    CREATED_AT_DESC: CREATED_AT_DESC,
  },
  orderKey: () => 'CREATED_AT_DESC',
});

/** The read spec of this feature, registered by src/schema.ts. */
export const reactionReads: ReadSpec = { objects: [reactionObject], connections: [reactionConnection] };
