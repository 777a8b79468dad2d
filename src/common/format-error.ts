// The one place errors become what clients see: coded, without stack traces, SQL or paths.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { AppError, HTTP_STATUS, type ErrorCode } from './errors';
import { requestScope } from './request-scope';
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
    const requestId = requestScope.getStore()?.requestId;
    if (isDbUnavailable(original)) {
      logger.warn({ err: (original as Error).message, requestId, path: formatted.path }, 'database unavailable');
      return { ...base, message: 'The database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
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

/** Gives a response the HTTP status of its errors' codes (400 for bad input, 401, 429, 503). */
export const errorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const codes = new Set((response.body.singleResult.errors ?? []).map((e) => e.extensions?.code));
        const code = STATUS_ORDER.find((c) => codes.has(c));
        if (code) response.http.status = HTTP_STATUS[code];
      },
    };
  },
};
