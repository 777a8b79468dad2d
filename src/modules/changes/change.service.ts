// The changes feed: entries of article_change (written by a trigger on article in every writing transaction, see
// migration ScheduleAndChanges) in feed order, one SQL statement per page.
//
// Why the order is (position, id) and only positions below the snapshot's xmin are served: ids are handed out at
// insert, but transactions commit in any order, so "id > last seen" skips an entry whose transaction took a lower
// id and committed after the page was read. An entry's position is its transaction's id (xid8, raised so that an
// article's entries stay in the order of its writes); every transaction with an id below
// pg_snapshot_xmin(pg_current_snapshot()) has ended, so no entry can appear later below a served position.
// The price: a transaction that stays open holds the feed back (not the writes) until it ends.
import type { Context } from '../../context';
import { BadUserInputError } from '../../common/errors';
import { toGlobalId } from '../../common/node';
import { CHANGES_DEFAULT_PAGE, CHANGES_MAX_PAGE, ChangeKind, type Change, type ChangesPage } from './change.dto';

const PREFIX = 'chg1:';
const XID8_MAX = (1n << 64n) - 1n;
const BIGINT_MAX = (1n << 63n) - 1n;

interface Position {
  position: string;
  id: string;
}

const START: Position = { position: '0', id: '0' };

export function encodeChangeCursor(p: Position): string {
  return Buffer.from(`${PREFIX}${p.position}:${p.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names; BAD_USER_INPUT (argument `after`) for anything that is not one of ours. */
export function decodeChangeCursor(cursor: string): Position {
  const bad = () =>
    new BadUserInputError("after: not a cursor of the changes feed (pass nextCursor or an entry's cursor as it was given)", { argument: 'after' });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw bad();
  const m = /^chg1:(\d{1,20}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || BigInt(m[1]) > XID8_MAX || BigInt(m[2]) > BIGINT_MAX) throw bad();
  return { position: BigInt(m[1]).toString(), id: BigInt(m[2]).toString() };
}

interface Row {
  id: string;
  position: string;
  kind: ChangeKind;
  article_id: string;
  slug: string;
  version: number;
  at: Date;
}

export const changeService = {
  async page(ctx: Context, args: { after?: string | null; first?: number | null }): Promise<ChangesPage> {
    const first = args.first ?? CHANGES_DEFAULT_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > CHANGES_MAX_PAGE) {
      throw new BadUserInputError(`first: between 1 and ${CHANGES_MAX_PAGE}`, { argument: 'first' });
    }
    const after = args.after != null ? decodeChangeCursor(args.after) : START;
    const rows: Row[] = await ctx.db.query(
      `SELECT c.id::text AS id, c.position::text AS position, c.kind, c.article_id, c.slug, c.version, c.at
         FROM article_change c
        WHERE c.position < pg_snapshot_xmin(pg_current_snapshot()) AND (c.position, c.id) > ($1::xid8, $2::bigint)
        ORDER BY c.position, c.id
        LIMIT $3`,
      [after.position, after.id, first + 1],
    );
    const hasNextPage = rows.length > first;
    const entries: Change[] = rows.slice(0, first).map((r) => ({
      cursor: encodeChangeCursor(r),
      kind: r.kind,
      articleId: toGlobalId('Article', r.article_id),
      slug: r.slug,
      version: r.version,
      at: r.at,
    }));
    const nextCursor = entries.length > 0 ? entries[entries.length - 1].cursor : (args.after ?? encodeChangeCursor(START));
    return {
      entries,
      nextCursor,
      pageInfo: { hasNextPage, hasPreviousPage: args.after != null, startCursor: entries[0]?.cursor ?? null, endCursor: nextCursor },
    };
  },
};
