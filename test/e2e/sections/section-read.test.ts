import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
});
afterAll(() => t.close());

const KEYS = `query($slug: String!, $keys: [String!]) { article(slug: $slug) { sections(keys: $keys) { key heading } } }`;

describe('choosing sections', () => {
  it('returns only the requested sections, in article order, ignoring unknown keys', async () => {
    const keys = ['what-is-the-history-behind-the-conflict', 'no-such-key', 'lead'];
    const { article } = dataOf(await t.gql(KEYS, { slug: seed.slug, keys }));
    expect(article.sections.map((s: { key: string }) => s.key)).toEqual(['lead', 'what-is-the-history-behind-the-conflict']);
  });

  it('returns every section without keys and none for an empty list', async () => {
    const all = dataOf(await t.gql(KEYS, { slug: seed.slug }));
    expect(all.article.sections).toHaveLength(4);
    const none = dataOf(await t.gql(KEYS, { slug: seed.slug, keys: [] }));
    expect(none.article.sections).toEqual([]);
  });

  it('serves two differently chosen lists under aliases in one request', async () => {
    const { article } = dataOf(
      await t.gql(`{ article(slug: "${seed.slug}") {
        a: sections(keys: ["lead"]) { key }
        b: sections(keys: ["how-have-world-leaders-reacted"]) { key reactions { actor { name } } }
        one: section(key: "lead") { heading body }
        missing: section(key: "nope") { key }
      } }`),
    );
    expect(article.a).toEqual([{ key: 'lead' }]);
    expect(article.b[0].key).toBe('how-have-world-leaders-reacted');
    expect(article.b[0].reactions).toHaveLength(5);
    expect(article.one).toEqual({ heading: null, body: seed.sections[0].body });
    expect(article.missing).toBeNull();
  });

  it('merges fragments and repeated fields', async () => {
    const { article } = dataOf(
      await t.gql(`query { article(slug: "${seed.slug}") { ...A sections(keys: ["lead"]) { key } } }
        fragment A on Article { headline h2: headline sections(keys: ["lead"]) { body } }`),
    );
    expect(article.headline).toBe(seed.headline);
    expect(article.h2).toBe(seed.headline);
    expect(article.sections).toEqual([{ key: 'lead', body: seed.sections[0].body }]);
  });

  it('reaches the article back from a section', async () => {
    const { article } = dataOf(await t.gql(`{ article(slug: "${seed.slug}") { section(key: "lead") { article { slug } } } }`));
    expect(article.section.article.slug).toBe(seed.slug);
  });
});
