import { decodeCursor } from '../../src/common/sql/cursor';
import { fromGlobalId, toGlobalId } from '../../src/common/node';
import { AppError } from '../../src/common/errors';

const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

describe('cursors', () => {
  it('decodes what PostgreSQL wrote for the same ordering', () => {
    const c = enc(['PUBLISHED_AT_DESC', '2023-02-01 00:00:01.123456+00', '3f1c2a9e-1b2c-4d5e-8f90-123456789abc']);
    expect(decodeCursor(c, 'PUBLISHED_AT_DESC', ['timestamptz', 'uuid'])).toEqual([
      '2023-02-01 00:00:01.123456+00',
      '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
    ]);
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
