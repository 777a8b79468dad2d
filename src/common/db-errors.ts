// Turns constraint violations that a client caused into coded input errors; anything else stays unexpected.
import { BadUserInputError } from './errors';

const UNIQUE: Record<string, { field: string; message: string }> = {
  UQ_article_slug: { field: 'slug', message: 'an article with this slug exists already' },
  UQ_section_article_key: { field: 'key', message: 'the article has a section with this key already' },
  UQ_contributor_slug: { field: 'slug', message: 'a contributor with this slug exists already' },
  UQ_topic_slug: { field: 'slug', message: 'a topic with this slug exists already' },
};

export function mapDbError(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  if (code === '23505' && constraint && UNIQUE[constraint]) {
    const { field, message } = UNIQUE[constraint];
    return new BadUserInputError(`${field}: ${message}`, { field });
  }
  return err;
}

// Connection-level failures: the database is away (down, restarting, unreachable) rather than the request wrong.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|terminating connection|server closed the connection|Connection refused/i;

export function isDbUnavailable(err: unknown): boolean {
  // graphql-js wraps values that are not Errors of its realm (NonErrorThrown, with `thrownValue`).
  type Wrapped = { code?: string; message?: string; driverError?: unknown; cause?: unknown; thrownValue?: unknown };
  for (let e = err as Wrapped | undefined, i = 0; e && i < 5; i++) {
    if ((e.code && UNAVAILABLE_CODES.has(e.code)) || (e.message && UNAVAILABLE_MESSAGES.test(e.message))) return true;
    e = (e.driverError ?? e.cause ?? e.thrownValue) as Wrapped | undefined;
  }
  return false;
}

// Text PostgreSQL cannot hold: a NUL character (U+0000) in a text value (22021) or a JSON one (22P05). Only a
// client's text carries one, so it is bad input, refused when PostgreSQL reads it (in the writer's transaction,
// which then rolls back).
const BAD_TEXT_CODES = new Set(['22021', '22P05']);

export function isBadText(err: unknown): boolean {
  type Wrapped = { code?: string; driverError?: unknown; cause?: unknown; thrownValue?: unknown };
  for (let e = err as Wrapped | undefined, i = 0; e && i < 5; i++) {
    if (e.code && BAD_TEXT_CODES.has(e.code)) return true;
    e = (e.driverError ?? e.cause ?? e.thrownValue) as Wrapped | undefined;
  }
  return false;
}
