import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, codes, dataOf, type TestApp } from '../../setup/test-app';
import { importDraft } from '../../../src/modules/importer/importer.service';
import type { ExplainerDraft } from '../../../src/importer/types';

// "What changed" for readers (issue 16 part 4): the seed explainer after three scripted edits (a paragraph
// rewritten, staged edits published together, a contested figure revised by a re-import), answered by
// Article.updates in one statement and compared with a golden file.
const SLUG = 'armenia-azerbaijan-border-clashes-2022';
const GOLDEN = path.join(__dirname, '../../fixtures/golden/seed-updates.json');

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR');
});
afterAll(() => t.close());

const UPDATES = `query($slug: String!) { article(slug: $slug) { version updates(first: 10) {
  version publishedAt changeNote firstPublication
  headline { before after } summary { before after }
  sections { key change heading previousHeading
    paragraphs { change position before after }
    figures { claim change claims { claimant before { value unit } after { value unit } } }
    items { kind change text by } }
} } }`;

async function editorData(query: string, variables: Record<string, unknown>) {
  return dataOf(await t.gql(query, variables, editor));
}

/** The three scripted edits; returns the versions the reader could have seen. */
async function scriptedEdits(): Promise<number[]> {
  const a = (await editorData(`query($s: String!) { article(slug: $s) { id version sections { id key body } } }`, { s: SLUG })).article;
  const seen = [a.version];
  // 1. A paragraph of the lead rewritten, directly on the live article.
  const lead = a.sections[0];
  const paragraphs = lead.body.split('\n\n');
  paragraphs[0] = `${paragraphs[0]} Officials now put the toll above 100.`;
  const v2 = (
    await editorData(
      `mutation($s: ID!, $v: Int!, $b: String!) { updateSection(sectionId: $s, expectedVersion: $v, patch: { body: $b }, changeNote: "Toll updated in the lead") { version } }`,
      { s: lead.id, v: a.version, b: paragraphs.join('\n\n') },
    )
  ).updateSection.version;
  seen.push(v2);
  // 2. Staged edits (a new section and a new headline), published together: one update, the staged versions never show.
  const p = (await editorData(`mutation($id: ID!, $v: Int!) { createPending(id: $id, expectedVersion: $v) { id version } }`, { id: a.id, v: v2 }))
    .createPending;
  let pv = (
    await editorData(
      `mutation($id: ID!, $v: Int!) { addSection(articleId: $id, expectedVersion: $v, section: { heading: "What happens next?", body: "Talks are due in Brussels.\\n\\nA ceasefire is holding." }) { version } }`,
      { id: p.id, v: p.version },
    )
  ).addSection.version;
  pv = (
    await editorData(
      `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Armenia and Azerbaijan: what we know about the border clashes" }) { version } }`,
      { id: p.id, v: pv },
    )
  ).updateArticle.version;
  const v3 = (
    await editorData(
      `mutation($id: ID!, $v: Int!, $pv: Int) { publishPending(id: $id, expectedVersion: $v, expectedPendingVersion: $pv, changeNote: "New section: what happens next") { version } }`,
      { id: a.id, v: v2, pv },
    )
  ).publishPending.version;
  seen.push(v3);
  // 3. A contested figure revised, by a re-import of the explainer (the CLI's path).
  const [{ snapshot }] = await t.ds.query(
    `SELECT snapshot FROM article_revision r JOIN article a ON a.id = r.article_id AND a.version = r.version WHERE a.slug = $1`,
    [SLUG],
  );
  for (const s of snapshot.sections) for (const f of s.contestedFigures ?? []) for (const c of f.claims) if (c.claimant === 'Armenia') c.value = 105;
  const draft: ExplainerDraft = { ...snapshot, meta: { dateLines: [], credits: [], headings: [], markers: [] }, warnings: [] };
  const outcome = await importDraft({ db: t.ds.manager }, draft, { keyName: 'test', expectedVersion: v3, changeNote: 'Armenian toll revised' });
  expect(outcome.status).toBe('updated');
  seen.push(v3 + 1);
  return seen;
}

describe('Article.updates and changesSince', () => {
  let seen: number[];
  beforeAll(async () => {
    seen = await scriptedEdits();
  });

  it('lists the published versions newest first with their diffs, in one statement, as the golden file says', async () => {
    let data: any;
    const statements = await t.countStatements(async () => {
      data = dataOf(await t.gql(UPDATES, { slug: SLUG }));
    });
    expect(statements).toBe(1);
    const updates = data.article.updates as { publishedAt: string; version: number }[];
    // publishedAt: real instants, newest first; left out of the golden file.
    const times = updates.map((u) => Date.parse(u.publishedAt));
    expect(times.every((x) => Number.isFinite(x))).toBe(true);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(updates.map((u) => u.version)).toEqual([...seen].reverse());
    const got = updates.map(({ publishedAt: _p, ...u }) => u);
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(fs.readFileSync(GOLDEN, 'utf8')));
  });

  it('changesSince: everything since the version a reader saw, together; nothing since the current one', async () => {
    const q = `query($s: String!, $v: Int!) { article(slug: $s) { changesSince(version: $v) { fromVersion toVersion changeNotes headline { before after } sections { key change figures { claim } paragraphs { change } } } } }`;
    const first = dataOf(await t.gql(q, { s: SLUG, v: seen[0] })).article.changesSince;
    expect(first).toMatchObject({
      fromVersion: seen[0],
      toVersion: seen[3],
      changeNotes: ['Toll updated in the lead', 'New section: what happens next', 'Armenian toll revised'],
      headline: { after: 'Armenia and Azerbaijan: what we know about the border clashes' },
    });
    expect(first.sections.map((s: { key: string; change: string }) => [s.key, s.change])).toEqual([
      ['lead', 'CHANGED'],
      ['what-is-happening-in-the-region-right-now', 'CHANGED'],
      ['what-happens-next', 'ADDED'],
    ]);
    const latest = dataOf(await t.gql(q, { s: SLUG, v: seen[3] })).article.changesSince;
    expect(latest).toMatchObject({ fromVersion: seen[3], toVersion: seen[3], changeNotes: [], headline: null, sections: [] });
    // A reader who saw version 2 (the lead edit) hears of the two later updates only.
    const fromSecond = dataOf(await t.gql(q, { s: SLUG, v: seen[1] })).article.changesSince;
    expect(fromSecond.changeNotes).toEqual(['New section: what happens next', 'Armenian toll revised']);
    expect(codes(await t.gql(q, { s: SLUG, v: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps drafts out: edits of an unpublished article show only once it is published again, against the last published version', async () => {
    const a = (await editorData(`query($s: String!) { article(slug: $s) { id version } }`, { s: SLUG })).article;
    const v1 = (await editorData(`mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { version } }`, { id: a.id, v: a.version }))
      .unpublishArticle.version;
    const v2 = (
      await editorData(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { summary: "Draft summary." }, changeNote: "draft note") { version } }`,
        {
          id: a.id,
          v: v1,
        },
      )
    ).updateArticle.version;
    const v3 = (
      await editorData(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { summary: "Final summary." }) { version } }`, {
        id: a.id,
        v: v2,
      })
    ).updateArticle.version;
    const v4 = (
      await editorData(`mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v, changeNote: "Summary rewritten") { version } }`, {
        id: a.id,
        v: v3,
      })
    ).publishArticle.version;
    const updates = dataOf(await t.gql(`query($s: String!) { article(slug: $s) { updates(first: 2) { version changeNote summary { after } } } }`, { s: SLUG }))
      .article.updates;
    expect(updates).toEqual([
      { version: v4, changeNote: 'Summary rewritten', summary: { after: 'Final summary.' } },
      { version: seen[3], changeNote: 'Armenian toll revised', summary: null },
    ]);
    expect(codes(await t.gql(`{ article(slug: "${SLUG}") { updates(first: 101) { version } } }`))).toEqual(['BAD_USER_INPUT']);
  });
});
