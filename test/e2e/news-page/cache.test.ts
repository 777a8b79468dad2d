// The response cache and the news page: a topic page, a contributor page and an article's byline are cached, and
// the next read after a write that changes them shows the change (publishing or unpublishing an article of the
// topic, editing a contributor, a topic or a timeline), in memory and in Redis.
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { createTestApp, dataOf, type GraphQLResponse, type TestApp } from '../../setup/test-app';
import { startRedis, type RedisServer } from '../../setup/redis-server';

const TOPIC = `query Topic($s: String!) { topic(slug: $s) { name articles(first: 10) { totalCount edges { node { slug byline } } } timeline { title } } }`;
const CONTRIBUTOR = `query Contributor($s: String!) { contributor(slug: $s) { name articles { edges { node { slug } } } } }`;
const ARTICLE = `query Page($s: String!) { article(slug: $s) { headline byline contributors { name } topics { name } } }`;

describe.each(['memory', 'redis'] as const)('response cache (%s) on the news page', (store) => {
  let t: TestApp;
  let redis: RedisServer | undefined;
  let editor: Record<string, string>;
  beforeAll(async () => {
    if (store === 'redis') redis = await startRedis();
    t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { RESPONSE_CACHE: 'true', ...(redis ? { REDIS_URL: redis.url } : {}) } });
    editor = await t.as('EDITOR', 'desk');
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  /** Reads as an anonymous reader twice: the second answer must come from the cache (so the test sees the cache at work). */
  async function cachedRead(query: string, s: string): Promise<GraphQLResponse> {
    const first = await t.gql(query, { s });
    const second = await t.gql(query, { s });
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    return second;
  }
  const write = async (query: string, variables: Record<string, unknown>) => dataOf(await t.gql(query, variables, editor));

  it('a topic page shows a newly published article of the topic on the next read, and loses it when unpublished', async () => {
    const before = dataOf(await cachedRead(TOPIC, 'armenia'));
    expect(before.topic.articles.totalCount).toBe(1);

    const { createArticle: created } = await write(`mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version } }`, {
      i: { slug: `cache-${store}`, headline: 'Cached topic page', sections: [{ body: 'Lead.' }], topics: ['armenia'] },
    });
    // A draft changes nothing a reader sees.
    expect(dataOf(await t.gql(TOPIC, { s: 'armenia' })).topic.articles.totalCount).toBe(1);
    const published = await write(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version } }`, {
      id: created.id,
      v: created.version,
    });
    const after = dataOf(await t.gql(TOPIC, { s: 'armenia' }));
    expect(after.topic.articles.totalCount).toBe(2);
    expect(after.topic.articles.edges[0].node.slug).toBe(`cache-${store}`);

    await cachedRead(TOPIC, 'armenia');
    await write(`mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { version } }`, {
      id: created.id,
      v: published.publishArticle.version,
    });
    expect(dataOf(await t.gql(TOPIC, { s: 'armenia' })).topic.articles.totalCount).toBe(1);
  });

  it('editing a contributor changes the cached byline of its articles and its page on the next read', async () => {
    await write(`mutation { createContributor(input: { name: "Desk Writer" }) { id } }`, {});
    const { article } = dataOf(await t.gql(`query($s: String!) { article(slug: $s) { id version } }`, { s: seed.slug }, editor));
    await write(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { contributors: ["desk-writer"] }) { version } }`, {
      id: article.id,
      v: article.version,
    });
    expect(dataOf(await cachedRead(ARTICLE, seed.slug)).article.byline).toBe('By Desk Writer');
    expect(dataOf(await cachedRead(CONTRIBUTOR, 'desk-writer')).contributor.name).toBe('Desk Writer');

    const { contributor } = dataOf(await t.gql(`{ contributor(slug: "desk-writer") { id } }`, {}, editor));
    await write(`mutation($id: ID!) { updateContributor(id: $id, patch: { name: "Night Desk" }) { name } }`, { id: contributor.id });
    expect(dataOf(await t.gql(ARTICLE, { s: seed.slug })).article.byline).toBe('By Night Desk');
    expect(dataOf(await t.gql(CONTRIBUTOR, { s: 'desk-writer' })).contributor.name).toBe('Night Desk');
  });

  it('editing a topic or its timeline changes the cached topic page and article page on the next read', async () => {
    const story = 'armenia-azerbaijan-conflict';
    expect(dataOf(await cachedRead(TOPIC, story)).topic.timeline).toHaveLength(4);
    expect(dataOf(await cachedRead(ARTICLE, seed.slug)).article.topics[0].name).toBe('Armenia-Azerbaijan conflict');

    const { topic } = dataOf(await t.gql(`query($s: String!) { topic(slug: $s) { id } }`, { s: story }, editor));
    await write(`mutation($t: ID!) { addTimelineEvent(topicId: $t, input: { date: "2022-09-20", title: "Later event" }) { id } }`, { t: topic.id });
    expect(
      dataOf(await t.gql(TOPIC, { s: story }))
        .topic.timeline.map((e: { title: string }) => e.title)
        .at(-1),
    ).toBe('Later event');

    await write(`mutation($id: ID!) { updateTopic(id: $id, patch: { name: "Nagorno-Karabakh conflict" }) { name } }`, { id: topic.id });
    expect(dataOf(await t.gql(ARTICLE, { s: seed.slug })).article.topics[0].name).toBe('Nagorno-Karabakh conflict');
    expect(dataOf(await t.gql(TOPIC, { s: story })).topic.name).toBe('Nagorno-Karabakh conflict');
  });
});
