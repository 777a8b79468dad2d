// Opaque keyset cursors: base64 of a JSON array [orderKey, ...sort values as text], written by PostgreSQL
// (see connectionJson) and checked here before any value reaches SQL as a parameter.
import { BadUserInputError } from '../errors';
import { UUID } from '../node';
import type { SortCast } from './sort';

// A calendar day that exists (2023-02-31 does not), so PostgreSQL never fails to read a cursor value.
function realDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const INFINITE = new Set(['-infinity', 'infinity']);

// A real (float4) PostgreSQL reads without "out of range": finite once rounded to 32 bits, and not a non-zero
// value that underflows to 0 (1e999, -1e999 and 1e-999 are all refused).
function realInRange(text: string): boolean {
  const f = Math.fround(Number(text));
  const zero = !/[1-9]/.test(text.replace(/e.*$/i, ''));
  return Number.isFinite(f) && (f !== 0 || zero);
}

// An offset PostgreSQL accepts (at most 15:59 either way; +99 is "time zone displacement out of range").
function realOffset(text: string): boolean {
  const m = /([+-])(\d{2})(?::(\d{2}))?$/.exec(text);
  return m !== null && Number(m[2]) <= 15 && Number(m[3] ?? 0) <= 59;
}

const CHECKS: Record<SortCast, (v: string) => boolean> = {
  // NUL is the one character PostgreSQL text cannot hold ("invalid byte sequence").
  text: (v) => !v.includes('\u0000'),
  int: (v) => /^-?\d{1,10}$/.test(v) && Number(v) >= -(2 ** 31) && Number(v) <= 2 ** 31 - 1,
  real: (v) => /^-?(\d{1,40}(\.\d{0,40})?|\.\d{1,40})(e[+-]?\d{1,3})?$/i.test(v) && realInRange(v),
  uuid: (v) => UUID.test(v),
  date: (v) => INFINITE.has(v) || (/^\d{4}-\d{2}-\d{2}$/.test(v) && realDay(v)),
  timestamptz: (v) =>
    INFINITE.has(v) || (/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(v) && realDay(v) && realOffset(v)),
};

export function decodeCursor(cursor: string, orderKey: string, casts: SortCast[]): string[] {
  const invalid = (why: string) => new BadUserInputError(`after: invalid cursor (${why})`, { argument: 'after' });
  if (cursor.length > 2000 || !/^[A-Za-z0-9+/\n]+={0,2}$/.test(cursor)) throw invalid('not a cursor of this API');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    throw invalid('not a cursor of this API');
  }
  if (!Array.isArray(value) || value.length !== casts.length + 1 || value.some((v) => typeof v !== 'string')) {
    throw invalid('not a cursor of this API');
  }
  if (value[0] !== orderKey) throw invalid('it belongs to another ordering');
  const values = value.slice(1) as string[];
  values.forEach((v, i) => {
    if (!CHECKS[casts[i]](v)) throw invalid('not a cursor of this API');
  });
  return values;
}
