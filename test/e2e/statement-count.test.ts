import { requestScope } from '../../src/db/query-stats';
import { bigExplainer, explainer, given } from '../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../setup/test-app';

// The read path answers each root field with one SQL statement, however many rows the answer holds.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  await given(t.ds, [bigExplainer(1, 2, 1), bigExplainer(2, 12, 6)]);
  await given(t.ds, Array.from({ length: 40 }, (_, i) => explainer(i + 10)));
});
afterAll(() => t.close());

const EXPLAINER = `query($slug: String!) {
  article(slug: $slug) {
    id slug headline summary eventDate publishedAt
    sections {
      key heading body
      sources { name }
      citations { excerpt source { name kind } }
      quotes { text speaker { name title } source { name } }
      reactions { stance summary actor { name country } source { name } }
    }
    sources { name }
  }
}`;

const PAGE = `{ articles(first: 20) { totalCount edges { cursor node { slug headline summary
  sections { key heading body quotes { text speaker { name } } reactions { actor { name } } } } } pageInfo { hasNextPage endCursor } } }`;

describe('SQL statements per operation', () => {
  it('the full explainer query is one statement, for a small and a large article', async () => {
    const counts: Record<string, number> = {};
    const sizes: Record<string, number> = {};
    for (const slug of ['big-1', 'big-2', 'armenia-azerbaijan-border-clashes-2022']) {
      counts[slug] = await t.countStatements(async () => {
        const { article } = dataOf(await t.gql(EXPLAINER, { slug }));
        sizes[slug] = article.sections.reduce((n: number, s: { citations: unknown[]; quotes: unknown[]; reactions: unknown[] }) => n + s.citations.length + s.quotes.length + s.reactions.length, 0);
      });
    }
    expect(sizes).toEqual({ 'big-1': 6, 'big-2': 216, 'armenia-azerbaijan-border-clashes-2022': 18 });
    expect(counts).toEqual({ 'big-1': 1, 'big-2': 1, 'armenia-azerbaijan-border-clashes-2022': 1 });
  });

  it('a page of 20 articles with their sections is one statement, whatever the page size', async () => {
    const small = await t.countStatements(async () => dataOf(await t.gql(PAGE.replace('first: 20', 'first: 2'))));
    let edges = 0;
    const full = await t.countStatements(async () => {
      edges = dataOf(await t.gql(PAGE)).articles.edges.length;
    });
    expect(edges).toBe(20);
    expect({ small, full }).toEqual({ small: 1, full: 1 });
  });

  it('each root field costs one statement: three roots, three statements', async () => {
    const n = await t.countStatements(async () =>
      dataOf(await t.gql(`{ a: article(slug: "big-2") { sections { key } } b: articles(first: 5) { totalCount } quotes(first: 5) { edges { node { text speaker { name } } } } }`)),
    );
    expect(n).toBe(3);
  });

  it('the request log counts the same statements', async () => {
    // the per-request counter (AsyncLocalStorage) is what the request log line and metrics read
    const scope = { requestId: 'test', sqlStatements: 0 };
    await requestScope.run(scope, () => t.ds.query('SELECT 1'));
    expect(scope.sqlStatements).toBe(1);
  });
});
