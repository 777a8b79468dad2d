// The Apollo servers (the API and its Federation subgraph): limits, error format, persisted queries and plugins.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Context } from '../context';
import { createFormatError, errorStatusPlugin } from '../common/format-error';
import { costPlugin, limitRules } from '../common/limits';
import { cacheablePlugin } from '../common/cache/http-caching';
import type { ResponseCache } from '../common/cache/response-cache';
import { operationNamePlugin } from '../ops/operation-name.plugin';
import { hasReplicas, replicaManager } from '../db/replica';
import { RequestManager } from '../db/request-manager';

/**
 * Read replicas (DATABASE_READ_URL): an anonymous reader's query reads from one. A request with an API key
 * (editors must read their own writes), a mutation (and the read-back in its transaction) and a subscription's
 * reads (each follows a write just committed on the primary) keep the primary.
 */
function readReplicaPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const db = contextValue.db;
          if (operation?.operation === 'query' && contextValue.viewer.keyId === undefined && db instanceof RequestManager) {
            contextValue.db = replicaManager(db);
          }
        },
      };
    },
  };
}

export function createApollo(
  schema: GraphQLSchema,
  opts: {
    config: Config;
    dataSource: DataSource;
    logger: Logger;
    persistedQueries?: ReturnType<ResponseCache['persistedQueries']>;
    plugins?: ApolloServerPlugin<Context>[];
  },
): ApolloServer<Context> {
  const { config, dataSource, logger, persistedQueries } = opts;
  return new ApolloServer<Context>({
    schema,
    introspection: config.graphql.introspection,
    formatError: createFormatError(logger, { fieldSuggestions: config.graphql.fieldSuggestions }),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (on by default in Apollo; in Redis when the response cache is).
    ...(persistedQueries ? { persistedQueries: { cache: persistedQueries } } : {}),
    // main.ts owns shutdown: drain, then close the pool, then stop the embedded database.
    stopOnTerminationSignals: false,
    validationRules: limitRules(config.limits),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control is set by the server (http/caching.ts); Apollo's cache-hint plugin would only wrap every
      // field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      costPlugin(config.limits),
      errorStatusPlugin,
      operationNamePlugin,
      cacheablePlugin,
      ...(hasReplicas(dataSource) ? [readReplicaPlugin()] : []),
      ...(opts.plugins ?? []),
    ],
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
}
