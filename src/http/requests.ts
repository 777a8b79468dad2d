// The request loop: the cached-GET fast path first, then the router with the request's scope (SQL statement count,
// API key name), errors mapped to their answers, one log line and the metrics per request; and the graceful drain.
import http from 'node:http';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { isDbUnavailable } from '../common/db-errors';
import type { ResponseCache } from '../common/cache/response-cache';
import { answerCachedGet } from '../common/cache/http-caching';
import type { RequestScope } from '../db/query-stats';
import type { Ops } from '../ops/ops.routes';
import { HttpError, sendError, sendJson } from './http-error';
import { corsOf } from './headers';
import type { Router } from './routes';

export interface RequestLoop {
  /** Stops accepting connections and waits (up to SHUTDOWN_GRACE_MS) for the requests in flight; `beforeClose` runs before the open connections are closed. */
  drain(beforeClose: () => Promise<void>): Promise<void>;
}

export function serveRequests(
  httpServer: http.Server,
  opts: { config: Config; logger: Logger; ops: Ops; cache: ResponseCache | null; hitHeaders: (requestId: string) => string[]; route: Router },
): RequestLoop {
  const { config, logger, ops, cache, hitHeaders, route } = opts;
  const cors = corsOf(config);
  // Graceful shutdown: in-flight requests and when the last one arrived.
  let inFlight = 0;
  ops.metrics.httpInFlight(() => inFlight);
  let lastRequestAt = 0;
  let stopping = false;

  httpServer.on('request', (req, res) => {
    lastRequestAt = Date.now();
    // While draining, every answer closes its connection so that no client sends on it again.
    if (stopping) res.setHeader('connection', 'close');
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    // Cached anonymous GETs first: no URL parsing, request scope or Apollo for what a CDN would serve. Answered
    // before this returns, so never in flight; the log line's fields are only gathered when it is written.
    const cached = cache ? answerCachedGet(req, res, cache, () => (cors(req, res), hitHeaders(requestId))) : null;
    if (cached !== null) {
      if (logger.isLevelEnabled('info')) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        logger.info({ requestId, method: req.method, path: '/graphql', status: cached, ms: Math.round(ms * 10) / 10, sql: 0, cache: 'HIT' }, 'request');
      }
      return;
    }
    inFlight++;
    res.on('close', () => inFlight--);
    const scope: RequestScope = { requestId, sqlStatements: 0 };
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      let status = 500;
      try {
        status = await route(req, res, url, scope);
      } catch (err) {
        if (err instanceof HttpError) {
          status = err.status;
          if (!res.headersSent) sendError(res, err);
        } else if (isDbUnavailable(err)) {
          status = 503;
          logger.warn({ err: (err as Error).message, requestId }, 'database unavailable');
          if (!res.headersSent) {
            sendJson(
              res,
              status,
              { errors: [{ message: 'The database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', requestId } }] },
              { 'retry-after': '1' },
            );
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
        if (logger.isLevelEnabled('info'))
          logger.info(
            {
              requestId,
              method: req.method,
              path: url.pathname,
              operation,
              apiKey,
              status,
              ms: Math.round(ms * 10) / 10,
              sql,
              ...(replicaStatements ? { replica: replicaStatements } : {}),
            },
            'request',
          );
      }
    })();
  });

  return {
    async drain(beforeClose) {
      stopping = true;
      // Stop accepting connections but keep the open ones: http.Server#close would also close keep-alive
      // connections whose next request has arrived but is not parsed yet, and their clients would see a reset.
      const closed = httpServer.listening ? new Promise<void>((resolve) => net.Server.prototype.close.call(httpServer, () => resolve())) : Promise.resolve();
      const deadline = Date.now() + config.shutdownGraceMs;
      const QUIET_MS = 250;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastRequestAt < QUIET_MS)) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await beforeClose();
      httpServer.closeIdleConnections();
      if (inFlight > 0) httpServer.closeAllConnections(); // past the grace period
      await Promise.race([closed, new Promise((r) => setTimeout(r, 1000))]);
    },
  };
}
