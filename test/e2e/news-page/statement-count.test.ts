// The news page keeps the read path's promise: one SQL statement per root field, however many rows. The full
// explainer query with its byline and topics at 8 and 288 items, a page of 20 articles with related explainers,
// and the topic and contributor pages.
import { TopicKind } from '../../../src/modules/topics/topic.entity';
import { bigExplainer, explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
const news = {
  contributors: [{ name: 'Ana Petrosyan' }, { name: 'Ben Ortiz' }],
  topics: [
    { name: 'Big story', kind: TopicKind.STORY },
    { name: 'Somewhere', kind: TopicKind.PLACE },
  ],
};
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  await given(t.ds, [
    { ...bigExplainer(1, 2, 1), ...news },
    { ...bigExplainer(2, 12, 6), ...news },
  ]);
  await given(
    t.ds,
    Array.from({ length: 40 }, (_, i) => explainer(i + 10, i % 2 ? news : { topics: [news.topics[1]] })),
  );
});
afterAll(() => t.close());

const EXPLAINER = `query($slug: String!) {
  article(slug: $slug) {
    id slug headline summary eventDate publishedAt byline
    contributors { id name slug role url imageUrl }
    topics { id name slug kind summary timeline { date dateLabel title article { slug } citations { excerpt source { name } } } }
    sections {
      key heading body
      citations { excerpt source { name kind } }
      quotes { text speaker { name title } source { name } }
      reactions { stance summary actor { name country } source { name } }
      contestedFigures { claim claims { value unit claimant { name } statedBy { name } source { name } } }
    }
    sources { name }
    related(first: 5) { slug headline byline topics { slug } }
  }
}`;

const PAGE = `query($n: Int!) { articles(first: $n) { totalCount edges { node { slug headline byline contributors { name } topics { slug }
  related(first: 3) { slug headline byline } } } } }`;

describe('SQL statements of the news page', () => {
  it('the full explainer query with byline, topics, timeline and related is one statement, at 8 and 288 items', async () => {
    const counts: Record<string, number> = {};
    const items: Record<string, number> = {};
    for (const slug of ['big-1', 'big-2', 'armenia-azerbaijan-border-clashes-2022']) {
      counts[slug] = await t.countStatements(async () => {
        const { article } = dataOf(await t.gql(EXPLAINER, { slug }));
        items[slug] = article.sections.reduce(
          (n: number, s: { citations: unknown[]; quotes: unknown[]; reactions: unknown[]; contestedFigures: { claims: unknown[] }[] }) =>
            n + s.citations.length + s.quotes.length + s.reactions.length + s.contestedFigures.reduce((m, f) => m + f.claims.length, 0),
          0,
        );
        if (slug.startsWith('big')) {
          expect(article.byline).toBe('By Ana Petrosyan and Ben Ortiz');
          expect(article.topics.map((x: { slug: string }) => x.slug)).toEqual(['big-story', 'somewhere']);
          expect(article.related).toHaveLength(5);
        } else {
          expect(article.topics[0].timeline).toHaveLength(4);
        }
      });
    }
    expect(items).toEqual({ 'big-1': 8, 'big-2': 288, 'armenia-azerbaijan-border-clashes-2022': 21 });
    expect(counts).toEqual({ 'big-1': 1, 'big-2': 1, 'armenia-azerbaijan-border-clashes-2022': 1 });
  });

  it('a page of articles with their related explainers is one statement, for 2 articles and for 20', async () => {
    let edges: { node: { related: unknown[] } }[] = [];
    const small = await t.countStatements(async () => dataOf(await t.gql(PAGE, { n: 2 })));
    const full = await t.countStatements(async () => {
      edges = dataOf(await t.gql(PAGE, { n: 20 })).articles.edges;
    });
    expect(edges).toHaveLength(20);
    expect(edges.every((e) => e.node.related.length === 3)).toBe(true);
    expect({ small, full }).toEqual({ small: 1, full: 1 });
  });

  it('the topic page and the contributor page are one statement each', async () => {
    const topic = await t.countStatements(async () => {
      const d = dataOf(
        await t.gql(
          `{ topic(slug: "somewhere") { name articles(first: 30) { totalCount edges { node { slug byline contributors { name } } } } timeline { title } } }`,
        ),
      );
      expect(d.topic.articles.totalCount).toBe(42);
    });
    const contributor = await t.countStatements(async () => {
      const d = dataOf(await t.gql(`{ contributor(slug: "ben-ortiz") { name articles(first: 30) { totalCount edges { node { slug topics { name } } } } } }`));
      expect(d.contributor.articles.totalCount).toBe(22);
    });
    expect({ topic, contributor }).toEqual({ topic: 1, contributor: 1 });
  });
});
