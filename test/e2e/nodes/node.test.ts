import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { toGlobalId } from '../../../src/common/node';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
});
afterAll(() => t.close());

const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Article { slug } ... on Section { key } ... on Source { name } ... on Citation { excerpt }
  ... on Actor { name } ... on Quote { text } ... on Reaction { stance }
  ... on ContestedFigure { claim } ... on FigureClaim { value } } }`;

describe('node(id)', () => {
  it('round-trips the id of every object type', async () => {
    const { article } = dataOf(
      await t.gql(
        `query($s: String!) { article(slug: $s) { id slug sections { id key citations { id excerpt source { id name } } quotes { id text }
        reactions { id stance actor { id name } } contestedFigures { id claim claims { id value } } } } }`,
        { s: seed.slug },
      ),
    );
    const s1 = article.sections[1];
    const cases: [string, string, Record<string, unknown>][] = [
      ['Article', article.id, { slug: seed.slug }],
      ['Section', s1.id, { key: s1.key }],
      ['Citation', s1.citations[0].id, { excerpt: s1.citations[0].excerpt }],
      ['Source', s1.citations[0].source.id, { name: 'BBC' }],
      ['Quote', s1.quotes[0].id, { text: s1.quotes[0].text }],
      ['Reaction', s1.reactions[0].id, { stance: 'CLAIM' }],
      ['Actor', s1.reactions[0].actor.id, { name: 'Armenia' }],
      ['ContestedFigure', s1.contestedFigures[0].id, { claim: 'soldiers killed' }],
      ['FigureClaim', s1.contestedFigures[0].claims[1].id, { value: 50 }],
    ];
    const ids = new Set<string>();
    for (const [type, id, fields] of cases) {
      ids.add(id);
      const { node } = dataOf(await t.gql(NODE, { id }));
      expect(node).toEqual({ __typename: type, id, ...fields });
    }
    expect(ids.size).toBe(cases.length);
    const byId = dataOf(await t.gql(`query($id: ID) { article(id: $id) { slug } }`, { id: article.id }));
    expect(byId.article.slug).toBe(seed.slug);
  });

  it('reads the SectionItem interface of citations, quotes, reactions and contested figures', async () => {
    const { article } = dataOf(
      await t.gql(`query($s: String!) { article(slug: $s) { sections { citations { id } quotes { id } reactions { id } contestedFigures { id } } } }`, {
        s: seed.slug,
      }),
    );
    const ids = article.sections
      .flatMap((s: Record<string, { id: string }[]>) => [s.citations[0], s.quotes[0], s.reactions[0], s.contestedFigures[0]])
      .filter(Boolean);
    // The first item of each kind in each section of the seed, in the same order: its type, at position 0.
    const expected = seed.sections.flatMap((s) =>
      (
        [
          ['Citation', s.citations],
          ['Quote', s.quotes],
          ['Reaction', s.reactions],
          ['ContestedFigure', s.contestedFigures ?? []],
        ] as const
      )
        .filter(([, items]) => items.length > 0)
        .map(([type]) => ({ __typename: type, position: 0, createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/) })),
    );
    expect(expected).toHaveLength(7);
    const nodes = [];
    for (const { id } of ids) {
      nodes.push(dataOf(await t.gql(`query($id: ID!) { node(id: $id) { __typename ... on SectionItem { position createdAt } } }`, { id })).node);
    }
    expect(nodes).toEqual(expected);
  });

  it('answers null for a well-formed id of nothing', async () => {
    const id = toGlobalId('Quote', '00000000-0000-4000-8000-000000000000');
    expect(dataOf(await t.gql(NODE, { id })).node).toBeNull();
  });

  it('refuses ids it never issued with BAD_USER_INPUT', async () => {
    for (const id of ['42', 'QXJ0aWNsZTo0Mg==', Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64')]) {
      const res = await t.gql(NODE, { id });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    }
    const sectionAsArticle = dataOf(await t.gql(`query($s: String!) { article(slug: $s) { sections { id } } }`, { s: seed.slug })).article.sections[0].id;
    const res = await t.gql(`query($id: ID) { article(id: $id) { slug } }`, { id: sectionAsArticle });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs exactly one of slug and id for article', async () => {
    for (const vars of [{}, { slug: seed.slug, id: toGlobalId('Article', '00000000-0000-4000-8000-000000000000') }]) {
      const res = await t.gql(`query($slug: String, $id: ID) { article(slug: $slug, id: $id) { id } }`, vars);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.data).toEqual({ article: null });
    }
    expect(dataOf(await t.gql(`{ article(slug: "no-such-article") { id } }`)).article).toBeNull();
  });
});
