// createServer(config, dataSource): the HTTP app (GraphQL, playground, health) without listen().
import http from 'node:http';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClientConfig } from 'pg';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { buildSchema } from './schema';
import { buildSubgraph } from './modules/federation/subgraph.schema';
import { serviceSdlGuard } from './modules/federation/service-guard';
import { LiveHub } from './modules/live/live.events';
import { attachSubscriptions } from './modules/live/live.server';
import { WebhookDispatcher } from './modules/webhooks/webhook.dispatcher';
import { createContext, type Context } from './context';
import { createFormatError, errorStatusPlugin } from './common/format-error';
import { requestScope, type RequestScope } from './db/query-stats';
import { primaryUrl } from './db/data-source';
import { hasReplicas, monitorReplicas, onReplicaWarning, replicaManager, replicasReplayed, replicaStatus } from './db/replica';
import { playgroundPage } from './playground';
import { lingerAfterAnswer, type LingerLimits } from './http/lingering-close';
import { createOps } from './ops/ops.routes';
import { operationNamePlugin } from './ops/operation-name.plugin';
import { PUBLIC_VIEWER } from './context';
import type { Viewer } from './common/sql/json-query';
import { AppError, HTTP_STATUS } from './common/errors';
import { bearerKey } from './modules/auth/auth';
import { apiKeyService } from './modules/auth/api-key.service';
import { assertIdempotencyAllowed, requestHash, withIdempotency, type HttpResult } from './modules/idempotency/idempotency.service';
import helmet from 'helmet';
import { checkQueryText, costPlugin, LimitError, limitRules } from './common/limits';
import { createRateLimiter } from './common/rate-limit';
import { clientAddress, limitSubject } from './common/client-ip';
import { isDbUnavailable } from './common/db-errors';
import { etagOf, ResponseCache } from './common/cache/response-cache';
import { onArticlesWritten, publishEventsAfterCommit } from './common/cache/invalidation';
import { withTimeout } from './common/timeout';
import { answerCachedGet, cacheablePlugin, csrfSafe, notModified, NO_STORE, PRIVATE_CACHE_CONTROL, publicCacheControl, sendCached, varyOf } from './common/cache/http-caching';

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

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage, maxBytes: number, linger: LingerLimits): Promise<string> {
  const tooLarge = () => {
    // The 413 closes the connection once the client has sent the rest (up to a bound): no reset while it sends.
    lingerAfterAnswer(req, linger);
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body over ${maxBytes} bytes`, { max: maxBytes }, { connection: 'close' });
  };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Whether a JSON request body holds a mutation (what Idempotency-Key applies to). */
function isMutation(body: unknown): boolean {
  const b = body as { query?: unknown; operationName?: unknown } | undefined;
  if (!b || typeof b.query !== 'string') return false;
  try {
    const op = getOperationAST(parse(b.query), typeof b.operationName === 'string' ? b.operationName : undefined);
    return op?.operation === 'mutation';
  } catch {
    return false;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function ready(ds: DataSource): Promise<boolean> {
  return withTimeout(ds.query('SELECT 1'), 1500).then(
    () => true,
    () => false,
  );
}

/** Connection settings for the LISTEN client: those of the data source's pool. */
function listenConfig(ds: DataSource): ClientConfig {
  const options = ds.options as { extra?: { options?: string; connectionTimeoutMillis?: number } };
  return { connectionString: primaryUrl(ds), options: options.extra?.options, connectionTimeoutMillis: options.extra?.connectionTimeoutMillis };
}

export async function createServer(config: Config, dataSource: DataSource, logger: Logger): Promise<App> {
  const httpServer = http.createServer();
  const ops = createOps(config, dataSource);
  // Response cache of anonymous reads; committed article writes invalidate it (common/cache).
  const cache = ResponseCache.create(config, logger);
  let stopped = false;
  // This instance's own writes: their answers are dropped after COMMIT, before the mutation's response leaves.
  const stopInvalidating = cache ? onArticlesWritten(dataSource, (ids) => cache.articlesWritten(ids)) : () => undefined;
  // With read replicas, a write's answers are dropped once more when the replicas have replayed it: a read answered
  // by a replica in between may have stored the old answer (db/replica.ts). A replica left out for lag is read from
  // again once it has replayed what the primary had that long ago: wait a little longer than that (no limit: a minute).
  const replayWaitMs = config.database.readMaxLagSeconds > 0 ? (config.database.readMaxLagSeconds + 5) * 1000 : 60_000;
  const invalidateAfterReplay = (c: ResponseCache, ids: string[]): void => {
    if (!hasReplicas(dataSource)) return;
    void replicasReplayed(dataSource, { maxWaitMs: replayWaitMs, pollMs: 20, stopped: () => stopped }).then(() => (stopped ? undefined : c.articlesWritten(ids)));
  };
  const persistedQueries = cache?.persistedQueries();
  // Read replicas (DATABASE_READ_URL): an anonymous reader's query reads from one. A request with an API key
  // (editors must read their own writes), a mutation (and the read-back in its transaction) and a subscription's
  // reads (each follows a write just committed on the primary) keep the primary. Without replicas, a no-op.
  const stopReplicaWarnings = onReplicaWarning(dataSource, (detail, msg) => logger.warn(detail, msg));
  // Every second: a replica too far behind is left out until it catches up; one that answers again is used again.
  const stopReplicaMonitor = monitorReplicas(dataSource, { everyMs: config.database.readMonitorMs, maxLagSeconds: config.database.readMaxLagSeconds, timeoutMs: 1500 });
  const readReplicaPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query' && contextValue.viewer.keyId === undefined && !contextValue.db.queryRunner) {
            contextValue.db = replicaManager(dataSource);
          }
        },
      };
    },
  };
  // The headers every cached hit carries, as the flat list writeHead takes as it is; sendCached adds the rest.
  const hitStatic: string[] = Object.entries({
    ...API_SECURITY_HEADERS,
    'cache-control': publicCacheControl(config.cache.maxAge),
    'x-cache': 'HIT',
    ...(config.benchStats ? { 'x-sql-statements': '0' } : {}),
  }).flat();
  const hitHeaders = (requestId: string): string[] => [...hitStatic, 'x-request-id', requestId];
  const makeApollo = (schema: GraphQLSchema, extraPlugins: ApolloServerPlugin<Context>[] = []) => new ApolloServer<Context>({
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
      // Cache-Control is set by the server (common/cache/http-caching); Apollo's cache-hint plugin would only
      // wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      costPlugin(config.limits),
      errorStatusPlugin,
      operationNamePlugin,
      cacheablePlugin,
      ...(hasReplicas(dataSource) ? [readReplicaPlugin] : []),
      ...extraPlugins,
    ],
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  const schema = buildSchema();
  const apollo = makeApollo(schema);
  // The same API as a Federation 2 subgraph at /subgraph, for a supergraph router (same auth, limits and rate limits).
  const subgraph = makeApollo(buildSubgraph(), [serviceSdlGuard(config.graphql)]);
  await Promise.all([apollo.start(), subgraph.start()]);
  // Live events of every instance's writes: LISTEN on a dedicated connection (postgres transport) or SUBSCRIBE to
  // Redis (redis transport, published after COMMIT by the writing instance); graphql-ws serves them.
  const live = new LiveHub(
    config.live.transport === 'redis' ? { transport: 'redis', redisUrl: config.live.redisUrl! } : { transport: 'postgres', pg: listenConfig(dataSource), heartbeatMs: config.live.listenHeartbeatMs },
    logger,
  );
  await live.start();
  live.onEvent(() => ops.metrics.liveEvent(live.transport));
  const publisher = live.publisher;
  const stopPublishing = publisher ? publishEventsAfterCommit(dataSource, publisher) : () => undefined;
  // Every instance hears every write as a live event, its own included. An in-memory cache is this instance's
  // alone: other instances' writes (and CLI imports) reach it this way, a few ms after their COMMIT. A Redis cache is
  // shared and was invalidated by the writer before its mutation answered. With read replicas, either kind drops the
  // write's answers again once they have replayed it (for a write whose event a gap lost, an in-memory cache forgets
  // everything below).
  const stopPeerInvalidation = cache
    ? live.onEvent((e) => {
        if (!cache.shared) void cache.articlesWritten([e.articleId]);
        invalidateAfterReplay(cache, [e.articleId]);
      })
    : () => undefined;
  // Events missed while the transport reconnected may have been writes: an in-memory cache forgets everything.
  const stopGapInvalidation = cache ? live.onGap(() => cache.forgetLocal()) : () => undefined;
  // Webhooks: this instance delivers its share of the outbox; a write that queued deliveries wakes it.
  const webhooks = new WebhookDispatcher(dataSource, config.webhooks, logger);
  if (config.webhooks.dispatch) {
    live.onEvent((e) => e.outbox > 0 && webhooks.poke());
    webhooks.start();
  }
  const rateLimiter = createRateLimiter(config, logger);
  const subscriptions = attachSubscriptions({ httpServer, schema, config, dataSource, live, logger, rateLimiter, clientIp });
  // GraphiQL is one inline page with inline scripts and blob: workers; it talks only to this server.
  const playgroundHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  const applyHeaders = (h: typeof playgroundHeaders, req: http.IncomingMessage, res: http.ServerResponse) =>
    new Promise<void>((resolve, reject) => h(req as never, res as never, (err?: unknown) => (err ? reject(err) : resolve())));

  /** The client as rate limits and per-IP caps count it (see common/client-ip). */
  function clientIp(req: http.IncomingMessage): string {
    const trust = { trustProxy: config.trustProxy, hops: config.trustProxyHops };
    return limitSubject(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust));
  }

  async function rateLimit(subject: { keyId?: string; ip: string }): Promise<void> {
    const verdict = await rateLimiter.consume(subject);
    if (!verdict.allowed) {
      throw new HttpError(429, 'RATE_LIMITED', `too many requests: try again in ${verdict.retryAfter} s`, { retryAfter: verdict.retryAfter }, {
        'retry-after': String(verdict.retryAfter),
      });
    }
  }

  /** CORS from the allow-list; true when the request was a preflight, answered here. */
  function cors(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && (config.corsOrigins === '*' || config.corsOrigins.includes(origin));
    // With an allow-list the answer depends on Origin for every request (with or without one), so a CDN must key on it.
    if (config.corsOrigins !== '*' && config.corsOrigins.length > 0) res.setHeader('vary', 'Origin');
    if (allowed) res.setHeader('access-control-allow-origin', config.corsOrigins === '*' ? '*' : origin);
    if (req.method !== 'OPTIONS') return false;
    if (allowed) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, idempotency-key');
      res.setHeader('access-control-max-age', '600');
    }
    res.writeHead(204);
    res.end();
    return true;
  }

  async function authenticate(req: http.IncomingMessage): Promise<Viewer> {
    const key = bearerKey(req.headers.authorization);
    if (key === undefined) return PUBLIC_VIEWER;
    if (key === null) throw new HttpError(401, 'UNAUTHENTICATED', 'Authorization: expected "Bearer <API key>"');
    const viewer = await apiKeyService.authenticate(dataSource.manager, key);
    if (!viewer) throw new HttpError(401, 'UNAUTHENTICATED', 'unknown or revoked API key');
    return viewer;
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, server = apollo): Promise<number> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, config.limits.bodyBytes, { maxBytes: config.limits.bodyLingerBytes, maxMs: config.limits.bodyLingerMs });
      const type = headers.get('content-type') ?? '';
      if (type.startsWith('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
        }
      } else {
        body = text;
      }
    }
    const query = req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : url.searchParams.get('query');
    if (typeof query === 'string') {
      try {
        checkQueryText(query, config.limits);
      } catch (err) {
        if (err instanceof LimitError) throw new HttpError(400, err.code, err.message, { max: err.max });
        throw err;
      }
    }
    const ip = clientIp(req);
    // Anonymous requests, and attempts with a key, are limited per IP before the key is looked up.
    if (!req.headers.authorization) await rateLimit({ ip });
    let viewer: Viewer;
    try {
      viewer = await authenticate(req);
    } catch (err) {
      if (err instanceof HttpError && err.status === 401) await rateLimit({ ip });
      throw err;
    }
    if (viewer.keyName) {
      const scope = requestScope.getStore();
      if (scope) scope.apiKeyName = viewer.keyName; // the key's name, never the key, goes into the request log
    }
    if (viewer.keyId) await rateLimit({ keyId: viewer.keyId, ip });
    const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    const stats = requestScope.getStore();
    const benchHeaders = (): Record<string, string> => (config.benchStats ? { 'x-sql-statements': String(stats?.sqlStatements ?? 0) } : {});

    // Anonymous reads: answer from the response cache without executing; else note the epoch to store the answer.
    const anonymous = viewer.keyId === undefined;
    let cacheKey: string | null = null;
    let epoch: string | null = null;
    // The subgraph answers other documents (federation fields) for the same bodies: it is never cached.
    if (cache && anonymous && server === apollo) {
      cacheKey = cache.keyFor({ method: request.method, rawUrl: req.url ?? '', searchParams: url.searchParams, body, accept: headers.get('accept') });
      if (cacheKey && csrfSafe(headers)) {
        const hit = await cache.get(cacheKey);
        if (hit) {
          return sendCached(req, res, hit, hitHeaders(requestId));
        }
        epoch = await cache.epoch();
      }
    }

    let ctx: Context | undefined;
    const execute = async (db: EntityManager): Promise<HttpResult> => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: request,
        context: async () => (ctx = createContext(dataSource, { requestId, viewer, db })),
      });
      const out: Record<string, string> = {};
      for (const [k, v] of response.headers) out[k] = v;
      let text = '';
      if (response.body.kind === 'complete') text = response.body.string;
      else for await (const chunk of response.body.asyncIterator) text += chunk;
      return { status: response.status ?? 200, headers: out, body: text };
    };

    const idempotencyKey = headers.get('idempotency-key');
    let result: HttpResult & { replayed?: boolean };
    if (idempotencyKey !== undefined && viewer.keyId && isMutation(body)) {
      if (!/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
        throw new HttpError(400, 'BAD_USER_INPUT', 'Idempotency-Key: 1 to 200 visible ASCII characters');
      }
      const hash = requestHash(body as Record<string, unknown>);
      try {
        assertIdempotencyAllowed(body as Record<string, unknown>);
        result = await withIdempotency(dataSource, { apiKeyId: viewer.keyId, key: idempotencyKey, hash }, execute);
      } catch (err) {
        if (err instanceof AppError) throw new HttpError(HTTP_STATUS[err.code] ?? 400, err.code, err.message);
        throw err;
      }
    } else {
      result = await execute(dataSource.manager);
    }
    const outHeaders: Record<string, string> = { ...result.headers, 'x-request-id': requestId, ...benchHeaders() };
    if (result.replayed) outHeaders['idempotent-replayed'] = 'true';

    // HTTP caching: anonymous query answers are public (with an ETag, stored in the response cache); answers for
    // an API key are private; errors and mutations are not stored anywhere.
    outHeaders.vary = varyOf(res);
    if (!anonymous) {
      outHeaders['cache-control'] = PRIVATE_CACHE_CONTROL;
    } else if (ctx?.cache.cacheable && result.status === 200) {
      const bodyBytes = Buffer.from(result.body);
      const etag = etagOf(bodyBytes);
      outHeaders['cache-control'] = publicCacheControl(config.cache.maxAge);
      outHeaders.etag = etag;
      if (cache && cacheKey && epoch !== null) {
        outHeaders['x-cache'] = 'MISS';
        const contentType = outHeaders['content-type'] ?? 'application/json; charset=utf-8';
        await cache.put(cacheKey, epoch, { body: bodyBytes, etag, contentType }, ctx.cache, stats?.sqlStatements ?? 0);
      }
      if (notModified(req.headers['if-none-match'], etag)) {
        delete outHeaders['content-length'];
        delete outHeaders['content-type'];
        res.writeHead(304, outHeaders);
        res.end();
        return 304;
      }
    } else {
      outHeaders['cache-control'] = NO_STORE;
    }
    res.writeHead(result.status, outHeaders);
    res.end(result.body);
    return result.status;
  }

  // Graceful shutdown: in-flight requests and when the last one arrived.
  let inFlight = 0;
  ops.metrics.httpInFlight(() => inFlight);
  let lastRequestAt = 0;
  let stopping = false;

  httpServer.on('request', (req, res) => {
    inFlight++;
    lastRequestAt = Date.now();
    res.on('close', () => inFlight--);
    // While draining, every answer closes its connection so that no client sends on it again.
    if (stopping) res.setHeader('connection', 'close');
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    // Cached anonymous GETs first: no URL parsing, request scope or Apollo for what a CDN would serve.
    const cached = cache ? answerCachedGet(req, res, cache, () => (cors(req, res), hitHeaders(requestId))) : null;
    if (cached !== null) {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, path: '/graphql', status: cached, ms: Math.round(ms * 10) / 10, sql: 0, cache: 'HIT' }, 'request');
      return;
    }
    const scope: RequestScope = { requestId, sqlStatements: 0 };
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    requestScope.run(scope, async () => {
      let status = 500;
      try {
        // A browser asks for HTML; GraphiQL keeps the edited query in `?query=`, so a reload must still get the IDE.
        const page = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        if (page) await applyHeaders(playgroundHeaders, req, res);
        else for (const name in API_SECURITY_HEADERS) res.setHeader(name, API_SECURITY_HEADERS[name]);
        if (cors(req, res)) {
          status = 204;
          return;
        }
        if (url.pathname === '/healthz') {
          sendJson(res, (status = 200), { status: 'ok' });
        } else if (url.pathname === '/readyz') {
          // Ready when the primary answers: a replica that is down only sends public reads to the primary.
          const [ok, replicas] = await Promise.all([ready(dataSource), hasReplicas(dataSource) ? replicaStatus(dataSource, 1500, config.database.readMaxLagSeconds) : undefined]);
          sendJson(res, (status = ok ? 200 : 503), { status: ok ? 'ready' : 'database unreachable', ...(replicas ? { replicas } : {}) });
        } else if (url.pathname === '/graphql' || url.pathname === '/') {
          if (page && config.graphql.playground) {
            const body = await playgroundPage(req.headers['accept-encoding']);
            res.writeHead((status = 200), body.headers);
            res.end(body.body);
          } else if (url.pathname === '/') {
            res.writeHead((status = 302), { location: '/graphql' });
            res.end();
          } else {
            status = await graphql(req, res, url, requestId);
          }
        } else if (url.pathname === '/subgraph') {
          status = await graphql(req, res, url, requestId, subgraph);
        } else if (ops.handles(url.pathname)) {
          status = await ops.serve(req, res, url.pathname);
        } else {
          sendJson(res, (status = 404), { errors: [{ message: `no route ${url.pathname}`, extensions: { code: 'NOT_FOUND' } }] });
        }
      } catch (err) {
        if (err instanceof HttpError) {
          status = err.status;
          if (!res.headersSent) sendJson(res, status, { errors: [{ message: err.message, extensions: { ...err.extensions, code: err.code } }] }, err.headers);
        } else if (isDbUnavailable(err)) {
          status = 503;
          logger.warn({ err: (err as Error).message, requestId }, 'database unavailable');
          if (!res.headersSent) {
            sendJson(res, status, { errors: [{ message: 'The database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', requestId } }] }, { 'retry-after': '1' });
          }
        } else {
          logger.error({ err, requestId }, 'request failed');
          if (!res.headersSent) {
            sendJson(res, status, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
          } else {
            res.destroy();
          }
        }
      } finally {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const { operation, apiKeyName: apiKey, sqlStatements: sql, replicaStatements, operationType } = scope;
        ops.metrics.observeRequest({ path: url.pathname, operation, status, seconds: ms / 1000, sqlStatements: sql, replicaStatements, operationType });
        logger.info({ requestId, method: req.method, path: url.pathname, operation, apiKey, status, ms: Math.round(ms * 10) / 10, sql, ...(replicaStatements ? { replica: replicaStatements } : {}) }, 'request');
      }
    });
  });

  return {
    apollo,
    httpServer,
    live,
    webhooks,
    stop: async () => {
      stopping = true;
      // Stop accepting connections but keep the open ones: http.Server#close would also close keep-alive
      // connections whose next request has arrived but is not parsed yet, and their clients would see a reset.
      const closed = httpServer.listening ? new Promise<void>((resolve) => net.Server.prototype.close.call(httpServer, () => resolve())) : Promise.resolve();
      const deadline = Date.now() + config.shutdownGraceMs;
      const QUIET_MS = 250;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastRequestAt < QUIET_MS)) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await subscriptions.close();
      httpServer.closeIdleConnections();
      if (inFlight > 0) httpServer.closeAllConnections(); // past the grace period
      await Promise.race([closed, new Promise((r) => setTimeout(r, 1000))]);
      await Promise.all([apollo.stop(), subgraph.stop()]);
      stopInvalidating();
      stopReplicaWarnings();
      stopReplicaMonitor();
      stopped = true;
      stopPeerInvalidation();
      stopGapInvalidation();
      stopPublishing();
      await cache?.close();
      await rateLimiter.close();
      await webhooks.stop();
      await live.close();
    },
  };
}

/**
 * Security headers of API answers (JSON, never rendered as a page): the set the OWASP REST Security Cheat Sheet
 * asks of an API, fixed strings sent on every answer including cached hits. helmet's full set is for HTML pages:
 * the playground gets it (see playgroundHeaders); on JSON its other headers protect nothing and cost every answer.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
});
