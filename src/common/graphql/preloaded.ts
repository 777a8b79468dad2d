// What a relation field resolver returns: the value the root statement built, or the request's loader's.
import type { GraphQLResolveInfo } from 'graphql';
import { fromGlobalId, UUID } from '../node';
import { objectSpec, relationKey } from '../sql/json-query';
import type { Loaders } from '../sql/session';

/**
 * The value of a relation field: read from the JSON the root statement built, or loaded when the parent came
 * from elsewhere.
 */
export function preloaded<T>(root: Record<string, unknown>, info: GraphQLResolveInfo, ctx: { loaders: Loaders }): T | Promise<T> {
  const spec = objectSpec(info.parentType.name);
  const key = relationKey(spec.relations[info.fieldName], info.fieldName, info.path.key as string);
  if (key in root) return root[key] as T;
  const id = String(root.id);
  const rawId = UUID.test(id) ? id : fromGlobalId(id)?.id;
  if (!rawId) throw new Error(`${info.parentType.name}.${info.fieldName}: parent has no id`);
  return ctx.loaders.relation(info).load(rawId) as Promise<T>;
}
