// Images (lead and section, renditions, alt text at publication) and corrections (added with writes, read by
// readers only on published articles, append-only in the database, announced live and to webhooks).
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { bigExplainer, explainer, given } from '../../fixtures/factory';
import { liveClients, subscribe } from '../../setup/live-client';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
let admin: Record<string, string>;

const IMAGE = { path: '2022/09/border post.jpg', alt: 'Soldiers at a border post', caption: 'A border post', credit: 'Reuters', width: 2000, height: 1000 };

beforeAll(async () => {
  t = await createTestApp({
    env: { IMAGE_URL_TEMPLATE: 'https://img.test/{path}?w={width}', PUBLIC_URL_TEMPLATE: 'https://news.test/x/{slug}', WEBHOOK_DISPATCH: 'false' },
  });
  await given(t.ds, [
    explainer(1),
    explainer(2, { slug: 'a-draft', status: ArticleStatus.DRAFT, publishedAt: null }),
    bigExplainer(3, 2, 1),
    bigExplainer(4, 12, 6),
  ]);
  editor = await t.as('EDITOR');
  admin = await t.as('ADMIN');
});
afterAll(async () => {
  await Promise.all(liveClients.map((c) => c.dispose()));
  await t.close();
});

const ids = async (slug: string) => {
  const a = dataOf(await t.gql(`query($s: String!) { article(slug: $s) { id version sections { id key } } }`, { s: slug }, editor)).article;
  return a as { id: string; version: number; sections: { id: string; key: string }[] };
};

const SET_LEAD = `mutation($id: ID!, $v: Int!, $i: ImageInput!, $c: [CorrectionInput!]) {
  setLeadImage(articleId: $id, expectedVersion: $v, image: $i, corrections: $c) {
    version leadImage { id path url alt caption credit width height renditions(widths: [320, 4000, 640, 320]) { url width height } }
    corrections { kind text sectionKey }
  } }`;

describe('images', () => {
  it('a lead image with its URL from IMAGE_URL_TEMPLATE and renditions: sorted, deduplicated, capped at the original width', async () => {
    const a = await ids('story-1');
    const res = dataOf(await t.gql(SET_LEAD, { id: a.id, v: a.version, i: IMAGE }, editor)).setLeadImage;
    expect(res.version).toBe(a.version + 1);
    expect(res.leadImage).toMatchObject({ path: IMAGE.path, alt: IMAGE.alt, caption: 'A border post', credit: 'Reuters', width: 2000, height: 1000 });
    expect(res.leadImage.url).toBe('https://img.test/2022/09/border%20post.jpg?w=2000');
    expect(res.leadImage.renditions).toEqual([
      { url: 'https://img.test/2022/09/border%20post.jpg?w=320', width: 320, height: 160 },
      { url: 'https://img.test/2022/09/border%20post.jpg?w=640', width: 640, height: 320 },
      { url: 'https://img.test/2022/09/border%20post.jpg?w=2000', width: 2000, height: 1000 },
    ]);
    // readers see it on the published article, and by its node id
    const read = dataOf(await t.gql(`{ article(slug: "story-1") { leadImage { id alt } } }`)).article.leadImage;
    expect(read.alt).toBe(IMAGE.alt);
    expect(dataOf(await t.gql(`query($id: ID!) { node(id: $id) { ... on Image { path } } }`, { id: read.id })).node).toEqual({ path: IMAGE.path });
  });

  it('refuses bad widths and bad paths with BAD_USER_INPUT', async () => {
    const bad = async (widths: number[]) =>
      codes(await t.gql(`query($w: [Int!]) { article(slug: "story-1") { leadImage { renditions(widths: $w) { url } } } }`, { w: widths }));
    expect(await bad([8])).toEqual(['BAD_USER_INPUT']);
    expect(await bad([9000])).toEqual(['BAD_USER_INPUT']);
    expect(await bad([])).toEqual(['BAD_USER_INPUT']);
    expect(await bad(Array.from({ length: 11 }, (_, i) => 100 + i))).toEqual(['BAD_USER_INPUT']);
    const a = await ids('story-1');
    for (const path of ['../etc/passwd', 'https://evil.example/x.jpg', '/abs.jpg', 'a//b.jpg', 'a/./b.jpg', 'x.jpg?w=1', 'a\\b.jpg']) {
      const res = await t.gql(SET_LEAD, { id: a.id, v: a.version, i: { ...IMAGE, path } }, editor);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await ids('story-1')).version).toBe(a.version);
  });

  it('a published article takes no image without alt text; publishArticle refuses one (field path), nothing written', async () => {
    const pub = await ids('story-1');
    const live = await t.gql(SET_LEAD, { id: pub.id, v: pub.version, i: { ...IMAGE, alt: '  ' } }, editor);
    expect(codes(live)).toEqual(['BAD_USER_INPUT']);
    expect(live.body.errors![0].extensions!.field).toBe('image.alt');

    const d = await ids('a-draft');
    const set = await t.gql(SET_LEAD, { id: d.id, v: d.version, i: { ...IMAGE, alt: null } }, editor);
    expect(dataOf(set).setLeadImage.leadImage.alt).toBeNull();
    const sectionImage = `mutation($id: ID!, $v: Int!, $i: ImageInput!) { setSectionImage(sectionId: $id, expectedVersion: $v, image: $i) { version sections { key image { alt } } } }`;
    const withSection = dataOf(await t.gql(sectionImage, { id: d.sections[1].id, v: d.version + 1, i: { ...IMAGE, path: 's.jpg', alt: '' } }, editor));
    expect(withSection.setSectionImage.sections.map((s: any) => s.image)).toEqual([null, { alt: null }]);
    const publish = `mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { status } }`;
    const refused = await t.gql(publish, { id: d.id, v: d.version + 2 }, editor);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors![0].extensions).toMatchObject({ field: 'leadImage.alt', fields: ['leadImage.alt', 'sections.1.image.alt'] });
    expect((await t.ds.query(`SELECT status, version FROM article WHERE slug = 'a-draft'`))[0]).toEqual({ status: 'DRAFT', version: d.version + 2 });

    // with alt text on both, it publishes
    await t.gql(SET_LEAD, { id: d.id, v: d.version + 2, i: IMAGE }, editor);
    dataOf(await t.gql(sectionImage, { id: d.sections[1].id, v: d.version + 3, i: { ...IMAGE, path: 's.jpg' } }, editor));
    expect(dataOf(await t.gql(publish, { id: d.id, v: d.version + 4 }, editor)).publishArticle.status).toBe('PUBLISHED');
    // put back as a draft for the other tests
    await t.gql(`mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { status } }`, { id: d.id, v: d.version + 5 }, editor);
  });

  it('a stale expectedVersion is a VERSION_CONFLICT; the replaced image row goes; revisions hold images and restore brings them back', async () => {
    const a = await ids('story-1');
    expect(codes(await t.gql(SET_LEAD, { id: a.id, v: a.version - 1, i: IMAGE }, editor))).toEqual(['VERSION_CONFLICT']);
    const before = (await t.ds.query(`SELECT count(*)::int AS n FROM image`))[0].n;
    dataOf(await t.gql(SET_LEAD, { id: a.id, v: a.version, i: { ...IMAGE, path: 'second.jpg' } }, editor));
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM image`))[0].n).toBe(before);
    const cleared = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { clearLeadImage(articleId: $id, expectedVersion: $v) { leadImage { path } } }`,
        { id: a.id, v: a.version + 1 },
        editor,
      ),
    );
    expect(cleared.clearLeadImage.leadImage).toBeNull();
    const revisions = dataOf(
      await t.gql(`{ article(slug: "story-1") { revisions(first: 3) { edges { node { version snapshot } } } } }`, {}, editor),
    ).article.revisions.edges.map((e: any) => e.node);
    expect(revisions.map((r: any) => r.snapshot.leadImage?.path ?? null)).toEqual([null, 'second.jpg', IMAGE.path]);
    const restored = dataOf(
      await t.gql(
        `mutation($id: ID!, $r: Int!, $v: Int!) { restoreRevision(articleId: $id, version: $r, expectedVersion: $v) { leadImage { path alt } } }`,
        { id: a.id, r: a.version + 1, v: a.version + 2 },
        editor,
      ),
    );
    expect(restored.restoreRevision.leadImage).toEqual({ path: 'second.jpg', alt: IMAGE.alt });
  });

  it('drafts keep their images from readers: node(id) of a draft image is null', async () => {
    const [img] = await t.ds.query(`SELECT i.id FROM image i JOIN article a ON a.lead_image_id = i.id WHERE a.slug = 'a-draft'`);
    const id = Buffer.from(`Image:${img.id}`).toString('base64');
    const q = `query($id: ID!) { node(id: $id) { ... on Image { path } } }`;
    expect(dataOf(await t.gql(q, { id })).node).toBeNull();
    expect(dataOf(await t.gql(q, { id }, editor)).node).toEqual({ path: IMAGE.path });
  });
});

describe('corrections', () => {
  const ADD = `mutation($id: ID!, $v: Int!, $c: CorrectionInput!) { addCorrection(articleId: $id, expectedVersion: $v, correction: $c) {
    version corrections { id kind text sectionKey createdAt } sections { key corrections { text } } } }`;

  it('addCorrection and corrections on other writes land in the same transaction; Article and Section show them in order', async () => {
    const a = await ids('story-1');
    const first = dataOf(await t.gql(ADD, { id: a.id, v: a.version, c: { kind: 'CORRECTION', text: 'An earlier version misspelt a name.' } }, editor));
    expect(first.addCorrection.version).toBe(a.version + 1);
    const upd = `mutation($id: ID!, $v: Int!, $c: [CorrectionInput!]) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Story 1, corrected" }, corrections: $c) { headline corrections { kind sectionKey } } }`;
    const second = dataOf(
      await t.gql(upd, { id: a.id, v: a.version + 1, c: [{ kind: 'CLARIFICATION', text: 'Clarified the date.', sectionKey: 'what-happened' }] }, editor),
    ).updateArticle;
    expect(second.headline).toBe('Story 1, corrected');
    expect(second.corrections).toEqual([
      { kind: 'CORRECTION', sectionKey: null },
      { kind: 'CLARIFICATION', sectionKey: 'what-happened' },
    ]);
    const read = dataOf(await t.gql(`{ article(slug: "story-1") { corrections { text } sections { key corrections { text } } } }`)).article;
    expect(read.corrections.map((c: any) => c.text)).toEqual(['An earlier version misspelt a name.', 'Clarified the date.']);
    expect(read.sections).toEqual([
      { key: 'lead', corrections: [] },
      { key: 'what-happened', corrections: [{ text: 'Clarified the date.' }] },
    ]);
  });

  it('a bad sectionKey or kind is BAD_USER_INPUT with the field, and the write it came with is not made', async () => {
    const a = await ids('story-1');
    const res = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Never" }, corrections: [{ kind: EDITORS_NOTE, text: "x", sectionKey: "nope" }]) { version } }`,
      { id: a.id, v: a.version },
      editor,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions!.field).toBe('corrections.0.sectionKey');
    expect(codes(await t.gql(ADD, { id: a.id, v: a.version, c: { kind: 'CORRECTION', text: '   ' } }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(ADD, { id: a.id, v: a.version, c: { kind: 'OOPS', text: 'x' } }, editor))).toEqual(['BAD_USER_INPUT']);
    const after = await t.ds.query(`SELECT headline, version FROM article WHERE slug = 'story-1'`);
    expect(after).toEqual([{ headline: 'Story 1, corrected', version: a.version }]);
    // readers cannot add one
    expect(codes(await t.gql(ADD, { id: a.id, v: a.version, c: { kind: 'CORRECTION', text: 'x' } }))).toEqual(['FORBIDDEN']);
  });

  it('readers see the corrections of published articles only (article, node)', async () => {
    const d = await ids('a-draft');
    const res = dataOf(await t.gql(ADD, { id: d.id, v: d.version, c: { kind: 'EDITORS_NOTE', text: 'Draft note.' } }, editor)).addCorrection;
    const noteId = res.corrections[0].id;
    const q = `query($id: ID!) { node(id: $id) { ... on Correction { text article { slug } } } }`;
    expect(dataOf(await t.gql(q, { id: noteId })).node).toBeNull();
    expect(dataOf(await t.gql(q, { id: noteId }, editor)).node).toEqual({ text: 'Draft note.', article: { slug: 'a-draft' } });
    expect(dataOf(await t.gql(`{ article(slug: "a-draft") { corrections { text } } }`)).article).toBeNull();
  });

  it('the database refuses to change or delete a correction; deleting the article takes its corrections with it', async () => {
    await expect(t.ds.query(`UPDATE correction SET text = 'rewritten'`)).rejects.toThrow(/never changed or deleted/);
    await expect(t.ds.query(`DELETE FROM correction`)).rejects.toThrow(/never changed or deleted/);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM correction c JOIN article a ON a.id = c.article_id WHERE a.slug = 'a-draft'`);
    expect(n).toBe(1);
    const d = await ids('a-draft');
    dataOf(await t.gql(`mutation($id: ID!, $v: Int!) { deleteArticle(id: $id, expectedVersion: $v) }`, { id: d.id, v: d.version }, editor));
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM correction WHERE article_id = $1`, [Buffer.from(d.id, 'base64').toString().split(':')[1]])).toEqual(
      [{ n: 0 }],
    );
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM image WHERE article_id = $1`, [Buffer.from(d.id, 'base64').toString().split(':')[1]])).toEqual([
      { n: 0 },
    ]);
    // the published article's corrections are all still there
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM correction c JOIN article a ON a.id = c.article_id WHERE a.slug = 'story-1'`))[0].n).toBe(2);
  });

  it('a correction of a published article reaches correctionAdded subscribers and CORRECTION_ADDED webhooks; a draft one does not', async () => {
    dataOf(
      await t.gql(
        `mutation($u: String!, $s: String!) { createWebhook(url: $u, events: [CORRECTION_ADDED], secret: $s) { id } }`,
        { u: 'https://93.184.215.14/x' /* a public address: registration resolves and checks names */, s: 'a-secret-of-16-chars' },
        admin,
      ),
    );
    const feed = await subscribe(t, `subscription { correctionAdded { kind text article { slug } } }`);
    const updates = await subscribe(t, `subscription { articleUpdated(slug: "story-1") { version } }`);
    const fresh = dataOf(
      await t.gql(
        `mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version corrections { text } } }`,
        { i: { slug: 'fresh-draft', headline: 'Fresh', sections: [{ body: 'Lead.' }], corrections: [{ kind: 'EDITORS_NOTE', text: 'Draft-only note.' }] } },
        editor,
      ),
    ).createArticle;
    expect(fresh.corrections).toEqual([{ text: 'Draft-only note.' }]);
    const a = await ids('story-1');
    dataOf(await t.gql(ADD, { id: a.id, v: a.version, c: { kind: 'CORRECTION', text: 'Live correction.' } }, editor));
    // the first message a reader gets is the published article's: the draft's note never came
    expect(await feed.next()).toEqual({ data: { correctionAdded: { kind: 'CORRECTION', text: 'Live correction.', article: { slug: 'story-1' } } } });
    feed.close();
    // the article's own subscribers hear that write once (its revision's event), not once more for the correction
    expect(await updates.next()).toEqual({ data: { articleUpdated: { version: a.version + 1 } } });
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { summary: "s" }) { version } }`,
        { id: a.id, v: a.version + 1 },
        editor,
      ),
    );
    expect(await updates.next()).toEqual({ data: { articleUpdated: { version: a.version + 2 } } });
    updates.close();
    const outbox = await t.ds.query(`SELECT type, payload->>'slug' AS slug, payload->'correction'->>'text' AS text FROM webhook_delivery ORDER BY seq`);
    expect(outbox).toEqual([{ type: 'CORRECTION_ADDED', slug: 'story-1', text: 'Live correction.' }]);
  });
});

describe('read path', () => {
  it('the explainer with lead image, section images and corrections is ONE statement at 8 and 288 items', async () => {
    for (const slug of ['big-3', 'big-4']) {
      const a = await ids(slug);
      dataOf(await t.gql(SET_LEAD, { id: a.id, v: a.version, i: IMAGE, c: [{ kind: 'CORRECTION', text: 'Fixed.', sectionKey: 'question-0' }] }, editor));
    }
    const QUERY = `query($slug: String!) { article(slug: $slug) { slug url headline
      leadImage { url alt caption credit width height renditions(widths: [320, 1024]) { url width height } }
      corrections { kind text sectionKey createdAt }
      sections { key heading body image { url alt } corrections { text }
        citations { excerpt source { name } } quotes { text speaker { name } } reactions { stance actor { name } }
        contestedFigures { claim claims { value unit claimant { name } } } } } }`;
    const counts: Record<string, number> = {};
    const items: Record<string, number> = {};
    for (const slug of ['big-3', 'big-4']) {
      counts[slug] = await t.countStatements(async () => {
        const { article } = dataOf(await t.gql(QUERY, { slug }));
        expect(article.leadImage.renditions).toHaveLength(2);
        expect(article.corrections).toHaveLength(1);
        expect(article.sections[1].corrections).toEqual([{ text: 'Fixed.' }]);
        items[slug] = article.sections.reduce(
          (n: number, s: any) =>
            n + s.citations.length + s.quotes.length + s.reactions.length + s.contestedFigures.reduce((m: number, f: any) => m + f.claims.length, 0),
          0,
        );
      });
    }
    expect(items).toEqual({ 'big-3': 8, 'big-4': 288 });
    expect(counts).toEqual({ 'big-3': 1, 'big-4': 1 });
  });
});
