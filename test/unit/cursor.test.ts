import { decodeCursor } from '../../src/common/sql/cursor';
import { fromGlobalId, toGlobalId } from '../../src/common/node';
import { AppError } from '../../src/common/errors';

const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

describe('cursors', () => {
  it('decodes what PostgreSQL wrote for the same ordering', () => {
    const c = enc(['PUBLISHED_AT_DESC', '2023-02-01 00:00:01.123456+00', '3f1c2a9e-1b2c-4d5e-8f90-123456789abc']);
    expect(decodeCursor(c, 'PUBLISHED_AT_DESC', ['timestamptz', 'uuid'])).toEqual(['2023-02-01 00:00:01.123456+00', '3f1c2a9e-1b2c-4d5e-8f90-123456789abc']);
    expect(decodeCursor(enc(['X', '-infinity', 'b']), 'X', ['date', 'text'])).toEqual(['-infinity', 'b']);
  });

  it.each([
    ['another ordering', enc(['EVENT_DATE_DESC', '2023-02-01', '3f1c2a9e-1b2c-4d5e-8f90-123456789abc'])],
    ['a day that does not exist', enc(['PUBLISHED_AT_DESC', '2023-02-31 00:00:00+00', '3f1c2a9e-1b2c-4d5e-8f90-123456789abc'])],
    ['an hour that does not exist', enc(['PUBLISHED_AT_DESC', '2023-02-01 24:00:00+00', '3f1c2a9e-1b2c-4d5e-8f90-123456789abc'])],
    ['a bad uuid', enc(['PUBLISHED_AT_DESC', '2023-02-01 00:00:00+00', 'nope'])],
    ['too few values', enc(['PUBLISHED_AT_DESC', '2023-02-01 00:00:00+00'])],
    ['not JSON', Buffer.from('{{').toString('base64')],
    ['not base64', '***'],
    ['numbers', enc(['PUBLISHED_AT_DESC', 1, 2])],
  ])('refuses %s with BAD_USER_INPUT', (_why, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, 'PUBLISHED_AT_DESC', ['timestamptz', 'uuid']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
  });
});

describe('global ids', () => {
  const uuid = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';
  it('round-trips every node type', () => {
    for (const type of ['Article', 'Section', 'Source', 'Citation', 'Actor', 'Quote', 'Reaction'] as const) {
      expect(fromGlobalId(toGlobalId(type, uuid))).toEqual({ type, id: uuid });
    }
  });
  it('rejects ids it did not issue', () => {
    expect(fromGlobalId(uuid)).toBeNull();
    expect(fromGlobalId(Buffer.from(`User:${uuid}`).toString('base64'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Article:42').toString('base64'))).toBeNull();
    expect(fromGlobalId('x'.repeat(500))).toBeNull();
  });
});

describe('cursor values PostgreSQL could not read are refused before any SQL (no 500)', () => {
  const uuid = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';
  const refusal = (cursor: string, orderKey: string, casts: Parameters<typeof decodeCursor>[2]) => {
    try {
      decodeCursor(cursor, orderKey, casts);
    } catch (e) {
      return (e as AppError).code;
    }
    return null;
  };

  it.each([
    ['a rank over the range of real', ['RANK_DESC', '1e999', uuid], ['real', 'uuid']],
    ['a rank under minus the range of real', ['RANK_DESC', '-1e999', uuid], ['real', 'uuid']],
    ['a rank just over float4 (3.5e38)', ['RANK_DESC', '3.5e38', uuid], ['real', 'uuid']],
    ['a non-zero rank that underflows to 0', ['RANK_DESC', '1e-999', uuid], ['real', 'uuid']],
    ['a version over int4', ['VERSION_DESC', '9999999999', uuid], ['int', 'uuid']],
    ['a version under int4', ['VERSION_DESC', '-2147483649', uuid], ['int', 'uuid']],
    ['a time zone offset of 99 hours', ['PUBLISHED_AT_DESC', '2023-02-01 00:00:00+99', uuid], ['timestamptz', 'uuid']],
    ['a time zone offset of 60 minutes', ['PUBLISHED_AT_DESC', '2023-02-01 00:00:00+01:60', uuid], ['timestamptz', 'uuid']],
    ['a name holding NUL', ['NAME_ASC', 'Reu\u0000ters', uuid], ['text', 'uuid']],
  ] as const)('refuses %s with BAD_USER_INPUT', (_why, value, casts) => {
    expect(refusal(enc(value), value[0], [...casts])).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an ordinary rank', ['RANK_DESC', '0.0607927', uuid], ['real', 'uuid']],
    ['rank 0', ['RANK_DESC', '0', uuid], ['real', 'uuid']],
    ['the largest real', ['RANK_DESC', '3.4028235e+38', uuid], ['real', 'uuid']],
    ['a tiny real PostgreSQL writes', ['RANK_DESC', '1e-40', uuid], ['real', 'uuid']],
    ['the largest int4', ['VERSION_DESC', '2147483647', uuid], ['int', 'uuid']],
    ['an offset of +05:30', ['PUBLISHED_AT_DESC', '2023-02-01 00:00:00+05:30', uuid], ['timestamptz', 'uuid']],
    ['a name in any script', ['NAME_ASC', 'Агентство «Интерфакс»', uuid], ['text', 'uuid']],
  ] as const)('accepts %s (positive control)', (_why, value, casts) => {
    expect(decodeCursor(enc(value), value[0], [...casts])).toEqual(value.slice(1));
  });
});
