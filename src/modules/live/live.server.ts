// graphql-ws on the HTTP server's /graphql path: subscriptions only (queries and mutations keep to HTTP, with
// their idempotency and rate limits), API key in the connection params, the same operation limits as HTTP.
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { createContext, PUBLIC_VIEWER } from '../../context';
import type { Viewer } from '../../common/sql/json-query';
import { checkQueryText, LimitError, limitRules } from '../../common/limits';
import { createFormatError } from '../../common/format-error';
import { bearerKey } from '../auth/auth';
import { apiKeyService } from '../auth/api-key.service';
import type { LiveHub } from './live.events';

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

export function attachSubscriptions(opts: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  dataSource: DataSource;
  live: LiveHub;
  logger: Logger;
}): SubscriptionServer {
  const { schema, config, dataSource, live, logger } = opts;
  const rules = [...specifiedRules, ...limitRules(config.limits)];
  const formatError = createFormatError(logger, { fieldSuggestions: config.graphql.fieldSuggestions });
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql' });
  const viewers = new WeakMap<object, Viewer>();

  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: async (ctx) => {
        const key = keyOf(ctx.connectionParams);
        if (key === undefined) {
          viewers.set(ctx.extra.socket, PUBLIC_VIEWER);
          return true;
        }
        const viewer = key === null ? null : await apiKeyService.authenticate(dataSource.manager, key);
        if (!viewer) return false; // closes with 4403 Forbidden
        viewers.set(ctx.extra.socket, viewer);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        try {
          checkQueryText(payload.query, config.limits);
        } catch (err) {
          if (err instanceof LimitError) return [new GraphQLError(err.message, { extensions: { code: err.code, max: err.max } })];
          throw err;
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [new GraphQLError((err as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (operation && operation.operation !== 'subscription') {
          return [new GraphQLError('only subscriptions over WebSocket: send queries and mutations with HTTP POST /graphql', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) {
          // As over HTTP: a limit (depth, aliases, directives) is reported under its own code.
          return errors.map((e) => {
            const { limitCode, max } = e.extensions as { limitCode?: string; max?: number };
            return new GraphQLError(e.message, { nodes: e.nodes, extensions: limitCode ? { code: limitCode, max } : { code: 'GRAPHQL_VALIDATION_FAILED' } });
          });
        }
        const viewer = viewers.get(ctx.extra.socket) ?? PUBLIC_VIEWER;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(dataSource, { requestId: randomUUID(), viewer, live }),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e) as never) };
      },
    },
    wss,
  );

  return {
    close: async () => {
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
