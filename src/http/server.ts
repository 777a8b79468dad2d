// createServer(config, dataSource, logger): the HTTP app (GraphQL, subscriptions, playground, health, metrics)
// without listen(). The composition root: it wires the parts of src/http and holds no logic of its own.
import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Context } from '../context';
import { buildSchema } from '../schema';
import { buildSubgraph } from '../modules/federation/subgraph.schema';
import { serviceSdlGuard } from '../modules/federation/service-guard';
import type { LiveHub } from '../modules/live/live.events';
import type { WebhookDispatcher } from '../modules/webhooks/webhook.dispatcher';
import { ResponseCache } from '../common/cache/response-cache';
import { createRateLimiter } from '../common/rate-limit';
import { apiKeyService } from '../modules/auth/api-key.service';
import { KeyCache } from '../modules/auth/key-cache';
import { previewService } from '../modules/preview/preview.service';
import { createOps } from '../ops/ops.routes';
import { createApollo } from './apollo';
import { splicePlugin } from '../common/graphql/splice';
import { createGate } from './gate';
import { executeWith, graphqlOverHttp } from './graphql';
import { idempotent } from './idempotency';
import { hitHeadersOf, httpCaching } from './caching';
import { createRouter } from './routes';
import { serveRequests } from './requests';
import { startLifecycle } from './lifecycle';
import { attachSubscriptions } from './websocket';
import { distributionEndpoint } from './feeds';
import { changesEndpoint } from './changes';
import { useDistributionConfig } from '../modules/distribution/distribution.settings';

export { API_SECURITY_HEADERS } from './headers';

export interface App {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Live events of this instance (subscriptions are served from it). */
  live: LiveHub;
  /** This instance's webhook dispatcher. */
  webhooks: WebhookDispatcher;
  /** Drains in-flight requests (up to SHUTDOWN_GRACE_MS), closes every connection and stops Apollo; the data source stays open. */
  stop: () => Promise<void>;
}

export async function createServer(config: Config, dataSource: DataSource, logger: Logger): Promise<App> {
  const httpServer = http.createServer();
  // Canonical URLs, image CDN and publisher of Article.url, Article.jsonLd, Image, the feeds and sitemaps.
  useDistributionConfig(config.distribution);
  const ops = createOps(config, dataSource);
  // Response cache of anonymous reads (common/cache); the lifecycle keeps it current.
  const cache = ResponseCache.create(config, logger);
  const schema = buildSchema();
  const apolloOptions = { config, dataSource, logger, persistedQueries: cache?.persistedQueries() };
  // Reader queries the read specs cover are answered with the JSON text PostgreSQL builds (common/graphql/splice.ts).
  const apollo = createApollo(schema, { ...apolloOptions, plugins: [splicePlugin(() => config.graphql.splice)] });
  // The same API as a Federation 2 subgraph at /subgraph, for a supergraph router (same gate); never cached.
  const subgraph = createApollo(buildSubgraph(), { ...apolloOptions, plugins: [serviceSdlGuard(config.graphql)] });
  await Promise.all([apollo.start(), subgraph.start()]);
  const lifecycle = await startLifecycle({ config, dataSource, logger, cache, metrics: ops.metrics });
  // Keys seen lately, for keyed mutations, which check them again in their transaction (modules/auth/key-cache.ts).
  const keys = new KeyCache();
  const gate = createGate(config, {
    // `db`: the request's manager (its statements count as the request's); none for a WebSocket's
    authenticate: (key, checkedLater, db = dataSource.manager) =>
      checkedLater ? apiKeyService.authenticateCached({ db }, key, keys) : apiKeyService.authenticate({ db }, key),
    isActive: (keyId, db = dataSource.manager) => apiKeyService.isActive({ db }, keyId),
    authenticatePreview: (token, db = dataSource.manager) => previewService.authenticate(db, token),
    rateLimiter: createRateLimiter(config, logger),
  });
  const hitHeaders = hitHeadersOf(config);
  const endpoint = (server: ApolloServer<Context>, cached: ResponseCache | null) =>
    graphqlOverHttp(
      config,
      dataSource,
      gate,
      httpCaching(config, cached, hitHeaders, idempotent(executeWith(server, dataSource), { recheck: gate.recheck, forget: (id) => keys.forget(id) })),
    );
  const route = createRouter(config, dataSource, ops, {
    graphql: endpoint(apollo, cache),
    subgraph: endpoint(subgraph, null),
    distribution: distributionEndpoint(config, dataSource, gate, cache),
    changes: changesEndpoint(dataSource, gate),
  });
  const requests = serveRequests(httpServer, { config, logger, ops, cache, hitHeaders, route });
  const subscriptions = attachSubscriptions({ httpServer, schema, config, dataSource, live: lifecycle.live, logger, gate });

  return {
    apollo,
    httpServer,
    live: lifecycle.live,
    webhooks: lifecycle.webhooks,
    stop: async () => {
      await requests.drain(() => subscriptions.close());
      await Promise.all([apollo.stop(), subgraph.stop()]);
      await lifecycle.stop();
      await gate.close();
    },
  };
}
