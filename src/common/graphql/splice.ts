// Answers reader queries with the JSON text PostgreSQL builds (issue 18): when every field of an operation is one
// the read specs render exactly as graphql-js would serialize it (common/sql/final-json.ts), each root field's
// resolver runs as usual (type-graphql's argument conversion and checks, the service's conditions and viewer
// filters) but its one statement returns the field's final JSON text; Apollo gets placeholder data and
// http/graphql.ts replaces each placeholder with its text in the body Apollo serialized. Parsing, validation,
// limits, cost, error format, caching, logging and metrics happen as for any operation. Anything else, or any
// doubt at run time (an argument check that fails, a value graphql-js would refuse), runs the normal way.
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { connectionSpec, findObjectSpec } from '../sql/json-query';
import { REFUSED, type SpliceScope } from '../sql/final-json';
import { spliceRootField, SplicedText } from '../sql/run';
import { fieldReading } from './field-reading';

/** Root fields whose resolver returns what findOne/findPage (common/sql/run.ts) return, untouched. */
const ROOTS: Record<string, string> = { article: 'Article', articles: 'ArticleConnection', search: 'SearchConnection' };
const LEAVES = new Set(['String', 'ID', 'Boolean', 'Int', 'Float', 'DateTime', 'Date']);

type Field = GraphQLField<unknown, unknown>;
/** What the splice needs of the request context: an object Apollo's copies of it share. */
export type SpliceContext = { cache: object };

/** Whether an operation may be spliced, decided once per document and operation (Apollo keeps parsed documents). */
const coverage = new WeakMap<DocumentNode, Map<string, boolean>>();

export function operationCovered(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  let byName = coverage.get(document);
  if (!byName) coverage.set(document, (byName = new Map()));
  const key = operation.name?.value ?? '';
  let known = byName.get(key);
  if (known === undefined) {
    known = covers(schema, document, operation);
    byName.set(key, known);
  }
  return known;
}

function covers(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  let otherDirective = false;
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'include' && node.name.value !== 'skip') otherDirective = true;
    },
  });
  if (otherDirective) return false;
  const fragments = fragmentsOf(document);
  const query = schema.getQueryType();
  if (!query) return false;
  // Every branch counts, whatever @include/@skip will say: the shape is decided per request.
  return everyField(operation.selectionSet, fragments, (name, node) => {
    if (name === '__typename') return true;
    const type = ROOTS[name];
    const field = query.getFields()[name];
    if (!type || !field || !node.selectionSet) return false;
    const returned = getNamedType(field.type);
    if (!isObjectType(returned) || returned.name !== type) return false;
    return type === 'Article' ? objectCovered(returned, node.selectionSet, fragments) : connectionCovered(returned, node.selectionSet, fragments);
  });
}

type FieldCheck = (name: string, node: { selectionSet?: SelectionSetNode }) => boolean;

function everyField(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, check: FieldCheck, seen = new Set<string>()): boolean {
  return set.selections.every((s) => {
    if (s.kind === Kind.FIELD) return check(s.name.value, s);
    if (s.kind === Kind.INLINE_FRAGMENT) return everyField(s.selectionSet, fragments, check, seen);
    const fragment = fragments[s.name.value];
    if (!fragment) return false;
    if (seen.has(s.name.value)) return true;
    return everyField(fragment.selectionSet, fragments, check, new Set([...seen, s.name.value]));
  });
}

function objectCovered(type: GraphQLObjectType, set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const spec = findObjectSpec(type.name);
  if (!spec) return false;
  return everyField(set, fragments, (name, node) => {
    if (name === '__typename') return true;
    const field = type.getFields()[name] as Field | undefined;
    if (!field) return false;
    const reading = fieldReading(field);
    if (reading?.kind === 'plain') {
      if (name !== 'id' && !spec.scalars[name]) return false;
      const leaf = getNamedType(field.type);
      return isEnumType(leaf) || (isScalarType(leaf) && LEAVES.has(leaf.name));
    }
    const relation = spec.relations[name];
    if (!reading || !relation || relation.kind === 'connection' || !node.selectionSet) return false;
    if (field.args.length > 0 && relation.hasArgs !== true) return false;
    const target = getNamedType(field.type);
    return isObjectType(target) && target.name === relation.target && objectCovered(target, node.selectionSet, fragments);
  });
}

function connectionCovered(type: GraphQLObjectType, set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const spec = connectionSpec(type.name);
  return everyField(set, fragments, (name, node) => {
    if (name === '__typename' || name === 'totalCount') return true;
    if (name === 'pageInfo') return true; // its four fields and __typename are all rendered; validation refuses others
    if (name !== 'edges' || !node.selectionSet) return false;
    return everyField(node.selectionSet, fragments, (edgeField, edge) => {
      if (edgeField === '__typename' || edgeField === 'cursor') return true;
      if (edgeField !== 'node' || !edge.selectionSet) return false;
      const target = schemaType(type, spec.target);
      return target !== undefined && objectCovered(target, edge.selectionSet, fragments);
    });
  });
}

function schemaType(connection: GraphQLObjectType, name: string): GraphQLObjectType | undefined {
  const edge = getNamedType(connection.getFields().edges?.type);
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  return isObjectType(node) && node.name === name ? node : undefined;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}

/**
 * Each request's texts, by placeholder number (read by http/graphql.ts). Keyed by the context's `cache` object:
 * Apollo hands resolvers and plugins a shallow copy of the context, which shares it with the original.
 */
const texts = new WeakMap<object, string[]>();

/** Placeholder `i` as it stands in the serialized body: a string no data can hold (a raw U+0001, escaped). */
const placeholder = (i: number) => `\u0001splice${i}`;

/** The response body with each placeholder replaced by its root field's JSON text. */
export function spliceBody(context: SpliceContext | undefined, body: string): string {
  const list = context && texts.get(context.cache);
  if (!list) return body;
  let out = body;
  list.forEach((text, i) => {
    const marker = JSON.stringify(placeholder(i));
    const at = out.indexOf(marker);
    if (at >= 0) out = out.slice(0, at) + text + out.slice(at + marker.length);
  });
  return out;
}

/**
 * Runs a covered operation's root fields with final-text statements. Null: run it the normal way (not covered,
 * variables graphql-js would refuse, a resolver error, a value graphql-js would refuse).
 */
export async function spliceOperation(rc: GraphQLRequestContextResponseForOperation<SpliceContext>): Promise<Record<string, unknown> | null> {
  const { schema, document, operation } = rc;
  const query = schema.getQueryType();
  if (!query || !operationCovered(schema, document, operation)) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rc.request.variables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = fragmentsOf(document);
  const data: Record<string, unknown> = {};
  const found: string[] = [];
  const pending: Promise<boolean>[] = [];
  for (const [key, nodes] of collectFields(schema, fragments, variables, query, operation.selectionSet)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      data[key] = query.name;
      continue;
    }
    const field = query.getFields()[name];
    const i = found.length;
    found.push('');
    data[key] = placeholder(i);
    const info: GraphQLResolveInfo = {
      fieldName: name,
      fieldNodes: nodes,
      returnType: field.type,
      parentType: query,
      path: { prev: undefined, key, typename: query.name },
      schema,
      fragments,
      rootValue: undefined,
      operation,
      variableValues: variables,
    };
    const scope: SpliceScope = { schema, fragments, variables, checks: [] };
    spliceRootField(info, scope);
    pending.push(
      (async () => {
        const args = getArgumentValues(field, nodes[0], variables);
        const value: unknown = await field.resolve!(undefined, args, rc.contextValue, info);
        if (!(value instanceof SplicedText) || value.text.includes(REFUSED)) return false;
        if (value.text === 'null' && isNonNullType(field.type)) return false;
        found[i] = value.text;
        return true;
      })().catch(() => false),
    );
  }
  const answered = await Promise.all(pending);
  if (!answered.every(Boolean)) return null;
  texts.set(rc.contextValue.cache, found);
  return data;
}

/** Operations answered by the splice since start (tests read it to tell the two paths apart). */
export const spliceCount = { spliced: 0 };

/** The Apollo plugin; `enabled` is read per request (GRAPHQL_SPLICE). */
export function splicePlugin(enabled: () => boolean): ApolloServerPlugin<SpliceContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          if (!enabled()) return null;
          const data = await spliceOperation(rc);
          if (!data) return null;
          spliceCount.spliced++;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        },
      };
    },
  };
}
