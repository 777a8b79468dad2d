import { hashKey } from '../../../src/modules/auth/api-key.service';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR', 'cms');
  admin = await t.as('ADMIN', 'ops');
});
afterAll(() => t.close());

describe('API keys', () => {
  it('are refused with 401 UNAUTHENTICATED when unknown, malformed or revoked', async () => {
    for (const authorization of ['Bearer exk_not-a-key-we-issued', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const res = await t.gql('{ __typename }', {}, { authorization });
      expect([res.status, codes(res)]).toEqual([401, ['UNAUTHENTICATED']]);
    }
    const revoked = await t.as('EDITOR', 'soon-revoked');
    expect((await t.gql('{ __typename }', {}, revoked)).status).toBe(200);
    const res = await t.gql('mutation { revokeApiKey(id: "soon-revoked") { name revokedAt } }', {}, admin);
    expect(dataOf(res).revokeApiKey.revokedAt).toEqual(expect.any(String));
    const after = await t.gql('{ __typename }', {}, revoked);
    expect([after.status, codes(after)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it('are stored hashed, never in clear, and record when they were last used', async () => {
    const created = dataOf(
      await t.gql('mutation { createApiKey(name: "newsroom", role: EDITOR) { key apiKey { id name role prefix lastUsedAt } } }', {}, admin),
    );
    const { key, apiKey } = created.createApiKey;
    expect(key).toMatch(/^exk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'newsroom', role: 'EDITOR', prefix: key.slice(0, 10), lastUsedAt: null });
    const rows = await t.ds.query(`SELECT row_to_json(k)::text AS r FROM api_key k WHERE name = 'newsroom'`);
    expect(rows[0].r).not.toContain(key);
    expect(rows[0].r).toContain(hashKey(key));
    await t.gql('{ __typename }', {}, { authorization: `Bearer ${key}` });
    const [{ used }] = await t.ds.query(`SELECT last_used_at IS NOT NULL AS used FROM api_key WHERE name = 'newsroom'`);
    expect(used).toBe(true);
    const list = dataOf(await t.gql('{ apiKeys { name role revokedAt } }', {}, admin));
    expect(list.apiKeys.map((k: { name: string }) => k.name)).toEqual(expect.arrayContaining(['cms', 'ops', 'newsroom']));
    expect(JSON.stringify(list)).not.toContain(key);
  });

  it('refuse a duplicate name with BAD_USER_INPUT', async () => {
    const res = await t.gql('mutation { createApiKey(name: "cms", role: EDITOR) { key } }', {}, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('roles', () => {
  const ARTICLE = `query($s: String!) { article(slug: $s) { id version } }`;
  // Each mutation with variables that succeed for an editor on the seed article.
  const mutations: [string, (id: string, v: number) => [string, Record<string, unknown>]][] = [
    [
      'updateArticle',
      (id, v) => ['mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "New headline" }) { version } }', { id, v }],
    ],
    ['unpublishArticle', (id, v) => ['mutation($id: ID!, $v: Int!) { unpublishArticle(id: $id, expectedVersion: $v) { status } }', { id, v }]],
    ['publishArticle', (id, v) => ['mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { status } }', { id, v }]],
    [
      'addSection',
      (id, v) => [
        'mutation($id: ID!, $v: Int!) { addSection(articleId: $id, expectedVersion: $v, section: { heading: "What next?", body: "Talks." }) { version } }',
        { id, v },
      ],
    ],
    [
      'reorderSections',
      (id, v) => [
        `mutation($id: ID!, $v: Int!) { reorderSections(articleId: $id, expectedVersion: $v, keys: ${JSON.stringify(['lead', 'what-next', ...seed.sections.slice(1).map((s) => s.key)])}) { version } }`,
        { id, v },
      ],
    ],
    [
      'restoreRevision',
      (id, v) => ['mutation($id: ID!, $v: Int!) { restoreRevision(articleId: $id, version: 1, expectedVersion: $v) { version } }', { id, v }],
    ],
    ['createArticle', () => ['mutation { createArticle(input: { slug: "role-check", headline: "Role check", sections: [{ body: "Lead." }] }) { slug } }', {}]],
  ];

  it('readers get FORBIDDEN for every write, editors may write, and nothing was written by a refused call', async () => {
    for (const [name, make] of mutations) {
      const a = dataOf(await t.gql(ARTICLE, { s: seed.slug }, editor)).article;
      const [query, vars] = make(a.id, a.version);
      const asReader = await t.gql(query, vars);
      expect([name, codes(asReader)]).toEqual([name, ['FORBIDDEN']]);
      const unchanged = dataOf(await t.gql(ARTICLE, { s: seed.slug }, editor)).article;
      expect(unchanged.version).toBe(a.version);
      const asEditor = await t.gql(query, vars, editor);
      expect([name, asEditor.body.errors]).toEqual([name, undefined]);
    }
    const a = dataOf(await t.gql(ARTICLE, { s: 'role-check' }, editor)).article;
    const del = 'mutation($id: ID!, $v: Int!) { deleteArticle(id: $id, expectedVersion: $v) }';
    expect(codes(await t.gql(del, { id: a.id, v: a.version }))).toEqual(['FORBIDDEN']);
    expect(dataOf(await t.gql(del, { id: a.id, v: a.version }, admin)).deleteArticle).toBe(a.id);
  });

  it('every mutation refuses readers with FORBIDDEN before looking at its arguments, and key management refuses editors', async () => {
    const id = Buffer.from('Article:00000000-0000-4000-8000-000000000000').toString('base64');
    const sec = Buffer.from('Section:00000000-0000-4000-8000-000000000000').toString('base64');
    const item = (type: string) => Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64');
    // Arguments of the right GraphQL types, otherwise invalid (bad slug, unknown ids): the role check comes first.
    const calls: Record<string, string> = {
      createArticle: 'createArticle(input: { slug: "NOT A SLUG", headline: "", sections: [] }) { id }',
      updateArticle: `updateArticle(id: "${id}", expectedVersion: 1, patch: {}) { id }`,
      publishArticle: `publishArticle(id: "${id}", expectedVersion: 1) { id }`,
      unpublishArticle: `unpublishArticle(id: "${id}", expectedVersion: 1) { id }`,
      archiveArticle: `archiveArticle(id: "${id}", expectedVersion: 1) { id }`,
      deleteArticle: `deleteArticle(id: "${id}", expectedVersion: 1)`,
      restoreRevision: `restoreRevision(articleId: "${id}", version: 1, expectedVersion: 1) { id }`,
      addSection: `addSection(articleId: "${id}", expectedVersion: 1, section: { heading: "", body: "" }) { id }`,
      updateSection: `updateSection(sectionId: "${sec}", expectedVersion: 1, patch: {}) { id }`,
      removeSection: `removeSection(sectionId: "${sec}", expectedVersion: 1) { id }`,
      reorderSections: `reorderSections(articleId: "${id}", expectedVersion: 1, keys: []) { id }`,
      addCitation: `addCitation(sectionId: "${sec}", expectedVersion: 1, citation: { sourceName: "", excerpt: "" }) { id }`,
      updateCitation: `updateCitation(id: "${item('Citation')}", expectedVersion: 1, patch: {}) { id }`,
      removeCitation: `removeCitation(id: "${item('Citation')}", expectedVersion: 1) { id }`,
      addQuote: `addQuote(sectionId: "${sec}", expectedVersion: 1, quote: { text: "" }) { id }`,
      updateQuote: `updateQuote(id: "${item('Quote')}", expectedVersion: 1, patch: {}) { id }`,
      removeQuote: `removeQuote(id: "${item('Quote')}", expectedVersion: 1) { id }`,
      addReaction: `addReaction(sectionId: "${sec}", expectedVersion: 1, reaction: { actorName: "", stance: OTHER, summary: "" }) { id }`,
      updateReaction: `updateReaction(id: "${item('Reaction')}", expectedVersion: 1, patch: {}) { id }`,
      removeReaction: `removeReaction(id: "${item('Reaction')}", expectedVersion: 1) { id }`,
      addCorrection: `addCorrection(articleId: "${id}", expectedVersion: 1, correction: { kind: CORRECTION, text: "" }) { id }`,
      setLeadImage: `setLeadImage(articleId: "${id}", expectedVersion: 1, image: { path: "", width: 0, height: 0 }) { id }`,
      clearLeadImage: `clearLeadImage(articleId: "${id}", expectedVersion: 1) { id }`,
      setSectionImage: `setSectionImage(sectionId: "${sec}", expectedVersion: 1, image: { path: "", width: 0, height: 0 }) { id }`,
      clearSectionImage: `clearSectionImage(sectionId: "${sec}", expectedVersion: 1) { id }`,
      createPending: `createPending(id: "${id}", expectedVersion: 1) { id }`,
      publishPending: `publishPending(id: "${id}", expectedVersion: 1) { id }`,
      discardPending: `discardPending(id: "${id}", expectedVersion: 1) { id }`,
      createPreviewToken: `createPreviewToken(articleId: "${id}", ttlSeconds: 0) { token }`,
      revokePreviewToken: `revokePreviewToken(id: "${item('PreviewToken')}") { id }`,
      schedule: `schedule(id: "${id}", expectedVersion: 1) { __typename }`,
      unschedule: `unschedule(id: "${id}", expectedVersion: 1) { __typename }`,
      createContributor: 'createContributor(input: { name: "", slug: "NOT A SLUG" }) { id }',
      updateContributor: `updateContributor(id: "${item('Contributor')}", patch: {}) { id }`,
      deleteContributor: `deleteContributor(id: "${item('Contributor')}")`,
      createTopic: 'createTopic(input: { kind: PLACE, name: "", slug: "NOT A SLUG" }) { id }',
      updateTopic: `updateTopic(id: "${item('Topic')}", patch: {}) { id }`,
      deleteTopic: `deleteTopic(id: "${item('Topic')}")`,
      addTimelineEvent: `addTimelineEvent(topicId: "${item('Topic')}", input: { date: "2022-09-01", title: "" }) { id }`,
      updateTimelineEvent: `updateTimelineEvent(id: "${item('TopicEvent')}", patch: {}) { id }`,
      removeTimelineEvent: `removeTimelineEvent(id: "${item('TopicEvent')}")`,
      importExplainer: 'importExplainer(text: "") { status }',
      createApiKey: 'createApiKey(name: "", role: ADMIN) { key }',
      revokeApiKey: 'revokeApiKey(id: "nobody") { name }',
      createWebhook: 'createWebhook(url: "", events: [], secret: "") { id }',
      disableWebhook: 'disableWebhook(id: "nobody") { id }',
    };
    const schema = dataOf(await t.gql('{ __schema { mutationType { fields { name } } } }'));
    expect(Object.keys(calls).sort()).toEqual(schema.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort());
    const adminOnly = new Set(['createApiKey', 'revokeApiKey', 'createWebhook', 'disableWebhook']);
    for (const [name, call] of Object.entries(calls)) {
      const reader = await t.gql(`mutation { ${call} }`);
      expect([name, codes(reader), reader.body.errors![0].message]).toEqual([name, ['FORBIDDEN'], expect.stringContaining(name)]);
      if (adminOnly.has(name)) expect([name, codes(await t.gql(`mutation { ${call} }`, {}, editor))]).toEqual([name, ['FORBIDDEN']]);
      // Not only "not FORBIDDEN" (an internal error would pass that): the editor gets past the role check to the
      // checks of the arguments, which refuse them as bad input or unknown ids.
      else expect([name, codes(await t.gql(`mutation { ${call} }`, {}, editor))]).toEqual([name, [expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/)]]);
    }
  });

  it('only admins manage keys', async () => {
    for (const headers of [{}, editor]) {
      expect(codes(await t.gql('{ apiKeys { name } }', {}, headers))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql('mutation { createApiKey(name: "x", role: ADMIN) { key } }', {}, headers))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql('mutation { revokeApiKey(id: "cms") { name } }', {}, headers))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql('{ webhooks { id } }', {}, headers))).toEqual(['FORBIDDEN']);
    }
    expect(dataOf(await t.gql('{ __typename }', {}, editor))).toEqual({ __typename: 'Query' });
  });
});
