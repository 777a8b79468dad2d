// Compiled execution (GRAPHQL_JIT) answers every operation with the same HTTP status and the same response bytes as
// graphql-js: two servers, one compiling every document from its first use and one without compiled execution,
// each on its own copy of one database (so that the mutations meet the same state on both), get the same requests.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { isAbstractType, isLeafType, isNonNullType, isObjectType, getNamedType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../../src/config';
import { createDataSource } from '../../../src/db/data-source';
import { pgClient } from '../../../src/db/pg-client';
import { loadFixtures } from '../../../src/db/seed/seed';
import { createServer, type App } from '../../../src/server';
import { buildSchema } from '../../../src/schema';
import { toGlobalId } from '../../../src/common/node';
import { executionRoutes } from '../../../src/http/apollo';
import { apiKeyService } from '../../../src/modules/auth/api-key.service';
import type { Role } from '../../../src/modules/auth/api-key.entity';
import { createTestDatabase, urlFor } from '../../setup/test-app';

const SLUG = 'armenia-azerbaijan-border-clashes-2022';
type Side = { app: App; ds: DataSource; url: string; db: string };
let compiled: Side;
let plain: Side;
let template: string;
let editor: Record<string, string>;

async function admin(sql: string): Promise<void> {
  const c = pgClient({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function side(db: string, env: Record<string, string>): Promise<Side> {
  await admin(`CREATE DATABASE ${db} TEMPLATE ${template}`);
  const ds = createDataSource({ url: urlFor(db), poolSize: 5 });
  await ds.initialize();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE: 'false', ...env });
  const app = await createServer(config, ds, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  app.httpServer.keepAliveTimeout = 120_000;
  return { app, ds, db, url: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  const tpl = await createTestDatabase();
  template = tpl.name;
  await loadFixtures(tpl.ds, 'armenia-azerbaijan');
  const { key } = await apiKeyService.create({ db: tpl.ds.manager }, 'desk', 'EDITOR' as Role);
  editor = { authorization: `Bearer ${key}` };
  await tpl.ds.destroy(); // a template must have no connection when it is copied
  compiled = await side(`${template}_jit`, { GRAPHQL_JIT: 'true', GRAPHQL_JIT_AFTER: '1' });
  plain = await side(`${template}_js`, { GRAPHQL_JIT: 'false' });
}, 120_000);

afterAll(async () => {
  for (const s of [compiled, plain]) {
    if (!s) continue;
    await s.app.stop();
    await s.ds.destroy();
    await admin(`DROP DATABASE IF EXISTS ${s.db} WITH (FORCE)`);
  }
  await admin(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
});

async function post(s: Side, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // The request id of an internal error is the one thing that differs by request.
  return { status: res.status, body: (await res.text()).replace(/"requestId":"[^"]*"/g, '"requestId":"-"') };
}

/** Both servers' answers to one operation; the compiled server's must have been compiled. */
async function both(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const before = executionRoutes(compiled.app.apollo)!.compiled;
  const got = await post(compiled, query, variables, headers);
  const want = await post(plain, query, variables, headers);
  return { got, want, compiledRuns: executionRoutes(compiled.app.apollo)!.compiled - before };
}

// ---- a generated corpus: random selections over the real schema from Query.article -------------------------------

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arguments for the fields that need some; a field with another required argument is left out. */
const ARGS: Record<string, string> = { section: '(key: "lead")', sections: '(keys: ["lead", "what-happened"])' };

function generate(schema: GraphQLSchema, seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const fragments: string[] = [];
  let aliases = 0;
  let directives = 0;
  const selection = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields()).filter((f) => {
      const named = getNamedType(f.type);
      const needsArgs = f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && !ARGS[f.name];
      return !needsArgs && !f.name.startsWith('__') && (isLeafType(named) || (depth < 3 && (isObjectType(named) || isAbstractType(named))));
    });
    const parts: string[] = [];
    for (let i = 0, n = 1 + Math.floor(r() * 4); i < n && fields.length; i++) {
      const f = pick(fields);
      const named = getNamedType(f.type);
      let sub = '';
      if (isObjectType(named)) sub = ` { ${selection(named, depth + 1)} }`;
      else if (isAbstractType(named)) {
        const impl = schema.getPossibleTypes(named)[0];
        sub = ` { __typename ... on ${impl.name} { ${selection(impl, depth + 1)} } }`;
      }
      let field = `${f.name}${ARGS[f.name] ?? ''}${sub}`;
      const roll = r();
      if (roll < 0.2 && aliases < 10) field = `a${aliases++}: ${field}`;
      else if (roll < 0.3 && directives < 20) field = `${field} @include(if: $${(directives++, pick(['yes', 'no']))})`;
      else if (roll < 0.4 && directives < 20) field = `${field} @skip(if: $${(directives++, pick(['yes', 'no']))})`;
      else if (roll < 0.5) field = `... on ${type.name} { ${field} }`;
      else if (roll < 0.6) field = `... { ${field} }`;
      else if (roll < 0.7) {
        const name = `F${fragments.length}`;
        fragments.push(`fragment ${name} on ${type.name} { ${field} }`);
        field = `...${name}`;
      }
      parts.push(field);
    }
    return parts.length ? parts.join(' ') : '__typename';
  };
  const article = buildSchema().getType('Article') as GraphQLObjectType;
  return `query G${seed}($slug: String!, $yes: Boolean!, $no: Boolean!) { article(slug: $slug) { ${selection(article, 1)} } } ${fragments.join(' ')}`;
}

const SEEDS = Array.from({ length: 40 }, (_x, i) => i + 1);

describe('compiled execution and graphql-js give the same bytes', () => {
  it.each(SEEDS)('generated operation %i', async (seed) => {
    const query = generate(buildSchema(), seed);
    const { got, want, compiledRuns } = await both(query, { slug: SLUG, yes: true, no: false });
    expect({ query, ...got }).toEqual({ query, ...want });
    // an operation the limits refuse never executes
    expect(compiledRuns).toBe(want.status === 200 ? 1 : 0);
  });

  const SECTION = `key heading body citations { excerpt source { name kind } } quotes { text speaker { name title } source { name } }
    reactions { stance summary actor { name country } source { name } }`;
  // Every row has all four items: a shorter row would get jest's done callback in place of the last one.
  const READS: [string, string, Record<string, unknown>, Record<string, string>][] = [
    ['the explainer', `query E($slug: String!) { article(slug: $slug) { slug headline summary eventDate sections { ${SECTION} } } }`, { slug: SLUG }, {}],
    [
      'two sections',
      `query T($slug: String!, $keys: [String!]) { article(slug: $slug) { headline sections(keys: $keys) { ${SECTION} } } }`,
      { slug: SLUG, keys: ['lead', 'what-happened'] },
      {},
    ],
    [
      'a day page',
      `query D($day: Date!) { articles(first: 20, filter: { eventDate: { from: $day, to: $day } }) { edges { node { slug headline section(key: "lead") { body } } } } }`,
      { day: '2022-09-14' },
      {},
    ],
    [
      'search',
      `query S($q: String!) { search(query: $q, first: 10) { totalCount edges { node { rank article { slug headline } matches { key highlight } } } } }`,
      { q: 'Armenia' },
      {},
    ],
    ['no such article', `{ article(slug: "nope") { id } }`, {}, {}],
    ['a field a reader may not see (non-null at the root)', `query($slug: String!) { article(slug: $slug) { headline } apiKeys { name } }`, { slug: SLUG }, {}],
    ['BAD_USER_INPUT from validated arguments', `query($f: ArticleFilter) { articles(filter: $f) { totalCount } }`, { f: { sourceName: 'x'.repeat(201) } }, {}],
    ['first out of range', `{ articles(first: 101) { edges { node { slug } } } }`, {}, {}],
    ['a variable that does not coerce', `query($slug: String!) { article(slug: $slug) { id } }`, { slug: 5 }, {}],
    ['null for a nullable variable', `query($keys: [String!]) { article(slug: "${SLUG}") { sections(keys: $keys) { key } } }`, { keys: null }, {}],
  ];
  it.each(READS)('%s', async (name, query, variables, headers) => {
    const routes = executionRoutes(compiled.app.apollo)!;
    const coercionFailures = routes.variables;
    const { got, want, compiledRuns } = await both(query, variables, headers);
    expect(got).toEqual(want);
    // variables that do not coerce are answered by graphql-js (its wording of the error); all else ran compiled
    const badVariables = name === 'a variable that does not coerce';
    expect([compiledRuns, routes.variables - coercionFailures]).toEqual(badVariables ? [0, 1] : [1, 0]);
  });

  it('mutations: a success, a VERSION_CONFLICT, a NOT_FOUND and a FORBIDDEN', async () => {
    const state = JSON.parse(
      (await post(plain, `query($slug: String!) { article(slug: $slug) { id version sections { id key } } }`, { slug: SLUG }, editor)).body,
    ).data.article;
    const UPDATE = `mutation U($id: ID!, $v: Int!, $p: SectionPatch!) { updateSection(sectionId: $id, expectedVersion: $v, patch: $p) { version sections { key heading } } }`;
    const target = state.sections[1].id;
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ id: target, v: state.version, p: { heading: 'What happened, and when?' } }, editor],
      [{ id: target, v: state.version, p: { heading: 'Too late' } }, editor], // the version moved: VERSION_CONFLICT
      [{ id: toGlobalId('Section', '00000000-0000-0000-0000-000000000000'), v: state.version + 1, p: { heading: 'None' } }, editor],
      [{ id: target, v: state.version + 1, p: { heading: 'Anonymous' } }, {}], // a reader may not write
    ];
    const seen: string[] = [];
    for (const [variables, headers] of cases) {
      const { got, want } = await both(UPDATE, variables, headers);
      expect(got).toEqual(want);
      seen.push(JSON.parse(want.body).errors?.[0]?.extensions?.code ?? 'ok');
    }
    expect(seen).toEqual(['ok', 'VERSION_CONFLICT', 'NOT_FOUND', expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/)]);
  });
});
