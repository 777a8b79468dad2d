// createServer(config, dataSource): the HTTP app (GraphQL, playground, health) without listen().
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { DataSource, EntityManager } from 'typeorm';
import { getOperationAST, parse } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { buildSchema } from './schema';
import { createContext, type Context } from './context';
import { createFormatError, errorStatusPlugin } from './common/format-error';
import { requestScope } from './db/query-stats';
import { playgroundHtml } from './playground';
import { PUBLIC_VIEWER } from './context';
import type { Viewer } from './common/sql/json-query';
import { AppError, HTTP_STATUS } from './common/errors';
import { bearerKey } from './modules/auth/auth';
import { apiKeyService } from './modules/auth/api-key.service';
import { requestHash, withIdempotency, type HttpResult } from './modules/idempotency/idempotency.service';
import { etagOf, ResponseCache } from './common/cache/response-cache';
import { onArticlesWritten } from './common/cache/invalidation';
import { answerCachedGet, cacheablePlugin, csrfSafe, notModified, NO_STORE, PRIVATE_CACHE_CONTROL, publicCacheControl, sendCached } from './common/cache/http-caching';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface App {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Stops Apollo (draining in-flight requests) and closes the HTTP server; the data source stays open. */
  stop: () => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body over ${MAX_BODY_BYTES} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Keep reading (and dropping) the rest so that the client gets the 413 instead of a reset.
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
  try {
    await Promise.race([ds.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1500))]);
    return true;
  } catch {
    return false;
  }
}

export async function createServer(config: Config, dataSource: DataSource, logger: Logger): Promise<App> {
  const httpServer = http.createServer();
  // Response cache of anonymous reads; committed article writes invalidate it (common/cache).
  const cache = ResponseCache.create(config, logger);
  const stopInvalidating = cache ? onArticlesWritten(dataSource, (ids) => cache.articlesWritten(ids)) : () => undefined;
  const persistedQueries = cache?.persistedQueries();
  const hitHeaders = (requestId: string): Record<string, string> => ({
    'cache-control': publicCacheControl(config.cache.maxAge),
    'x-request-id': requestId,
    ...(config.benchStats ? { 'x-sql-statements': '0' } : {}),
  });
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: config.graphql.introspection,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (on by default in Apollo; in Redis when the response cache is).
    ...(persistedQueries ? { persistedQueries: { cache: persistedQueries } } : {}),
    // main.ts owns shutdown: drain, then close the pool, then stop the embedded database.
    stopOnTerminationSignals: false,
    // Cache-Control is set by the server (common/cache/http-caching); Apollo's cache-hint plugin would only
    // wrap every field resolver for nothing.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), errorStatusPlugin, cacheablePlugin],
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  async function authenticate(req: http.IncomingMessage): Promise<Viewer> {
    const key = bearerKey(req.headers.authorization);
    if (key === undefined) return PUBLIC_VIEWER;
    if (key === null) throw new HttpError(401, 'UNAUTHENTICATED', 'Authorization: expected "Bearer <API key>"');
    const viewer = await apiKeyService.authenticate(dataSource.manager, key);
    if (!viewer) throw new HttpError(401, 'UNAUTHENTICATED', 'unknown or revoked API key');
    return viewer;
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<number> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req);
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
    const viewer = await authenticate(req);
    const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    const stats = requestScope.getStore();
    const benchHeaders = (): Record<string, string> => (config.benchStats ? { 'x-sql-statements': String(stats?.sqlStatements ?? 0) } : {});

    // Anonymous reads: answer from the response cache without executing; else note the epoch to store the answer.
    const anonymous = viewer.keyId === undefined;
    let cacheKey: string | null = null;
    let epoch: string | null = null;
    if (cache && anonymous) {
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
      const response = await apollo.executeHTTPGraphQLRequest({
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
    outHeaders.vary = 'accept, authorization';
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

  httpServer.on('request', (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    // Cached anonymous GETs first: no URL parsing, request scope or Apollo for what a CDN would serve.
    const cached = cache ? answerCachedGet(req, res, cache, () => hitHeaders(requestId)) : null;
    if (cached !== null) {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, path: '/graphql', status: cached, ms: Math.round(ms * 10) / 10, sql: 0, cache: 'HIT' }, 'request');
      return;
    }
    const scope = { requestId, sqlStatements: 0 };
    const url = new URL(req.url ?? '/', 'http://localhost');
    requestScope.run(scope, async () => {
      let status = 500;
      try {
        if (url.pathname === '/healthz') {
          sendJson(res, (status = 200), { status: 'ok' });
        } else if (url.pathname === '/readyz') {
          const ok = await ready(dataSource);
          sendJson(res, (status = ok ? 200 : 503), { status: ok ? 'ready' : 'database unreachable' });
        } else if (url.pathname === '/graphql' || url.pathname === '/') {
          const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query');
          if (wantsHtml && config.graphql.playground) {
            const html = playgroundHtml();
            res.writeHead((status = 200), { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
            res.end(html);
          } else if (url.pathname === '/') {
            res.writeHead((status = 302), { location: '/graphql' });
            res.end();
          } else {
            status = await graphql(req, res, url, requestId);
          }
        } else {
          sendJson(res, (status = 404), { errors: [{ message: `no route ${url.pathname}`, extensions: { code: 'NOT_FOUND' } }] });
        }
      } catch (err) {
        if (err instanceof HttpError) {
          status = err.status;
          const close: Record<string, string> = status === 413 ? { connection: 'close' } : {};
          if (!res.headersSent) sendJson(res, status, { errors: [{ message: err.message, extensions: { code: err.code } }] }, close);
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
        logger.info({ requestId, method: req.method, path: url.pathname, status, ms: Math.round(ms * 10) / 10, sql: scope.sqlStatements }, 'request');
      }
    });
  });

  return {
    apollo,
    httpServer,
    stop: async () => {
      await apollo.stop();
      stopInvalidating();
      await cache?.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
