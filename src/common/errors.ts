// Domain errors carry a code; formatError (src/common/format-error.ts) turns them into GraphQL errors.
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'VERSION_CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE' | 'IDEMPOTENCY_KEY_REUSED';

/**
 * HTTP status of a response that carries this error. Codes not listed stay 200: they concern one field and
 * the rest of the response may hold data (GraphQL over HTTP).
 */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  SERVICE_UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** graphql-js copies these onto the GraphQLError it wraps around a resolver's error. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, code: this.code };
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class VersionConflictError extends AppError {
  constructor(expectedVersion: number, currentVersion: number) {
    super('VERSION_CONFLICT', `the article is at version ${currentVersion}, not ${expectedVersion}: reload it and apply the change again`, {
      expectedVersion,
      currentVersion,
    });
  }
}
