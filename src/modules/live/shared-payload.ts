// One payload per (event, selection, visibility): every subscriber of an article hears the same event object, and
// those that ask for the same fields with the same arguments and see the same rows get the answer of ONE
// statement, read once when the event arrives (500 subscribers of one article: one statement per write, not 500).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { resolveTree } from '../../common/sql/run';
import type { LiveEvent } from './live.events';

const payloads = new WeakMap<LiveEvent, Map<string, Promise<unknown>>>();
/** The key of a subscription's selection, per field node and variables: computed once per subscription. */
const selectionKeys = new WeakMap<object, Map<string, string>>();

function selectionKey(info: GraphQLResolveInfo): string {
  const node = info.fieldNodes[0];
  let byVariables = selectionKeys.get(node);
  if (!byVariables) selectionKeys.set(node, (byVariables = new Map()));
  const variables = JSON.stringify(info.variableValues);
  let key = byVariables.get(variables);
  if (key === undefined) {
    // The selection with fragments inlined and arguments (variables included) resolved: equal for equal asks.
    key = JSON.stringify(resolveTree(info));
    if (byVariables.size > 50) byVariables.clear();
    byVariables.set(variables, key);
  }
  return key;
}

/**
 * What `load` answers for this event, shared with every subscriber whose field, selection, arguments and
 * visibility (role, drafts) are the same; the promise lives as long as the event does.
 */
export function sharedPayload<T>(event: LiveEvent, ctx: Context, info: GraphQLResolveInfo, load: () => Promise<T>): Promise<T> {
  let byKey = payloads.get(event);
  if (!byKey) payloads.set(event, (byKey = new Map()));
  const key = `${info.fieldName}\u0000${ctx.viewer.role}\u0000${ctx.viewer.canSeeDrafts}\u0000${selectionKey(info)}`;
  let payload = byKey.get(key) as Promise<T> | undefined;
  if (!payload) byKey.set(key, (payload = load()));
  return payload;
}
