// Compiled execution (common/graphql/compiled-execution.ts) against graphql-js on a small schema that can produce
// every kind of error: the result, errors included (message, locations, path, extensions, order), is the same.
import { buildSchema, execute, getOperationAST, GraphQLError, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compiledExecution, type CompiledExecution } from '../../../src/common/graphql/compiled-execution';

class CodedError extends Error {
  extensions = { code: 'NOT_FOUND', id: 7 };
}

function toySchema(): GraphQLSchema {
  const schema = buildSchema(`
    type Query {
      item(id: Int!): Item
      items(n: Int = 2): [Item!]!
      maybeItems: [Item]
      strictItem: Item!
      count: Int
      fails: String
      failsCoded: String
      failsGraphql: String
      late(ms: Int!): String
      named(kind: Kind): String
      node(id: ID!): Node
    }
    type Mutation { bump(by: Int!): Int! failBump: Int! }
    enum Kind { A B }
    interface Node { id: ID! }
    type Item implements Node { id: ID! name: String! tags: [String!] broken: String! half: Item }
    type Other implements Node { id: ID! label: String }
  `);
  let counter = 0;
  const item = (id: number) => ({
    __typename: 'Item',
    id,
    name: id === 3 ? null : `item ${id}`,
    tags: id === 4 ? ['x', null] : ['x'],
    half: id < 5 ? { id: id + 10, name: 'half' } : null,
  });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const resolvers: Record<string, Record<string, (...a: any[]) => unknown>> = {
    Query: {
      item: (_: unknown, { id }: { id: number }) => (id === 0 ? null : Promise.resolve(item(id))),
      items: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_x, i) => item(i + 1)),
      maybeItems: () => [item(1), null, item(3)],
      strictItem: () => null,
      count: () => 'not a number',
      fails: () => {
        throw new Error('plain failure');
      },
      failsCoded: async () => {
        throw new CodedError('no such thing');
      },
      failsGraphql: () => {
        throw new GraphQLError('refused', { extensions: { code: 'FORBIDDEN' } });
      },
      late: async (_: unknown, { ms }: { ms: number }) => (await sleep(ms), `after ${ms}`),
      named: (_: unknown, { kind }: { kind?: string }) => `kind ${kind ?? 'none'}`,
      node: (_: unknown, { id }: { id: string }) => (id.startsWith('o') ? { __typename: 'Other', id, label: null } : item(Number(id))),
    },
    Mutation: {
      bump: async (_: unknown, { by }: { by: number }) => (await sleep(1), (counter += by)),
      failBump: () => null,
    },
    Item: {
      broken: () => {
        throw new CodedError('broken item');
      },
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as unknown as { getFields(): Record<string, { resolve?: unknown }> };
    for (const [name, resolve] of Object.entries(fields)) type.getFields()[name].resolve = resolve;
  }
  (schema.getType('Node') as unknown as { resolveType: (v: { __typename: string }) => string }).resolveType = (v) => v.__typename;
  return schema;
}

async function executorOf(compiled: CompiledExecution, schema: GraphQLSchema) {
  let seen: GraphQLSchema | undefined;
  compiled.gateway.onSchemaLoadOrUpdate((s) => (seen = s.apiSchema));
  const { executor } = await compiled.gateway.load({ apollo: { graphRef: undefined, key: undefined, keyHash: undefined } as never });
  expect(seen).toBe(schema);
  return executor!;
}

/** What Apollo turns a result into, before formatError: each error's JSON (message, locations, path, extensions). */
const asSent = (r: ExecutionResult) =>
  JSON.stringify({
    data: r.data,
    errors: r.errors?.map((e) => ({
      ...e.toJSON(),
      extensions: e.extensions,
      original: e.originalError?.message,
      coded: e.originalError instanceof CodedError,
    })),
  });

// Every row has its variables: a row of one item would get jest's done callback as the second argument.
const CORPUS: [string, Record<string, unknown>][] = [
  ['{ item(id: 1) { id name } }', {}],
  ['query Q($id: Int!) { first: item(id: $id) { ...F } second: item(id: 2) { ... on Item { name } } } fragment F on Item { id tags }', { id: 1 }],
  ['query Q($yes: Boolean!, $no: Boolean!) { item(id: 1) { id @include(if: $yes) name @skip(if: $yes) tags @include(if: $no) } }', { yes: true, no: false }],
  ['query Q($no: Boolean!) { item(id: 1) { ... on Item @include(if: $no) { name } ...F @skip(if: $no) } } fragment F on Item { id }', { no: false }],
  ['{ nothing: item(id: 0) { id } items { id name } }', {}],
  // non-null violations: a null name bubbles to the nullable item; a null list item to the nullable list
  ['{ item(id: 3) { id name } count fails }', {}],
  ['{ items(n: 4) { id name } }', {}],
  ['{ maybeItems { id name } }', {}],
  ['{ item(id: 4) { tags } }', {}],
  ['{ strictItem { id } item(id: 1) { id } }', {}],
  ['{ item(id: 1) { id broken } other: item(id: 2) { half { half { id } } } }', {}],
  ['{ failsCoded failsGraphql fails count }', {}],
  ['{ b: late(ms: 5) a: late(ms: 1) fails c: failsCoded }', {}],
  ['query Q($k: Kind) { named(kind: $k) none: named }', { k: 'B' }],
  ['query Q($k: Kind) { named(kind: $k) }', { k: null }],
  ['{ node(id: "1") { id ... on Item { name } ... on Other { label } __typename } other: node(id: "o9") { __typename id ... on Other { label } } }', {}],
  ['mutation { a: bump(by: 1) b: bump(by: 2) c: failBump d: bump(by: 3) }', {}],
  ['mutation M($by: Int!) { a: bump(by: $by) }', { by: 5 }],
];

describe('compiled execution answers as graphql-js does', () => {
  it.each(CORPUS)('%s', async (query, variables) => {
    // One schema per side: the mutations count, and each side must start from the same state.
    const compiledSchema = toySchema();
    const compiled = compiledExecution(compiledSchema, { cacheSize: 10, after: 1 });
    const executor = await executorOf(compiled, compiledSchema);
    const document = parse(query);
    const operation = getOperationAST(document)!;
    const request = { request: { variables }, document, operation, operationName: operation.name?.value ?? null, queryHash: query, context: {} };
    const got = await executor(request as never);
    const want = await execute({ schema: toySchema(), document, variableValues: variables, contextValue: {} });
    expect(asSent(got)).toBe(asSent(want));
    expect(compiled.routes.compiled).toBe(1);
  });
});

describe('what runs in graphql-js instead', () => {
  const schema = toySchema();
  let compiled: CompiledExecution;
  let run: (query: string, variables?: Record<string, unknown>, name?: string) => Promise<ExecutionResult>;
  beforeAll(async () => {
    compiled = compiledExecution(schema, { cacheSize: 2, after: 2 });
    const executor = await executorOf(compiled, schema);
    run = (query, variables, name) => {
      const document = parse(query);
      const operation = getOperationAST(document, name)!;
      return executor({
        request: { variables, operationName: name },
        document,
        operation,
        operationName: name ?? null,
        queryHash: query,
        context: {},
      } as never);
    };
  });

  it('compiles a document on its second execution, once, and keeps at most cacheSize of them', async () => {
    const q = '{ item(id: 1) { id } }';
    await run(q);
    expect(compiled.routes).toMatchObject({ 'not-yet': 1, compiled: 0 });
    await run(q);
    await run(q);
    expect(compiled.routes).toMatchObject({ 'not-yet': 1, compiled: 2 });
    // two operations of one document are two entries
    const two = 'query A { count } query B { named }';
    for (const name of ['A', 'B', 'A', 'B']) await run(two, undefined, name);
    expect(compiled.routes).toMatchObject({ 'not-yet': 3, compiled: 4 });
    // the cache held 2: q was dropped, and counts from one again
    await run(q);
    expect(compiled.routes).toMatchObject({ 'not-yet': 4, compiled: 4 });
  });

  it('variables that do not coerce are answered by graphql-js, with its wording', async () => {
    const q = 'query Q($id: Int!) { item(id: $id) { id } }';
    await run(q, { id: 1 });
    await run(q, { id: 1 });
    const before = compiled.routes.variables;
    const bad = await run(q, { id: 'x' });
    expect(compiled.routes.variables).toBe(before + 1);
    expect(asSent(bad)).toBe(asSent(await execute({ schema, document: parse(q), variableValues: { id: 'x' } })));
    expect(bad.errors![0].message).toMatch(/^Variable "\$id" got invalid value "x"/);
  });

  it('subscriptions are executed by graphql-js', async () => {
    const sub = buildSchema('type Query { a: Int } type Subscription { tick: Int }');
    const c = compiledExecution(sub, { cacheSize: 2, after: 1 });
    const executor = await executorOf(c, sub);
    const document = parse('subscription { tick }');
    const result = await executor({ request: {}, document, operation: getOperationAST(document)!, operationName: null, queryHash: 's', context: {} } as never);
    expect(c.routes).toMatchObject({ subscription: 1, compiled: 0 });
    // what graphql-js's execute makes of a subscription document (graphql-ws subscribes instead)
    expect(result).toEqual(await execute({ schema: sub, document }));
  });
});
