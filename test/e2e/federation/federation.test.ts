// The API as an Apollo Federation 2 subgraph at /subgraph: keys in the SDL, entity resolution without N+1,
// drafts hidden from readers, and composition with another subgraph.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { toGlobalId } from '../../../src/common/node';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../setup/test-app';

let t: TestApp;
let articleIds: Record<string, string>;
let sourceId: string;
let actorId: string;

async function subgraph<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${t.url}/subgraph`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: JSON.parse(await res.text()) };
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Article { id slug headline sections { key } sources { name } }
  ... on Source { id name }
  ... on Actor { id name }
} }`;

beforeAll(async () => {
  t = await createTestApp();
  await given(t.ds, [
    ...Array.from({ length: 12 }, (_, i) => explainer(i + 1)),
    explainer(50, { slug: 'secret-draft', status: ArticleStatus.DRAFT, publishedAt: null }),
  ]);
  const rows: { slug: string; id: string }[] = await t.ds.query(`SELECT slug, id FROM article`);
  articleIds = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  [{ id: sourceId }] = await t.ds.query(`SELECT id FROM source WHERE name = 'Reuters'`);
  [{ id: actorId }] = await t.ds.query(`SELECT id FROM actor WHERE name = 'Someone'`);
});
afterAll(() => t.close());

const articleRef = (slug: string) => ({ __typename: 'Article', id: toGlobalId('Article', articleIds[slug]) });

describe('federation subgraph', () => {
  it('_service { sdl } links federation 2 and keys Article, Source and Actor by id', async () => {
    const res = await subgraph(`{ _service { sdl } }`);
    expect(res.status).toBe(200);
    const sdl: string = res.body.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])');
    for (const type of ['Article', 'Source', 'Actor']) expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)\\s*\\{`));
    expect(sdl).toMatch(/type Section implements Node\s*\{/);
  });

  it('the public schema at /graphql stays without federation fields', async () => {
    const res = await t.gql(`{ _service { sdl } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('_entities resolves articles, sources and actors in order; unknown and foreign ids are null', async () => {
    const res = await subgraph(ENTITIES, {
      r: [
        articleRef('story-2'),
        { __typename: 'Source', id: toGlobalId('Source', sourceId) },
        { __typename: 'Actor', id: toGlobalId('Actor', actorId) },
        articleRef('story-1'),
        { __typename: 'Article', id: toGlobalId('Source', sourceId) },
        { __typename: 'Article', id: 'nonsense' },
      ],
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!._entities).toEqual([
      {
        __typename: 'Article',
        id: toGlobalId('Article', articleIds['story-2']),
        slug: 'story-2',
        headline: 'Story 2',
        sections: [{ key: 'lead' }, { key: 'what-happened' }],
        sources: [{ name: 'Reuters' }],
      },
      { __typename: 'Source', id: toGlobalId('Source', sourceId), name: 'Reuters' },
      { __typename: 'Actor', id: toGlobalId('Actor', actorId), name: 'Someone' },
      expect.objectContaining({ __typename: 'Article', slug: 'story-1' }),
      null,
      null,
    ]);
  });

  it('drafts stay hidden from readers and are resolved for editors', async () => {
    const r = [articleRef('secret-draft'), articleRef('story-3')];
    const reader = await subgraph(ENTITIES, { r });
    expect(reader.body.data!._entities.map((e: { slug?: string } | null) => e?.slug ?? null)).toEqual([null, 'story-3']);
    const editor = await subgraph(ENTITIES, { r }, await t.as('EDITOR'));
    expect(editor.body.data!._entities.map((e: { slug?: string } | null) => e?.slug ?? null)).toEqual(['secret-draft', 'story-3']);
  });

  it('one statement per entity type, however many representations', async () => {
    const refs = (n: number) => [
      ...Array.from({ length: n }, (_, i) => articleRef(`story-${i + 1}`)),
      { __typename: 'Source', id: toGlobalId('Source', sourceId) },
      { __typename: 'Actor', id: toGlobalId('Actor', actorId) },
    ];
    let few: GraphQLResponse | undefined;
    let many: GraphQLResponse | undefined;
    const fewCount = await t.countStatements(async () => (few = await subgraph(ENTITIES, { r: refs(2) })));
    const manyCount = await t.countStatements(async () => (many = await subgraph(ENTITIES, { r: refs(12) })));
    expect(few!.body.data!._entities).toHaveLength(4);
    expect(many!.body.data!._entities.filter((e: unknown) => e !== null)).toHaveLength(14);
    expect(fewCount).toBe(3);
    expect(manyCount).toBe(3);
  });

  it('composes with a second subgraph that extends Article', async () => {
    const sdl: string = (await subgraph(`{ _service { sdl } }`)).body.data!._service.sdl;
    const newsroom = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Article @key(fields: "id") { id: ID! pageViews: Int! }
      type Source @key(fields: "id") { id: ID! trusted: Boolean! }
      type Query { trending: [Article!]! }
    `;
    const result = composeServices([
      { name: 'explainers', url: `${t.url}/subgraph`, typeDefs: parse(sdl) },
      { name: 'newsroom', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(newsroom) },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('pageViews: Int! @join__field(graph: NEWSROOM)');
    expect(result.supergraphSdl).toMatch(/type Article implements Node\s+@join__implements\(graph: EXPLAINERS, interface: "Node"\)/);
  });
});
