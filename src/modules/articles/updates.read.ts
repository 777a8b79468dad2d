// How ArticleUpdate and ArticleChanges are read (see common/sql/json-query), and the Article relations that reach
// them (articles/article.read.ts spreads `updatesRelations` into Article's). `updates(first)` is part of the
// article's one statement: the diffs were computed when each version was published (published_version.changes).
import { defineObject, type ObjectSpec, type ReadSpec, type Relation, type SqlBuilder } from '../../common/sql/json-query';
import { BadUserInputError } from '../../common/errors';

export const MAX_UPDATES = 100;

/** A page size written into the SQL (an integer checked here, never client text): see connectionJson. */
function updatesLimit(first: unknown): string {
  const n = first ?? 10;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_UPDATES) {
    throw new BadUserInputError(`updates.first: must be between 1 and ${MAX_UPDATES}`, { argument: 'first' });
  }
  return String(n);
}

/** Rows of published_version, with `changes` the stored diff. */
const articleUpdateObject = defineObject({
  type: 'ArticleUpdate',
  table: 'published_version',
  scalars: {
    version: (a) => `${a}.version`,
    publishedAt: (a) => `${a}.published_at`,
    changeNote: (a) => `${a}.change_note`,
    firstPublication: (a) => `coalesce((${a}.changes->>'firstPublication')::boolean, false)`,
    headline: (a) => `${a}.changes->'headline'`,
    summary: (a) => `${a}.changes->'summary'`,
    sections: (a) => `${a}.changes->'sections'`,
  },
  relations: {},
});

const textChange = (a: string, field: string) =>
  `CASE WHEN (${a}.from_snapshot->>'${field}') IS DISTINCT FROM (${a}.to_snapshot->>'${field}')
    THEN json_build_object('before', ${a}.from_snapshot->>'${field}', 'after', ${a}.to_snapshot->>'${field}') END`;

/**
 * Rows with two revision snapshots (from_snapshot, to_snapshot), their versions and the notes in between. The
 * headline and summary are compared here; `sections` carries both section lists, which updates.resolver.ts
 * diffs (paragraph diffs are not SQL's job), so that the answer stays one statement.
 */
export const articleChangesObject: ObjectSpec = defineObject({
  type: 'ArticleChanges',
  table: 'article_revision',
  scalars: {
    fromVersion: (a) => `${a}.from_version`,
    toVersion: (a) => `${a}.to_version`,
    changeNotes: (a) => `to_json(${a}.change_notes)`,
    headline: (a) => textChange(a, 'headline'),
    summary: (a) => textChange(a, 'summary'),
    sections: (a) => `json_build_object('before', ${a}.from_snapshot->'sections', 'after', ${a}.to_snapshot->'sections')`,
  },
  relations: {},
});

/** Article.changesSince(version): the latest published version against the one a reader saw (the latest published at or before it). */
function changesSinceSource(parent: string, child: string, version: unknown, b: SqlBuilder): string {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new BadUserInputError('changesSince.version: an article version, 0 or more', { argument: 'version' });
  }
  const v = b.param(version, 'int');
  // Aliases of their own (the parent may be `t` or `p`): c = child.
  const c = child;
  return `(SELECT ${c}_fr.snapshot AS from_snapshot, ${c}_tr.snapshot AS to_snapshot, ${c}_f.version AS from_version, ${c}_t.version AS to_version,
      ARRAY(SELECT ${c}_n.change_note FROM published_version ${c}_n WHERE ${c}_n.article_id = ${c}_t.article_id AND ${c}_n.version > coalesce(${c}_f.version, -1)
        AND ${c}_n.version <= ${c}_t.version AND ${c}_n.change_note IS NOT NULL ORDER BY ${c}_n.version) AS change_notes
    FROM (SELECT * FROM published_version WHERE article_id = ${parent}.id ORDER BY version DESC LIMIT 1) ${c}_t
    JOIN article_revision ${c}_tr ON ${c}_tr.article_id = ${c}_t.article_id AND ${c}_tr.version = ${c}_t.version
    LEFT JOIN LATERAL (SELECT * FROM published_version WHERE article_id = ${parent}.id AND version <= ${v} ORDER BY version DESC LIMIT 1) ${c}_f ON true
    LEFT JOIN article_revision ${c}_fr ON ${c}_fr.article_id = ${c}_f.article_id AND ${c}_fr.version = ${c}_f.version) ${c}`;
}

export const updatesRelations: Record<string, Relation> = {
  updates: {
    kind: 'many',
    target: 'ArticleUpdate',
    hasArgs: true,
    source: ({ parent, child, args }) => ({
      from: `(SELECT * FROM published_version WHERE article_id = ${parent}.id ORDER BY version DESC LIMIT ${updatesLimit(args.first)}) ${child}`,
      where: [],
      orderBy: `${child}.version DESC`,
    }),
  },
  changesSince: {
    kind: 'one',
    target: 'ArticleChanges',
    hasArgs: true,
    source: ({ parent, child, args, b }) => ({ from: changesSinceSource(parent, child, args.version, b), where: [] }),
  },
};

/** The read spec of this feature, registered by src/schema.ts. */
export const updatesReads: ReadSpec = { objects: [articleUpdateObject, articleChangesObject] };
