// Runs one compiled read statement for a root field and returns the JSON PostgreSQL built.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { getNamedType, isObjectType } from 'graphql';
import { connectionJson, fieldsFor, objectJson, objectSpec, SqlBuilder, type Fields } from './json-query';
import { connectionText, NotCovered, objectText, type SpliceScope } from './final-json';
import type { ReadSession } from './session';

/** A root field's final JSON text, built by PostgreSQL (common/graphql/splice.ts splices it into the response). */
export class SplicedText {
  constructor(readonly text: string) {}
}

/** Root fields the splice runs: their resolvers' statements return final JSON text (common/sql/final-json.ts). */
const spliced = new WeakMap<GraphQLResolveInfo, SpliceScope>();

export function spliceRootField(info: GraphQLResolveInfo, scope: SpliceScope): void {
  spliced.set(info, scope);
}

/** The GraphQL object type a spliced root field returns, which must be the read spec's `type`. */
function rootType(info: GraphQLResolveInfo, type: string) {
  const named = getNamedType(info.returnType);
  if (!isObjectType(named) || named.name !== type) throw new NotCovered(`${info.fieldName} returns ${named.name}`);
  return named;
}

async function runText(session: ReadSession, scope: SpliceScope, build: (b: SqlBuilder) => string, type?: string): Promise<SplicedText> {
  const b = new SqlBuilder(session.viewer);
  const sql = build(b);
  // type-graphql's argument checks of nested fields (class-validator), before anything runs.
  await Promise.all(scope.checks);
  const rows = await session.runStatement<{ data: string | null; id?: string }>(session.db, sql, b.params);
  const row = rows[0];
  if (type && row?.id && !b.broad && objectSpec(type).tagsCache) session.cache.tag(type, row.id);
  return new SplicedText(row?.data ?? 'null');
}

export function resolveTree(info: GraphQLResolveInfo): ResolveTree {
  return parseResolveInfo(info) as ResolveTree;
}

/** Conditions on the alias of the rows read (`t`), with values as parameters of `b`. */
export type Where = (t: string, b: SqlBuilder) => string[];

async function run<T>(session: ReadSession, build: (b: SqlBuilder) => string, type?: string): Promise<T | null> {
  const b = new SqlBuilder(session.viewer);
  const sql = build(b);
  const rows = await session.runStatement<{ data: T | null; id?: string }>(session.db, sql, b.params);
  const row = rows[0];
  // The answer depends on this one object's tree only: the session's cache tags may tie it to that object.
  if (type && row?.id && !b.broad && objectSpec(type).tagsCache) session.cache.tag(type, row.id);
  return row?.data ?? null;
}

/** One object of `type` selected by `where` (conditions on alias `t`), as the selection asks for it. */
export function findOne<T>(session: ReadSession, info: GraphQLResolveInfo, type: string, where: Where): Promise<T | null> {
  const scope = spliced.get(info);
  if (scope) {
    const objectType = rootType(info, type);
    return runText(
      session,
      scope,
      (b) => {
        const spec = objectSpec(type);
        const conditions = where('t', b);
        const visible = spec.visible?.('t', b);
        if (visible) conditions.push(visible);
        const text = objectText(objectType, 't', info.fieldNodes, scope, b);
        return `SELECT ${text} AS data, t.id AS id FROM ${spec.table} t WHERE ${conditions.join(' AND ')} LIMIT 1`;
      },
      type,
    ) as Promise<T>;
  }
  return findOneTree(session, resolveTree(info), type, where);
}

/** findOne for a selection already parsed (a payload's nested field, say). */
export function findOneTree<T>(session: ReadSession, tree: ResolveTree, type: string, where: Where): Promise<T | null> {
  return run<T>(
    session,
    (b) => {
      const spec = objectSpec(type);
      const conditions = where('t', b);
      const visible = spec.visible?.('t', b);
      if (visible) conditions.push(visible);
      const json = objectJson(type, 't', fieldsFor(tree, type), b);
      return `SELECT ${json} AS data, t.id AS id FROM ${spec.table} t WHERE ${conditions.join(' AND ')} LIMIT 1`;
    },
    type,
  );
}

/**
 * What findOne would return for `info`, as an expression over a row `alias` of the type's table that a write
 * statement has at hand (its UPDATE ... RETURNING *): the read-back in the write's own statement, a round trip
 * less. Only for a selection of that row's own columns (the id, scalars that are a column of the row; no relation,
 * no scalar reading another table, no argument, no parameter) that the viewer sees whatever the row says;
 * otherwise null, and the caller reads back with findOne. `result` turns the expression's value (with the row's
 * id) into findOne's answer, telling the session's cache tags as findOne does.
 */
export function ownRowRead<T>(
  session: ReadSession,
  info: GraphQLResolveInfo,
  type: string,
  alias: string,
): { sql: string; result: (value: unknown, id: string) => T } | null {
  const spec = objectSpec(type);
  const b = new SqlBuilder(session.viewer);
  const fields = fieldsFor(resolveTree(info), type);
  if (spec.visible?.(alias, b) || !ownColumnsOnly(fields, type)) return null;
  const scope = spliced.get(info);
  const sql = scope ? objectText(rootType(info, type), alias, info.fieldNodes, scope, b) : objectJson(type, alias, fields, b);
  // (a selection of own columns takes no parameter, reads nothing beyond the row and has no argument to check:
  // checked here rather than assumed)
  if (b.params.length > 0 || b.broad || (scope && scope.checks.length > 0)) return null;
  return {
    sql,
    result: (value, id) => {
      if (spec.tagsCache) session.cache.tag(type, id);
      return (scope ? new SplicedText((value as string | null) ?? 'null') : (value ?? null)) as T;
    },
  };
}

/** The fields read only the row's own columns: a scalar whose SQL over the row is `<row>.<column>`. */
function ownColumnsOnly(fields: Fields, type: string): boolean {
  const spec = objectSpec(type);
  return Object.values(fields).every((f) => {
    if (Object.keys(f.args).length > 0 || Object.keys(f.fieldsByTypeName).length > 0) return false;
    if (f.name === '__typename' || f.name === 'id') return true;
    const scalar = spec.scalars[f.name];
    return scalar !== undefined && /^r\.[a-z_][a-z0-9_]*$/.test(scalar('r'));
  });
}

/** The objects of `type` selected by `where`, as one JSON array ordered by `orderBy` (on alias `t`). */
export async function findMany<T>(session: ReadSession, info: GraphQLResolveInfo, type: string, where: Where, orderBy: string): Promise<T[]> {
  const data = await run<T[]>(session, (b) => {
    const spec = objectSpec(type);
    const conditions = where('t', b);
    const visible = spec.visible?.('t', b);
    if (visible) conditions.push(visible);
    const json = objectJson(type, 't', fieldsFor(resolveTree(info), type), b);
    return `SELECT coalesce(json_agg(${json} ORDER BY ${orderBy}), '[]'::json) AS data FROM ${spec.table} t WHERE ${conditions.join(' AND ')}`;
  });
  return data ?? [];
}

/** A root connection (`articles`, `quotes`...) as the selection asks for it. */
export async function findPage<T>(session: ReadSession, info: GraphQLResolveInfo, connectionType: string, args: object): Promise<T> {
  const scope = spliced.get(info);
  if (scope) {
    const type = rootType(info, connectionType);
    return (await runText(session, scope, (b) => `SELECT ${connectionText(type, info.fieldNodes, args as Record<string, unknown>, scope, b)} AS data`)) as T;
  }
  const data = await run<T>(session, (b) => `SELECT ${connectionJson(connectionType, resolveTree(info), args as Record<string, unknown>, b)} AS data`);
  return data as T;
}
