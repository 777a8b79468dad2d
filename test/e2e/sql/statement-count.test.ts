import { bigExplainer, explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

// The read path answers each root field with one SQL statement, however many rows the answer holds.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  await given(t.ds, [bigExplainer(1, 2, 1), bigExplainer(2, 12, 6)]);
  await given(
    t.ds,
    Array.from({ length: 40 }, (_, i) => explainer(i + 10)),
  );
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
      contestedFigures { claim claims { value unit claimant { name } statedBy { name } source { name } } }
    }
    sources { name }
    contestedFigures { claim claims { value unit excerpt claimant { name title } statedBy { name title } source { name kind } } }
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
        sizes[slug] = article.sections.reduce(
          (n: number, s: { citations: unknown[]; quotes: unknown[]; reactions: unknown[]; contestedFigures: { claims: unknown[] }[] }) =>
            n + s.citations.length + s.quotes.length + s.reactions.length + s.contestedFigures.reduce((m, f) => m + f.claims.length, 0),
          0,
        );
      });
    }
    expect(sizes).toEqual({ 'big-1': 8, 'big-2': 288, 'armenia-azerbaijan-border-clashes-2022': 21 });
    expect(counts).toEqual({ 'big-1': 1, 'big-2': 1, 'armenia-azerbaijan-border-clashes-2022': 1 });
  });

  it('the contested figures of the seed, by article and by section, come in the same one statement', async () => {
    let article: any;
    const n = await t.countStatements(async () => {
      article = dataOf(await t.gql(EXPLAINER, { slug: 'armenia-azerbaijan-border-clashes-2022' })).article;
    });
    expect(n).toBe(1);
    const claims = [
      { value: 49, unit: 'soldiers', claimant: { name: 'Armenia' }, statedBy: { name: 'Nikol Pashinyan' }, source: { name: 'BBC' } },
      { value: 50, unit: 'people', claimant: { name: 'Azerbaijan' }, statedBy: null, source: { name: 'Azerbaijan Defence Ministry' } },
    ];
    expect(article.sections.map((s: any) => s.contestedFigures)).toEqual([[], [{ claim: 'soldiers killed', claims }], [], []]);
    expect(article.contestedFigures).toHaveLength(1);
    expect(article.contestedFigures[0].claims.map((c: any) => [c.claimant.title, c.statedBy?.title ?? null, c.source.kind])).toEqual([
      [null, 'Prime Minister of Armenia', 'BROADCASTER'],
      [null, null, 'GOVERNMENT'],
    ]);
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

  it('a search is one statement: the count, a page of ranked results, their matching sections with highlights and items', async () => {
    const SEARCH = `query($q: String!) { search(query: $q, first: 20) { totalCount
      edges { cursor node { rank headlineHighlight article { slug } matches { key highlight section { quotes { text speaker { name } } } } } }
      pageInfo { hasNextPage endCursor } } }`;
    const pages: { totalCount: number; edges: { node: { matches: unknown[] } }[]; pageInfo: { hasNextPage: boolean } }[] = [];
    const counts: number[] = [];
    for (const q of ['question', 'reported']) {
      counts.push(await t.countStatements(async () => pages.push(dataOf(await t.gql(SEARCH, { q })).search)));
    }
    // "question" is in the headings of the two big explainers; "reported" in the "what happened" section of the 40 small ones and in the seed explainer
    expect(pages.map((p) => [p.totalCount, p.edges.length, p.pageInfo.hasNextPage])).toEqual([
      [2, 2, false],
      [41, 20, true],
    ]);
    expect(pages[1].edges.every((e) => e.node.matches.length > 0)).toBe(true);
    expect(counts).toEqual([1, 1]);
  });

  it('each root field costs one statement: three roots, three statements', async () => {
    const n = await t.countStatements(async () =>
      dataOf(
        await t.gql(
          `{ a: article(slug: "big-2") { sections { key } } b: articles(first: 5) { totalCount } quotes(first: 5) { edges { node { text speaker { name } } } } }`,
        ),
      ),
    );
    expect(n).toBe(3);
  });
});

// The request's own count (its scope: the request log line, the metrics, x-sql-statements) is kept by the managers
// and query runners the request uses, not by an AsyncLocalStorage: every statement the data source sends while one
// request runs must be counted in that request's scope, whatever path sent it.
describe('the request scope counts every statement of its request', () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { BENCH_STATS: 'true' } });
  });
  afterAll(() => s.close());

  async function both(send: () => Promise<Response>): Promise<{ header: number; sent: number; status: number }> {
    let res: Response | undefined;
    const sent = await s.countStatements(async () => {
      res = await send();
      await res.text();
    });
    return { header: Number(res!.headers.get('x-sql-statements')), sent, status: res!.status };
  }
  const post =
    (body: unknown, headers: Record<string, string> = {}) =>
    () =>
      fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('an anonymous read of three root fields, a keyed read, a keyed write with and without an Idempotency-Key, an error', async () => {
    const editor = await s.as('EDITOR');
    const { body } = await s.gql(`{ article(slug: "${'armenia-azerbaijan-border-clashes-2022'}") { id version sections { id key } } }`);
    const article = body.data!.article;
    const lead = article.sections[0].id;
    let version: number = article.version;
    const cases: [string, () => Promise<Response>][] = [
      [
        'anonymous read',
        post({
          query: `{ a: article(slug: "armenia-azerbaijan-border-clashes-2022") { headline } articles(first: 2) { totalCount } sources(first: 1) { totalCount } }`,
        }),
      ],
      ['keyed read', post({ query: `{ articles(first: 2, filter: { status: DRAFT }) { totalCount } }` }, editor)],
      ['refused read', post({ query: `{ article(slug: "x") { headline } }` }, { authorization: 'Bearer nope' })],
    ];
    for (const [name, send] of cases) {
      const r = await both(send);
      expect({ name, header: r.header }).toEqual({ name, header: r.sent });
    }
    for (const key of [undefined, 'k-1', 'k-1']) {
      const r = await both(
        post(
          {
            query: `mutation($id: ID!, $v: Int!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: "Edited." }) { version } }`,
            variables: { id: lead, v: version },
          },
          key ? { ...editor, 'idempotency-key': key } : editor,
        ),
      );
      expect(r.status).toBe(200);
      expect({ key, header: r.header }).toEqual({ key, header: r.sent });
      expect(r.sent).toBeGreaterThan(0);
      if (key === undefined) version++;
    }
  });

  it('a one-statement read says 1', async () => {
    const r = await both(post({ query: `{ articles(first: 3) { edges { node { slug } } } }` }));
    expect(r.header).toBe(1);
    expect(r.sent).toBe(1);
  });
});
