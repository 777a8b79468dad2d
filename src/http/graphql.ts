// GraphQL over HTTP: reads the request (body limit, JSON), passes it through the gate (query limits, API key, rate
// limits) and hands it to the responder (http/caching.ts around http/idempotency.ts around executeWith).
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import { createContext, type Context } from '../context';
import type { Viewer } from '../common/sql/json-query';
import type { RequestScope } from '../common/request-scope';
import { requestManager, type RequestManager } from '../db/request-manager';
import { queryPrepared } from '../db/prepared';
import { spliceBody } from '../common/graphql/splice';
import { bearerKey } from '../modules/auth/auth';
import type { HttpResult } from '../modules/idempotency/idempotency.service';
import { GateError, type Gate } from './gate';
import { HttpError } from './http-error';
import { isMutation } from './operation-kind';
import { lingerAfterAnswer, type LingerLimits } from './lingering-close';

/** One GraphQL request that passed the gate. */
export interface GraphqlCall {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  /** The request's scope (its id; statement count, operation name, key name for its log line). */
  scope: RequestScope;
  /** The request's manager: the data source, its statements counted into `scope`. */
  db: RequestManager;
  request: HTTPGraphQLRequest & { headers: HeaderMap };
  body: unknown;
  viewer: Viewer;
  /** The operation's context once Apollo made it (what the answer depends on, for the response cache). */
  ctx?: Context;
}

export type GraphqlResult = HttpResult & { replayed?: boolean };
/** Runs a call; `db` is the transaction to run it in (idempotency's), else the call's own manager. */
export type Execute = (call: GraphqlCall, db?: EntityManager) => Promise<GraphqlResult>;
/** Answers a call on the response; returns the status sent. */
export type Respond = (call: GraphqlCall) => Promise<number>;

export function readBody(req: http.IncomingMessage, maxBytes: number, linger: LingerLimits): Promise<string> {
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

async function readRequest(req: http.IncomingMessage, url: URL, limits: Config['limits']): Promise<{ headers: HeaderMap; body: unknown; query: unknown }> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req, limits.bodyBytes, { maxBytes: limits.bodyLingerBytes, maxMs: limits.bodyLingerMs });
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
  return { headers, body, query };
}

/** The GraphQL endpoint of one Apollo server: request in, gate, then `respond`. */
export function graphqlOverHttp(config: Config, dataSource: DataSource, gate: Gate, respond: Respond) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, scope: RequestScope): Promise<number> => {
    const { headers, body, query } = await readRequest(req, url, config.limits);
    const db = requestManager(dataSource, scope);
    let viewer: Viewer;
    try {
      gate.checkQuery(query);
      const preview = previewCredential(req.headers.authorization, req.method === 'GET' ? url.searchParams.get('preview') : null);
      viewer =
        preview !== undefined
          ? await gate.admitPreview(preview, gate.clientIp(req), db)
          : // a keyed mutation checks its key again in its transaction (http/idempotency.ts): it may come from a cache
            await gate.admit(
              bearerKey(req.headers.authorization),
              gate.clientIp(req),
              req.method === 'POST' && headers.get('idempotency-key') !== undefined && isMutation(body),
              db,
            );
    } catch (err) {
      throw err instanceof GateError ? HttpError.fromGate(err) : err;
    }
    if (viewer.keyName) scope.apiKeyName = viewer.keyName; // the key's name, never the key, goes into the request log
    const request = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    return respond({ req, res, url, scope, db, request, body, viewer });
  };
}

/**
 * The preview token of a request: `Authorization: Preview <token>`, or `?preview=<token>` on a GET without an
 * Authorization header (an API key wins). undefined: none.
 */
export function previewCredential(authorization: string | undefined, queryParam: string | null): string | undefined {
  if (authorization) {
    const m = /^Preview\s+(\S+)\s*$/i.exec(authorization);
    return m ? m[1] : undefined;
  }
  return queryParam ?? undefined;
}

/** Executes a call with Apollo and collects its answer. */
export function executeWith(server: ApolloServer<Context>, dataSource: DataSource): Execute {
  return async (call, db = call.db) => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: call.request,
      context: async () => (call.ctx = createContext(dataSource, { scope: call.scope, viewer: call.viewer, db, runStatement: queryPrepared })),
    });
    const headers: Record<string, string> = {};
    for (const [k, v] of response.headers) headers[k] = v;
    let body = '';
    if (response.body.kind === 'complete') body = response.body.string;
    else for await (const chunk of response.body.asyncIterator) body += chunk;
    // Root fields PostgreSQL answered as final JSON text take their placeholders' places (common/graphql/splice.ts).
    body = spliceBody(call.ctx, body);
    return { status: response.status ?? 200, headers, body };
  };
}
