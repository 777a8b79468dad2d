// createServer(config, dataSource): the HTTP app (GraphQL, playground, health) without listen().
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from './config';
import { buildSchema } from './schema';
import { createContext, type Context } from './context';
import { createFormatError, errorStatusPlugin } from './common/format-error';
import { requestScope, type RequestScope } from './db/query-stats';
import { playgroundPage } from './playground';
import { createOps } from './ops/ops.routes';
import { operationNamePlugin } from './ops/operation-name.plugin';

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
  const ops = createOps(config, dataSource);
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: config.graphql.introspection,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown: drain, then close the pool, then stop the embedded database.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), errorStatusPlugin, operationNamePlugin],
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

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
    const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => createContext(dataSource, { requestId }),
    });
    const outHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [k, v] of response.headers) outHeaders[k] = v;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    return response.status ?? 200;
  }

  httpServer.on('request', (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    const scope: RequestScope = { requestId, sqlStatements: 0 };
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
          // A browser asks for HTML; GraphiQL keeps the edited query in `?query=`, so a reload must still get the IDE.
          const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
          if (wantsHtml && config.graphql.playground) {
            const page = await playgroundPage(req.headers['accept-encoding']);
            res.writeHead((status = 200), page.headers);
            res.end(page.body);
          } else if (url.pathname === '/') {
            res.writeHead((status = 302), { location: '/graphql' });
            res.end();
          } else {
            status = await graphql(req, res, url, requestId);
          }
        } else if (ops.handles(url.pathname)) {
          status = await ops.serve(req, res, url.pathname);
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
        const { operation, apiKeyName: apiKey, sqlStatements: sql } = scope;
        ops.metrics.observeRequest({ path: url.pathname, operation, status, seconds: ms / 1000, sqlStatements: sql });
        logger.info({ requestId, method: req.method, path: url.pathname, operation, apiKey, status, ms: Math.round(ms * 10) / 10, sql }, 'request');
      }
    });
  });

  return {
    apollo,
    httpServer,
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
