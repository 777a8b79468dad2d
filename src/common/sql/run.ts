// Runs one compiled read statement for a root field and returns the JSON PostgreSQL built.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Context } from '../../context';
import { connectionJson, fieldsFor, objectJson, objectSpec, SqlBuilder } from './json-query';
import { queryPrepared } from './prepared';

export function resolveTree(info: GraphQLResolveInfo): ResolveTree {
  return parseResolveInfo(info) as ResolveTree;
}

async function run<T>(ctx: Context, build: (b: SqlBuilder) => string, type?: string): Promise<T | null> {
  const b = new SqlBuilder(ctx.viewer);
  const sql = build(b);
  const rows = await queryPrepared<{ data: T | null; id?: string }>(ctx.db, sql, b.params);
  const row = rows[0];
  // The response cache can tie this answer to one article: everything under it belongs to that article.
  if (type === 'Article' && row?.id && !b.broad) {
    ctx.cache.articles.add(row.id);
    ctx.cache.precise++;
  }
  return row?.data ?? null;
}

/** One object of `type` selected by `where` (conditions on alias `t`), as the selection asks for it. */
export function findOne<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: string,
  where: (t: string, b: SqlBuilder) => string[],
): Promise<T | null> {
  return findOneTree(ctx, resolveTree(info), type, where);
}

/** findOne for a selection already parsed (a payload's nested field, say). */
export function findOneTree<T>(
  ctx: Context,
  tree: ResolveTree,
  type: string,
  where: (t: string, b: SqlBuilder) => string[],
): Promise<T | null> {
  return run<T>(ctx, (b) => {
    const spec = objectSpec(type);
    const conditions = where('t', b);
    const visible = spec.visible?.('t', b);
    if (visible) conditions.push(visible);
    const json = objectJson(type, 't', fieldsFor(tree, type), b);
    return `SELECT ${json} AS data, t.id AS id FROM ${spec.table} t WHERE ${conditions.join(' AND ')} LIMIT 1`;
  }, type);
}

/** A root connection (`articles`, `quotes`...) as the selection asks for it. */
export async function findPage<T>(ctx: Context, info: GraphQLResolveInfo, connectionType: string, args: object): Promise<T> {
  const data = await run<T>(ctx, (b) => `SELECT ${connectionJson(connectionType, resolveTree(info), args as Record<string, unknown>, b)} AS data`);
  return data as T;
}
