// Bylines, topics, STORY timelines and related explainers: the model on the seed, and the write path (mutations,
// article-level lists with expectedVersion, validation that writes nothing, revisions, idempotency, the importer).
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { explainer, given } from '../../fixtures/factory';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR', 'newsroom');
});
afterAll(() => t.close());

const count = async (table: string) => (await t.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

async function createContributor(input: Record<string, unknown>) {
  return dataOf(await t.gql(`mutation($i: CreateContributorInput!) { createContributor(input: $i) { id slug name } }`, { i: input }, editor)).createContributor;
}
async function createTopic(input: Record<string, unknown>) {
  return dataOf(await t.gql(`mutation($i: CreateTopicInput!) { createTopic(input: $i) { id slug kind } }`, { i: input }, editor)).createTopic;
}
const CREATE = `mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version byline contributors { slug } topics { slug } related { slug } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $p: ArticlePatch!) { updateArticle(id: $id, expectedVersion: $v, patch: $p) { version byline contributors { name } topics { slug } related(first: 10) { slug } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { version status } }`;
const article = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  headline: `Headline ${slug}`,
  sections: [{ body: `Lead of ${slug}.` }],
  ...extra,
});

describe('the seed explainer', () => {
  it('has its STORY topic first, both countries, and no invented byline', async () => {
    const { article: a } = dataOf(
      await t.gql(`query($s: String!) { article(slug: $s) { byline contributors { name } topics { name slug kind summary } } }`, { s: seed.slug }),
    );
    expect(a.byline).toBeNull();
    expect(a.contributors).toEqual([]);
    expect(a.topics.map((x: { slug: string; kind: string }) => [x.slug, x.kind])).toEqual([
      ['armenia-azerbaijan-conflict', 'STORY'],
      ['armenia', 'PLACE'],
      ['azerbaijan', 'PLACE'],
    ]);
    // The summary is a sentence of the seed text.
    expect(seed.sections.map((s) => s.body).join('\n')).toContain(a.topics[0].summary);
  });

  it('topic(slug) is the story page: its explainers and a dated timeline whose every citation is a sentence of the seed', async () => {
    const { topic } = dataOf(
      await t.gql(`{ topic(slug: "armenia-azerbaijan-conflict") { name kind articles { totalCount edges { node { slug } } }
        timeline { date dateLabel title article { slug } citations { excerpt source { name } } } } }`),
    );
    expect(topic.name).toBe('Armenia-Azerbaijan conflict');
    expect(topic.articles).toEqual({ totalCount: 1, edges: [{ node: { slug: seed.slug } }] });
    expect(topic.timeline.map((e: { date: string; dateLabel: string }) => [e.date, e.dateLabel])).toEqual([
      ['1990-01-01', '1990s'],
      ['2020-01-01', '2020'],
      ['2022-09-01', 'September 2022'],
      ['2022-09-01', 'September 2022'],
    ]);
    const seedText = seed.sections.map((s) => s.body).join('\n');
    const citations = topic.timeline.flatMap((e: { citations: { excerpt: string }[] }) => e.citations);
    expect(citations).toHaveLength(4);
    for (const c of citations) expect(seedText).toContain(c.excerpt);
    expect(topic.timeline.every((e: { article: { slug: string } }) => e.article.slug === seed.slug)).toBe(true);
  });

  it('articles(filter: { topic }) lists the explainers of a topic; an unknown topic none', async () => {
    const list = async (topic: string) =>
      dataOf(await t.gql(`query($t: String!) { articles(filter: { topic: $t }) { edges { node { slug } } } }`, { t: topic })).articles.edges.map(
        (e: { node: { slug: string } }) => e.node.slug,
      );
    expect(await list('azerbaijan')).toEqual([seed.slug]);
    expect(await list('no-such-topic')).toEqual([]);
  });
});

describe('contributors and bylines', () => {
  it('byline reads "By A", "By A and B", "By A, B and C" in byline order; contributor(slug) lists their published articles newest first', async () => {
    await createContributor({ name: 'Ana Petrosyan', role: 'Caucasus correspondent', url: 'https://news.example/ana' });
    await createContributor({ name: 'Ben Ortiz' });
    await createContributor({ name: 'Chloé Martin', slug: 'chloe-martin' });
    const one = dataOf(await t.gql(CREATE, { i: article('byline-one', { contributors: ['ana-petrosyan'] }) }, editor)).createArticle;
    const two = dataOf(await t.gql(CREATE, { i: article('byline-two', { contributors: ['ben-ortiz', 'ana-petrosyan'] }) }, editor)).createArticle;
    const three = dataOf(
      await t.gql(CREATE, { i: article('byline-three', { contributors: ['chloe-martin', 'ben-ortiz', 'ana-petrosyan'] }) }, editor),
    ).createArticle;
    expect([one.byline, two.byline, three.byline]).toEqual([
      'By Ana Petrosyan',
      'By Ben Ortiz and Ana Petrosyan',
      'By Chloé Martin, Ben Ortiz and Ana Petrosyan',
    ]);
    expect(three.contributors.map((c: { slug: string }) => c.slug)).toEqual(['chloe-martin', 'ben-ortiz', 'ana-petrosyan']);
    for (const a of [one, three]) dataOf(await t.gql(PUBLISH, { id: a.id, v: a.version }, editor));

    const page = `{ contributor(slug: "ana-petrosyan") { name role url isFictional articles { totalCount edges { node { slug } } } } }`;
    const { contributor } = dataOf(await t.gql(page));
    expect(contributor).toMatchObject({ name: 'Ana Petrosyan', role: 'Caucasus correspondent', url: 'https://news.example/ana', isFictional: false });
    // Readers: the published ones, newest first (byline-two is a draft).
    expect(contributor.articles).toEqual({ totalCount: 2, edges: [{ node: { slug: 'byline-three' } }, { node: { slug: 'byline-one' } }] });
    expect(dataOf(await t.gql(page, {}, editor)).contributor.articles.totalCount).toBe(3);
    const filtered = dataOf(await t.gql(`{ articles(filter: { contributor: "ben-ortiz" }) { edges { node { slug } } } }`)).articles.edges;
    expect(filtered).toEqual([{ node: { slug: 'byline-three' } }]);
  });

  it('an unknown or repeated slug is BAD_USER_INPUT with its path, and nothing is written', async () => {
    const before = await count('article');
    const res = await t.gql(CREATE, { i: article('bad-byline', { contributors: ['ana-petrosyan', 'nobody-here'] }) }, editor);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions).toMatchObject({ field: 'contributors.1' });
    const twice = await t.gql(CREATE, { i: article('bad-byline', { topics: ['armenia', 'armenia'] }) }, editor);
    expect(twice.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topics.1' });
    const related = await t.gql(CREATE, { i: article('bad-byline', { related: ['QXJ0aWNsZTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA='] }) }, editor);
    expect(related.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'related.0' });
    expect(await count('article')).toBe(before);
  });

  it('updateArticle replaces the byline with expectedVersion: a new version and revision; a stale version conflicts; the revision restores it', async () => {
    const a = dataOf(await t.gql(CREATE, { i: article('byline-update', { contributors: ['ana-petrosyan'] }) }, editor)).createArticle;
    const updated = dataOf(await t.gql(UPDATE, { id: a.id, v: a.version, p: { contributors: ['ben-ortiz', 'chloe-martin'] } }, editor)).updateArticle;
    expect(updated).toMatchObject({ version: a.version + 1, byline: 'By Ben Ortiz and Chloé Martin' });
    const stale = await t.gql(UPDATE, { id: a.id, v: a.version, p: { contributors: [] } }, editor);
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    const unknown = await t.gql(UPDATE, { id: a.id, v: updated.version, p: { contributors: ['ben-ortiz', 'zed'] } }, editor);
    expect(unknown.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.contributors.1' });

    const { article: read } = dataOf(
      await t.gql(
        `query($s: String!) { article(slug: $s) { version byline revisions { edges { node { version snapshot } } } } }`,
        { s: 'byline-update' },
        editor,
      ),
    );
    // The failed writes changed nothing.
    expect(read).toMatchObject({ version: updated.version, byline: 'By Ben Ortiz and Chloé Martin' });
    const snapshot = read.revisions.edges.find((e: { node: { version: number } }) => e.node.version === updated.version).node.snapshot;
    expect(snapshot.contributors.map((c: { slug: string }) => c.slug)).toEqual(['ben-ortiz', 'chloe-martin']);
    const restored = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!, $e: Int!) { restoreRevision(articleId: $id, version: $v, expectedVersion: $e) { byline } }`,
        { id: a.id, v: a.version, e: updated.version },
        editor,
      ),
    ).restoreRevision;
    expect(restored.byline).toBe('By Ana Petrosyan');
  });

  it('updateContributor shows at once in every byline; deleteContributor refuses a credited one and deletes an unused one', async () => {
    const { contributor } = dataOf(await t.gql(`{ contributor(slug: "ben-ortiz") { id } }`, {}, editor));
    const renamed = dataOf(
      await t.gql(
        `mutation($id: ID!) { updateContributor(id: $id, patch: { name: "Benjamin Ortiz", role: "Editor" }) { name role } }`,
        { id: contributor.id },
        editor,
      ),
    );
    expect(renamed.updateContributor).toEqual({ name: 'Benjamin Ortiz', role: 'Editor' });
    expect(dataOf(await t.gql(`{ article(slug: "byline-three") { byline } }`)).article.byline).toBe('By Chloé Martin, Benjamin Ortiz and Ana Petrosyan');

    const refused = await t.gql(`mutation($id: ID!) { deleteContributor(id: $id) }`, { id: contributor.id }, editor);
    expect(res(refused)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const spare = await createContributor({ name: 'Spare Person' });
    expect(dataOf(await t.gql(`mutation($id: ID!) { deleteContributor(id: $id) }`, { id: spare.id }, editor)).deleteContributor).toBe(spare.id);
    expect(await t.ds.query(`SELECT 1 FROM contributor WHERE slug = 'spare-person'`)).toEqual([]);

    const dup = await t.gql(`mutation { createContributor(input: { name: "Ana P", slug: "ana-petrosyan" }) { id } }`, {}, editor);
    expect(res(dup)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    const badUrl = await t.gql(`mutation { createContributor(input: { name: "X Y", url: "javascript:alert(1)" }) { id } }`, {}, editor);
    expect(codes(badUrl)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`mutation { createContributor(input: { name: "Reader" }) { id } }`))).toEqual(['FORBIDDEN']);
  });

  it('a mutation sent twice with one Idempotency-Key creates one contributor and answers the same', async () => {
    const headers = { ...editor, 'idempotency-key': 'contributor-once' };
    const q = `mutation { createContributor(input: { name: "Once Only" }) { id slug } }`;
    const first = dataOf(await t.gql(q, {}, headers));
    const second = dataOf(await t.gql(q, {}, headers));
    expect(second).toEqual(first);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM contributor WHERE slug = 'once-only'`)).toEqual([{ n: 1 }]);
  });
});

const res = (r: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => r.body.errors?.[0]?.extensions;

describe('topics and timelines', () => {
  it('create, tag, update, and refuse to delete a topic in use', async () => {
    const topic = await createTopic({ name: 'Energy prices', kind: 'SUBJECT', summary: 'Gas and power.' });
    expect(topic).toMatchObject({ slug: 'energy-prices', kind: 'SUBJECT' });
    const a = dataOf(await t.gql(CREATE, { i: article('energy-1', { topics: ['energy-prices', 'armenia'] }) }, editor)).createArticle;
    expect(a.topics).toEqual([{ slug: 'energy-prices' }, { slug: 'armenia' }]);
    const updated = dataOf(await t.gql(`mutation($id: ID!) { updateTopic(id: $id, patch: { name: "Energy" }) { name slug } }`, { id: topic.id }, editor));
    expect(updated.updateTopic).toEqual({ name: 'Energy', slug: 'energy-prices' });
    expect(res(await t.gql(`mutation($id: ID!) { deleteTopic(id: $id) }`, { id: topic.id }, editor))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res(await t.gql(`mutation { createTopic(input: { name: "Armenia", kind: PLACE }) { id } }`, {}, editor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'slug',
    });
  });

  it('timeline events: only on a STORY, in date order, with citations and an article link; update and remove', async () => {
    const subject = await createTopic({ name: 'Not a story', kind: 'SUBJECT' });
    const ADD = `mutation($t: ID!, $i: TimelineEventInput!) { addTimelineEvent(topicId: $t, input: $i) { id date dateLabel title article { slug } citations { excerpt source { name } } } }`;
    const refused = await t.gql(ADD, { t: subject.id, i: { date: '2024-01-01', title: 'x' } }, editor);
    expect(res(refused)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'topicId' });

    const story = await createTopic({ name: 'Election 2024', kind: 'STORY' });
    const { article: a } = dataOf(await t.gql(`{ article(slug: "energy-1") { id } }`, {}, editor));
    const late = dataOf(await t.gql(ADD, { t: story.id, i: { date: '2024-11-05', title: 'Polling day' } }, editor)).addTimelineEvent;
    const early = dataOf(
      await t.gql(
        ADD,
        {
          t: story.id,
          i: {
            date: '2024-03-01',
            dateLabel: 'March 2024',
            title: 'Campaign opens',
            articleId: a.id,
            citations: [{ sourceName: 'Reuters', excerpt: 'It began.' }],
          },
        },
        editor,
      ),
    ).addTimelineEvent;
    expect(early).toMatchObject({ dateLabel: 'March 2024', article: { slug: 'energy-1' }, citations: [{ excerpt: 'It began.', source: { name: 'Reuters' } }] });
    const badLink = await t.gql(ADD, { t: story.id, i: { date: '2024-01-01', title: 'x', articleId: story.id } }, editor);
    expect(res(badLink)).toMatchObject({ code: 'BAD_USER_INPUT' });

    const timeline = async () =>
      dataOf(await t.gql(`{ topic(slug: "election-2024") { timeline { title } } }`, {}, editor)).topic.timeline.map((e: { title: string }) => e.title);
    expect(await timeline()).toEqual(['Campaign opens', 'Polling day']);
    dataOf(
      await t.gql(`mutation($id: ID!) { updateTimelineEvent(id: $id, patch: { date: "2024-01-15", title: "Primaries" }) { id } }`, { id: late.id }, editor),
    );
    expect(await timeline()).toEqual(['Primaries', 'Campaign opens']);
    expect(dataOf(await t.gql(`mutation($id: ID!) { removeTimelineEvent(id: $id) }`, { id: early.id }, editor)).removeTimelineEvent).toBe(early.id);
    expect(await timeline()).toEqual(['Primaries']);
    expect(res(await t.gql(`mutation($id: ID!) { removeTimelineEvent(id: $id) }`, { id: early.id }, editor))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('related explainers', () => {
  it("the editor's picks first in their order, then by shared topics and actors; never drafts, never itself", async () => {
    await createTopic({ name: 'Rivers', kind: 'SUBJECT' });
    await createTopic({ name: 'Dams', kind: 'SUBJECT' });
    // r-1 shares two topics with the base, r-2 one, r-3 only the factory's actor ("Someone"); r-draft is a draft.
    await given(t.ds, [
      explainer(901, {
        slug: 'r-1',
        topics: [
          { name: 'Rivers', kind: 'SUBJECT' as never },
          { name: 'Dams', kind: 'SUBJECT' as never },
        ],
      }),
      explainer(902, { slug: 'r-2', topics: [{ name: 'Dams', kind: 'SUBJECT' as never }] }),
      explainer(903, { slug: 'r-3' }),
      explainer(904, { slug: 'r-draft', status: 'DRAFT' as never, publishedAt: null, topics: [{ name: 'Rivers', kind: 'SUBJECT' as never }] }),
      explainer(905, { slug: 'r-pick' }),
    ]);
    const ids = Object.fromEntries(
      (await t.ds.query(`SELECT slug, id FROM article WHERE slug LIKE 'r-%'`)).map((r: { slug: string; id: string }) => [
        r.slug,
        Buffer.from(`Article:${r.id}`).toString('base64'),
      ]),
    );
    const base = dataOf(
      await t.gql(
        CREATE,
        {
          i: article('r-base', {
            topics: ['rivers', 'dams'],
            related: [ids['r-draft'], ids['r-pick']],
            sections: [
              { body: 'Lead.' },
              { heading: 'Who?', body: 'Someone spoke.', reactions: [{ actorName: 'Someone', stance: 'OTHER', summary: 'Spoke.' }] },
            ],
          }),
        },
        editor,
      ),
    ).createArticle;
    // The draft pick is kept but not shown.
    expect(base.related.map((r: { slug: string }) => r.slug).slice(0, 3)).toEqual(['r-pick', 'r-1', 'r-2']);
    const self = await t.gql(UPDATE, { id: base.id, v: base.version, p: { related: [base.id] } }, editor);
    expect(res(self)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.related.0' });

    dataOf(await t.gql(PUBLISH, { id: base.id, v: base.version }, editor));
    const { article: read } = dataOf(await t.gql(`{ article(slug: "r-base") { related(first: 20) { slug status } } }`));
    const slugs = read.related.map((r: { slug: string }) => r.slug);
    expect(slugs.slice(0, 3)).toEqual(['r-pick', 'r-1', 'r-2']);
    expect(slugs).toContain('r-3');
    expect(slugs).not.toContain('r-draft');
    expect(slugs).not.toContain('r-base');
    expect(read.related.every((r: { status: string }) => r.status === 'PUBLISHED')).toBe(true);
    const few = dataOf(await t.gql(`{ article(slug: "r-base") { related(first: 2) { slug } } }`)).article.related;
    expect(few).toEqual([{ slug: 'r-pick' }, { slug: 'r-1' }]);
    expect(codes(await t.gql(`{ article(slug: "r-base") { related(first: 0) { slug } } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the importer keeps bylines', () => {
  it('creates the byline names as contributors, or matches existing ones by slug', async () => {
    const text = [
      'Headline: Rivers run dry across the region',
      'By Ana Petrosyan and Dara Quinn | Tbilisi',
      '',
      'The rivers ran dry on Monday, officials said.',
    ].join('\n');
    const out = dataOf(
      await t.gql(
        `mutation($x: String!) { importExplainer(text: $x, slug: "imported-byline") { article { byline contributors { slug name } } } }`,
        { x: text },
        editor,
      ),
    ).importExplainer;
    expect(out.article.byline).toBe('By Ana Petrosyan and Dara Quinn');
    expect(out.article.contributors).toEqual([
      { slug: 'ana-petrosyan', name: 'Ana Petrosyan' },
      { slug: 'dara-quinn', name: 'Dara Quinn' },
    ]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM contributor WHERE slug = 'ana-petrosyan'`)).toEqual([{ n: 1 }]);
  });
});
