// Pieces the read specs share: a relation to the row a foreign key points at, and the common orderings.
import type { OrderSpec, Relation } from './json-query';

/** `child.id = parent.<column>`: Quote.speaker, Reaction.source, Citation.section... */
export function byForeignKey(target: string, table: string, column: string): Relation {
  return {
    kind: 'one',
    target,
    source: ({ parent, child }) => ({ from: `${table} ${child}`, where: [`${child}.id = ${parent}.${column}`] }),
  };
}

export const NAME_ASC: OrderSpec = {
  direction: 'ASC',
  keys: [
    { expr: (a) => `${a}.name`, cast: 'text' },
    { expr: (a) => `${a}.id`, cast: 'uuid' },
  ],
};

export const CREATED_AT_DESC: OrderSpec = {
  direction: 'DESC',
  keys: [
    { expr: (a) => `${a}.created_at`, cast: 'timestamptz' },
    { expr: (a) => `${a}.id`, cast: 'uuid' },
  ],
};
