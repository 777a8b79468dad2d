// GET /graphql from a browser: the IDE when enabled (also on a reload that carries `?query=`), the API when not.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { PLAYGROUND_TABS, HEADERS_TEMPLATE, NEWS_PAGE_QUERY } from '../../../src/playground';
import { loadFixtures } from '../../../src/db/seed/seed';
import { createTestApp, type TestApp } from '../../setup/test-app';

const html = (url: string) => fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

describe('the playground', () => {
  let on: TestApp;
  let off: TestApp;
  beforeAll(async () => {
    [on, off] = await Promise.all([
      createTestApp({ env: { GRAPHQL_PLAYGROUND: 'true' } }),
      createTestApp({ env: { NODE_ENV: 'production', GRAPHQL_PLAYGROUND: 'false' } }),
    ]);
  });
  afterAll(() => Promise.all([on.close(), off.close()]));

  it('opens on the example operations, the API-key template in the headers editor', async () => {
    const res = await html(`${on.url}/graphql`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const ops = PLAYGROUND_TABS.map((t) => /(?:query|mutation) (\w+)/.exec(t.query)![1]);
    expect(ops).toEqual(['SeedExplainer', 'TwoSections', 'Articles', 'QuotesAndReactions', 'CreateDraft', 'StagedEdits', 'NewsPage']);
    for (const tab of PLAYGROUND_TABS) expect(page).toContain(JSON.stringify(tab.query).slice(1, -1));
    expect(page).toContain(JSON.stringify(HEADERS_TEMPLATE).slice(1, -1));
    expect(HEADERS_TEMPLATE).toContain('// "Authorization": "Bearer <paste key>"');
  });

  it('sends the page gzipped to clients that accept it', async () => {
    const { status, encoding, body } = await new Promise<{ status?: number; encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${on.url}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'gzip, deflate' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect([status, encoding]).toEqual([200, 'gzip']);
    const plain = await (await html(`${on.url}/graphql`)).text();
    expect(body.length).toBeLessThan(plain.length / 3);
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
  });

  it('serves the IDE again on a reload that carries the edited query in ?query=', async () => {
    const res = await html(`${on.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  });

  it('is off when GRAPHQL_PLAYGROUND=false: a browser gets the API, which asks for a preflight header', async () => {
    const res = await html(`${off.url}/graphql`);
    expect(res.headers.get('content-type')).not.toContain('text/html');
    expect(res.status).toBe(400);
  });

  it('every example operation runs against the seed without errors', async () => {
    await loadFixtures(on.ds, 'armenia-azerbaijan');
    const editor = await on.as('EDITOR', 'playground-editor');
    for (const tab of PLAYGROUND_TABS) {
      const res = await on.gql(tab.query, tab.variables, tab.query.includes('mutation') ? editor : {});
      expect([res.status, res.body.errors]).toEqual([200, undefined]);
    }
    // the editors' example without a key: refused, as it says
    const reader = await on.gql(PLAYGROUND_TABS[4].query, PLAYGROUND_TABS[4].variables);
    expect(reader.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const articles = await on.gql(PLAYGROUND_TABS[2].query, PLAYGROUND_TABS[2].variables);
    expect(articles.body.data!.articles.totalCount).toBe(1);
    const qr = await on.gql(PLAYGROUND_TABS[3].query);
    expect([qr.body.data!.quotes.totalCount, qr.body.data!.reactions.totalCount]).toEqual([1, 2]);
    // found by its query, not its position: the editor tabs before it grew (staged edits)
    const newsTab = PLAYGROUND_TABS.find((tab) => tab.query === NEWS_PAGE_QUERY)!;
    const news = await on.gql(newsTab.query, newsTab.variables);
    expect(news.body.data!.article.topics.map((t: { slug: string }) => t.slug)).toEqual(['armenia-azerbaijan-conflict', 'armenia', 'azerbaijan']);
    expect(news.body.data!.article.topics[0].timeline).toHaveLength(4);
  });
});
