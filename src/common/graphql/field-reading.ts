// How the server reads each field of the object types the read specs describe, as far as answering a query with
// the JSON text PostgreSQL builds (common/sql/final-json.ts) needs to know it. src/schema.ts records it once, from
// type-graphql's metadata, when it builds the schema; a field it says nothing about is never spliced.
import type { GraphQLField } from 'graphql';

export type FieldReading =
  /** type-graphql's basic resolver with nothing around it: the parent's property of the field's name. */
  | { kind: 'plain' }
  /** A relation read straight from the parent's JSON (schema.ts, readPreloadedDirectly). */
  | { kind: 'fast' }
  /**
   * A relation resolver that only returns the preloaded value, but whose `@Args` classes carry constraints
   * type-graphql checks first (Article.sections(keys:)): spliced after the same check.
   */
  | { kind: 'checked'; argsClasses: (new () => object)[] };

const readings = new WeakMap<GraphQLField<unknown, unknown>, FieldReading>();

export function recordFieldReading(field: GraphQLField<unknown, unknown>, reading: FieldReading): void {
  readings.set(field, reading);
}

export function fieldReading(field: GraphQLField<unknown, unknown>): FieldReading | undefined {
  return readings.get(field);
}
