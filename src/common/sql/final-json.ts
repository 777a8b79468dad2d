// Compiles a root field's selection into an SQL expression whose value is the field's FINAL JSON text: the bytes
// graphql-js would serialize (response keys in selection order, aliases, __typename, global ids, enum names,
// Date/DateTime as graphql-scalars serialize them), so the HTTP layer can splice it into the response without
// parsing it (common/graphql/splice.ts). It reads the same read specs as json-query.ts, with the same relation
// sources, visibility filters and page logic; a field it cannot render exactly throws NotCovered (the operation
// then runs the normal way), and a value graphql-js would refuse (a null in a non-null position, an unknown enum
// value, a number JavaScript prints otherwise) becomes the character U+0001, which no JSON text can contain raw:
// the splice finds it and runs the operation the normal way, which reports the error exactly.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { fieldReading } from '../graphql/field-reading';
import { validateArgs } from '../graphql/validate-args';
import { decodeCursor } from './cursor';
import { connectionSpec, findObjectSpec, pageSize, type Relation, type SqlBuilder } from './json-query';

/** The selection cannot be rendered in SQL exactly as graphql-js would: the operation runs the normal way. */
export class NotCovered extends Error {}

/** The raw character that marks a value graphql-js would refuse (JSON text escapes it as \u0001). */
export const REFUSED = '\u0001';
const REFUSED_SQL = 'chr(1)';

/** What the compiler needs of the operation: its fragments and coerced variables. */
export interface SpliceScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Argument checks type-graphql would run (class-validator); awaited before the statement runs. */
  checks: Promise<void>[];
}

type Field = GraphQLField<unknown, unknown>;

function notCovered(what: string): never {
  throw new NotCovered(what);
}

/** `'{"a":' || x || ',"b":' || y || '}'`: response keys are GraphQL names, safe in an SQL literal. */
function objectOf(pairs: [string, string][]): string {
  if (pairs.length === 0) return `'{}'`;
  return pairs.map(([key, value], i) => `'${i === 0 ? '{' : ','}${JSON.stringify(key)}:' || ${value}`).join(' || ') + ` || '}'`;
}

const nullText = (type: GraphQLOutputType) => (isNonNullType(type) ? REFUSED_SQL : `'null'`);

/** A value whose JSON is accepted only when it matches `pattern` (else refused, or null when it is NULL). */
function matching(expr: string, pattern: string, type: GraphQLOutputType): string {
  return `coalesce(substring(to_json(${expr})::text from '${pattern}'), CASE WHEN (${expr}) IS NULL THEN ${nullText(type)} ELSE ${REFUSED_SQL} END)`;
}

const FLOAT_PATTERN = '^(-?[1-9][0-9]{0,14}(\\.[0-9]{0,13}[1-9])?|-?0\\.0{0,5}[1-9]([0-9]{0,12}[1-9])?|0)$';

/** The JSON text graphql-js gives a scalar or enum field whose read spec expression is `expr`. */
export function leafText(type: GraphQLOutputType, expr: string): string {
  const named = getNamedType(type);
  if (isEnumType(named)) {
    // graphql-js serializes the internal value (what the statement's JSON held) to the enum value's name.
    const cases = named.getValues().map((v) => `WHEN '${JSON.stringify(v.value).replace(/'/g, "''")}' THEN '${JSON.stringify(v.name)}'`);
    return `CASE to_json(${expr})::text ${cases.join(' ')} ELSE CASE WHEN (${expr}) IS NULL THEN ${nullText(type)} ELSE ${REFUSED_SQL} END END`;
  }
  if (!isScalarType(named)) return notCovered(`${named.name} is not a leaf`);
  switch (named.name) {
    case 'String':
    case 'ID':
      // Both serialize a string as itself; PostgreSQL escapes JSON strings as JSON.stringify does.
      return `coalesce(to_json((${expr})::text)::text, ${nullText(type)})`;
    case 'Boolean':
      return `CASE to_json(${expr})::text WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE CASE WHEN (${expr}) IS NULL THEN ${nullText(type)} ELSE ${REFUSED_SQL} END END`;
    case 'Int':
      // Up to 9 digits: inside 32 bits, printed alike; anything else goes the normal way.
      return matching(expr, '^-?(0|[1-9][0-9]{0,8})$', type);
    case 'Float':
      // Fixed notation, at most 16 characters (15 digits), no trailing zero, not below 1e-6: JavaScript prints the same double
      // (shortest round trip) with the same digits. Exponents, -0 and longer numbers go the normal way.
      return `CASE WHEN length(to_json(${expr})::text) <= 16 THEN ${matching(expr, FLOAT_PATTERN, type)} ELSE CASE WHEN (${expr}) IS NULL THEN ${nullText(type)} ELSE ${REFUSED_SQL} END END`;
    case 'DateTime':
      // graphql-scalars makes a Date of the timestamp, which JSON.stringify prints in UTC with milliseconds.
      return `CASE WHEN (${expr}) IS NULL THEN ${nullText(type)} WHEN isfinite((${expr})::timestamptz) AND extract(year FROM (${expr})::timestamptz AT TIME ZONE 'UTC') BETWEEN 1 AND 9999 THEN '"' || to_char((${expr})::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"' ELSE ${REFUSED_SQL} END`;
    case 'Date':
      return `CASE WHEN (${expr}) IS NULL THEN ${nullText(type)} WHEN isfinite((${expr})::date) AND extract(year FROM (${expr})::date) BETWEEN 1 AND 9999 THEN to_json((${expr})::date)::text ELSE ${REFUSED_SQL} END`;
    default:
      return notCovered(`scalar ${named.name}`);
  }
}

function globalIdText(type: string, alias: string): string {
  return `to_json(encode(convert_to('${type}:' || ${alias}.id::text, 'UTF8'), 'base64'))::text`;
}

/** The JSON text of one object of `type` (rows aliased `alias`) as `fieldNodes` select it. */
export function objectText(type: GraphQLObjectType, alias: string, fieldNodes: readonly FieldNode[], s: SpliceScope, b: SqlBuilder): string {
  const spec = findObjectSpec(type.name) ?? notCovered(`no read spec for ${type.name}`);
  const pairs: [string, string][] = [];
  for (const [key, nodes] of collectSubfields(s.schema, s.fragments, s.variables, type, fieldNodes)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      pairs.push([key, `'${JSON.stringify(type.name)}'`]);
      continue;
    }
    const field = (type.getFields()[name] as Field | undefined) ?? notCovered(`${type.name}.${name}`);
    const reading = fieldReading(field);
    const scalar = spec.scalars[name];
    const relation = spec.relations[name];
    if (name === 'id' && reading?.kind === 'plain') pairs.push([key, globalIdText(spec.type, alias)]);
    else if (scalar && reading?.kind === 'plain') pairs.push([key, leafText(field.type, scalar(alias))]);
    else if (relation && reading && reading.kind !== 'plain') pairs.push([key, relationText(field, relation, alias, nodes, s, b)]);
    else notCovered(`${type.name}.${name}`);
  }
  return objectOf(pairs);
}

function relationText(field: Field, relation: Relation, parent: string, nodes: readonly FieldNode[], s: SpliceScope, b: SqlBuilder): string {
  if (relation.kind === 'connection') return notCovered(`connection ${field.name}`);
  const args = getArgumentValues(field, nodes[0], s.variables);
  // A relation whose arguments json-query.ts merges by name (hasArgs unset) is answered per response key here.
  if (field.args.length > 0 && relation.hasArgs !== true) return notCovered(`${field.name}: arguments merged by name`);
  const reading = fieldReading(field);
  if (reading?.kind === 'checked') checkArgs(reading.argsClasses, args, s);
  const nullable = getNullableType(field.type);
  const target = getNamedType(field.type);
  if (!isObjectType(target) || target.name !== relation.target) return notCovered(`${field.name}: ${target.name}`);
  const listed = isListType(nullable);
  if (listed !== (relation.kind === 'many')) return notCovered(`${field.name}: list shape`);
  const child = b.alias();
  const src = relation.source({ parent, child, args, b });
  const where = src.where.length ? ` WHERE ${src.where.join(' AND ')}` : '';
  const json = objectText(target, child, nodes, s, b);
  if (!listed) return `coalesce((SELECT ${json} FROM ${src.from}${where} LIMIT 1), ${nullText(field.type)})`;
  const order = src.orderBy ? ` ORDER BY ${src.orderBy}` : '';
  return `(SELECT '[' || coalesce(string_agg(${json}, ','${order}), '') || ']' FROM ${src.from}${where})`;
}

/** type-graphql's check of `@Args` classes: an instance of each with the arguments, through class-validator. */
function checkArgs(classes: (new () => object)[], args: Record<string, unknown>, s: SpliceScope): void {
  const values = Object.values(args);
  const flat = (v: unknown) => v === null || typeof v !== 'object';
  // Input objects are converted field by field by type-graphql; only scalar arguments are converted here alike.
  if (!values.every((v) => flat(v) || (Array.isArray(v) && v.every(flat)))) notCovered('argument objects');
  for (const cls of classes) {
    const check = validateArgs(Object.assign(new cls(), args));
    if (check) s.checks.push(check);
  }
}

/**
 * A Relay connection as one text expression: the same page, count and cursors as json-query's connectionJson,
 * rendered as the selection asks.
 */
export function connectionText(
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  args: Record<string, unknown>,
  s: SpliceScope,
  b: SqlBuilder,
): string {
  const spec = connectionSpec(type.name);
  const first = pageSize(args);
  const orderKey = spec.orderKey(args);
  const order = spec.orders[orderKey];
  const t = b.alias();
  const after =
    args.after != null
      ? decodeCursor(
          String(args.after),
          orderKey,
          order.keys.map((k) => k.cast),
        )
      : null;
  const fields = collectSubfields(s.schema, s.fragments, s.variables, type, fieldNodes);
  const named = [...fields.values()].map((n) => n[0].name.value);
  const paged = named.includes('edges') || named.includes('pageInfo');
  const countInPage = named.includes('totalCount') && spec.countInPage === true && !after && paged;
  const n = String(first);
  const c = b.alias('c');
  let needCursor = false;
  const pairs: [string, string][] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (name === '__typename') pairs.push([key, `'${JSON.stringify(type.name)}'`]);
    else if (name === 'totalCount') {
      if (countInPage) pairs.push([key, `coalesce(max(${c}.__total), 0)::int::text`]);
      else {
        const ct = b.alias();
        const where = spec.where(ct, args, b);
        pairs.push([key, `(SELECT count(*)::int FROM ${spec.from(ct, args, b)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''})::text`]);
      }
    } else if (name === 'edges') {
      const edgeType = edgeTypeOf(type);
      const edgePairs: [string, string][] = [];
      for (const [edgeKey, edgeNodes] of collectSubfields(s.schema, s.fragments, s.variables, edgeType, nodes)) {
        const edgeField = edgeNodes[0].name.value;
        if (edgeField === '__typename') edgePairs.push([edgeKey, `'${JSON.stringify(edgeType.name)}'`]);
        else if (edgeField === 'cursor') {
          needCursor = true;
          edgePairs.push([edgeKey, `to_json(${c}.__cursor)::text`]);
        } else if (edgeField === 'node') {
          const nodeType = getNamedType(edgeType.getFields().node.type);
          if (!isObjectType(nodeType) || nodeType.name !== spec.target) return notCovered(`${edgeType.name}.node`);
          edgePairs.push([edgeKey, objectText(nodeType, c, edgeNodes, s, b)]);
        } else notCovered(`${edgeType.name}.${edgeField}`);
      }
      pairs.push([key, `'[' || coalesce(string_agg(${objectOf(edgePairs)}, ',' ORDER BY ${c}.__rn) FILTER (WHERE ${c}.__rn <= ${n}), '') || ']'`]);
    } else if (name === 'pageInfo') {
      needCursor = true;
      pairs.push([key, pageInfoText(type, nodes, s, c, n, args.after != null)]);
    } else notCovered(`${type.name}.${name}`);
  }
  if (!paged) return objectOf(pairs);

  const keyExprs = order.keys.map((k) => k.expr(t));
  const dir = order.direction;
  const orderBy = keyExprs.map((e) => `${e} ${dir}`).join(', ');
  const pageWhere = spec.where(t, args, b);
  if (after) {
    const row = order.keys.map((k, i) => b.param(after[i], k.cast));
    pageWhere.push(`(${keyExprs.join(', ')}) ${dir === 'DESC' ? '<' : '>'} (${row.join(', ')})`);
  }
  const cursor = `translate(encode(convert_to(json_build_array('${orderKey}', ${keyExprs.map((e) => `${e}::text`).join(', ')})::text, 'UTF8'), 'base64'), E'\\n', '')`;
  const page =
    `SELECT ${t}.*, ${needCursor ? `${cursor} AS __cursor, ` : ''}row_number() OVER (ORDER BY ${orderBy}) AS __rn${countInPage ? ', count(*) OVER () AS __total' : ''} ` +
    `FROM ${spec.from(t, args, b)}${pageWhere.length ? ` WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY ${orderBy} LIMIT ${n} + 1`;
  return `(SELECT ${objectOf(pairs)} FROM (${page}) ${c})`;
}

function edgeTypeOf(type: GraphQLObjectType): GraphQLObjectType {
  const edge = getNamedType(type.getFields().edges.type);
  return isObjectType(edge) ? edge : notCovered(`${type.name}.edges`);
}

function pageInfoText(type: GraphQLObjectType, nodes: readonly FieldNode[], s: SpliceScope, c: string, n: string, hasAfter: boolean): string {
  const info = getNamedType(type.getFields().pageInfo.type);
  if (!isObjectType(info)) return notCovered(`${type.name}.pageInfo`);
  const pairs: [string, string][] = [];
  for (const [key, fieldNodes] of collectSubfields(s.schema, s.fragments, s.variables, info, nodes)) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push([key, `'${JSON.stringify(info.name)}'`]);
    else if (name === 'hasNextPage') pairs.push([key, `CASE WHEN count(*) > ${n} THEN 'true' ELSE 'false' END`]);
    else if (name === 'hasPreviousPage') pairs.push([key, `'${hasAfter ? 'true' : 'false'}'`]);
    else if (name === 'startCursor') pairs.push([key, `coalesce(to_json((array_agg(${c}.__cursor ORDER BY ${c}.__rn))[1])::text, 'null')`]);
    else if (name === 'endCursor')
      pairs.push([key, `coalesce(to_json((array_agg(${c}.__cursor ORDER BY ${c}.__rn DESC) FILTER (WHERE ${c}.__rn <= ${n}))[1])::text, 'null')`]);
    else notCovered(`PageInfo.${name}`);
  }
  return objectOf(pairs);
}
