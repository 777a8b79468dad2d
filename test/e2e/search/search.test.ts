import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { explainer, given } from '../../fixtures/factory';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

// Full-text search: ranked over headline, summary and section text, highlights per matching section, drafts
// hidden from readers, keyset pages with the rank in the cursor.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const base = explainer(1);
  await given(t.ds, [
    // the headline, the summary and a section match: the best
    explainer(1, {
      slug: 'quake-headline',
      headline: 'Earthquake shakes the valley',
      summary: 'A strong earthquake hit on Monday.',
      sections: [
        { ...base.sections[0], body: 'The earthquake was felt across the region.' },
        { ...base.sections[1], key: 'what-now', heading: 'What now?', body: 'Rescuers search the rubble after the earthquakes.' },
      ],
    }),
    // only one section matches
    explainer(2, {
      slug: 'quake-section',
      headline: 'Valley news',
      summary: 'Local news.',
      sections: [
        base.sections[0],
        { ...base.sections[1], key: 'aftershocks', heading: 'What about aftershocks?', body: 'Experts warn that a second earthquake may follow.' },
      ],
    }),
    explainer(3, { slug: 'quake-draft', headline: 'Earthquake draft', status: ArticleStatus.DRAFT, publishedAt: null }),
    ...Array.from({ length: 7 }, (_, i) => explainer(10 + i, { slug: `flood-${i}`, headline: `Flood report ${i}`, summary: 'Rivers burst their banks.' })),
    explainer(30, { slug: 'unrelated', headline: 'Elections', summary: 'Votes were counted.' }),
  ]);
});
afterAll(() => t.close());

const SEARCH = `query($q: String!, $first: Int, $after: String, $filter: ArticleFilter) {
  search(query: $q, first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { rank headlineHighlight summaryHighlight article { slug status } matches { key heading highlight section { key } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Search = {
  search: {
    totalCount: number;
    edges: {
      cursor: string;
      node: {
        rank: number;
        headlineHighlight: string;
        summaryHighlight: string | null;
        article: { slug: string; status: string };
        matches: { key: string; heading: string | null; highlight: string; section: { key: string } }[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('search', () => {
  it('ranks headline and summary matches above a match in one section, and hides drafts from readers', async () => {
    const { search } = dataOf(await t.gql<Search>(SEARCH, { q: 'earthquake' }));
    expect(search.totalCount).toBe(2);
    expect(search.edges.map((e) => e.node.article.slug)).toEqual(['quake-headline', 'quake-section']);
    expect(search.edges[0].node.rank).toBeGreaterThan(search.edges[1].node.rank);
    expect(search.edges[1].node.rank).toBeGreaterThan(0);
  });

  it('highlights the headline, the summary and each matching section, by key', async () => {
    const { search } = dataOf(await t.gql<Search>(SEARCH, { q: 'earthquake' }));
    const [best, second] = search.edges.map((e) => e.node);
    expect(best.headlineHighlight).toBe('<mark>Earthquake</mark> shakes the valley');
    expect(best.summaryHighlight).toBe('A strong <mark>earthquake</mark> hit on Monday.');
    // stemming: "earthquakes" matches "earthquake"; passages are trimmed to words (ts_headline fragments)
    expect(best.matches).toEqual([
      { key: 'lead', heading: null, highlight: '<mark>earthquake</mark> was felt across the region', section: { key: 'lead' } },
      { key: 'what-now', heading: 'What now?', highlight: 'Rescuers search the rubble after the <mark>earthquakes</mark>', section: { key: 'what-now' } },
    ]);
    expect(second.headlineHighlight).toBe('Valley news');
    expect(second.matches.map((m) => [m.key, m.highlight])).toEqual([['aftershocks', 'Experts warn that a second <mark>earthquake</mark> may follow']]);
  });

  it('lets editors find drafts', async () => {
    const editor = await t.as('EDITOR');
    const { search } = dataOf(await t.gql<Search>(SEARCH, { q: 'earthquake' }, editor));
    expect(search.edges.map((e) => [e.node.article.slug, e.node.article.status]).sort()).toEqual([
      ['quake-draft', 'DRAFT'],
      ['quake-headline', 'PUBLISHED'],
      ['quake-section', 'PUBLISHED'],
    ]);
    const drafts = dataOf(await t.gql<Search>(SEARCH, { q: 'earthquake', filter: { status: 'DRAFT' } }, editor));
    expect(drafts.search.edges.map((e) => e.node.article.slug)).toEqual(['quake-draft']);
  });

  it('pages through equal ranks with cursors, each result once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: Search = dataOf(await t.gql<Search>(SEARCH, { q: 'flood banks', first: 3, after }));
      expect(res.search.totalCount).toBe(7);
      seen.push(...res.search.edges.map((e) => e.node.article.slug));
      after = res.search.pageInfo.hasNextPage ? res.search.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual(Array.from({ length: 7 }, (_, i) => `flood-${i}`));
  });

  it('finds nothing for words absent or only stop words, and refuses a foreign cursor', async () => {
    expect(dataOf(await t.gql<Search>(SEARCH, { q: 'volcano' })).search).toMatchObject({ totalCount: 0, edges: [] });
    expect(dataOf(await t.gql<Search>(SEARCH, { q: 'the' })).search).toMatchObject({ totalCount: 0, edges: [] });
    const { articles } = dataOf(await t.gql(`{ articles(first: 1) { pageInfo { endCursor } } }`));
    const res = await t.gql(SEARCH, { q: 'flood', after: articles.pageInfo.endCursor });
    expect([res.status, res.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('refuses crafted cursors whose values PostgreSQL cannot read with 400 BAD_USER_INPUT, never a 500', async () => {
    const real = dataOf(await t.gql<Search>(SEARCH, { q: 'flood', first: 1 })).search.pageInfo.endCursor!;
    const [key, rank, id] = JSON.parse(Buffer.from(real, 'base64').toString('utf8')) as string[];
    expect(Number.isFinite(Number(rank))).toBe(true);
    const forge = (...values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64');
    // The genuine cursor and a forged one with an ordinary rank are read (positive control).
    expect(codes(await t.gql(SEARCH, { q: 'flood', after: real }))).toEqual([]);
    expect(codes(await t.gql(SEARCH, { q: 'flood', after: forge(key, '0.5', id) }))).toEqual([]);
    for (const bad of ['1e999', '-1e999', '1e-999', '3.5e38']) {
      const res = await t.gql(SEARCH, { q: 'flood', after: forge(key, bad, id) });
      expect([bad, res.status, codes(res)]).toEqual([bad, 400, ['BAD_USER_INPUT']]);
    }
    // The other kinds: a name (text) with NUL in sources, an offset PostgreSQL refuses in articles.
    const { sources } = dataOf(await t.gql(`{ sources(first: 1) { edges { cursor } } }`));
    const [, , sourceId] = JSON.parse(Buffer.from(sources.edges[0].cursor, 'base64').toString('utf8')) as string[];
    const names = await t.gql(`query($a: String) { sources(after: $a) { totalCount } }`, { a: forge('NAME_ASC', 'Reu\u0000ters', sourceId) });
    expect([names.status, codes(names)]).toEqual([400, ['BAD_USER_INPUT']]);
    const dated = await t.gql(`query($a: String) { articles(after: $a) { totalCount } }`, { a: forge('PUBLISHED_AT_DESC', '2023-02-01 00:00:00+99', id) });
    expect([dated.status, codes(dated)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('is one SQL statement, with highlights and pages', async () => {
    const n = await t.countStatements(async () => dataOf(await t.gql(SEARCH, { q: 'earthquake OR flood', first: 20 })));
    expect(n).toBe(1);
  });
});
