// Operation limits, all checked before anything executes: query size and tokens (at the HTTP layer), depth,
// aliases and directives (graphql-armor validation rules), cost (graphql-query-complexity, with list sizes
// from `first`). Each refusal is HTTP 400 with its own code and the limit in `extensions`.
import {
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './sql/json-query';

export type LimitCode =
  'QUERY_TOO_LARGE' | 'TOO_MANY_TOKENS' | 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_REPRESENTATIONS';

export class LimitError extends Error {
  constructor(
    readonly code: LimitCode,
    message: string,
    readonly max: number,
  ) {
    super(message);
  }
}

function limitError(code: LimitCode, message: string, max: number): GraphQLError {
  // Apollo reports validation errors as GRAPHQL_VALIDATION_FAILED; formatError puts `limitCode` in its place.
  return new GraphQLError(message, { extensions: { limitCode: code, max, http: { status: 400 } } });
}

// Verdicts of the token check by query text: the same few operations arrive again and again.
const tokenVerdicts = new Map<string, boolean>();

/** Size and token count of a query text; throws LimitError. Syntax errors are left to Apollo to report. */
export function checkQueryText(query: string, limits: Config['limits']): void {
  if (query.length > limits.queryChars) {
    throw new LimitError('QUERY_TOO_LARGE', `query: ${query.length} characters, the limit is ${limits.queryChars}`, limits.queryChars);
  }
  let ok = tokenVerdicts.get(query);
  if (ok === undefined) {
    ok = true;
    try {
      parse(query, { maxTokens: limits.tokens });
    } catch (err) {
      // graphql-js words it "more that N tokens"
      ok = !(err instanceof GraphQLError && /Document contains more th(?:an|at) \d+ tokens/.test(err.message));
    }
    if (tokenVerdicts.size > 2000) tokenVerdicts.clear();
    tokenVerdicts.set(query, ok);
  }
  if (!ok) throw new LimitError('TOO_MANY_TOKENS', `query: more than ${limits.tokens} tokens`, limits.tokens);
}

function armored(rule: (o: never) => (c: ValidationContext) => unknown, n: number, code: LimitCode, what: string): ValidationRule {
  return (context: ValidationContext) => {
    const options = {
      n,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [
        (ctx: ValidationContext | null, error: GraphQLError) =>
          (ctx ?? context).reportError(limitError(code, `${what}: ${error.message.replace(/^Syntax Error: /, '')}`, n)),
      ],
    };
    return (rule as (o: typeof options) => (c: ValidationContext) => ReturnType<ValidationRule>)(options)(context);
  };
}

export function limitRules(limits: Config['limits']): ValidationRule[] {
  return [
    armored(maxDepthRule as never, limits.depth, 'QUERY_TOO_DEEP', 'depth'),
    armored(maxAliasesRule as never, limits.aliases, 'TOO_MANY_ALIASES', 'aliases'),
    armored(maxDirectivesRule as never, limits.directives, 'TOO_MANY_DIRECTIVES', 'directives'),
  ];
}

/**
 * A list field costs its items times what one item selects: `first` (at most the page limit; a wrong one is
 * refused as BAD_USER_INPUT when arguments are validated), the default page size for a connection without it,
 * a fixed guess for other lists, or the size a field declares (`costListSize` in its extensions: the lists of
 * a stored diff, read as one JSON value). A connection's `edges` list is the page itself, counted once.
 */
function listEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const child = Math.max(childComplexity, 1);
    // Federation: `_entities` resolves every representation it is given, each with the whole selection.
    if (field.name === '_entities' && args.representations !== undefined) return 1 + representationCount(args.representations) * child;
    if (field.name === 'edges' && type.name.endsWith('Connection')) return 1 + childComplexity;
    const declared = field.extensions?.costListSize;
    if (typeof declared === 'number') return 1 + declared * child;
    if (typeof args.first === 'number') return 1 + Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) * child;
    if (field.args.some((a) => a.name === 'first')) return 1 + DEFAULT_PAGE_SIZE * child;
    if (isListType(getNullableType(field.type))) return 1 + listSize * child;
    return undefined;
  };
}

/**
 * Costs computed before, per document (Apollo hands the same parsed document to every request with the same
 * text): computing one takes about 0.1 ms for an explainer, a tenth of a request's CPU. A cost depends on the
 * operation and on the variables used by `first` arguments and by directives (@include/@skip), nothing else.
 */
const costCache = new WeakMap<DocumentNode, { variables: string[]; lengthOnly: Set<string>; costs: Map<string, number> }>();
const MAX_COSTS_PER_DOCUMENT = 200;

/** How many representations an `_entities` argument holds (a single value is coerced to a list of one). */
function representationCount(value: unknown): number {
  return Array.isArray(value) ? value.length : value == null ? 0 : 1;
}

/** The variables a cost depends on; of `representations` (federation) only the length counts. */
function costVariables(document: DocumentNode): { variables: string[]; lengthOnly: Set<string> } {
  const names = new Set<string>();
  const lengthOnly = new Set<string>();
  const collect = (value: ValueNode, into: Set<string>) => visit(value, { Variable: (v) => void into.add(v.name.value) });
  let inDirective = 0;
  visit(document, {
    Directive: { enter: () => void inDirective++, leave: () => void inDirective-- },
    Argument: (arg) => {
      if (inDirective > 0 || arg.name.value === 'first') collect(arg.value, names);
      else if (arg.name.value === 'representations') collect(arg.value, lengthOnly);
    },
  });
  for (const n of names) lengthOnly.delete(n);
  return { variables: [...names, ...lengthOnly], lengthOnly };
}

// Whether a parsed document has an `_entities` field anywhere: reader operations never do, and walking the whole
// document on every request to find none was ~1% of an explainer request's CPU (bench profile).
const entitiesIn = new WeakMap<DocumentNode, boolean>();
function asksForEntities(document: DocumentNode): boolean {
  let found = entitiesIn.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Field: (field) => {
        if (field.name.value === '_entities') found = true;
      },
    });
    entitiesIn.set(document, found);
  }
  return found;
}

/**
 * Representations the document's `_entities` fields are given, all together (literal lists, or lists in
 * variables): Apollo resolves each one, so their number is capped like `first` (LIMIT_ENTITIES).
 */
export function representationsOf(document: DocumentNode, variables: Record<string, unknown>): number {
  if (!asksForEntities(document)) return 0;
  let n = 0;
  visit(document, {
    Field: (field) => {
      if (field.name.value !== '_entities') return;
      const arg = field.arguments?.find((a) => a.name.value === 'representations');
      if (!arg) return;
      if (arg.value.kind === Kind.VARIABLE) n += representationCount(variables[arg.value.name.value]);
      else if (arg.value.kind === Kind.LIST) n += arg.value.values.length;
      else n += 1;
    },
  });
  return n;
}

/** The coded error of `_entities` calls given more representations than LIMIT_ENTITIES, or null. */
export function representationsError(document: DocumentNode, variables: Record<string, unknown>, limits: Config['limits']): GraphQLError | null {
  const n = representationsOf(document, variables);
  if (n <= limits.entities) return null;
  return new GraphQLError(`_entities: ${n} representations, the limit is ${limits.entities} (send them in several requests)`, {
    extensions: { code: 'TOO_MANY_REPRESENTATIONS', representations: n, max: limits.entities, http: { status: 400 } },
  });
}

/** The cost of an operation, or null when its variables do not fit their types (execution refuses those). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  limits: Config['limits'],
): number | null {
  let entry = costCache.get(document);
  if (!entry) costCache.set(document, (entry = { ...costVariables(document), costs: new Map() }));
  const lengthOnly = entry.lengthOnly;
  const valueKey = (v: string) => (lengthOnly.has(v) ? `#${representationCount(variables[v])}` : (JSON.stringify(variables[v]) ?? ''));
  const key = `${limits.costListSize}\u0000${operationName ?? ''}\u0000${entry.variables.map(valueKey).join('\u0000')}`;
  const known = entry.costs.get(key);
  if (known !== undefined) return known;
  let cost: number | null;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [listEstimator(limits.costListSize), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    cost = null; // variables that do not fit their types: execution refuses them with BAD_USER_INPUT
  }
  if (cost !== null) {
    if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
  }
  return cost;
}

/** The coded error of an operation over the cost limit, or null. */
export function costError(cost: number | null, limits: Config['limits']): GraphQLError | null {
  if (cost === null || cost <= limits.cost) return null;
  // Thrown from a plugin, a plain error would become a 500: the status is set with the error.
  return new GraphQLError(`cost: the operation costs ${cost}, the limit is ${limits.cost} (ask for fewer items with \`first\`)`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', cost, max: limits.cost, http: { status: 400 } },
  });
}

export function costPlugin(limits: Config['limits']): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const introspectionOnly = !operation || operation.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
          if (introspectionOnly) return;
          const tooMany = representationsError(document, request.variables ?? {}, limits);
          if (tooMany) throw tooMany;
          const error = costError(operationCost(schema, document, request.operationName ?? undefined, request.variables ?? {}, limits), limits);
          if (error) throw error;
        },
      };
    },
  };
}
