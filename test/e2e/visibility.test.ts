import { ArticleStatus } from '../../src/modules/articles/article.entity';
import { toGlobalId } from '../../src/common/node';
import { bigExplainer, explainer, given } from '../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../setup/test-app';

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
