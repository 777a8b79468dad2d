import { explainer, given } from '../../fixtures/factory';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { liveClients, subscribe } from '../../setup/live-client';
import { toGlobalId } from '../../../src/common/node';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';

// Staged edits (issue 16 part 1): writes to an article's pending version stay out of every reader path until
// publishPending makes them live together, in one version, one revision, one live event and one webhook delivery.
let t: TestApp;
let editor: Record<string, string>;
let liveId: string;
let rawId: string;

beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR');
  [rawId] = await given(t.ds, [explainer(1), explainer(2)]);
  liveId = toGlobalId('Article', rawId);
  // An endpoint that wants every update: staged writes must put nothing in its outbox.
  await t.ds.query(`INSERT INTO webhook (url, events, secret) VALUES ('https://hooks.example.org/x', '{ARTICLE_UPDATED}', 'secret-of-test')`);
});
afterAll(async () => {
  await Promise.all(liveClients.map((c) => c.dispose()));
  await t.close();
});

const ARTICLE = `query($slug: String, $id: ID) { article(slug: $slug, id: $id) { id version headline summary pending { id } sections { key heading body } } }`;

async function editorData(query: string, variables: Record<string, unknown> = {}) {
  return dataOf(await t.gql(query, variables, editor));
}

async function pendingOf(id: string) {
  return (await editorData(`query($id: ID) { article(id: $id) { version pending { id version sections { id key } } } }`, { id })).article;
}

/** Everything a reader can reach of story-1 and of text that only the staged edits contain. */
async function readerView() {
  const r = await t.gql(
    `query($id: ID!, $copy: ID!) {
      bySlug: article(slug: "story-1") { headline summary version pending { id } sections { key heading body } }
      byId: article(id: $id) { headline }
      node(id: $id) { ... on Article { headline } }
      copyNode: node(id: $copy) { id }
      copyById: article(id: $copy) { id }
      list: articles(first: 50) { totalCount edges { node { headline } } }
      staged: search(query: "stagedword") { totalCount }
      quotes(first: 100) { edges { node { text } } }
    }`,
    { id: liveId, copy: copyGlobalId },
  );
  return dataOf(r);
}
let copyGlobalId = '';

describe('staged edits of a published article', () => {
  it('ten staged edits stay invisible to readers in every path, then appear together after publishPending', async () => {
    const feed = await subscribe(t, `subscription { articleUpdated(slug: "story-1") { version headline } }`);
    // Editors hear of drafts' changes too: staged writes must still send them nothing.
    const editorFeed = await subscribe(t, `subscription { articleUpdated(slug: "story-1") { version headline } }`, {}, { connectionParams: editor });
    const start = dataOf(await t.gql(ARTICLE, { slug: 'story-1' })).article;
    const outbox = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM webhook_delivery`))[0].n);
    const outboxBefore = await outbox();
    const revisionsBefore = Number((await t.ds.query(`SELECT count(*) AS n FROM article_revision WHERE article_id = $1`, [rawId]))[0].n);

    const created = await editorData(`mutation($id: ID!, $v: Int!) { createPending(id: $id, expectedVersion: $v) { id version } }`, {
      id: liveId,
      v: start.version,
    });
    copyGlobalId = created.createPending.id;
    expect(copyGlobalId).not.toBe(liveId);
    const initial = await readerView();
    expect(initial.bySlug).toEqual({ headline: 'Story 1', summary: start.summary, version: start.version, pending: null, sections: start.sections });

    let v: number = created.createPending.version;
    const write = async (query: string, variables: Record<string, unknown>) => {
      const res = await t.gql(query, { ...variables, v }, editor);
      const data = dataOf(res);
      const result = Object.values(data)[0] as { version: number };
      v = result.version;
      // After each staged write, readers see exactly what they saw before it.
      expect(await readerView()).toEqual(initial);
    };
    const sections = async () => (await pendingOf(liveId)).pending.sections as { id: string; key: string }[];
    const lead = (await sections()).find((s) => s.key === 'lead')!.id;
    const what = (await sections()).find((s) => s.key === 'what-happened')!.id;

    await write(
      `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Story 1, updated stagedword" }, changeNote: "New headline") { version } }`,
      {
        id: copyGlobalId,
      },
    );
    await write(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { summary: "A new summary." }) { version } }`, {
      id: copyGlobalId,
    });
    await write(
      `mutation($s: ID!, $v: Int!) { updateSection(sectionId: $s, expectedVersion: $v, patch: { body: "Lead, first staged paragraph stagedword.\\n\\nSecond." }) { version } }`,
      { s: lead },
    );
    await write(
      `mutation($s: ID!, $v: Int!) { updateSection(sectionId: $s, expectedVersion: $v, patch: { body: "Lead, rewritten.\\n\\nSecond." }) { version } }`,
      { s: lead },
    );
    await write(
      `mutation($s: ID!, $v: Int!) { updateSection(sectionId: $s, expectedVersion: $v, patch: { heading: "What happened, exactly?" }) { version } }`,
      { s: what },
    );
    await write(
      `mutation($a: ID!, $v: Int!) { addSection(articleId: $a, expectedVersion: $v, section: { heading: "What next?", body: "Talks stagedword." }) { version } }`,
      { a: copyGlobalId },
    );
    await write(
      `mutation($a: ID!, $v: Int!) { addSection(articleId: $a, expectedVersion: $v, section: { heading: "Who said what?", body: "Many things." }, changeNote: "Reactions section") { version } }`,
      { a: copyGlobalId },
    );
    await write(
      `mutation($s: ID!, $v: Int!) { addQuote(sectionId: $s, expectedVersion: $v, quote: { text: "Staged quote stagedword", speakerName: "Someone" }) { version } }`,
      {
        s: what,
      },
    );
    await write(
      `mutation($s: ID!, $v: Int!) { addReaction(sectionId: $s, expectedVersion: $v, reaction: { actorName: "Somebody", stance: CONDEMNATION, summary: "Condemned it." }) { version } }`,
      { s: what },
    );
    await write(
      `mutation($a: ID!, $v: Int!) { reorderSections(articleId: $a, expectedVersion: $v, keys: ["lead", "who-said-what", "what-happened", "what-next"]) { version } }`,
      {
        a: copyGlobalId,
      },
    );

    // Editors' lists and search leave the working copy out; the slug names the article.
    const ed = await editorData(`{ articles(first: 100) { totalCount } search(query: "stagedword") { totalCount } article(slug: "story-1") { id headline } }`);
    expect(ed).toEqual({ articles: { totalCount: 3 }, search: { totalCount: 0 }, article: { id: liveId, headline: 'Story 1' } });
    // Nothing was announced: no webhook delivery, no revision of the article.
    expect(await outbox()).toBe(outboxBefore);
    expect(feed.received).toEqual([]);

    const published = await editorData(
      `mutation($id: ID!, $v: Int!, $pv: Int) { publishPending(id: $id, expectedVersion: $v, expectedPendingVersion: $pv) { version headline pending { id } } }`,
      { id: liveId, v: start.version, pv: v },
    );
    expect(published.publishPending).toEqual({ version: start.version + 1, headline: 'Story 1, updated stagedword', pending: null });

    const after = dataOf(await t.gql(ARTICLE, { slug: 'story-1' })).article;
    expect(after).toEqual({
      id: liveId,
      version: start.version + 1,
      headline: 'Story 1, updated stagedword',
      summary: 'A new summary.',
      pending: null,
      sections: [
        { key: 'lead', heading: null, body: 'Lead, rewritten.\n\nSecond.' },
        { key: 'who-said-what', heading: 'Who said what?', body: 'Many things.' },
        { key: 'what-happened', heading: 'What happened, exactly?', body: start.sections[1].body },
        { key: 'what-next', heading: 'What next?', body: 'Talks stagedword.' },
      ],
    });
    const view = dataOf(await t.gql(`{ search(query: "stagedword") { totalCount } quotes(first: 100) { edges { node { text } } } }`));
    expect(view.search.totalCount).toBe(1);
    expect(view.quotes.edges.map((e: { node: { text: string } }) => e.node.text)).toContain('Staged quote stagedword');
    // One live event (the first the subscriber gets is the published version), one webhook delivery, one revision.
    expect((await feed.next()).data.articleUpdated).toEqual({ version: start.version + 1, headline: 'Story 1, updated stagedword' });
    expect((await editorFeed.next()).data.articleUpdated).toEqual({ version: start.version + 1, headline: 'Story 1, updated stagedword' });
    expect(await outbox()).toBe(outboxBefore + 1);
    expect(Number((await t.ds.query(`SELECT count(*) AS n FROM article_revision WHERE article_id = $1`, [rawId]))[0].n)).toBe(revisionsBefore + 1);
    // The copy is gone, its id answers nothing, and the staged notes became the update's note.
    expect(Number((await t.ds.query(`SELECT count(*) AS n FROM article WHERE draft_of IS NOT NULL`))[0].n)).toBe(0);
    expect(dataOf(await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: copyGlobalId }, editor)).node).toBeNull();
    const updates = dataOf(await t.gql(`{ article(slug: "story-1") { updates { version changeNote } } }`)).article.updates;
    expect(updates[0]).toEqual({ version: start.version + 1, changeNote: 'New headline; Reactions section' });
    feed.close();
    editorFeed.close();
  });

  it('a direct edit of the article after its pending version was made gives VERSION_CONFLICT, never a silent merge', async () => {
    const a = dataOf(await t.gql(ARTICLE, { slug: 'story-2' })).article;
    const pending = (
      await editorData(`mutation($id: ID!, $v: Int!) { createPending(id: $id, expectedVersion: $v) { id version } }`, { id: a.id, v: a.version })
    ).createPending;
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Staged headline" }) { version } }`,
        { id: pending.id, v: pending.version },
        editor,
      ),
    );
    // Another editor corrects the live article directly.
    const direct = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { summary: "Urgent fix." }) { version } }`,
        { id: a.id, v: a.version },
        editor,
      ),
    ).updateArticle;
    expect(direct.version).toBe(a.version + 1);

    const publish = (v: number) => t.gql(`mutation($id: ID!, $v: Int!) { publishPending(id: $id, expectedVersion: $v) { version } }`, { id: a.id, v }, editor);
    const stale = await publish(a.version);
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    const moved = await publish(direct.version);
    expect(codes(moved)).toEqual(['VERSION_CONFLICT']);
    expect(moved.body.errors![0].extensions).toMatchObject({ pendingBaseVersion: a.version, currentVersion: direct.version });
    // Nothing changed: the direct fix is live, the staged headline still pending.
    const now = (await editorData(`query($id: ID) { article(id: $id) { version headline summary pending { headline } } }`, { id: a.id })).article;
    expect(now).toEqual({ version: direct.version, headline: 'Story 2', summary: 'Urgent fix.', pending: { headline: 'Staged headline' } });

    // Discarding takes the pending version's version; a stale one is refused.
    const p = (await pendingOf(a.id)).pending;
    expect(codes(await t.gql(`mutation($id: ID!) { discardPending(id: $id, expectedVersion: 1) { id } }`, { id: a.id }, editor))).toEqual(['VERSION_CONFLICT']);
    const discarded = dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { discardPending(id: $id, expectedVersion: $v) { version pending { id } } }`,
        { id: a.id, v: p.version },
        editor,
      ),
    ).discardPending;
    expect(discarded).toEqual({ version: direct.version, pending: null });
  });

  it('refuses what a working copy cannot do, with coded errors', async () => {
    const a = dataOf(await t.gql(ARTICLE, { slug: 'story-2' })).article;
    const pending = (
      await editorData(`mutation($id: ID!, $v: Int!) { createPending(id: $id, expectedVersion: $v) { id version } }`, { id: a.id, v: a.version })
    ).createPending;
    // createPending again returns the same pending version
    const again = (await editorData(`mutation($id: ID!, $v: Int!) { createPending(id: $id, expectedVersion: $v) { id } }`, { id: a.id, v: a.version }))
      .createPending;
    expect(again.id).toBe(pending.id);
    const on = (m: string) =>
      t.gql(
        `mutation($id: ID!, $v: Int!) { ${m}(id: $id, expectedVersion: $v) ${m === 'deleteArticle' ? '' : '{ id }'} }`,
        { id: pending.id, v: pending.version },
        editor,
      );
    for (const m of ['publishArticle', 'unpublishArticle', 'archiveArticle', 'deleteArticle', 'createPending', 'publishPending']) {
      expect([m, codes(await on(m))]).toEqual([m, ['BAD_USER_INPUT']]);
    }
    // A slug another article has is refused on the copy already.
    const taken = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { slug: "story-1" }) { id } }`,
      { id: pending.id, v: pending.version },
      editor,
    );
    expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
    // Readers and a stale expectedPendingVersion
    expect(dataOf(await t.gql(ARTICLE, { slug: 'story-2' })).article.pending).toBeNull();
    const wrongPending = await t.gql(
      `mutation($id: ID!, $v: Int!) { publishPending(id: $id, expectedVersion: $v, expectedPendingVersion: 99) { id } }`,
      { id: a.id, v: a.version },
      editor,
    );
    expect(codes(wrongPending)).toEqual(['VERSION_CONFLICT']);
    // A draft takes no staged edits; a draft with none has nothing to publish.
    const [draftRaw] = await given(t.ds, [explainer(3, { status: ArticleStatus.DRAFT, publishedAt: null })]);
    const draft = toGlobalId('Article', draftRaw);
    expect(codes(await t.gql(`mutation($id: ID!) { createPending(id: $id, expectedVersion: 1) { id } }`, { id: draft }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`mutation($id: ID!) { publishPending(id: $id, expectedVersion: 1) { id } }`, { id: draft }, editor))).toEqual(['NOT_FOUND']);
    // Readers cannot stage anything.
    expect(codes(await t.gql(`mutation($id: ID!) { createPending(id: $id, expectedVersion: 1) { id } }`, { id: a.id }))).toEqual(['FORBIDDEN']);
  });
});
