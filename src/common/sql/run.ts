// Runs one compiled read statement for a root field and returns the JSON PostgreSQL built.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { getNamedType, isObjectType } from 'graphql';
import { connectionJson, fieldsFor, objectJson, objectSpec, SqlBuilder } from './json-query';
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
