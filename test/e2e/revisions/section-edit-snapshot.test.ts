import { randomUUID } from 'node:crypto';
import { SNAPSHOT_SQL } from '../../../src/modules/revisions/revision.service';
import { fromGlobalId } from '../../../src/common/node';
import { Webhook, type WebhookEventType } from '../../../src/modules/webhooks/webhook.entity';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

// A plain section edit (key, heading, body; no corrections) stores the previous revision's snapshot with that
// section's fields replaced instead of building it from every table (patchedSnapshot in revision.service.ts): the
// stored snapshot must be the one the whole build gives, whatever wrote the article before, and the events must
// name the same sections.
let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR', 'desk');
  // an endpoint for every event, stored straight into the table (never reached: only the queued payloads are read)
  await t.ds.getRepository(Webhook).save({
    id: randomUUID(),
    url: 'https://hooks.example.invalid/x',
    events: ['ARTICLE_UPDATED' as WebhookEventType],
    secret: 'section-edit-snapshot-secret',
    active: true,
  });
});
afterAll(() => t.close());

const SLUG = 'armenia-azerbaijan-border-clashes-2022';
const STATE = `query($s: String!) { article(slug: $s) { id version sections { id key quotes { id } citations { id } } } }`;

interface State {
  id: string;
  version: number;
  sections: { id: string; key: string; quotes: { id: string }[]; citations: { id: string }[] }[];
}
const state = async (slug = SLUG): Promise<State> => dataOf(await t.gql(STATE, { s: slug }, editor)).article;
const sectionId = (a: State, key: string) => a.sections.find((s) => s.key === key)!.id;

async function mutate(query: string, vars: Record<string, unknown>) {
  const res = await t.gql(query, vars, editor);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return dataOf(res);
}

const UPDATE_SECTION = `mutation($id: ID!, $v: Int!, $key: String, $h: String, $b: String) {
  updateSection(sectionId: $id, expectedVersion: $v, patch: { key: $key, heading: $h, body: $b }) { version } }`;

/** updateSection on the section with `key` at the article's current version; the sections its webhook event names. */
async function editSection(key: string, patch: { key?: string; h?: string; b?: string }, slug = SLUG): Promise<string[]> {
  const a = await state(slug);
  const { version } = (await mutate(UPDATE_SECTION, { id: sectionId(a, key), v: a.version, ...patch })).updateSection;
  expect(version).toBe(a.version + 1);
  const [event] = await t.ds.query(
    `SELECT payload->'sections' AS sections FROM webhook_delivery WHERE article_id = $1 AND (payload->>'version')::int = $2 AND type = 'ARTICLE_UPDATED'`,
    [fromGlobalId(a.id)!.id, version],
  );
  return [...(event.sections as string[])].sort();
}

/** The latest revision's snapshot and the whole snapshot of the article as it now is, both as jsonb. */
async function snapshots(slug = SLUG): Promise<{ stored: unknown; whole: unknown; equal: boolean; version: number; revision: number }> {
  const [row] = await t.ds.query(
    `SELECT r.snapshot AS stored, (${SNAPSHOT_SQL})::jsonb AS whole, r.snapshot = (${SNAPSHOT_SQL})::jsonb AS equal, a.version, r.version AS revision
     FROM article a JOIN LATERAL (SELECT * FROM article_revision r WHERE r.article_id = a.id ORDER BY r.version DESC LIMIT 1) r ON true
     WHERE a.slug = $1 AND a.draft_of IS NULL`,
    [slug],
  );
  return row;
}

async function expectWholeSnapshot(slug = SLUG) {
  const s = await snapshots(slug);
  expect(s.revision).toBe(s.version);
  expect(s.stored).toEqual(s.whole);
  expect(s.equal).toBe(true);
}

describe('the snapshot of a section edit', () => {
  it('is the whole snapshot after every kind of write before it', async () => {
    const lead = 'lead';
    const happening = 'what-is-happening-in-the-region-right-now';
    const reacted = 'how-have-world-leaders-reacted';
    const history = 'what-is-the-history-behind-the-conflict';

    // the first edit after the seed, on the lead, then on a section with citations, quotes and contested figures
    expect(await editSection(lead, { b: 'The lead, rewritten.' })).toEqual([lead]);
    await expectWholeSnapshot();
    expect(await editSection(happening, { b: 'What is happening, rewritten.' })).toEqual([happening]);
    await expectWholeSnapshot();
    expect(await editSection(reacted, { h: 'How did the world react?' })).toEqual([reacted]);
    await expectWholeSnapshot();
    // a key change names the new key and the old one, as before
    expect(await editSection(reacted, { key: 'reactions' })).toEqual(['how-have-world-leaders-reacted', 'reactions']);
    await expectWholeSnapshot();
    expect(await editSection('reactions', { key: 'world-reactions', h: 'Who said what?', b: 'Leaders spoke.' })).toEqual(['reactions', 'world-reactions']);
    await expectWholeSnapshot();
    // the same body again: a revision, no section named
    expect(await editSection('world-reactions', { b: 'Leaders spoke.' })).toEqual([]);
    await expectWholeSnapshot();

    // the article's own fields, contributors and topics, then renamed in place (no revision of the article)
    let a = await state();
    const c = (await mutate(`mutation { createContributor(input: { name: "Ann Writer", slug: "ann-writer", role: "Reporter" }) { id } }`, {}))
      .createContributor;
    await mutate(
      `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Clashes", summary: null, contributors: ["ann-writer"], topics: ["armenia"] }) { version } }`,
      { id: a.id, v: a.version },
    );
    await expectWholeSnapshot();
    expect(await editSection(history, { b: 'History, rewritten.' })).toEqual([history]);
    await expectWholeSnapshot();
    await mutate(`mutation($id: ID!) { updateContributor(id: $id, patch: { name: "Ann Q. Writer" }) { id } }`, { id: c.id });
    const topic = dataOf(await t.gql(`{ topic(slug: "armenia") { id } }`, {}, editor)).topic;
    await mutate(`mutation($id: ID!) { updateTopic(id: $id, patch: { name: "Republic of Armenia" }) { id } }`, { id: topic.id });
    expect(await editSection(history, { b: 'History, again.' })).toEqual([history]);
    await expectWholeSnapshot();
    expect((await snapshots()).stored).toMatchObject({ contributors: [{ name: 'Ann Q. Writer' }], topics: [{ name: 'Republic of Armenia' }] });

    // a section with an image added after the lead: the sections after it moved
    a = await state();
    await mutate(
      `mutation($id: ID!, $v: Int!) { addSection(articleId: $id, expectedVersion: $v, position: 1, section: { heading: "Where is it?", body: "In the Caucasus.",
        image: { path: "maps/caucasus.png", alt: "A map", width: 800, height: 600 }, citations: [{ sourceName: "A new outlet", excerpt: "A map." }] }) { version } }`,
      { id: a.id, v: a.version },
    );
    await expectWholeSnapshot();
    expect(await editSection(history, { b: 'History, after the map.' })).toEqual([history]);
    await expectWholeSnapshot();
    expect(await editSection('where-is-it', { h: 'Where is the region?', b: 'In the South Caucasus.' })).toEqual(['where-is-it']);
    await expectWholeSnapshot();
    const withImage = ((await snapshots()).stored as { sections: unknown[] }).sections[1];
    expect(withImage).toMatchObject({ key: 'where-is-it', heading: 'Where is the region?', image: { path: 'maps/caucasus.png', width: 800 } });

    // reordered
    a = await state();
    const keys = a.sections.map((s) => s.key);
    await mutate(`mutation($id: ID!, $v: Int!, $k: [String!]!) { reorderSections(articleId: $id, expectedVersion: $v, keys: $k) { version } }`, {
      id: a.id,
      v: a.version,
      k: [keys[0], ...keys.slice(1).reverse()],
    });
    await expectWholeSnapshot();
    expect(await editSection(happening, { b: 'After the reorder.' })).toEqual([happening]);
    await expectWholeSnapshot();

    // items of a section
    a = await state();
    await mutate(
      `mutation($id: ID!, $v: Int!) { addQuote(sectionId: $id, expectedVersion: $v, quote: { text: "Calm down.", speakerName: "A new speaker", sourceName: "Reuters" }) { version } }`,
      {
        id: sectionId(a, happening),
        v: a.version,
      },
    );
    await expectWholeSnapshot();
    expect(await editSection(happening, { b: 'After the quote.' })).toEqual([happening]);
    await expectWholeSnapshot();
    a = await state();
    const citation = a.sections.find((s) => s.key === happening)!.citations[0].id;
    await mutate(`mutation($id: ID!, $v: Int!) { updateCitation(id: $id, expectedVersion: $v, patch: { excerpt: "Changed excerpt." }) { version } }`, {
      id: citation,
      v: a.version,
    });
    expect(await editSection(happening, { b: 'After the citation.' })).toEqual([happening]);
    await expectWholeSnapshot();

    // a correction, then a removed section
    a = await state();
    await mutate(
      `mutation($id: ID!, $v: Int!) { addCorrection(articleId: $id, expectedVersion: $v, correction: { kind: CORRECTION, text: "An earlier version misnamed a leader." }) { version } }`,
      { id: a.id, v: a.version },
    );
    expect(await editSection(lead, { b: 'The lead, corrected.' })).toEqual([lead]);
    await expectWholeSnapshot();
    a = await state();
    await mutate(`mutation($id: ID!, $v: Int!) { removeSection(sectionId: $id, expectedVersion: $v) { version } }`, {
      id: sectionId(a, 'where-is-it'),
      v: a.version,
    });
    await expectWholeSnapshot();
    expect(await editSection(history, { b: 'After the removal.' })).toEqual([history]);
    await expectWholeSnapshot();

    // restored to the seed's revision, then edited
    a = await state();
    await mutate(`mutation($id: ID!, $v: Int!) { restoreRevision(articleId: $id, version: 1, expectedVersion: $v) { version } }`, { id: a.id, v: a.version });
    await expectWholeSnapshot();
    expect(await editSection(reacted, { b: 'After the restore.' })).toEqual([reacted]);
    await expectWholeSnapshot();

    // refused edits write nothing: a stale version, a heading for the lead
    a = await state();
    const stale = await t.gql(UPDATE_SECTION, { id: sectionId(a, happening), v: a.version - 1, b: 'Stale.' }, editor);
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    const leadHeading = await t.gql(UPDATE_SECTION, { id: sectionId(a, lead), v: a.version, h: 'A lead heading' }, editor);
    expect(codes(leadHeading)).toEqual(['BAD_USER_INPUT']);
    expect((await state()).version).toBe(a.version);
    expect(await editSection(happening, { b: 'After the refusals.' })).toEqual([happening]);
    await expectWholeSnapshot();
  });

  it('is the previous revision patched when that is the previous version, else built whole', async () => {
    const create = `mutation { createArticle(input: { slug: "patched-draft", headline: "Draft", eventDate: "2024-06-01",
      sections: [{ body: "Lead." }, { heading: "What next?", body: "Talks.", citations: [{ sourceName: "Reuters", excerpt: "Talks." }] },
        { heading: "Who said what?", body: "Leaders.", quotes: [{ text: "We will talk.", speakerName: "A leader" }] }] }) { id } }`;
    const articleId = fromGlobalId((await mutate(create, {})).createArticle.id)!.id;
    const slug = 'patched-draft';
    await editSection('lead', { b: 'Lead 2.' }, slug);
    await expectWholeSnapshot(slug);
    // Marks the latest revision's snapshot of a section that the next edit does not touch: only a snapshot
    // patched from that revision carries the mark.
    const mark = (text: string) =>
      t.ds.query(
        `UPDATE article_revision SET snapshot = jsonb_set(snapshot, '{sections,2,body}', to_jsonb($2::text))
         WHERE article_id = $1 AND version = (SELECT max(version) FROM article_revision WHERE article_id = $1)`,
        [articleId, text],
      );
    const storedBody = async () => ((await snapshots(slug)).stored as { sections: { body: string }[] }).sections[2].body;

    await mark('Marked 1.');
    await editSection('what-next', { b: 'Talks 2.' }, slug);
    expect(await storedBody()).toBe('Marked 1.');

    // the previous revision deleted: the one before is not the previous version
    await mark('Marked 2.');
    await t.ds.query('DELETE FROM article_revision WHERE article_id = $1 AND version = (SELECT max(version) FROM article_revision WHERE article_id = $1)', [
      articleId,
    ]);
    await editSection('what-next', { b: 'Talks 3.' }, slug);
    await expectWholeSnapshot(slug);

    // the version moved without a revision
    await mark('Marked 3.');
    await t.ds.query('UPDATE article SET version = version + 1 WHERE id = $1', [articleId]);
    await editSection('what-next', { b: 'Talks 4.' }, slug);
    await expectWholeSnapshot(slug);

    // the previous revision's section at the edited one's position is another one
    await mark('Marked 4.');
    await t.ds.query(
      `UPDATE article_revision SET snapshot = jsonb_set(snapshot, '{sections,1,key}', '"elsewhere"')
       WHERE article_id = $1 AND version = (SELECT max(version) FROM article_revision WHERE article_id = $1)`,
      [articleId],
    );
    await editSection('what-next', { b: 'Talks 5.' }, slug);
    await expectWholeSnapshot(slug);

    // a revision written before a field was added to the snapshot's sections
    await mark('Marked 5.');
    await t.ds.query(
      `UPDATE article_revision SET snapshot = snapshot #- '{sections,1,contestedFigures}'
       WHERE article_id = $1 AND version = (SELECT max(version) FROM article_revision WHERE article_id = $1)`,
      [articleId],
    );
    await editSection('what-next', { b: 'Talks 6.' }, slug);
    await expectWholeSnapshot(slug);

    // and the patched one again once the previous revision is the previous version
    await mark('Marked 6.');
    await editSection('who-said-what', { key: 'quotes', b: 'Leaders 2.' }, slug);
    expect(await storedBody()).toBe('Leaders 2.');
    await mark('Marked 7.');
    await editSection('lead', { b: 'Lead 3.' }, slug);
    expect(await storedBody()).toBe('Marked 7.');
  });
});
