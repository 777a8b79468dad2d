// The same API as an Apollo Federation 2 subgraph: the type-graphql schema printed, with @key on the entities
// (Article, Source, Actor by global id) and the type-graphql resolvers reused through createResolversMap.
import 'reflect-metadata';
import DataLoader from 'dataloader';
import { parse, printSchema, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createResolversMap } from 'type-graphql';
import type { Context } from '../../context';
import { buildSchema } from '../../schema';
import { fromGlobalId } from '../../common/node';
import { resolveTree } from '../../common/sql/run';
import { fieldsFor, objectJson, objectSpec, SqlBuilder } from '../../common/sql/json-query';

export const ENTITY_TYPES = ['Article', 'Source', 'Actor'] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/** The SDL of the subgraph: the public schema with the federation link and the entity keys. */
export function subgraphTypeDefs(schema: GraphQLSchema = buildSchema()): string {
  let sdl = printSchema(schema);
  for (const type of ENTITY_TYPES) {
    const head = new RegExp(`^type ${type}( implements [^{]+)? \\{`, 'm');
    if (!head.test(sdl)) throw new Error(`subgraph: no type ${type} in the schema`);
    sdl = sdl.replace(head, (_m, impl: string | undefined) => `type ${type}${impl ? impl.trimEnd() : ''} @key(fields: "id") {`);
  }
  return `${FEDERATION_LINK}\n\n${sdl}`;
}

// One loader per request, entity type and `_entities` field occurrence: all representations of a type are read
// by ONE statement, built from the selection like any root field, with the viewer's visibility.
const loadersByContext = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

function entityLoader(ctx: Context, type: EntityType, info: GraphQLResolveInfo): DataLoader<string, unknown> {
  let byKey = loadersByContext.get(ctx);
  if (!byKey) loadersByContext.set(ctx, (byKey = new Map()));
  const start = info.fieldNodes[0].loc?.start ?? 0;
  const key = `${type}@${start}`;
  let loader = byKey.get(key);
  if (!loader) {
    const fields = fieldsFor(resolveTree(info), type);
    loader = new DataLoader<string, unknown>(async (ids) => {
      const spec = objectSpec(type);
      const b = new SqlBuilder(ctx.viewer);
      const where = [`t.id = ANY(${b.param(ids, 'uuid[]')})`];
      const visible = spec.visible?.('t', b);
      if (visible) where.push(visible);
      const rows: { id: string; data: unknown }[] = await ctx.db.query(
        `SELECT t.id::text AS id, ${objectJson(type, 't', fields, b)} AS data FROM ${spec.table} t WHERE ${where.join(' AND ')}`,
        b.params,
      );
      const found = new Map(rows.map((r) => [r.id, r.data]));
      return ids.map((id) => found.get(id) ?? null);
    });
    byKey.set(key, loader);
  }
  return loader;
}

function resolveReference(type: EntityType) {
  return (ref: { id?: unknown }, ctx: Context, info: GraphQLResolveInfo) => {
    const decoded = typeof ref.id === 'string' ? fromGlobalId(ref.id) : null;
    // An id of another type, or not one of ours: no such entity here.
    if (!decoded || decoded.type !== type) return null;
    return entityLoader(ctx, type, info).load(decoded.id);
  };
}

let built: GraphQLSchema | undefined;

export function buildSubgraph(): GraphQLSchema {
  if (built) return built;
  const schema = buildSchema();
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const type of ENTITY_TYPES) {
    resolvers[type] = { ...resolvers[type], __resolveReference: resolveReference(type) };
  }
  built = buildSubgraphSchema({ typeDefs: parse(subgraphTypeDefs(schema)), resolvers: resolvers as never });
  return built;
}
