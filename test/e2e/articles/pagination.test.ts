import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // 45 published articles with distinct publishedAt (n seconds), 3 of them sharing one instant to test ties,
  // and 5 drafts that readers never see.
  await given(t.ds, [
    ...Array.from({ length: 42 }, (_, i) => explainer(i + 1)),
    ...[100, 101, 102].map((n) => explainer(n, { publishedAt: '2023-03-01T00:00:00.000Z' })),
    ...Array.from({ length: 5 }, (_, i) => explainer(200 + i, { status: ArticleStatus.DRAFT, publishedAt: null })),
  ]);
});
afterAll(() => t.close());

const PAGE = `query($first: Int, $after: String, $orderBy: ArticleOrder) {
  articles(first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    edges { cursor node { slug publishedAt eventDate } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  articles: {
    totalCount: number;
    edges: { cursor: string; node: { slug: string; publishedAt: string; eventDate: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

async function walk(first: number, orderBy?: Record<string, string>) {
  const pages: Page['articles'][] = [];
  let after: string | null = null;
  do {
    const page: Page = dataOf(await t.gql<Page>(PAGE, { first, after, orderBy }));
    pages.push(page.articles);
    after = page.articles.pageInfo.hasNextPage ? page.articles.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

describe('articles connection', () => {
  it('walks every published article once, newest first, with totalCount on every page', async () => {
    const pages = await walk(20);
    expect(pages.map((p) => p.edges.length)).toEqual([20, 20, 5]);
    expect(pages.every((p) => p.totalCount === 45)).toBe(true);
    const slugs = pages.flatMap((p) => p.edges.map((e) => e.node.slug));
    expect(new Set(slugs).size).toBe(45);
    expect(slugs.slice(0, 3).sort()).toEqual(['story-100', 'story-101', 'story-102']);
    const times = pages.flatMap((p) => p.edges.map((e) => Date.parse(e.node.publishedAt)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(pages[0].pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pages[1].pageInfo.hasPreviousPage).toBe(true);
    expect(pages[2].pageInfo.hasNextPage).toBe(false);
    expect(pages[0].pageInfo.startCursor).toBe(pages[0].edges[0].cursor);
    expect(pages[0].pageInfo.endCursor).toBe(pages[0].edges[19].cursor);
  });

  it('pages through ties on the sort key without skipping or repeating', async () => {
    const slugs = (await walk(1)).flatMap((p) => p.edges.map((e) => e.node.slug));
    expect(slugs).toHaveLength(45);
    expect(new Set(slugs).size).toBe(45);
  });

  it('gives the same cursors and pages when asked again', async () => {
    const a = await walk(7);
    const b = await walk(7);
    expect(b).toEqual(a);
  });

  it('orders by event date ascending', async () => {
    const pages = await walk(50, { field: 'EVENT_DATE', direction: 'ASC' });
    const dates = pages[0].edges.map((e) => e.node.eventDate);
    expect(dates).toEqual([...dates].sort());
    expect(pages[0].edges).toHaveLength(45);
  });

  it('defaults to 20 and refuses first outside 1..100 with BAD_USER_INPUT', async () => {
    const d = dataOf(await t.gql<Page>(`{ articles { edges { node { slug } } } }`));
    expect(d.articles.edges).toHaveLength(20);
    for (const first of [0, 101, -1]) {
      const res = await t.gql(PAGE, { first });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.body.errors?.[0].extensions?.validationErrors)).toContain('first');
    }
  });

  it('refuses a malformed cursor or one from another ordering with BAD_USER_INPUT', async () => {
    const [first] = await walk(20, { field: 'EVENT_DATE', direction: 'DESC' });
    const cursor = first.pageInfo.endCursor!;
    const other = await t.gql(PAGE, { first: 5, after: cursor });
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(other.body.errors?.[0].message).toContain('another ordering');
    const forged = Buffer.from(JSON.stringify(['PUBLISHED_AT_DESC', 'yesterday', 'x'])).toString('base64');
    for (const after of ['not a cursor!', 'Zm9v', forged]) {
      const res = await t.gql(PAGE, { first: 5, after });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('pages sources, actors, quotes and reactions the same way', async () => {
    const q = `query($after: String) { quotes(first: 10, after: $after) { totalCount edges { node { text } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const d: { quotes: { totalCount: number; edges: { node: { text: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = dataOf(
        await t.gql(q, { after }),
      );
      expect(d.quotes.totalCount).toBe(45);
      seen.push(...d.quotes.edges.map((e) => e.node.text));
      after = d.quotes.pageInfo.hasNextPage ? d.quotes.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(45);
    const r = dataOf(
      await t.gql(`{ reactions(first: 100) { totalCount edges { node { summary } } } sources { totalCount edges { node { name } } } actors { totalCount } }`),
    );
    expect(r.reactions.totalCount).toBe(45);
    expect(r.reactions.edges).toHaveLength(45);
    expect(r.sources).toEqual({ totalCount: 1, edges: [{ node: { name: 'Reuters' } }] });
    expect(r.actors.totalCount).toBe(1);
  });
});
