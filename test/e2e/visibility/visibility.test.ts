import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { ActorKind } from '../../../src/modules/actors/actor.entity';
import { Stance } from '../../../src/modules/reactions/reaction.entity';
import { SourceKind } from '../../../src/modules/sources/source.entity';
import { toGlobalId } from '../../../src/common/node';
import { bigExplainer, explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

// A draft and an archived article share the outlet and actor of a published one; readers must find no trace.
let t: TestApp;
let ids: Record<string, string>;
let figures: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  await given(t.ds, [
    explainer(1),
    explainer(2, { slug: 'secret-draft', status: ArticleStatus.DRAFT, publishedAt: null }),
    explainer(3, { slug: 'old-archived', status: ArticleStatus.ARCHIVED }),
    { ...bigExplainer(4, 1, 1), slug: 'draft-with-figures', status: ArticleStatus.DRAFT, publishedAt: null },
  ]);
  const [row] = await t.ds.query(`SELECT a.id AS article, s.id AS section, c.id AS citation, q.id AS quote, r.id AS reaction
    FROM article a JOIN section s ON s.article_id = a.id AND s.key = 'what-happened'
    JOIN citation c ON c.section_id = s.id JOIN quote q ON q.section_id = s.id JOIN reaction r ON r.section_id = s.id
    WHERE a.slug = 'secret-draft'`);
  ids = row;
  [figures] = await t.ds.query(`SELECT f.id AS figure, fc.id AS claim FROM contested_figure f JOIN figure_claim fc ON fc.contested_figure_id = f.id
    JOIN section s ON s.id = f.section_id JOIN article a ON a.id = s.article_id WHERE a.slug = 'draft-with-figures'`);
});
afterAll(() => t.close());

describe('readers never see drafts or archived articles', () => {
  it('article(slug) and article(id) answer null', async () => {
    // The control: an editor asking the same gets them, so the nulls below come from visibility, not the query.
    const editor = await t.as('EDITOR');
    for (const slug of ['secret-draft', 'old-archived']) {
      expect(dataOf(await t.gql(`query($s: String) { article(slug: $s) { slug } }`, { s: slug }, editor)).article).toEqual({ slug });
      expect(dataOf(await t.gql(`query($s: String) { article(slug: $s) { id } }`, { s: slug })).article).toBeNull();
    }
    const id = toGlobalId('Article', ids.article);
    expect(dataOf(await t.gql(`query($id: ID) { article(id: $id) { id } }`, { id }, editor)).article).toEqual({ id });
    expect(dataOf(await t.gql(`query($id: ID) { article(id: $id) { id } }`, { id })).article).toBeNull();
  });

  it('node(id) answers null for the draft and everything in it', async () => {
    const cases = [
      ['Article', ids.article],
      ['Section', ids.section],
      ['Citation', ids.citation],
      ['Quote', ids.quote],
      ['Reaction', ids.reaction],
      ['ContestedFigure', figures.figure],
      ['FigureClaim', figures.claim],
    ] as const;
    // The control: an editor gets each of them through node(), so the nulls come from visibility, not from ids that
    // find nothing.
    const editor = await t.as('EDITOR');
    for (const [type, id] of cases) {
      const node = { __typename: type, id: toGlobalId(type, id) };
      const query = `query($id: ID!) { node(id: $id) { __typename id } }`;
      expect([type, dataOf(await t.gql(query, { id: node.id }, editor)).node]).toEqual([type, node]);
      expect([type, dataOf(await t.gql(query, { id: node.id })).node]).toEqual([type, null]);
    }
  });

  it('lists and counts leave them out', async () => {
    const d = dataOf(
      await t.gql(`{
        articles { totalCount edges { node { slug } } }
        drafts: articles(filter: { status: DRAFT }) { totalCount }
        archived: articles(filter: { status: ARCHIVED }) { totalCount }
        quotes { totalCount }
        reactions { totalCount }
        source(name: "Reuters") { articles { totalCount edges { node { slug } } } }
        byActor: articles(filter: { actorName: "Someone" }) { totalCount }
      }`),
    );
    expect(d.articles).toEqual({ totalCount: 1, edges: [{ node: { slug: 'story-1' } }] });
    expect(d.drafts.totalCount).toBe(0);
    expect(d.archived.totalCount).toBe(0);
    expect(d.quotes.totalCount).toBe(1);
    expect(d.reactions.totalCount).toBe(1);
    expect(d.source.articles).toEqual({ totalCount: 1, edges: [{ node: { slug: 'story-1' } }] });
    expect(d.byActor.totalCount).toBe(1);
  });
});

// Actors and sources are rows of their own, shared by the explainers that name them: a reader must learn of one only
// through a PUBLISHED article, in every read path (lists, counts, lookups, node, federation), and not from a draft
// nor from what a deleted article left behind.
describe('actors and sources named only in drafts', () => {
  const ACTOR = 'Draft-Only Minister';
  const SOURCE = 'Draft-Only Wire';
  const FIGURE_ACTOR = 'Claimant Country';
  const FIGURE_SOURCE = 'Claim Gazette';
  const onlyIn = (n: number, slug: string, status: ArticleStatus, actor: string, source: string) =>
    explainer(n, {
      slug,
      status,
      publishedAt: status === ArticleStatus.PUBLISHED ? '2023-03-01T00:00:00.000Z' : null,
      sources: [{ name: source, kind: SourceKind.NEWSPAPER }],
      actors: [{ name: actor, kind: ActorKind.PERSON, title: 'Minister', country: 'Elsewhere' }],
      sections: [
        { key: 'lead', heading: null, body: `Lead ${n}.`, citations: [], quotes: [], reactions: [] },
        {
          key: 'what-happened',
          heading: 'What happened?',
          body: `${source} reported it.`,
          citations: [{ source, excerpt: `${source} reported it.` }],
          quotes: [{ text: 'Nothing to add.', speaker: actor, source }],
          reactions: [{ actor, stance: Stance.OTHER, summary: 'Declined to comment.', source }],
        },
      ],
    });
  let actorId: string;
  let sourceId: string;
  let draftId: string;
  let editor: Record<string, string>;

  const reads = `query($actor: String!, $source: String!, $a: ID!, $s: ID!) {
    actors(filter: { name: $actor }) { totalCount edges { node { name } } }
    allActors: actors(first: 100) { totalCount edges { node { name } } }
    source(name: $source) { name }
    sources(first: 100) { totalCount edges { node { name } } }
    actorNode: node(id: $a) { id }
    sourceNode: node(id: $s) { id }
  }`;
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { name } ... on Source { name } } }`;
  async function entities(headers: Record<string, string> = {}): Promise<unknown[]> {
    const res = await fetch(`${t.url}/subgraph`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: ENTITIES,
        variables: {
          r: [
            { __typename: 'Actor', id: toGlobalId('Actor', actorId) },
            { __typename: 'Source', id: toGlobalId('Source', sourceId) },
          ],
        },
      }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    return body.data._entities;
  }
  const read = async (headers: Record<string, string> = {}) =>
    dataOf(await t.gql(reads, { actor: ACTOR, source: SOURCE, a: toGlobalId('Actor', actorId), s: toGlobalId('Source', sourceId) }, headers));
  const names = (c: { edges: { node: { name: string } }[] }) => c.edges.map((e) => e.node.name);

  beforeAll(async () => {
    [draftId] = await given(t.ds, [onlyIn(40, 'draft-only-names', ArticleStatus.DRAFT, ACTOR, SOURCE)]);
    // Published, naming an actor and an outlet only in a figure claim: visible through the claim alone.
    await given(t.ds, [
      {
        ...explainer(41, { slug: 'figure-only-names' }),
        sources: [{ name: FIGURE_SOURCE, kind: SourceKind.NEWSPAPER }],
        actors: [{ name: FIGURE_ACTOR, kind: ActorKind.COUNTRY }],
        sections: [
          { key: 'lead', heading: null, body: 'Lead 41.', citations: [], quotes: [], reactions: [] },
          {
            key: 'how-many',
            heading: 'How many?',
            body: 'It says 12.',
            citations: [],
            quotes: [],
            reactions: [],
            contestedFigures: [
              { claim: 'people', claims: [{ claimant: FIGURE_ACTOR, value: 12, unit: 'people', source: FIGURE_SOURCE, excerpt: 'It says 12.' }] },
            ],
          },
        ],
      },
    ]);
    [{ id: actorId }] = await t.ds.query(`SELECT id FROM actor WHERE name = $1`, [ACTOR]);
    [{ id: sourceId }] = await t.ds.query(`SELECT id FROM source WHERE name = $1`, [SOURCE]);
    editor = await t.as('EDITOR');
  });

  function expectHidden(d: Record<string, any>) {
    expect(d.actors).toEqual({ totalCount: 0, edges: [] });
    expect(names(d.allActors)).not.toContain(ACTOR);
    expect(d.allActors.totalCount).toBe(d.allActors.edges.length);
    expect(d.source).toBeNull();
    expect(names(d.sources)).not.toContain(SOURCE);
    expect(d.sources.totalCount).toBe(d.sources.edges.length);
    expect(d.actorNode).toBeNull();
    expect(d.sourceNode).toBeNull();
  }

  it('readers find no trace of them in any read path, totalCount included', async () => {
    const d = await read();
    expectHidden(d);
    // The other draft's outlet and actors (bigExplainer's) are hidden too; the published ones are listed.
    expect(names(d.allActors)).toEqual(expect.arrayContaining(['Someone', FIGURE_ACTOR]));
    expect(names(d.allActors)).not.toContain('Actor 0');
    expect(names(d.sources)).toEqual(expect.arrayContaining(['Reuters', FIGURE_SOURCE]));
    expect(names(d.sources)).not.toContain('Outlet 0');
    expect(await entities()).toEqual([null, null]);
  });

  it('editors see them everywhere (positive control)', async () => {
    const d = await read(editor);
    expect(d.actors).toEqual({ totalCount: 1, edges: [{ node: { name: ACTOR } }] });
    expect(names(d.allActors)).toEqual(expect.arrayContaining([ACTOR, 'Actor 0']));
    expect(d.source).toEqual({ name: SOURCE });
    expect(names(d.sources)).toEqual(expect.arrayContaining([SOURCE, 'Outlet 0']));
    expect(d.actorNode).toEqual({ id: toGlobalId('Actor', actorId) });
    expect(d.sourceNode).toEqual({ id: toGlobalId('Source', sourceId) });
    expect(await entities(editor)).toEqual([{ name: ACTOR }, { name: SOURCE }]);
  });

  it('a published article that names them makes them visible, each path in one statement', async () => {
    const [published] = await given(t.ds, [onlyIn(42, 'names-published', ArticleStatus.PUBLISHED, ACTOR, SOURCE)]);
    let d: Record<string, any> = {};
    const statements = await t.countStatements(async () => (d = await read()));
    expect(statements).toBe(6);
    expect(d.actors).toEqual({ totalCount: 1, edges: [{ node: { name: ACTOR } }] });
    expect(names(d.allActors)).toContain(ACTOR);
    expect(d.source).toEqual({ name: SOURCE });
    expect(names(d.sources)).toContain(SOURCE);
    expect(d.actorNode).not.toBeNull();
    expect(d.sourceNode).not.toBeNull();
    expect(await entities()).toEqual([{ name: ACTOR }, { name: SOURCE }]);
    // Unpublished again (archived): hidden again.
    await t.ds.query(`UPDATE article SET status = 'ARCHIVED' WHERE id = $1`, [published]);
    expectHidden(await read());
  });

  it('stay hidden after the draft is deleted, though the rows remain', async () => {
    const [{ version }] = await t.ds.query(`SELECT version FROM article WHERE id = $1`, [draftId]);
    dataOf(
      await t.gql(`mutation($id: ID!, $v: Int!) { deleteArticle(id: $id, expectedVersion: $v) }`, { id: toGlobalId('Article', draftId), v: version }, editor),
    );
    expect(await t.ds.query(`SELECT 1 FROM actor WHERE id = $1 UNION ALL SELECT 1 FROM source WHERE id = $2`, [actorId, sourceId])).toHaveLength(2);
    expectHidden(await read());
    expect(await entities()).toEqual([null, null]);
    expect((await read(editor)).source).toEqual({ name: SOURCE });
  });
});
