// Distribution outputs with bylines and topics: Article.jsonLd's author (Person with url, in byline order) and
// about/keywords, the feeds' authors and categories, and the per-topic feeds /feeds/topics/<slug>.{rss,atom,json}
// (only that topic's published explainers; unknown topic or one tagged only on drafts: 404; ETag/304; a publish
// into the topic shows on the next read).
import { XMLParser } from 'fast-xml-parser';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['item', 'category', 'dc:creator', 'entry'].includes(name),
});
const CREATE = `mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version status } }`;
const article = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  headline: `Headline ${slug}`,
  sections: [{ body: `Lead of ${slug}.` }],
  ...extra,
});

async function create(slug: string, extra: Record<string, unknown>, publish: boolean) {
  const a = dataOf(await t.gql(CREATE, { i: article(slug, extra) }, editor)).createArticle as { id: string; version: number };
  if (publish) dataOf(await t.gql(PUBLISH, { id: a.id, v: a.version }, editor));
  return a;
}
async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${p}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

beforeAll(async () => {
  t = await createTestApp({
    env: {
      RESPONSE_CACHE: 'true',
      PUBLIC_URL_TEMPLATE: 'https://news.test/explainers/{slug}',
      PUBLISHER_NAME: 'Test Times',
      PUBLISHER_URL: 'https://news.test/',
      DISTRIBUTION_BASE_URL: 'https://api.news.test',
    },
  });
  editor = await t.as('EDITOR');
  const contributor = (i: Record<string, unknown>) => t.gql(`mutation($i: CreateContributorInput!) { createContributor(input: $i) { slug } }`, { i }, editor);
  const topic = (i: Record<string, unknown>) => t.gql(`mutation($i: CreateTopicInput!) { createTopic(input: $i) { slug } }`, { i }, editor);
  dataOf(await contributor({ name: 'Ana Petrosyan', url: 'https://news.test/ana' }));
  dataOf(await contributor({ name: 'Ben Ortiz' }));
  dataOf(await topic({ name: 'Armenia', kind: 'PLACE' }));
  dataOf(await topic({ name: 'Azerbaijan', kind: 'PLACE' }));
  dataOf(await topic({ name: 'Secret subject', slug: 'secret-subject', kind: 'SUBJECT' }));
  await create('bylined', { contributors: ['ana-petrosyan', 'ben-ortiz'], topics: ['armenia', 'azerbaijan'] }, true);
  await create('baku-only', { topics: ['azerbaijan'] }, true);
  await create('no-byline', {}, true);
  await create('draft-in-armenia', { topics: ['armenia', 'secret-subject'] }, false);
});
afterAll(() => t.close());

const jsonLd = async (slug: string) =>
  (dataOf(await t.gql(`query($s: String!) { article(slug: $s) { jsonLd } }`, { s: slug })).article as { jsonLd: Record<string, unknown> }).jsonLd;

describe('JSON-LD and feeds with bylines and topics', () => {
  it('author: a Person per contributor in byline order (url when the contributor has one); about and keywords from topics', async () => {
    const ld = await jsonLd('bylined');
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ana Petrosyan', url: 'https://news.test/ana' },
      { '@type': 'Person', name: 'Ben Ortiz' },
    ]);
    expect(ld.about).toEqual([
      { '@type': 'Thing', name: 'Armenia' },
      { '@type': 'Thing', name: 'Azerbaijan' },
    ]);
    expect(ld.keywords).toBe('Armenia, Azerbaijan');
  });

  it('without contributors the author is the publisher Organization (no invented byline), and there is no about', async () => {
    const ld = await jsonLd('no-byline');
    expect(ld.author).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'Test Times' })]);
    expect(ld.about).toBeUndefined();
  });

  it('the explainers feed carries authors and categories in RSS, Atom and JSON Feed', async () => {
    const rss = parser.parse((await get('/feeds/explainers.rss')).text);
    const item = (rss.rss.channel.item as Record<string, unknown>[]).find((i) => String(i.link).endsWith('/bylined'))!;
    expect(item['dc:creator']).toEqual(['Ana Petrosyan', 'Ben Ortiz']);
    expect((item.category as unknown[]).map((c) => (typeof c === 'string' ? c : (c as Record<string, string>)['#text']))).toEqual(['Armenia', 'Azerbaijan']);
    const atom = (await get('/feeds/explainers.atom')).text;
    expect(atom).toContain('<name>Ana Petrosyan</name>');
    expect(atom).toMatch(/<category[^>]*term="armenia"/);
    const json = JSON.parse((await get('/feeds/explainers.json')).text) as { items: { url: string; authors: unknown[]; tags?: string[] }[] };
    const j = json.items.find((i) => i.url.endsWith('/bylined'))!;
    expect(j.authors).toEqual([{ name: 'Ana Petrosyan', url: 'https://news.test/ana' }, { name: 'Ben Ortiz' }]);
  });
});

describe('per-topic feeds', () => {
  const slugsOf = (rssText: string) =>
    ((parser.parse(rssText).rss.channel.item ?? []) as { link: string }[]).map((i) => i.link.replace('https://news.test/explainers/', ''));

  it('list only that topic’s published explainers, in every format', async () => {
    expect(slugsOf((await get('/feeds/topics/azerbaijan.rss')).text).sort()).toEqual(['baku-only', 'bylined']);
    expect(slugsOf((await get('/feeds/topics/armenia.rss')).text)).toEqual(['bylined']);
    const atom = await get('/feeds/topics/armenia.atom');
    expect(atom.status).toBe(200);
    expect((parser.parse(atom.text).feed.entry as unknown[]).length).toBe(1);
    const json = JSON.parse((await get('/feeds/topics/armenia.json')).text) as { title: string; items: { url: string }[]; feed_url: string };
    expect(json.items.map((i) => i.url)).toEqual(['https://news.test/explainers/bylined']);
    expect(json.title).toContain('Armenia');
    expect(json.feed_url).toBe('https://api.news.test/feeds/topics/armenia.json');
    expect(JSON.stringify(json)).not.toContain('draft-in-armenia');
  });

  it('unknown topic, and a topic tagged only on drafts: 404 (a reader cannot see it), whoever asks', async () => {
    expect((await get('/feeds/topics/no-such-topic.rss')).status).toBe(404);
    expect((await get('/feeds/topics/secret-subject.json')).status).toBe(404);
    expect((await get('/feeds/topics/secret-subject.atom', editor)).status).toBe(404);
    expect((await get('/feeds/topics/Bad_Slug.rss')).status).toBe(404);
  });

  it('strong ETag and 304; publishing into the topic shows on the next read with a new ETag', async () => {
    const first = await get('/feeds/topics/armenia.rss');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect((await get('/feeds/topics/armenia.rss', { 'if-none-match': etag })).status).toBe(304);
    const d = dataOf(await t.gql(`query { article(slug: "draft-in-armenia") { id version } }`, {}, editor)).article as { id: string; version: number };
    dataOf(await t.gql(PUBLISH, { id: d.id, v: d.version }, editor));
    const after = await get('/feeds/topics/armenia.rss', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(slugsOf(after.text).sort()).toEqual(['bylined', 'draft-in-armenia']);
    expect((await get('/feeds/topics/secret-subject.rss')).status).toBe(200);
  });
});
