// Nothing of a draft reaches a reader through the news page paths: contributor and topic pages, their article
// connections, timeline events and their article links, Article.related, articles(filter: {topic}), node(id), search.
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { TopicKind } from '../../../src/modules/topics/topic.entity';
import { insertTimeline } from '../../../src/modules/articles/topic.writer';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.as('EDITOR', 'desk');
  const shared = { name: 'Shared story', slug: 'shared-story', kind: TopicKind.STORY };
  await given(t.ds, [
    explainer(1, {
      slug: 'public-one',
      headline: 'Public explainer',
      contributors: [{ name: 'Public Writer' }, { name: 'Both Writer' }],
      topics: [shared, { name: 'Public place', kind: TopicKind.PLACE }],
    }),
    explainer(2, {
      slug: 'secret-draft',
      headline: 'Secretdraftword explainer',
      status: ArticleStatus.DRAFT,
      publishedAt: null,
      contributors: [{ name: 'Draft Writer' }, { name: 'Both Writer' }],
      topics: [shared, { name: 'Secret topic', kind: TopicKind.SUBJECT }],
    }),
  ]);
  for (const r of await t.ds.query(
    `SELECT 'article:' || slug AS k, id FROM article UNION ALL SELECT 'contributor:' || slug, id FROM contributor UNION ALL SELECT 'topic:' || slug, id FROM topic`,
  )) {
    ids[r.k] = r.id;
  }
  // The public explainer picks the draft as related.
  await t.ds.query(`INSERT INTO article_related (article_id, related_id, position) VALUES ($1, $2, 0)`, [
    ids['article:public-one'],
    ids['article:secret-draft'],
  ]);
  await t.ds.transaction((m) =>
    insertTimeline(m, {
      topic: 'shared-story',
      events: [
        { date: '2024-01-01', title: 'Public event', article: 'public-one', citations: [{ source: 'Reuters', excerpt: 'Public.' }] },
        { date: '2024-02-01', title: 'Event of the draft', article: 'secret-draft', citations: [{ source: 'Reuters', excerpt: 'Secret.' }] },
      ],
    }),
  );
  for (const r of await t.ds.query(`SELECT title, id FROM topic_event`)) ids[`event:${r.title}`] = r.id;
});
afterAll(() => t.close());

const EVERYTHING = `query($s: String!) { article(slug: $s) { slug byline contributors { slug } topics { slug } related(first: 20) { slug }
  } }`;

describe('readers see nothing of a draft through the news page', () => {
  it('the draft only contributor and topic are null, by slug and by node(id); the editor sees them', async () => {
    const q = `{ c: contributor(slug: "draft-writer") { name } t: topic(slug: "secret-topic") { name } }`;
    expect(dataOf(await t.gql(q))).toEqual({ c: null, t: null });
    expect(dataOf(await t.gql(q, {}, editor))).toEqual({ c: { name: 'Draft Writer' }, t: { name: 'Secret topic' } });
    const node = `query($a: ID!, $b: ID!, $e: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } e: node(id: $e) { id } }`;
    const vars = {
      a: gid('Contributor', ids['contributor:draft-writer']),
      b: gid('Topic', ids['topic:secret-topic']),
      e: gid('TopicEvent', ids['event:Event of the draft']),
    };
    expect(dataOf(await t.gql(node, vars))).toEqual({ a: null, b: null, e: null });
    expect(Object.values(dataOf(await t.gql(node, vars, editor))).every((v) => v !== null)).toBe(true);
    // What the published article shows is there for readers.
    const open = `query($a: ID!, $e: ID!) { a: node(id: $a) { ... on Contributor { name } } e: node(id: $e) { ... on TopicEvent { title } } }`;
    expect(dataOf(await t.gql(open, { a: gid('Contributor', ids['contributor:both-writer']), e: gid('TopicEvent', ids['event:Public event']) }))).toEqual({
      a: { name: 'Both Writer' },
      e: { title: 'Public event' },
    });
  });

  it('contributor and topic pages list only published articles; the timeline hides the draft event; filters and search too', async () => {
    const page = dataOf(
      await t.gql(`{ contributor(slug: "both-writer") { articles { totalCount edges { node { slug } } } }
        topic(slug: "shared-story") { articles { totalCount edges { node { slug } } } timeline { title article { slug } } }
        articles(filter: { topic: "secret-topic" }) { totalCount }
        search(query: "Secretdraftword") { totalCount } }`),
    );
    expect(page.contributor.articles).toEqual({ totalCount: 1, edges: [{ node: { slug: 'public-one' } }] });
    expect(page.topic.articles).toEqual({ totalCount: 1, edges: [{ node: { slug: 'public-one' } }] });
    expect(page.topic.timeline).toEqual([{ title: 'Public event', article: { slug: 'public-one' } }]);
    expect(page.articles.totalCount).toBe(0);
    expect(page.search.totalCount).toBe(0);
    const asEditor = dataOf(await t.gql(`{ topic(slug: "shared-story") { articles { totalCount } timeline { title } } }`, {}, editor));
    expect(asEditor.topic).toEqual({ articles: { totalCount: 2 }, timeline: [{ title: 'Public event' }, { title: 'Event of the draft' }] });
  });

  it('related never shows the draft, even when picked, to readers and editors alike', async () => {
    for (const headers of [{}, editor]) {
      const { article } = dataOf(await t.gql(EVERYTHING, { s: 'public-one' }, headers));
      expect(article.related.map((r: { slug: string }) => r.slug)).not.toContain('secret-draft');
      expect(article.topics).toEqual([{ slug: 'shared-story' }, { slug: 'public-place' }]);
    }
    expect(dataOf(await t.gql(EVERYTHING, { s: 'secret-draft' })).article).toBeNull();
  });

  it('once the only published article is unpublished, its contributor and topic are hidden again', async () => {
    const { article } = dataOf(await t.gql(`{ article(slug: "public-one") { id version } }`, {}, editor));
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { version } }`,
        { id: article.id, v: article.version },
        editor,
      ),
    );
    expect(dataOf(await t.gql(`{ c: contributor(slug: "public-writer") { name } t: topic(slug: "public-place") { name } }`))).toEqual({ c: null, t: null });
  });
});
