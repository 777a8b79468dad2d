// Compiles a GraphQL selection into ONE SQL statement whose result is the response tree as JSON, built by
// PostgreSQL (nested json_agg, no repeated parent rows). Object types, relations and connections are described
// by the features' read specs (src/modules/*/*.read.ts), which src/schema.ts registers; every argument value
// travels as a parameter.
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { BadUserInputError } from '../errors';
import { decodeCursor } from './cursor';
import type { SortCast } from './sort';
import type { Viewer } from '../viewer';

export type { SortCast };
// Until the HTTP layer imports it from common/viewer.
export type { Viewer };

export class SqlBuilder {
  readonly params: unknown[] = [];
  /** Set when the statement reads rows beyond one object's own tree (a nested connection): see run.ts. */
  broad = false;
  private aliases = 0;

  constructor(readonly viewer: Viewer) {}

  param(value: unknown, cast?: string): string {
    this.params.push(value);
    return cast ? `$${this.params.length}::${cast}` : `$${this.params.length}`;
  }

  alias(prefix = 't'): string {
    return `${prefix}${++this.aliases}`;
  }
}

type Args = Record<string, unknown>;
export type Fields = Record<string, ResolveTree>;

export interface SetSource {
  /** FROM clause, naming the child rows `child`. */
  from: string;
  where: string[];
  orderBy?: string;
}

export interface RelationCtx {
  parent: string;
  child: string;
  args: Args;
  b: SqlBuilder;
}

export type Relation =
  | { kind: 'one' | 'many'; target: string; hasArgs?: boolean; source: (ctx: RelationCtx) => SetSource }
  | { kind: 'connection'; target: string; connection: string; parentWhere: (parent: string, child: string) => string };

export interface ObjectSpec {
  type: string;
  table: string;
  /** Interfaces whose selections also apply (fragments spread on them). */
  interfaces?: string[];
  scalars: Record<string, (alias: string) => string>;
  relations: Record<string, Relation>;
  /** Extra condition that hides rows from a viewer (drafts from readers); null when all are visible. */
  visible?: (alias: string, b: SqlBuilder) => string | null;
  /**
   * A root statement that reads one object of this type, and nothing beyond its tree, depends on that object
   * alone: the runner tells the session's cache tags (the response cache drops the answer when it changes).
   */
  tagsCache?: boolean;
}

export interface OrderSpec {
  direction: 'ASC' | 'DESC';
  /** Sort expressions; the last must be unique (the id) so that cursors are stable. */
  keys: { expr: (alias: string) => string; cast: SortCast }[];
}

export interface ConnectionSpec {
  /** GraphQL names of the connection and edge types. */
  type: string;
  edgeType: string;
  target: string;
  /** FROM clause naming the rows `child`; may compute columns from the arguments (search ranks). */
  from: (child: string, args: Args, b: SqlBuilder) => string;
  where: (child: string, args: Args, b: SqlBuilder) => string[];
  orders: Record<string, OrderSpec>;
  orderKey: (args: Args) => string;
  /**
   * Count the rows in the page query (count(*) OVER ()) rather than in a second scan: for sets that are computed
   * whole anyway to be ordered (search ranks); a page after a cursor still counts separately.
   */
  countInPage?: boolean;
}

/** What one feature knows how to read: its object types and connections (a feature's `<x>.read.ts` exports one). */
export interface ReadSpec {
  objects: ObjectSpec[];
  connections?: ConnectionSpec[];
}

const objects = new Map<string, ObjectSpec>();
const connections = new Map<string, ConnectionSpec>();

/** Typed identity: a read spec file declares its object types with it. */
export function defineObject(spec: ObjectSpec): ObjectSpec {
  return spec;
}

export function defineConnection(spec: ConnectionSpec): ConnectionSpec {
  return spec;
}

/**
 * Makes the features' specs known to the compiler; src/schema.ts calls it with every feature's spec before the
 * schema is used. A type defined twice is a mistake, not an override.
 */
export function registerReadSpecs(specs: ReadSpec[]): void {
  for (const spec of specs) {
    for (const o of spec.objects) {
      const known = objects.get(o.type);
      if (known && known !== o) throw new Error(`read spec for type ${o.type} registered twice`);
      objects.set(o.type, o);
    }
    for (const c of spec.connections ?? []) {
      const known = connections.get(c.type);
      if (known && known !== c) throw new Error(`read spec for connection ${c.type} registered twice`);
      connections.set(c.type, c);
    }
  }
}

/** The read spec of a GraphQL object type, if it has one. */
export function findObjectSpec(type: string): ObjectSpec | undefined {
  return objects.get(type);
}

export function objectSpec(type: string): ObjectSpec {
  const spec = objects.get(type);
  if (!spec) throw new Error(`no read spec for type ${type}`);
  return spec;
}

export function connectionSpec(type: string): ConnectionSpec {
  const spec = connections.get(type);
  if (!spec) throw new Error(`no read spec for connection ${type}`);
  return spec;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Selections of one concrete type, with those made on its interfaces. */
export function fieldsFor(tree: ResolveTree, type: string): Fields {
  const spec = objects.get(type);
  const names = [...(spec?.interfaces ?? []), type];
  return mergeFields(names.map((n) => tree.fieldsByTypeName[n] ?? {}));
}

function mergeFields(list: Fields[]): Fields {
  const out: Fields = {};
  for (const fields of list) {
    for (const [alias, tree] of Object.entries(fields)) {
      out[alias] = out[alias] ? mergeTree(out[alias], tree) : tree;
    }
  }
  return out;
}

/** One selection from several of the same field (aliases, fragments). */
export function mergeTrees(trees: ResolveTree[]): ResolveTree {
  return trees.reduce(mergeTree);
}

function mergeTree(a: ResolveTree, b: ResolveTree): ResolveTree {
  const byType: ResolveTree['fieldsByTypeName'] = { ...a.fieldsByTypeName };
  for (const [type, fields] of Object.entries(b.fieldsByTypeName)) {
    byType[type] = byType[type] ? mergeFields([byType[type], fields]) : fields;
  }
  return { ...a, fieldsByTypeName: byType };
}

/** Merges the selections of every alias of an argument-less field: they share one JSON key. */
function mergeByName(fields: Fields, name: string): ResolveTree | null {
  const trees = Object.values(fields).filter((f) => f.name === name);
  return trees.length === 0 ? null : trees.reduce(mergeTree);
}

function buildObject(pairs: string[]): string {
  // json_build_object takes at most 100 arguments; wide selections are merged as jsonb.
  if (pairs.length <= 100) return `json_build_object(${pairs.join(', ')})`;
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 100).join(', ')})`);
  return `(${chunks.join(' || ')})::json`;
}

/** The JSON key a relation's value is stored under in its parent object. */
export function relationKey(relation: Relation, fieldName: string, alias: string): string {
  const hasArgs = relation.kind === 'connection' || relation.hasArgs === true;
  return hasArgs ? `$${alias}` : fieldName;
}

export function objectJson(type: string, alias: string, fields: Fields, b: SqlBuilder): string {
  const spec = objectSpec(type);
  const pairs: string[] = [`'__typename'`, `'${spec.type}'`];
  const done = new Set<string>();
  for (const [fieldAlias, field] of Object.entries(fields)) {
    const name = field.name;
    if (name === '__typename') continue;
    if (name === 'id') {
      if (done.has('id')) continue;
      done.add('id');
      pairs.push(`'id'`, `encode(convert_to('${spec.type}:' || ${alias}.id::text, 'UTF8'), 'base64')`);
      continue;
    }
    const scalar = spec.scalars[name];
    if (scalar) {
      if (done.has(name)) continue;
      done.add(name);
      pairs.push(`'${name}'`, scalar(alias));
      continue;
    }
    const relation = spec.relations[name];
    if (!relation) throw new Error(`no SQL for ${spec.type}.${name}`);
    const key = relationKey(relation, name, fieldAlias);
    if (done.has(key)) continue;
    done.add(key);
    const tree = key === name ? mergeByName(fields, name)! : field;
    pairs.push(`'${key.replace(/'/g, "''")}'`, relationJson(relation, alias, tree, b));
  }
  return buildObject(pairs);
}

export function relationJson(relation: Relation, parent: string, tree: ResolveTree, b: SqlBuilder): string {
  const child = b.alias();
  if (relation.kind === 'connection') {
    b.broad = true;
    return connectionJson(relation.connection, tree, tree.args, b, (c) => relation.parentWhere(parent, c), child);
  }
  const src = relation.source({ parent, child, args: tree.args, b });
  const where = src.where.length ? ` WHERE ${src.where.join(' AND ')}` : '';
  const json = objectJson(relation.target, child, fieldsFor(tree, relation.target), b);
  if (relation.kind === 'one') {
    return `(SELECT ${json} FROM ${src.from}${where} LIMIT 1)`;
  }
  const order = src.orderBy ? ` ORDER BY ${src.orderBy}` : '';
  return `(SELECT coalesce(json_agg(${json}${order}), '[]'::json) FROM ${src.from}${where})`;
}

export function pageSize(args: Args): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  return first;
}

/**
 * A Relay connection as one expression: keyset page of first+1 rows, edges with opaque cursors, pageInfo,
 * and totalCount only when selected.
 */
export function connectionJson(type: string, tree: ResolveTree, args: Args, b: SqlBuilder, parentWhere?: (child: string) => string, alias?: string): string {
  const spec = connectionSpec(type);
  const first = pageSize(args);
  const orderKey = spec.orderKey(args);
  const order = spec.orders[orderKey];
  const fields = tree.fieldsByTypeName[spec.type] ?? {};
  const t = alias ?? b.alias();
  // Checked before anything else so that a bad cursor is refused even when only totalCount is asked for.
  const after =
    args.after != null
      ? decodeCursor(
          String(args.after),
          orderKey,
          order.keys.map((k) => k.cast),
        )
      : null;
  const rowsWhere = (alias: string) => {
    const where = spec.where(alias, args, b);
    return parentWhere ? [...where, parentWhere(alias)] : where;
  };

  const edgesTree = mergeByName(fields, 'edges');
  const pageInfoTree = mergeByName(fields, 'pageInfo');
  const parts: string[] = [];
  const wantsCount = Boolean(mergeByName(fields, 'totalCount'));
  const countInPage = wantsCount && spec.countInPage === true && !after && Boolean(edgesTree || pageInfoTree);
  if (wantsCount && !countInPage) {
    const ct = b.alias();
    const countWhere = rowsWhere(ct);
    parts.push(`'totalCount'`, `(SELECT count(*)::int FROM ${spec.from(ct, args, b)}${countWhere.length ? ` WHERE ${countWhere.join(' AND ')}` : ''})`);
  }
  if (!edgesTree && !pageInfoTree) return buildObject(parts);

  const keyExprs = order.keys.map((k) => k.expr(t));
  const dir = order.direction;
  const orderBy = keyExprs.map((e) => `${e} ${dir}`).join(', ');
  const pageWhere = rowsWhere(t);
  if (after) {
    const row = order.keys.map((k, i) => b.param(after[i], k.cast));
    pageWhere.push(`(${keyExprs.join(', ')}) ${dir === 'DESC' ? '<' : '>'} (${row.join(', ')})`);
  }
  // PostgreSQL's base64 breaks lines every 76 characters; cursors are one line.
  const cursor = `translate(encode(convert_to(json_build_array('${orderKey}', ${keyExprs.map((e) => `${e}::text`).join(', ')})::text, 'UTF8'), 'base64'), E'\\n', '')`;

  // The page size is written into the SQL, not passed as a parameter: with LIMIT $n PostgreSQL cannot cost a
  // generic plan for a prepared statement and re-plans it at every execution (measured: 0.37 ms of planning per
  // search at 100k articles). It is an integer from 1 to 100 checked by pageSize(), so it is part of the shape
  // (at most 100 variants), never text from the client.
  const n = String(first);
  const c = b.alias('c');
  if (countInPage) parts.push(`'totalCount'`, `coalesce(max(${c}.__total), 0)::int`);
  // Cursors are encoded per row only when the selection shows them.
  let needCursor = false;
  if (edgesTree) {
    const edgeFields = edgesTree.fieldsByTypeName[spec.edgeType] ?? {};
    const nodeTree = mergeByName(edgeFields, 'node');
    const edgePairs: string[] = [];
    if (mergeByName(edgeFields, 'cursor')) {
      edgePairs.push(`'cursor'`, `${c}.__cursor`);
      needCursor = true;
    }
    // The node's expressions refer to the page row by its alias; the page subquery keeps the table's columns.
    if (nodeTree) edgePairs.push(`'node'`, objectJson(spec.target, c, fieldsFor(nodeTree, spec.target), b));
    parts.push(`'edges'`, `coalesce(json_agg(${buildObject(edgePairs)} ORDER BY ${c}.__rn) FILTER (WHERE ${c}.__rn <= ${n}), '[]'::json)`);
  }
  if (pageInfoTree) {
    needCursor = true;
    parts.push(
      `'pageInfo'`,
      `json_build_object('hasNextPage', count(*) > ${n}, 'hasPreviousPage', ${args.after != null ? 'true' : 'false'}, ` +
        `'startCursor', (array_agg(${c}.__cursor ORDER BY ${c}.__rn))[1], ` +
        `'endCursor', (array_agg(${c}.__cursor ORDER BY ${c}.__rn DESC) FILTER (WHERE ${c}.__rn <= ${n}))[1])`,
    );
  }
  const page =
    `SELECT ${t}.*, ${needCursor ? `${cursor} AS __cursor, ` : ''}row_number() OVER (ORDER BY ${orderBy}) AS __rn${countInPage ? ', count(*) OVER () AS __total' : ''} ` +
    `FROM ${spec.from(t, args, b)}${pageWhere.length ? ` WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY ${orderBy} LIMIT ${n} + 1`;
  return `(SELECT ${buildObject(parts)} FROM (${page}) ${c})`;
}
