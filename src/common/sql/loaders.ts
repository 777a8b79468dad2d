// Request-scoped DataLoaders for the long tail: a relation field whose parent was not built by the compiled
// statement (an object returned by a mutation, say) is loaded for all such parents of the request at once.
import DataLoader from 'dataloader';
import { objectSpec, relationJson, SqlBuilder } from './json-query';
import { resolveTree } from './run';
import type { Loaders, ReadSession } from './session';

export type { Loaders };

export function createLoaders(session: ReadSession): Loaders {
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
          const b = new SqlBuilder(session.viewer);
          const value = relationJson(relation, 'p', tree, b);
          const rows: { id: string; v: unknown }[] = await session.db.query(
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
