// Article.related below another relation (a topic's timeline -> its article): the compiler names that article
// `t<n>`, which the related subquery must not hide with aliases of its own (it did: INTERNAL_SERVER_ERROR, found
// by the fuzz on `topic { timeline { article { related } } }`).
import { createTestApp, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
});
afterAll(async () => {
  await t?.close();
});

it('answers related explainers of a timeline event’s article', async () => {
  const r = await t.gql('{ topic(slug: "armenia-azerbaijan-conflict") { timeline { title article { slug related { slug } } } } }');
  expect(r.body.errors).toBeUndefined();
  const events = r.body.data!.topic.timeline as { article: { slug: string; related: { slug: string }[] } | null }[];
  expect(events.length).toBe(4);
  for (const e of events) if (e.article) expect(Array.isArray(e.article.related)).toBe(true);
});
