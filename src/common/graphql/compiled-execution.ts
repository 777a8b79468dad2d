// Compiled execution (graphql-jit) behind Apollo's executor seam: a `gateway` whose load() hands Apollo the schema
// and an executor. Apollo still parses, validates (limits included), runs every plugin hook, formats the errors and
// serializes; only the executing of a validated document changes. docs/performance.md "Compiled execution".
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Request = Parameters<GatewayExecutor>[0];

export interface CompiledExecutionOptions {
  /** Compiled operations kept (least recently used dropped). */
  cacheSize: number;
  /** A document is compiled on its Nth execution; before that, graphql-js executes it. */
  after: number;
}

/** Why an operation ran in graphql-js rather than compiled (counted, for tests and metrics). */
export type Route = 'compiled' | 'subscription' | 'not-yet' | 'not-compilable' | 'variables';

/** What an entry of the cache holds: a compiled operation, a count of uses before compiling, or a refusal. */
type Entry = { compiled: CompiledQuery } | { uses: number } | { refused: true };

export interface CompiledExecution {
  gateway: Gateway;
  /** How many operations went each way since the start. */
  routes: Record<Route, number>;
}

export function compiledExecution(schema: GraphQLSchema, opts: CompiledExecutionOptions): CompiledExecution {
  const cache = new LRUCache<string, Entry>({ max: opts.cacheSize });
  const routes: Record<Route, number> = { compiled: 0, subscription: 0, 'not-yet': 0, 'not-compilable': 0, variables: 0 };

  const byGraphqlJs = (request: Request, route: Route): Promise<ExecutionResult> => {
    routes[route]++;
    return Promise.resolve(
      execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: request.request.variables,
        operationName: request.request.operationName,
      }),
    );
  };

  const compiledFor = (request: Request): CompiledQuery | Route => {
    if (request.operation.operation === 'subscription') return 'subscription';
    const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
    const entry = cache.get(key);
    if (entry && 'compiled' in entry) return entry.compiled;
    if (entry && 'refused' in entry) return 'not-compilable';
    const uses = (entry?.uses ?? 0) + 1;
    if (uses < opts.after) {
      cache.set(key, { uses });
      return 'not-yet';
    }
    const compiled = compile(schema, request.document, request.operationName ?? undefined);
    cache.set(key, compiled ? { compiled } : { refused: true });
    return compiled ?? 'not-compilable';
  };

  const executor: GatewayExecutor = async (request) => {
    const compiled = compiledFor(request);
    if (typeof compiled === 'string') return byGraphqlJs(request, compiled);
    const result = await compiled.query(undefined, request.context, request.request.variables);
    // Variables that do not coerce: nothing ran yet, and graphql-js words these errors as Apollo expects them
    // (BAD_USER_INPUT is recognized by their wording).
    if (result.data === undefined && result.errors?.length) return byGraphqlJs(request, 'variables');
    routes.compiled++;
    return result.errors ? { data: result.data, errors: result.errors.map(asGraphqlJsError) } : { data: result.data };
  };

  let schemaListener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | undefined;
  const gateway: Gateway = {
    onSchemaLoadOrUpdate(callback) {
      schemaListener = callback;
      return () => (schemaListener = undefined);
    },
    async load() {
      schemaListener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {
      cache.clear();
    },
  };
  return { gateway, routes };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined {
  try {
    const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    return isCompiledQuery(compiled) ? compiled : undefined;
  } catch {
    return undefined;
  }
}

/**
 * graphql-jit reports errors with its own GraphQLError (extensions undefined when the thrown error had none, every
 * resolver error wrapped anew): make each the error graphql-js's locatedError would have made, so that Apollo's
 * formatting (extensions.code), formatError (unwrapResolverError) and didEncounterErrors see the same thing.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && original.path) return original;
  // An error jit made itself (a non-null violation, a value a scalar cannot represent) has no original error;
  // graphql-js's has the Error it threw and located.
  const located = new GraphQLError(error.message, { path: error.path, originalError: original ?? new Error(error.message) });
  // graphql-js computes locations from the field nodes, which jit's error does not keep; it did compute them.
  (located as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return located;
}
