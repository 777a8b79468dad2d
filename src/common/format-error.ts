// The one place errors become what clients see: coded, without stack traces, SQL or paths.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { AppError, HTTP_STATUS, type ErrorCode } from './errors';
import { isBadText, isDbUnavailable } from './db-errors';

// Codes graphql-js and Apollo give to problems with the request itself; their messages are safe to show.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  // Refusals made before execution by this server's own plugins (limits.ts, federation/service-guard.ts).
  'TOO_MANY_REPRESENTATIONS',
  'FORBIDDEN',
]);

export function createFormatError(logger: Logger, opts: { fieldSuggestions: boolean } = { fieldSuggestions: true }) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      const { stacktrace: _s, exception: _e, limitCode, ...extensions } = formatted.extensions ?? {};
      // A limit (depth, aliases, directives) gets its own code in place of GRAPHQL_VALIDATION_FAILED.
      if (typeof limitCode === 'string') extensions.code = limitCode;
      const validationErrors = extensions.validationErrors as ValidationError[] | undefined;
      if (validationErrors) extensions.validationErrors = flattenValidation(validationErrors);
      // "Did you mean ...?" would tell the schema to whoever probes it while introspection is off.
      const message = opts.fieldSuggestions ? formatted.message : formatted.message.replace(/\s*Did you mean .+\?$/, '');
      return { ...formatted, message, extensions };
    }
    if (isBadText(original)) {
      return { ...base, message: 'Text must not contain the NUL character (U+0000).', extensions: { code: 'BAD_USER_INPUT' } };
    }
    // Logged, and given the request id, when the response is sent (finishErrors): the request is not known here.
    if (isDbUnavailable(original)) {
      const out = { ...base, message: 'The database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
      unexpected.set(out, (requestId) => logger.warn({ err: (original as Error).message, requestId, path: formatted.path }, 'database unavailable'));
      return out;
    }
    const out = { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    unexpected.set(out, (requestId) => logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error'));
    return out;
  };
}

/** Errors formatted as unexpected (internal, database unavailable), with how to log each once its request is known. */
const unexpected = new WeakMap<object, (requestId: string | undefined) => void>();

/**
 * Gives each unexpected error of a response its request's id (so that the client can quote it) and logs it with
 * that id. Called as the response is sent (errorStatusPlugin; the WebSocket transport for subscriptions).
 */
export function finishErrors(errors: readonly GraphQLFormattedError[] | undefined, requestId: string | undefined): void {
  for (const e of errors ?? []) {
    const log = unexpected.get(e);
    if (!log) continue;
    unexpected.delete(e);
    if (requestId && e.extensions) (e.extensions as Record<string, unknown>).requestId = requestId;
    log(requestId);
  }
}

type ValidationError = { property: string; constraints?: Record<string, string>; children?: ValidationError[] };

/** class-validator's tree as a list of `{ path, messages }`, e.g. `filter.sourceName`. */
function flattenValidation(errors: ValidationError[], prefix = ''): { path: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ path, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidation(e.children ?? [], path)];
  });
}

// Most telling status first when a response carries several kinds of error.
const STATUS_ORDER: ErrorCode[] = ['SERVICE_UNAVAILABLE', 'UNAUTHENTICATED', 'RATE_LIMITED', 'IDEMPOTENCY_KEY_REUSED', 'BAD_USER_INPUT'];

/** Gives a response the HTTP status of its errors' codes (400 for bad input, 401, 429, 503), and its unexpected errors their request id. */
export const errorStatusPlugin: ApolloServerPlugin<{ requestId: string }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        finishErrors(response.body.singleResult.errors, contextValue.requestId);
        const codes = new Set((response.body.singleResult.errors ?? []).map((e) => e.extensions?.code));
        const code = STATUS_ORDER.find((c) => codes.has(c));
        if (code) response.http.status = HTTP_STATUS[code];
      },
    };
  },
};
