// Distribution outputs: Article.url and Article.jsonLd, the RSS/Atom/JSON feeds and the sitemaps, parsed as their
// formats require, with ETag/304, the response cache and its invalidation on writes, and never a draft.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
const DRAFT = { slug: 'secret-draft-xyz', headline: 'Secret draft headline XYZ' };
// Elements that repeat, by their path: parsed as arrays even when there is one.
const REPEATED = new Set([
  'rss.channel.item',
  'rss.channel.item.dc:creator',
  'feed.link',
  'feed.author',
  'feed.entry',
  'feed.entry.link',
  'urlset.url',
  'sitemapindex.sitemap',
]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (_name, jpath) => REPEATED.has(String(jpath)) });

beforeAll(async () => {
  t = await createTestApp({
    env: {
      RESPONSE_CACHE: 'true',
      PUBLIC_URL_TEMPLATE: 'https://news.test/explainers/{slug}',
      IMAGE_URL_TEMPLATE: 'https://img.test/{path}?w={width}',
      PUBLISHER_NAME: 'Test & Times',
      PUBLISHER_URL: 'https://news.test/',
      PUBLISHER_LOGO_URL: 'https://news.test/logo.png',
      PUBLICATION_LANGUAGE: 'en-GB',
      DISTRIBUTION_BASE_URL: 'https://api.news.test',
      SITEMAP_PAGE_SIZE: '2',
    },
  });
  const recent = new Date(Date.now() - 3600_000).toISOString();
  await given(t.ds, [
    explainer(1),
    explainer(2),
    explainer(3, { slug: 'fresh-news', headline: 'Fresh <news> & more', publishedAt: recent }),
    explainer(4, { ...DRAFT, status: ArticleStatus.DRAFT, publishedAt: null }),
  ]);
  editor = await t.as('EDITOR');
});
afterAll(() => t.close());

async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${p}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const PATHS = ['/feeds/explainers.rss', '/feeds/explainers.atom', '/feeds/explainers.json', '/sitemaps/news.xml', '/sitemaps/explainers.xml'];
const articleId = async (slug: string) =>
  dataOf(await t.gql(`query($s: String!) { article(slug: $s) { id version } }`, { s: slug }, editor)).article as { id: string; version: number };

describe('feeds', () => {
  it('RSS 2.0: channel and items with the required elements, links from PUBLIC_URL_TEMPLATE, newest first', async () => {
    const res = await get('/feeds/explainers.rss');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const { rss } = parser.parse(res.text);
    expect(rss['@_version']).toBe('2.0');
    const ch = rss.channel;
    expect(ch.title).toBe('Test & Times: explainers');
    expect(ch.link).toBe('https://news.test/');
    expect(ch.description).toBe('The latest explainers from Test & Times.');
    expect(ch.language).toBe('en-GB');
    expect(ch['atom:link']).toEqual({ '@_href': 'https://api.news.test/feeds/explainers.rss', '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(ch.item.map((i: any) => i.link)).toEqual([
      'https://news.test/explainers/fresh-news',
      'https://news.test/explainers/story-2',
      'https://news.test/explainers/story-1',
    ]);
    for (const item of ch.item) {
      expect(item.title).toEqual(expect.any(String));
      // the guid is the permalink (isPermaLink defaults to true)
      expect(item.guid).toBe(item.link);
      expect(new Date(item.pubDate).getTime()).toBeGreaterThan(0);
      expect(item['dc:creator']).toEqual(['Test & Times']);
    }
    expect(ch.item[0].title).toBe('Fresh <news> & more');
  });

  it('Atom 1.0: feed id, title, updated, author and entries with id, title, updated, link', async () => {
    const res = await get('/feeds/explainers.atom');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const { feed } = parser.parse(res.text);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://api.news.test/feeds/explainers.atom');
    expect(feed.title).toBe('Test & Times: explainers');
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.author[0].name).toBe('Test & Times');
    expect(feed.link.map((l: any) => l['@_rel'])).toEqual(['alternate', 'self']);
    expect(feed.entry).toHaveLength(3);
    for (const e of feed.entry) {
      expect(e.id).toMatch(/^https:\/\/news\.test\/explainers\//);
      expect(e.title['#text'] ?? e.title).toEqual(expect.any(String));
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
      expect(e.link[0]['@_href']).toBe(e.id);
    }
  });

  it('JSON Feed 1.1 validates against the JSON Feed 1.1 schema', async () => {
    const res = await get('/feeds/explainers.json');
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(res.text);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/schemas/jsonfeed-1.1.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(feed);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://api.news.test/feeds/explainers.json');
    expect(feed.language).toBe('en-GB');
    expect(feed.items.map((i: any) => i.url)).toEqual([
      'https://news.test/explainers/fresh-news',
      'https://news.test/explainers/story-2',
      'https://news.test/explainers/story-1',
    ]);
    expect(feed.items[0].authors).toEqual([{ name: 'Test & Times', url: 'https://news.test/' }]);
    // the schema is not a rubber stamp: a feed with a 1.0 `author` or without items fails it
    expect(validate({ ...feed, author: { name: 'x' } })).toBe(false);
    expect(validate({ version: feed.version, title: 'x' })).toBe(false);
  });
});

describe('sitemaps', () => {
  it('the Google News sitemap lists only explainers first published in the last 48 hours, with publication name and language', async () => {
    const res = await get('/sitemaps/news.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const { urlset } = parser.parse(res.text);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toHaveLength(1);
    const u = urlset.url[0];
    expect(u.loc).toBe('https://news.test/explainers/fresh-news');
    expect(u['news:news']['news:publication']).toEqual({ 'news:name': 'Test & Times', 'news:language': 'en' });
    expect(u['news:news']['news:title']).toBe('Fresh <news> & more');
    expect(Number.isNaN(Date.parse(u['news:news']['news:publication_date']))).toBe(false);
  });

  it('explainers.xml past SITEMAP_PAGE_SIZE is a sitemap index of pages; each page a urlset; past the last page: 404', async () => {
    const index = parser.parse((await get('/sitemaps/explainers.xml')).text).sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemap.map((s: any) => s.loc)).toEqual([
      'https://api.news.test/sitemaps/explainers-1.xml',
      'https://api.news.test/sitemaps/explainers-2.xml',
    ]);
    const pages = [];
    for (const n of [1, 2]) {
      const res = await get(`/sitemaps/explainers-${n}.xml`);
      expect(res.status).toBe(200);
      pages.push(parser.parse(res.text).urlset.url.map((u: any) => u.loc));
    }
    expect(pages).toEqual([['https://news.test/explainers/story-1', 'https://news.test/explainers/story-2'], ['https://news.test/explainers/fresh-news']]);
    expect((await get('/sitemaps/explainers-3.xml')).status).toBe(404);
  });
});

describe('HTTP caching', () => {
  it('every output has a strong ETag, Cache-Control and 304 on If-None-Match; a cached answer costs no SQL statement', async () => {
    for (const p of PATHS) {
      const first = await get(p);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      let again: Awaited<ReturnType<typeof get>> | undefined;
      const statements = await t.countStatements(async () => (again = await get(p, { 'if-none-match': etag })));
      expect({ p, status: again!.status, body: again!.text, statements }).toEqual({ p, status: 304, body: '', statements: 0 });
    }
  });

  it('publish, correct, unpublish: the next read of each output shows the change, with a new ETag', async () => {
    const rss = async () => {
      const res = await get('/feeds/explainers.rss');
      return { etag: res.headers.get('etag'), cache: res.headers.get('x-cache'), text: res.text };
    };
    const before = await rss();
    expect((await rss()).cache).toBe('HIT');
    const d = await articleId(DRAFT.slug);
    dataOf(await t.gql(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { status } }`, { id: d.id, v: d.version }, editor));
    let published: Awaited<ReturnType<typeof rss>> | undefined;
    // a miss reads the feed with ONE statement
    expect(await t.countStatements(async () => (published = await rss()))).toBe(1);
    published = published!;
    expect(published.cache).toBe('MISS');
    expect(published.etag).not.toBe(before.etag);
    expect(published.text).toContain(DRAFT.headline);
    expect((await get('/sitemaps/news.xml')).text).toContain(DRAFT.slug);

    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { addCorrection(articleId: $id, expectedVersion: $v, correction: { kind: CORRECTION, text: "A date was wrong." }) { version } }`,
        { id: d.id, v: d.version + 1 },
        editor,
      ),
    );
    const corrected = await rss();
    expect(corrected.etag).not.toBe(published.etag);
    expect(corrected.text).toContain('A date was wrong.');

    dataOf(await t.gql(`mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { status } }`, { id: d.id, v: d.version + 2 }, editor));
    for (const p of PATHS) {
      const res = await get(p);
      expect({ p, draft: res.text.includes(DRAFT.slug) || res.text.includes(DRAFT.headline) }).toEqual({ p, draft: false });
    }
  });
});

describe('visibility', () => {
  it('no draft in any feed or sitemap, whoever asks (an editor key changes nothing)', async () => {
    for (const p of [...PATHS, '/sitemaps/explainers-1.xml', '/sitemaps/explainers-2.xml']) {
      for (const headers of [{}, editor]) {
        const res = await get(p, headers);
        expect({ p, status: res.status, draft: res.text.includes(DRAFT.slug) || res.text.includes(DRAFT.headline) }).toEqual({ p, status: 200, draft: false });
      }
    }
  });

  it('Article.jsonLd and url of a draft are null to readers', async () => {
    expect(dataOf(await t.gql(`query($s: String!) { article(slug: $s) { url jsonLd } }`, { s: DRAFT.slug })).article).toBeNull();
  });
});

describe('Article.url and Article.jsonLd', () => {
  it('a NewsArticle with every property Google recommends, publisher from config, image renditions and corrections', async () => {
    const a = await articleId('story-1');
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!, $i: ImageInput!) { setLeadImage(articleId: $id, expectedVersion: $v, image: $i,
          corrections: [{ kind: CORRECTION, text: "The toll was 49, not 50." }, { kind: EDITORS_NOTE, text: "Updated with reactions." }]) { version } }`,
        { id: a.id, v: a.version, i: { path: 'lead.jpg', alt: 'A border post', caption: 'The border', credit: 'AFP', width: 1600, height: 900 } },
        editor,
      ),
    );
    const { article } = dataOf(await t.gql(`{ article(slug: "story-1") { url headline summary publishedAt updatedAt jsonLd } }`));
    expect(article.url).toBe('https://news.test/explainers/story-1');
    const ld = article.jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: article.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
      headline: article.headline,
      description: article.summary,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      inLanguage: 'en-GB',
      publisher: {
        '@type': 'Organization',
        name: 'Test & Times',
        url: 'https://news.test/',
        logo: { '@type': 'ImageObject', url: 'https://news.test/logo.png' },
      },
      author: [{ '@type': 'Organization', name: 'Test & Times', url: 'https://news.test/' }],
      correction: [{ '@type': 'CorrectionComment', text: 'The toll was 49, not 50.' }],
    });
    expect(ld.image.map((i: any) => [i.url, i.width.value, i.height.value])).toEqual([
      ['https://img.test/lead.jpg?w=320', 320, 180],
      ['https://img.test/lead.jpg?w=640', 640, 360],
      ['https://img.test/lead.jpg?w=1024', 1024, 576],
      ['https://img.test/lead.jpg?w=1600', 1600, 900],
    ]);
    expect(ld.image[0]).toMatchObject({ '@type': 'ImageObject', caption: 'The border', creditText: 'AFP', description: 'A border post' });
    // Google's recommended Article properties, all present
    for (const key of ['author', 'dateModified', 'datePublished', 'headline', 'image']) expect(ld[key]).toBeDefined();
    expect(ld.author.every((p: any) => p.name && p.url)).toBe(true);
  });
});
