// How Actor and ActorConnection are read (see common/sql/json-query).
import { defineConnection, defineObject, type ReadSpec } from '../../common/sql/json-query';
import { NAME_ASC } from '../../common/sql/read-helpers';
import { actorVisible } from '../visibility.read';

const actorObject = defineObject({
  type: 'Actor',
  table: 'actor',
  interfaces: ['Node'],
  scalars: {
    name: (a) => `${a}.name`,
    kind: (a) => `${a}.kind`,
    title: (a) => `${a}.title`,
    country: (a) => `${a}.country`,
  },
  relations: {},
  visible: actorVisible,
});

export interface ActorFilterArgs {
  filter?: { kind?: string | null; country?: string | null; name?: string | null } | null;
}

const actorConnection = defineConnection({
  type: 'ActorConnection',
  edgeType: 'ActorEdge',
  target: 'Actor',
  from: (t) => `actor ${t}`,
  where: (t, args, b) => {
    const f = (args as ActorFilterArgs).filter ?? {};
    const where: string[] = [];
    const visible = actorVisible(t, b);
    if (visible) where.push(visible);
    if (f.kind) where.push(`${t}.kind = ${b.param(f.kind, 'actor_kind')}`);
    if (f.country) where.push(`lower(${t}.country) = lower(${b.param(f.country, 'text')})`);
    if (f.name) {
      const escaped = f.name.replace(/[\\%_]/g, (c) => `\\${c}`);
      where.push(`${t}.name ILIKE ${b.param(`%${escaped}%`, 'text')}`);
    }
    return where;
  },
  orders: {
    NAME_ASC: NAME_ASC,
  },
  orderKey: () => 'NAME_ASC',
});

/** The read spec of this feature, registered by src/schema.ts. */
export const actorReads: ReadSpec = { objects: [actorObject], connections: [actorConnection] };
