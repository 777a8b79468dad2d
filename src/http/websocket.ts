// graphql-ws on the HTTP server's /graphql path: subscriptions only (queries and mutations keep to HTTP, with
// their idempotency), API key in the connection params, the same gate as HTTP (http/gate.ts: key, rate limits, query
// text limits; a connection and each subscribe take a request's share), the same operation limits (depth, aliases,
// directives, cost), plus sockets per client IP and open subscriptions per socket.
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createContext, PUBLIC_VIEWER, type Context } from '../context';
import { queryPrepared } from '../db/prepared';
import type { Viewer } from '../common/sql/json-query';
import { costError, limitRules, operationCost } from '../common/limits';
import { createFormatError, finishErrors } from '../common/format-error';
import { bearerKey } from '../modules/auth/auth';
import type { LiveHub } from '../modules/live/live.events';
import { withLive } from '../modules/live/live.context';
import { GateError, type Gate } from './gate';
import { groupKey, inGroup, sharedPayloadOf, sharedSubscribe, spliceSharedPayloads } from './subscription-fanout';

/** Close code for a refused connection (rate limit, too many sockets from one address). */
export const CLOSE_TOO_MANY = 4429;
/** Close code for a connection whose API key is unknown or was revoked (graphql-ws's Forbidden). */
export const CLOSE_FORBIDDEN = 4403;

export interface SubscriptionServer {
  /** Closes every WebSocket (clients see 1001 Going Away) and stops accepting new ones. */
  close: () => Promise<void>;
}

/** The API key of a connection: `{ authorization: "Bearer <key>" }` or `{ apiKey: "<key>" }`; none: a reader. */
function keyOf(params: Record<string, unknown> | undefined): string | null | undefined {
  if (!params) return undefined;
  if (typeof params.apiKey === 'string') return params.apiKey;
  if (typeof params.authorization === 'string') return bearerKey(params.authorization);
  if (typeof params.Authorization === 'string') return bearerKey(params.Authorization);
  return undefined;
}

/**
 * A frame over maxPayload is refused by ws itself (close 1009), which also emits it as the socket's 'error'; the
 * graphql-ws adapter then writes "Internal error emitted on a WebSocket socket" and a stack to the console, once per
 * refused frame, so that anyone could fill the log. This connection listener runs before the adapter's: the error
 * listener the adapter adds next hears every error but that one, which goes to `refused` (the logger, at debug).
 */
function quietOversizedFrames(socket: WebSocket, refused: (err: Error) => void): void {
  const once = socket.once.bind(socket);
  socket.once = ((event: string, listener: (...args: unknown[]) => void) =>
    event === 'error'
      ? once('error', (err: Error & { code?: string }) => (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? refused(err) : listener(err)))
      : once(event as 'close', listener)) as typeof socket.once;
}

export function attachSubscriptions(opts: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  dataSource: DataSource;
  live: LiveHub;
  logger: Logger;
  gate: Gate;
}): SubscriptionServer {
  const { schema, config, dataSource, live, logger, gate } = opts;
  const clientIp = (req: http.IncomingMessage) => gate.clientIp(req);
  const limits = config.limits;
  const rules = [...specifiedRules, ...limitRules(config.limits)];
  const formatError = createFormatError(logger, { fieldSuggestions: config.graphql.fieldSuggestions });
  // A frame is refused (close 1009) past the HTTP body limit, before graphql-ws parses it (ws's default: 100 MiB).
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: limits.bodyBytes });
  const viewers = new WeakMap<object, Viewer>();
  const socketsPerIp = new Map<string, number>();

  // Sockets per client IP on this instance: counted when the upgrade is accepted, released when it closes.
  wss.on('connection', (socket, req) => {
    const ip = clientIp(req);
    const n = (socketsPerIp.get(ip) ?? 0) + 1;
    socketsPerIp.set(ip, n);
    socket.once('close', () => {
      const left = (socketsPerIp.get(ip) ?? 1) - 1;
      if (left > 0) socketsPerIp.set(ip, left);
      else socketsPerIp.delete(ip);
    });
    if (n > limits.socketsPerIp) socket.close(CLOSE_TOO_MANY, `too many connections from one address (max ${limits.socketsPerIp})`);
    quietOversizedFrames(socket, (err) => logger.debug({ ip, err: err.message }, 'websocket: frame over LIMIT_BODY_BYTES refused (1009)'));
    spliceSharedPayloads(socket);
  });
  // A key revoked on any instance: its sockets here are closed with 4403, as a connection with it would be refused.
  const stopRevocations = live.onKeyRevoked((keyId) => {
    for (const socket of wss.clients) if (viewers.get(socket)?.keyId === keyId) socket.close(CLOSE_FORBIDDEN, 'API key revoked');
  });
  /** A refusal the client can tell apart from 4403 (bad key): 4429, like HTTP 429. */
  const refuse = (socket: { close: (code: number, reason: string) => void }, retryAfter: number) => {
    socket.close(CLOSE_TOO_MANY, `rate limited: try again in ${retryAfter} s`);
    return false;
  };

  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      // Each event executed once per group of subscribers with the same answer (subscription-fanout.ts).
      subscribe: sharedSubscribe(live),
      onConnect: async (ctx) => {
        try {
          viewers.set(ctx.extra.socket, await gate.admit(keyOf(ctx.connectionParams), clientIp(ctx.extra.request)));
          return true;
        } catch (err) {
          if (!(err instanceof GateError)) throw err;
          if (err.keyRefused) return false; // closes with 4403 Forbidden
          return refuse(ctx.extra.socket, err.extensions.retryAfter as number);
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws has entered this subscription in ctx.subscriptions already: it counts itself.
        if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerSocket) {
          return [
            new GraphQLError(`too many subscriptions on one connection (max ${limits.subscriptionsPerSocket}): complete one, or open another connection`, {
              extensions: { code: 'SUBSCRIPTION_LIMIT', max: limits.subscriptionsPerSocket },
            }),
          ];
        }
        const viewer = viewers.get(ctx.extra.socket) ?? PUBLIC_VIEWER;
        try {
          // The key may have been revoked since the connection was opened (its revocation closes the socket too).
          await gate.recheck(viewer);
          await gate.consume(viewer, clientIp(ctx.extra.request));
          gate.checkQuery(payload.query);
        } catch (err) {
          if (!(err instanceof GateError)) throw err;
          if (err.keyRefused) ctx.extra.socket.close(CLOSE_FORBIDDEN, err.message);
          return [new GraphQLError(err.message, { extensions: { code: err.code, ...err.extensions } })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [new GraphQLError((err as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (operation && operation.operation !== 'subscription') {
          return [
            new GraphQLError('only subscriptions over WebSocket: send queries and mutations with HTTP POST /graphql', { extensions: { code: 'BAD_REQUEST' } }),
          ];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) {
          // As over HTTP: a limit (depth, aliases, directives) is reported under its own code.
          return errors.map((e) => {
            const { limitCode, max } = e.extensions as { limitCode?: string; max?: number };
            return new GraphQLError(e.message, { nodes: e.nodes, extensions: limitCode ? { code: limitCode, max } : { code: 'GRAPHQL_VALIDATION_FAILED' } });
          });
        }
        const tooCostly = costError(operationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? {}, limits), limits);
        if (tooCostly)
          return [new GraphQLError(tooCostly.message, { extensions: { code: 'QUERY_TOO_COMPLEX', cost: tooCostly.extensions.cost, max: limits.cost } })];
        return inGroup(
          {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: withLive(createContext(dataSource, { requestId: randomUUID(), viewer, runStatement: queryPrepared }), live),
          },
          groupKey(payload.query, payload.operationName, payload.variables, viewer),
        );
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        // An answer without errors is serialized once for its whole group; errors are formatted per subscriber.
        if (!result.errors?.length) return sharedPayloadOf(result);
        const errors = result.errors.map((e) => formatError(e.toJSON(), e));
        finishErrors(errors, (args.contextValue as Context | undefined)?.requestId);
        return { ...result, errors: errors as never };
      },
    },
    wss,
  );

  return {
    close: async () => {
      stopRevocations();
      for (const socket of wss.clients) socket.close(1001, 'server shutting down');
      await disposable.dispose();
      // A client that does not answer the close handshake is cut off.
      const deadline = Date.now() + 1000;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
