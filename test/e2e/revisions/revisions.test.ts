import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR', 'cms');
});
afterAll(() => t.close());

const REVS = `query($s: String!) { article(slug: $s) { id version headline sections { key body }
  revisions(first: 50) { totalCount edges { node { version action keyName createdAt snapshot } } } } }`;

describe('revisions', () => {
  it('record every write with its key name, and restoring writes a new version', async () => {
    let a = dataOf(await t.gql(REVS, { s: seed.slug }, editor)).article;
    expect(a.revisions.totalCount).toBe(1);
    const first = a.revisions.edges[0].node;
    expect(first).toMatchObject({ version: 1, action: 'createArticle', keyName: null });
    // the snapshot is the explainer as data: the seed fixture itself, sources and actors by name
    expect(first.snapshot).toMatchObject({
      slug: seed.slug,
      headline: seed.headline,
      sections: seed.sections.map((s) => ({ key: s.key, heading: s.heading, body: s.body, citations: s.citations, quotes: s.quotes, reactions: s.reactions })),
    });
    expect(first.snapshot.sources.map((s: { name: string }) => s.name).sort()).toEqual(seed.sources.map((s) => s.name).sort());

    const upd = `mutation($id: ID!, $v: Int!, $h: String!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { version } }`;
    dataOf(await t.gql(upd, { id: a.id, v: 1, h: 'Second' }, editor));
    const lead = dataOf(await t.gql(`{ article(slug: "${seed.slug}") { section(key: "lead") { id } } }`, {}, editor)).article.section.id;
    dataOf(
      await t.gql(
        `mutation($id: ID!) { updateSection(sectionId: $id, expectedVersion: 2, patch: { body: "Rewritten lead." }) { version } }`,
        { id: lead },
        editor,
      ),
    );

    a = dataOf(await t.gql(REVS, { s: seed.slug }, editor)).article;
    expect(
      a.revisions.edges.map((e: { node: { version: number; action: string; keyName: string } }) => [e.node.version, e.node.action, e.node.keyName]),
    ).toEqual([
      [3, 'updateSection', 'cms'],
      [2, 'updateArticle', 'cms'],
      [1, 'createArticle', null],
    ]);
    expect(a.revisions.edges[0].node.snapshot.sections[0].body).toBe('Rewritten lead.');

    const restored = dataOf(
      await t.gql(
        `mutation($id: ID!) { restoreRevision(articleId: $id, version: 1, expectedVersion: 3) { version headline sections { key body } } }`,
        { id: a.id },
        editor,
      ),
    ).restoreRevision;
    expect(restored.version).toBe(4);
    expect(restored.headline).toBe(seed.headline);
    expect(restored.sections).toEqual(seed.sections.map((s) => ({ key: s.key, body: s.body })));
    const after = dataOf(await t.gql(REVS, { s: seed.slug }, editor)).article;
    expect(after.revisions.totalCount).toBe(4);
    expect(after.revisions.edges[0].node).toMatchObject({ version: 4, action: 'restoreRevision:1' });
    // the full structure came back, quotes and reactions included
    const full = dataOf(
      await t.gql(`{ article(slug: "${seed.slug}") { quotes { text source { name } } reactions { actor { name } stance } } }`, {}, editor),
    ).article;
    expect(full.quotes).toEqual([{ text: seed.sections[1].quotes[0].text, source: { name: 'Reuters' } }]);
    expect(full.reactions).toHaveLength(seed.sections.reduce((n, s) => n + s.reactions.length, 0));

    const missing = await t.gql(`mutation($id: ID!) { restoreRevision(articleId: $id, version: 99, expectedVersion: 4) { version } }`, { id: a.id }, editor);
    expect(missing.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(REVS, { s: seed.slug }, editor)).article.version).toBe(4);
  });

  it('are for editors only', async () => {
    const res = await t.gql(`{ article(slug: "${seed.slug}") { headline revisions { totalCount } } }`);
    expect(res.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.body.data).toEqual({ article: null });
  });
});
