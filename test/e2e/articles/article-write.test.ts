import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  editor = await t.as('EDITOR', 'cms');
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) {
  id slug headline summary status eventDate publishedAt version
  sections { key position heading body
    citations { excerpt source { name kind url } }
    quotes { text speaker { name kind title } source { name } }
    reactions { stance summary actor { name kind country } source { name } } } } }`;

const input = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  headline: 'Floods in the valley: what we know',
  summary: 'Rivers burst their banks on Monday.',
  eventDate: '2024-05-06',
  sources: [{ name: 'Valley Times', kind: 'NEWSPAPER', url: 'https://valley.example/news' }],
  actors: [{ name: 'Ana Ruiz', kind: 'PERSON', title: 'Mayor' }],
  sections: [
    { body: 'Rivers burst their banks on Monday.\n\nThousands left their homes.' },
    {
      heading: 'How did officials respond?',
      body: 'The Valley Times reported that the mayor declared an emergency. "We are doing all we can," the mayor said.',
      citations: [{ sourceName: 'Valley Times', excerpt: 'The Valley Times reported that the mayor declared an emergency.' }],
      quotes: [{ text: 'We are doing all we can,', speakerName: 'Ana Ruiz', sourceName: 'Valley Times' }],
      reactions: [
        { actorName: 'Ana Ruiz', stance: 'CONCERN', summary: 'Declared an emergency.', sourceName: 'Valley Times' },
        { actorName: 'River Authority', stance: 'OTHER', summary: 'Opened the spillways.' },
      ],
    },
  ],
  ...extra,
});

const count = async () =>
  (
    await t.ds.query(`SELECT (SELECT count(*) FROM article)::int a, (SELECT count(*) FROM section)::int s, (SELECT count(*) FROM citation)::int c,
    (SELECT count(*) FROM quote)::int q, (SELECT count(*) FROM reaction)::int r, (SELECT count(*) FROM source)::int so,
    (SELECT count(*) FROM actor)::int ac, (SELECT count(*) FROM article_revision)::int rev`)
  )[0];

describe('createArticle', () => {
  it('creates the whole explainer as a draft, matching sources and actors by name', async () => {
    const { createArticle: a } = dataOf(await t.gql(CREATE, { input: input('floods-2024') }, editor));
    expect(a).toMatchObject({ slug: 'floods-2024', status: 'DRAFT', eventDate: '2024-05-06', publishedAt: null, version: 1 });
    expect(a.sections.map((s: { key: string; position: number }) => [s.key, s.position])).toEqual([
      ['lead', 0],
      ['how-did-officials-respond', 1],
    ]);
    expect(a.sections[0].heading).toBeNull();
    expect(a.sections[1].citations).toEqual([
      {
        excerpt: 'The Valley Times reported that the mayor declared an emergency.',
        source: { name: 'Valley Times', kind: 'NEWSPAPER', url: 'https://valley.example/news' },
      },
    ]);
    expect(a.sections[1].quotes).toEqual([
      { text: 'We are doing all we can,', speaker: { name: 'Ana Ruiz', kind: 'PERSON', title: 'Mayor' }, source: { name: 'Valley Times' } },
    ]);
    expect(a.sections[1].reactions[1]).toEqual({
      stance: 'OTHER',
      summary: 'Opened the spillways.',
      actor: { name: 'River Authority', kind: 'PERSON', country: null },
      source: null,
    });

    // a second article reuses the source and the actor instead of creating them again
    const before = await count();
    dataOf(await t.gql(CREATE, { input: input('floods-2024-update') }, editor));
    const after = await count();
    expect([after.so - before.so, after.ac - before.ac, after.a - before.a]).toEqual([0, 0, 1]);
  });

  it('shows drafts to editors in every path and to readers in none', async () => {
    const q = `{ article(slug: "floods-2024") { slug } articles(filter: { status: DRAFT }) { totalCount } source(name: "Valley Times") { articles { totalCount } } }`;
    const asEditor = dataOf(await t.gql(q, {}, editor));
    expect(asEditor.article).toEqual({ slug: 'floods-2024' });
    // the two drafts of the test above: floods-2024 and floods-2024-update, both citing the Valley Times
    expect(asEditor.articles.totalCount).toBe(2);
    expect(asEditor.source.articles.totalCount).toBe(2);
    const asReader = dataOf(await t.gql(q));
    // a source that only drafts cite is not there for readers at all (only a published article makes it visible)
    expect(asReader).toEqual({ article: null, articles: { totalCount: 0 }, source: null });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [input('Not A Slug'), 'input.slug'],
      [input('ok-slug', { headline: '   ' }), 'input.headline'],
      [input('ok-slug', { headline: 'x'.repeat(301) }), 'input.headline'],
      [input('ok-slug', { sections: [] }), 'input.sections'],
      [input('ok-slug', { sections: [{ body: 'Lead.' }, { heading: '', body: 'x' }] }), 'input.sections.1.heading'],
      [input('ok-slug', { sections: [{ body: 'Lead.' }, { heading: 'Q?', body: 'x', quotes: [{ text: '' }] }] }), 'input.sections.1.quotes.0.text'],
      [input('ok-slug', { sources: [{ name: 'X', url: 'not a url' }] }), 'input.sources.0.url'],
    ];
    for (const [bad, path] of cases) {
      const res = await t.gql(CREATE, { input: bad }, editor);
      expect([path, res.status, codes(res)]).toEqual([path, 400, ['BAD_USER_INPUT']]);
      expect(res.body.errors![0].extensions!.validationErrors.map((v: { path: string }) => `input.${v.path}`)).toContain(path);
    }
    const rules: [Record<string, unknown>, string][] = [
      [input('ok-slug', { sections: [{ body: 'Lead.' }, { body: 'No heading.' }] }), 'sections.1.heading'],
      [input('ok-slug', { sections: [{ body: 'Lead.' }, { heading: 'Same?', body: 'a' }, { heading: 'Same', body: 'b' }] }), 'sections.2.key'],
      [input('ok-slug', { eventDate: '2024-02-30' }), ''],
      [input('floods-2024'), 'slug'],
    ];
    for (const [bad, field] of rules) {
      const res = await t.gql(CREATE, { input: bad }, editor);
      expect([field, res.status, codes(res)]).toEqual([field, 400, ['BAD_USER_INPUT']]);
      if (field) expect(res.body.errors![0].extensions!.field).toBe(field);
    }
    expect(await count()).toEqual(before);
  });

  it('writes nothing when it fails half-way', async () => {
    // A trigger makes the database refuse the last reaction, after the article, sections and citations were written.
    await t.ds.query(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.summary = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
    await t.ds.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON reaction FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      const before = await count();
      const bad = input('half-way', {
        actors: [{ name: 'Brand New Actor', kind: 'COUNTRY' }],
        sources: [{ name: 'Brand New Outlet', kind: 'NEWSPAPER' }],
        sections: [
          { body: 'Lead.' },
          {
            heading: 'Q?',
            body: 'Body.',
            citations: [{ sourceName: 'Brand New Outlet', excerpt: 'Body.' }],
            reactions: [{ actorName: 'Brand New Actor', stance: 'OTHER', summary: 'boom' }],
          },
        ],
      });
      const res = await t.gql(CREATE, { input: bad }, editor);
      expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await count()).toEqual(before);
      expect(
        await t.ds.query(`SELECT name FROM source WHERE name = 'Brand New Outlet' UNION ALL SELECT name FROM actor WHERE name = 'Brand New Actor'`),
      ).toEqual([]);
    } finally {
      await t.ds.query('DROP TRIGGER refuse_boom ON reaction; DROP FUNCTION refuse_boom()');
    }
  });
});

describe('updateArticle and the workflow', () => {
  const ART = `query($s: String!) { article(slug: $s) { id version status publishedAt headline summary } }`;
  const UPDATE = `mutation($id: ID!, $v: Int!, $patch: ArticlePatch!) { updateArticle(id: $id, expectedVersion: $v, patch: $patch) { version headline summary eventDate updatedAt } }`;

  it('updates with the expected version and refuses a stale one with VERSION_CONFLICT and the current version', async () => {
    dataOf(await t.gql(CREATE, { input: input('versions') }, editor));
    const a = dataOf(await t.gql(ART, { s: 'versions' }, editor)).article;
    const ok = dataOf(await t.gql(UPDATE, { id: a.id, v: a.version, patch: { headline: 'Second headline', summary: null } }, editor)).updateArticle;
    expect(ok).toMatchObject({ version: a.version + 1, headline: 'Second headline', summary: null, eventDate: '2024-05-06' });
    const stale = await t.gql(UPDATE, { id: a.id, v: a.version, patch: { headline: 'Lost edit' } }, editor);
    expect(stale.status).toBe(200);
    expect(stale.body.errors![0].extensions).toEqual({ code: 'VERSION_CONFLICT', expectedVersion: a.version, currentVersion: a.version + 1 });
    expect(dataOf(await t.gql(ART, { s: 'versions' }, editor)).article.headline).toBe('Second headline');
    const empty = await t.gql(UPDATE, { id: a.id, v: a.version + 1, patch: {} }, editor);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    const missing = await t.gql(
      UPDATE,
      { id: Buffer.from('Article:00000000-0000-4000-8000-000000000000').toString('base64'), v: 1, patch: { headline: 'x' } },
      editor,
    );
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const taken = await t.gql(UPDATE, { id: a.id, v: a.version + 1, patch: { slug: 'floods-2024' } }, editor);
    expect([taken.status, codes(taken), taken.body.errors![0].extensions!.field]).toEqual([400, ['BAD_USER_INPUT'], 'slug']);
  });

  it('allows only DRAFT -> PUBLISHED -> DRAFT and -> ARCHIVED, keeping the first publication time', async () => {
    dataOf(await t.gql(CREATE, { input: input('workflow') }, editor));
    const step = async (action: string) => {
      const a = dataOf(await t.gql(ART, { s: 'workflow' }, editor)).article;
      return t.gql(
        `mutation($id: ID!, $v: Int!) { ${action}(id: $id, expectedVersion: $v) { status publishedAt version } }`,
        { id: a.id, v: a.version },
        editor,
      );
    };
    const published = dataOf(await step('publishArticle')).publishArticle;
    expect(published.status).toBe('PUBLISHED');
    expect(Date.parse(published.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(dataOf(await t.gql(ART, { s: 'workflow' })).article.status).toBe('PUBLISHED');

    const again = await step('publishArticle');
    expect([again.status, codes(again)]).toEqual([400, ['BAD_USER_INPUT']]);
    expect(again.body.errors![0].message).toContain('PUBLISHED -> PUBLISHED is not an allowed transition');

    expect(dataOf(await step('unpublishArticle')).unpublishArticle.status).toBe('DRAFT');
    expect(dataOf(await t.gql(ART, { s: 'workflow' })).article).toBeNull();
    const republished = dataOf(await step('publishArticle')).publishArticle;
    expect(republished.publishedAt).toBe(published.publishedAt);
    expect(dataOf(await step('archiveArticle')).archiveArticle.status).toBe('ARCHIVED');
    const fromArchive = await step('publishArticle');
    expect(fromArchive.body.errors![0].message).toContain('ARCHIVED -> PUBLISHED');
    expect(codes(await step('unpublishArticle'))).toEqual(['BAD_USER_INPUT']);
  });

  it('deleteArticle removes the article and everything that belongs to it', async () => {
    dataOf(await t.gql(CREATE, { input: input('to-delete') }, editor));
    const a = dataOf(await t.gql(ART, { s: 'to-delete' }, editor)).article;
    const del = 'mutation($id: ID!, $v: Int!) { deleteArticle(id: $id, expectedVersion: $v) }';
    expect(codes(await t.gql(del, { id: a.id, v: a.version + 5 }, editor))).toEqual(['VERSION_CONFLICT']);
    const before = await count();
    expect(dataOf(await t.gql(del, { id: a.id, v: a.version }, editor)).deleteArticle).toBe(a.id);
    const after = await count();
    expect([before.a - after.a, before.s - after.s, before.c - after.c, before.q - after.q, before.r - after.r, before.rev - after.rev]).toEqual([
      1, 2, 1, 1, 2, 1,
    ]);
    expect([after.so, after.ac]).toEqual([before.so, before.ac]);
    expect(dataOf(await t.gql(ART, { s: 'to-delete' }, editor)).article).toBeNull();
    expect(codes(await t.gql(del, { id: a.id, v: a.version }, editor))).toEqual(['NOT_FOUND']);
  });
});
