import { getNamedType, isEnumType, isNonNullType, isObjectType, isScalarType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../../src/schema';
import { spliceCount } from '../../../src/common/graphql/splice';
import { bigExplainer, explainer, given } from '../../fixtures/factory';
import { createTestApp, type TestApp } from '../../setup/test-app';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';

// Reader queries answered with the JSON text PostgreSQL builds (common/graphql/splice.ts) must be byte for byte
// what graphql-js execution sends: a generated corpus of operations, each answered both ways.
let t: TestApp;
const SEED = 'armenia-azerbaijan-border-clashes-2022';
beforeAll(async () => {
  // The generated operations nest fragments in relations: deeper and wider than the default limits allow.
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { LIMIT_DEPTH: '14', LIMIT_ALIASES: '60', LIMIT_COST: '100000' } });
  await given(t.ds, [
    ...Array.from({ length: 6 }, (_, i) => explainer(i + 1)),
    // nulls: no summary, no event date, no heading; an empty section list is the draft's (hidden) business
    explainer(7, { summary: null, eventDate: null, publishedAt: `2023-02-01T00:00:07.123Z` }),
    explainer(8, { slug: 'draft-8', status: ArticleStatus.DRAFT }),
    explainer(9, { slug: 'embargoed-9' }),
    bigExplainer(20, 1, 3),
    explainer(10, { headline: 'Quotes "inside" \\ back\\slash, tab\tand ünïcödé — <mark>', summary: 'line\nbreak\u0007bell' }),
  ]);
  await t.ds.query(`UPDATE article SET embargo_until = now() + interval '1 day' WHERE slug = 'embargoed-9'`);
});
afterAll(() => t.close());

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

/** The answer by the splice and by graphql-js execution, and whether the splice answered. */
async function bothWays(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  t.config.graphql.splice = true;
  const before = spliceCount.spliced;
  const spliced = await post(query, variables, headers);
  const used = spliceCount.spliced > before;
  t.config.graphql.splice = false;
  try {
    const executed = await post(query, variables, headers);
    return { spliced, executed, used };
  } finally {
    t.config.graphql.splice = true;
  }
}

// A small deterministic generator (mulberry32) so that a failure names a reproducible operation.
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fields the splice does not render (they run the normal way); the corpus covers the rest. */
const UNCOVERED = new Set([
  'Article.pendingChanges',
  'Article.changesSince',
  'Topic.timeline',
  'Article.byline',
  'ArticleChanges.sections',
  'ArticleRevision.changeNote',
  'Article.url',
  'Article.jsonLd',
  'Article.revisions',
  'Image.url',
  'Image.renditions',
  'Source.articles',
  'Contributor.articles',
  'Topic.articles',
]);

class Corpus {
  fragments: string[] = [];
  private n = 0;
  constructor(
    private schema: GraphQLSchema,
    private rnd: () => number,
  ) {}

  private pick<T>(list: T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.rnd() * copy.length), 1)[0]);
    return out;
  }

  private directive(): string {
    const r = this.rnd();
    if (r < 0.12) return ' @include(if: $yes)';
    if (r < 0.24) return ' @skip(if: $yes)';
    if (r < 0.3) return ' @include(if: $no)';
    return '';
  }

  /** A selection on `type`, `depth` levels of relations at most. */
  selection(type: GraphQLObjectType, depth: number): string {
    const leaves: string[] = [];
    const relations: string[] = [];
    for (const [name, field] of Object.entries(type.getFields())) {
      if (UNCOVERED.has(`${type.name}.${name}`)) continue;
      const named = getNamedType(field.type);
      const required = field.args.filter((a) => isNonNullType(a.type));
      if (isEnumType(named) || (isScalarType(named) && !named.name.startsWith('JSON'))) {
        if (field.args.length === 0) leaves.push(name);
      } else if (isObjectType(named) && !named.name.endsWith('Connection')) {
        if (type.name === 'Article' && name === 'section') relations.push(`section(key: "lead")`);
        else if (type.name === 'Article' && name === 'sections') relations.push(this.rnd() < 0.5 ? 'sections' : 'sections(keys: $keys)');
        else if (required.length === 0 && field.args.length === 0) relations.push(name);
      }
    }
    const parts: string[] = [];
    for (const leaf of this.pick(leaves, 1 + Math.floor(this.rnd() * Math.min(6, leaves.length)))) {
      const alias = this.rnd() < 0.2 ? `a${++this.n}: ` : '';
      parts.push(`${alias}${leaf}${this.directive()}`);
    }
    if (this.rnd() < 0.3) parts.push('__typename');
    if (depth > 0) {
      for (const rel of this.pick(relations, Math.floor(this.rnd() * 3))) {
        const name = rel.replace(/\(.*/, '');
        const target = getNamedType(type.getFields()[name].type) as GraphQLObjectType;
        const alias = this.rnd() < 0.2 ? `r${++this.n}: ` : '';
        parts.push(`${alias}${rel}${this.directive()} { ${this.selection(target, depth - 1)} }`);
      }
    }
    return this.wrap(type, parts);
  }

  /** Some parts moved into an inline fragment or a named fragment (on the type or on Node). */
  private wrap(type: GraphQLObjectType, parts: string[]): string {
    if (parts.length < 2) return parts.join(' ');
    const r = this.rnd();
    const k = 1 + Math.floor(this.rnd() * (parts.length - 1));
    const moved = parts.splice(0, k);
    if (r < 0.25) return `${parts.join(' ')} ... on ${type.name}${this.directive()} { ${moved.join(' ')} }`;
    if (r < 0.45) {
      const name = `F${++this.n}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${moved.join(' ')} }`);
      return `...${name} ${parts.join(' ')}`;
    }
    if (r < 0.55 && type.getInterfaces().some((i) => i.name === 'Node') && moved.length) return `${parts.join(' ')} ${moved.join(' ')} ... on Node { id }`;
    return [...moved, ...parts].join(' ');
  }

  connection(type: GraphQLObjectType, depth: number): string {
    const edge = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
    const node = getNamedType(edge.getFields().node.type) as GraphQLObjectType;
    const parts = [`edges { ${this.rnd() < 0.5 ? 'cursor ' : ''}node { ${this.selection(node, depth)} } }`];
    if (this.rnd() < 0.6) parts.push('totalCount');
    if (this.rnd() < 0.6)
      parts.push(
        `pageInfo { ${this.pick(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'], 2 + Math.floor(this.rnd() * 3)).join(' ')} }`,
      );
    if (this.rnd() < 0.2) parts.push('__typename');
    return this.pick(parts, parts.length).join(' ');
  }
}

const VARS = '$slug: String!, $yes: Boolean!, $no: Boolean!, $keys: [String!], $first: Int, $after: String, $q: String!';

function operation(schema: GraphQLSchema, seed: number): string {
  const c = new Corpus(schema, random(seed));
  const article = schema.getType('Article') as GraphQLObjectType;
  const roots: string[] = [];
  const kind = seed % 4;
  if (kind === 0 || kind === 3) roots.push(`article(slug: $slug) { ${c.selection(article, 3)} }`);
  if (kind === 1 || kind === 3)
    roots.push(`list: articles(first: $first, after: $after) { ${c.connection(schema.getType('ArticleConnection') as GraphQLObjectType, 2)} }`);
  if (kind === 2) roots.push(`search(query: $q, first: 5) { ${c.connection(schema.getType('SearchConnection') as GraphQLObjectType, 2)} }`);
  if (kind === 3) roots.push(`other: article(slug: "story-7") { ${c.selection(article, 1)} }`);
  const used = (name: string) => roots.join(' ').includes(`$${name}`) || c.fragments.join(' ').includes(`$${name}`);
  const vars = VARS.split(', ').filter((v) => used(v.slice(1, v.indexOf(':'))));
  return `query Op${seed}${vars.length ? `(${vars.join(', ')})` : ''} { ${roots.join(' ')} } ${c.fragments.join(' ')}`;
}

function variablesFor(query: string, yes: boolean, slug: string): Record<string, unknown> {
  const all: Record<string, unknown> = { slug, yes, no: !yes, keys: ['lead', 'what-happened'], first: 3, after: null, q: 'story' };
  return Object.fromEntries(Object.entries(all).filter(([k]) => query.includes(`$${k}:`)));
}

describe('splicing the JSON text PostgreSQL builds', () => {
  it('answers a generated corpus of operations byte for byte as graphql-js execution does', async () => {
    const schema = buildSchema();
    const notSpliced: string[] = [];
    let compared = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const query = operation(schema, seed);
      for (const [yes, slug] of [
        [true, SEED],
        [false, 'story-10'],
      ] as const) {
        const variables = variablesFor(query, yes, slug);
        const { spliced, executed, used } = await bothWays(query, variables);
        expect({ query, variables, status: spliced.status, body: spliced.text }).toEqual({ query, variables, status: executed.status, body: executed.text });
        expect({ query, status: executed.status, body: executed.status === 200 ? '' : executed.text }).toEqual({ query, status: 200, body: '' });
        if (!used) notSpliced.push(query);
        compared++;
      }
    }
    expect(compared).toBe(160);
    expect(notSpliced).toEqual([]);
  });

  it('answers the bench operations and a second page the same both ways, by the splice', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [
        `query($slug: String!) { article(slug: $slug) { slug headline summary eventDate contributors { slug name role } topics { slug name kind } leadImage { path alt caption credit width height } sections { key heading body citations { excerpt source { name kind } } quotes { text speaker { name title } source { name } } reactions { stance summary actor { name country } source { name } } } } }`,
        { slug: SEED },
      ],
      [
        `query($slug: String!, $keys: [String!]) { article(slug: $slug) { headline sections(keys: $keys) { key heading body citations { excerpt source { name kind url } } quotes { text speaker { name title } source { name } } reactions { stance summary actor { name country } source { name } } } } }`,
        { slug: SEED, keys: ['lead', 'background'] },
      ],
      [
        `query($day: Date!) { articles(first: 20, filter: { eventDate: { from: $day, to: $day } }) { edges { node { slug headline summary section(key: "lead") { body } } } } }`,
        { day: '2023-01-02' },
      ],
      [
        `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { rank article { slug headline } matches { key highlight } } } } }`,
        { q: 'story' },
      ],
      [
        `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { rank article { slug headline } matches { key highlight } } } } }`,
        { q: 'azerbaijan border' },
      ],
      [
        `{ articles(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id slug publishedAt eventDate status } } } }`,
        {},
      ],
      [
        `{ articles(first: 100, filter: { eventDate: { from: "1990-01-01", to: "1990-01-02" } }) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor node { slug } } } }`,
        {},
      ],
    ];
    const first = await post(`{ articles(first: 2) { pageInfo { endCursor } } }`, {});
    const after = JSON.parse(first.text).data.articles.pageInfo.endCursor;
    cases.push([
      `query($after: String) { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } }`,
      { after },
    ]);
    for (const [query, variables] of cases) {
      const { spliced, executed, used } = await bothWays(query, variables);
      expect({ query, body: spliced.text }).toEqual({ query, body: executed.text });
      expect({ query, used }).toEqual({ query, used: true });
    }
  });

  it('keeps drafts and embargoed articles hidden from anonymous readers on the splice path', async () => {
    for (const slug of ['draft-8', 'embargoed-9']) {
      const { spliced, executed, used } = await bothWays(`query($slug: String!) { article(slug: $slug) { slug headline } }`, { slug });
      expect(used).toBe(true);
      expect(spliced.text).toBe('{"data":{"article":null}}\n');
      expect(spliced.text).toBe(executed.text);
    }
    const list = await bothWays(`{ articles(first: 100) { edges { node { slug } } } }`, {});
    expect(list.used).toBe(true);
    expect(list.spliced.text).not.toContain('draft-8');
    expect(list.spliced.text).not.toContain('embargoed-9');
    expect(list.spliced.text).toBe(list.executed.text);
    // An editor sees the draft, on the splice path too.
    const editor = await t.as('EDITOR');
    const draft = await bothWays(`query($slug: String!) { article(slug: $slug) { slug status } }`, { slug: 'draft-8' }, editor);
    expect(draft.spliced.text).toBe('{"data":{"article":{"slug":"draft-8","status":"DRAFT"}}}\n');
    expect(draft.spliced.text).toBe(draft.executed.text);
  });

  it('falls back to execution for what it does not cover, and for errors, with the same answer', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [`query($slug: String!) { article(slug: $slug) { slug url } }`, { slug: SEED }], // a field resolver
      [`query($slug: String!) { article(slug: $slug) { slug jsonLd } }`, { slug: SEED }], // JSONObject
      [`query($slug: String!) { article(slug: $slug) { slug } node(id: "QXJ0aWNsZTox") { id } }`, { slug: SEED }], // another root
      [`query($slug: String!) { article(slug: $slug) { slug @deprecated } }`, { slug: SEED }], // another directive (refused by validation)
      [`{ articles(first: 0) { totalCount } }`, {}], // an argument type-graphql refuses
      [`{ article(slug: "x", id: "y") { slug } }`, {}], // an argument the service refuses
      [`query($keys: [String!]) { article(slug: "${SEED}") { sections(keys: $keys) { key } } }`, { keys: ['x'.repeat(121)] }], // a nested argument class-validator refuses
    ];
    for (const [query, variables] of cases) {
      const { spliced, executed, used } = await bothWays(query, variables);
      expect({ query, used }).toEqual({ query, used: false });
      expect({ query, status: spliced.status, body: spliced.text }).toEqual({ query, status: executed.status, body: executed.text });
    }
  });

  it('runs the normal way when a value would print otherwise in JavaScript (numbers graphql-js reformats)', async () => {
    const query = `{ article(slug: "big-20") { slug contestedFigures { claims { value unit } } } }`;
    const plain = await bothWays(query, {});
    expect(plain.used).toBe(true);
    expect(plain.spliced.text).toBe(plain.executed.text);
    const claims = `SELECT c.id FROM figure_claim c JOIN contested_figure f ON f.id = c.contested_figure_id JOIN section s ON s.id = f.section_id JOIN article a ON a.id = s.article_id WHERE a.slug = 'big-20'`;
    // numeric keeps "2.50" and "-1.10" (JavaScript prints 2.5, -1.1), 0.0000001 is 1e-7 in JavaScript, 18 digits are rounded
    for (const value of ['2.50', '0.0000001', '123456789012345678', '-1.10']) {
      await t.ds.query(`UPDATE figure_claim SET value = $1 WHERE id = (${claims} ORDER BY c.position LIMIT 1)`, [value]);
      const { spliced, executed, used } = await bothWays(query, {});
      expect({ value, used }).toEqual({ value, used: false });
      expect(spliced.text).toBe(executed.text);
    }
    await t.ds.query(`UPDATE figure_claim SET value = 0.25 WHERE id IN (${claims})`);
    const fraction = await bothWays(query, {});
    expect(fraction.used).toBe(true);
    expect(fraction.spliced.text).toContain('"value":0.25');
    expect(fraction.spliced.text).toBe(fraction.executed.text);
  });

  it('answers each root field with one statement', async () => {
    const query = `query($slug: String!) { article(slug: $slug) { slug sections { key citations { source { name } } quotes { speaker { name } } reactions { actor { name } } } } articles(first: 5) { totalCount edges { node { slug section(key: "lead") { body } } } } search(query: "border", first: 3) { edges { node { rank article { slug } matches { key } } } } }`;
    const before = spliceCount.spliced;
    const n = await t.countStatements(() => post(query, { slug: SEED }));
    expect(spliceCount.spliced).toBe(before + 1);
    expect(n).toBe(3);
  });
});
