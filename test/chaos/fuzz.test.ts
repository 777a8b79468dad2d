// Fuzzing (fast-check): 10,000 generated requests — operations built from the schema with random arguments and
// variables, wrong types, huge strings, unicode and NUL bytes, malformed JSON and bodies — must give no HTTP 5xx
// and never a stack trace, SQL text or a file path.
import fc from 'fast-check';
import { buildSchema } from '../../src/schema';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { createTestApp, type TestApp } from '../setup/test-app';

const RUNS = 10_000;
let t: TestApp;
// Real ids of the seed (every node type), so that generated `id` arguments often find something.
const realIds: string[] = [];
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  const res = await t.gql(`{ article(slug: "armenia-azerbaijan-border-clashes-2022") { id sections { id citations { id source { id } } quotes { id }
    reactions { id actor { id } } } } }`);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      if (k === 'id') realIds.push(String(x));
      else walk(x);
    }
  };
  walk(res.body.data);
});
afterAll(() => t.close());

const schema = buildSchema();
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', '\u0000', 'lead\u0000', "'; DROP TABLE article; --", '%', '_', '\\', '😀'.repeat(100), 'a'.repeat(20_000), '-infinity'),
  fc.constantFrom('QXJ0aWNsZTo=', Buffer.from('Article:00000000-0000-4000-8000-000000000000').toString('base64'), Buffer.from('Section:x').toString('base64')),
);

/** An enum value, written bare in a GraphQL literal and as a string in JSON variables. */
class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

/** A value for an input type: usually of the right shape, sometimes of any JSON shape at all. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.integer(), fc.double(), fc.boolean(), nasty, fc.constant(null), fc.constant({}), fc.constant([]));
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (isListType(type)) return fc.oneof({ weight: 12, arbitrary: fc.array(valueFor(type.ofType, depth + 1), { maxLength: 5 }) }, { weight: 1, arbitrary: wrong });
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => new EnumValue(v.name)));
    return fc.oneof({ weight: 12, arbitrary: values }, { weight: 1, arbitrary: wrong });
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return fc.oneof(
      { weight: 12, arbitrary: fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] }) },
      { weight: 1, arbitrary: wrong },
    );
  }
  const name = (type as GraphQLNamedType).name;
  const right: Record<string, fc.Arbitrary<unknown>> = {
    Float: fc.double(),
    Boolean: fc.boolean(),
    ID: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(realIds.length ? realIds : ['x'])) }, { weight: 1, arbitrary: nasty }),
    String: fc.oneof(nasty, fc.constantFrom('lead', 'armenia-azerbaijan-border-clashes-2022', 'BBC', 'Reuters', 'how-have-world-leaders-reacted')),
    Int: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.integer() }),
    Date: fc.oneof(fc.constantFrom('2022-09-14', '2022-02-31', '0000-00-00', 'yesterday'), nasty),
    DateTime: fc.oneof(fc.constantFrom('2022-09-14T00:00:00Z', '2022-09-14T25:00:00Z'), nasty),
  };
  return fc.oneof({ weight: 12, arbitrary: right[name] ?? nasty }, { weight: 1, arbitrary: wrong });
}

/** A selection on an output type, a few fields deep. */
function selection(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isScalarType(type) || isEnumType(type)) return fc.constant('');
  if (!(isObjectType(type) || isInterfaceType(type)) || depth > 3) return fc.constant('{ __typename }');
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const field = (f: GraphQLField<unknown, unknown>) =>
    // required arguments always (mostly well-formed), optional ones at random
    fc.tuple(selection(getNamedType(f.type), depth + 1), fc.subarray(f.args.filter((a) => !isNonNullType(a.type)))).chain(([sub, optional]) => {
      // `after` is fuzzed through the variables case below: random strings there, mostly absent here
      const used = [...f.args.filter((a) => isNonNullType(a.type)), ...optional.filter((a) => a.name !== 'after')];
      return fc.tuple(...used.map((a) => valueFor(a.type))).map((vals) => {
        const argText = used.length ? `(${used.map((a, i) => `${a.name}: ${literal(vals[i])}`).join(', ')})` : '';
        return `${f.name}${argText} ${sub}`;
      });
    });
  // each field once: the same field twice with other arguments is a (correct) validation error, not worth fuzzing
  return fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 4, selector: (f) => f.name }).chain((chosen) =>
    fc.tuple(...chosen.map(field)).map((parts) => `{ ${parts.join(' ')} }`),
  );
}

/** A GraphQL literal for a generated value. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof EnumValue) return v.name;
  if (Array.isArray(v)) return `[${v.map(literal).join(' ')}]`;
  if (typeof v === 'object') return `{ ${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${literal(x)}`).join(' ')} }`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
  return JSON.stringify(v);
}

const query = schema.getQueryType()!;
const mutation = schema.getMutationType()!;
const operations = () => fc.oneof(
  { weight: 6, arbitrary: selection(query, 0).map((s) => ({ query: s })) },
  { weight: 2, arbitrary: selection(mutation, 2).map((s) => ({ query: `mutation ${s}` })) },
  // variables of the wrong types against a real operation
  {
    weight: 2,
    arbitrary: fc.record({ first: fc.anything(), after: fc.anything(), f: fc.anything() }).map((variables) => ({
      query: 'query($first: Int, $after: String, $f: ArticleFilter) { articles(first: $first, after: $after, filter: $f) { totalCount edges { cursor node { slug } } } }',
      variables,
    })),
  },
  { weight: 1, arbitrary: fc.string().map((q) => ({ query: q })) },
  { weight: 1, arbitrary: fc.anything().map((body) => ({ raw: JSON.stringify(body) ?? 'null' })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }).map((raw) => ({ raw })) },
);

const LEAK = /stacktrace|\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d|QueryFailedError|SELECT |INSERT |relation "|column "|violates|syntax error at or near/i;

it(`${RUNS.toLocaleString('en')} generated requests: no 5xx, no stack trace, SQL or path`, async () => {
  const failures: { status: number; request: string; body: string }[] = [];
  let count = 0;
  let executed = 0;
  await fc.assert(
    fc.asyncProperty(operations(), async (op) => {
      const body = 'raw' in op ? op.raw : JSON.stringify(op);
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await res.text();
      count++;
      if (res.status === 200 && text.includes('"data":{')) executed++;
      if (res.status >= 500 || LEAK.test(text)) failures.push({ status: res.status, request: body.slice(0, 300), body: text.slice(0, 300) });
      return true;
    }),
    { numRuns: RUNS, seed: 20221409 },
  );
  expect(failures.slice(0, 5)).toEqual([]);
  // The generator must reach the resolvers and the SQL, not only the parser: a good share runs.
  expect(executed).toBeGreaterThan(RUNS / 10);
  console.info(`fuzz: ${count} generated requests, ${executed} executed with data, ${failures.length} failures (5xx or leaked internals)`);
}, 600_000);
