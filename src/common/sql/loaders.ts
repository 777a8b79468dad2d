// Request-scoped DataLoaders for the long tail: a relation field whose parent was not built by the compiled
// statement (an object returned by a mutation, say) is loaded for all such parents of the request at once.
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { fromGlobalId, UUID } from '../node';
import { objectSpec, relationJson, relationKey, SqlBuilder } from './json-query';
import { resolveTree } from './run';


export interface Loaders {
  relation(info: GraphQLResolveInfo): DataLoader<string, unknown>;
}

export function createLoaders(ctx: Context): Loaders {
  const byField = new Map<unknown, DataLoader<string, unknown>>();
  return {
    relation(info) {
      // One loader per field occurrence in the document (same selection and arguments for every parent).
      const cacheKey = info.fieldNodes[0];
      let loader = byField.get(cacheKey);
      if (!loader) {
        const parentType = info.parentType.name;
        const tree = resolveTree(info);
        loader = new DataLoader<string, unknown>(async (ids) => {
          const spec = objectSpec(parentType);
          const relation = spec.relations[info.fieldName];
          const b = new SqlBuilder(ctx.viewer);
          const value = relationJson(relation, 'p', tree, b);
          const rows: { id: string; v: unknown }[] = await ctx.db.query(
            `SELECT p.id::text AS id, ${value} AS v FROM ${spec.table} p WHERE p.id = ANY(${b.param(ids, 'uuid[]')})`,
            b.params,
          );
          const found = new Map(rows.map((r) => [r.id, r.v]));
          return ids.map((id) => (found.has(id) ? found.get(id) : relation.kind === 'many' ? [] : null));
        });
        byField.set(cacheKey, loader);
      }
      return loader;
    },
  };
}

/**
 * The value of a relation field: read from the JSON the root statement built, or loaded when the parent came
 * from elsewhere.
 */
export function preloaded<T>(root: Record<string, unknown>, info: GraphQLResolveInfo, ctx: Context): T | Promise<T> {
  const spec = objectSpec(info.parentType.name);
  const key = relationKey(spec.relations[info.fieldName], info.fieldName, info.path.key as string);
  if (key in root) return root[key] as T;
  const id = String(root.id);
  const rawId = UUID.test(id) ? id : fromGlobalId(id)?.id;
  if (!rawId) throw new Error(`${info.parentType.name}.${info.fieldName}: parent has no id`);
  return ctx.loaders.relation(info).load(rawId) as Promise<T>;
}
