import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  editor = await t.as('EDITOR', 'desk');
});
afterAll(() => t.close());

const SLUG = 'armenia-azerbaijan-border-clashes-2022';
const STATE = `query($s: String!) { article(slug: $s) { id version sections { id key position heading updatedAt
  citations { id position excerpt source { name } } quotes { id position text speaker { name } source { name } }
  reactions { id position stance summary actor { name } source { name } } } } }`;
const state = async () => dataOf(await t.gql(STATE, { s: SLUG }, editor)).article;

async function mutate(query: string, vars: Record<string, unknown>) {
  const res = await t.gql(query, vars, editor);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res;
}

describe('section mutations', () => {
  it('add at a position: positions stay dense, the version goes up by one, other sections keep their updatedAt', async () => {
    const a = await state();
    await mutate(
      `mutation($id: ID!, $v: Int!) { addSection(articleId: $id, expectedVersion: $v, position: 2,
      section: { heading: "What happens next?", body: "Talks continue.", quotes: [{ text: "We will talk.", speakerName: "Nikol Pashinyan" }] }) { version } }`,
      { id: a.id, v: a.version },
    );
    const b = await state();
    expect(b.version).toBe(a.version + 1);
    expect(b.sections.map((s: { key: string; position: number }) => `${s.position}:${s.key}`)).toEqual([
      '0:lead',
      '1:what-is-happening-in-the-region-right-now',
      '2:what-happens-next',
      '3:how-have-world-leaders-reacted',
      '4:what-is-the-history-behind-the-conflict',
    ]);
    expect(b.sections[2].quotes[0]).toMatchObject({ text: 'We will talk.', speaker: { name: 'Nikol Pashinyan' }, source: null });
    for (const s of a.sections) expect(b.sections.find((x: { id: string }) => x.id === s.id).updatedAt).toBe(s.updatedAt);

    for (const position of [0, 6]) {
      const res = await t.gql(
        `mutation($id: ID!, $v: Int!, $p: Int) { addSection(articleId: $id, expectedVersion: $v, position: $p, section: { heading: "X?", body: "x" }) { version } }`,
        { id: b.id, v: b.version, p: position },
        editor,
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const dup = await t.gql(
      `mutation($id: ID!, $v: Int!) { addSection(articleId: $id, expectedVersion: $v, section: { heading: "What happens next?", body: "x" }) { version } }`,
      { id: b.id, v: b.version },
      editor,
    );
    expect([codes(dup), dup.body.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'key']);
    expect((await state()).version).toBe(b.version);
  });

  it('update changes that section and its updatedAt only; the lead keeps no heading', async () => {
    const a = await state();
    const target = a.sections[2];
    await mutate(
      `mutation($id: ID!, $v: Int!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: "Talks resume on Friday." }) { version } }`,
      { id: target.id, v: a.version },
    );
    const b = await state();
    expect(b.sections[2]).toMatchObject({ key: target.key, heading: target.heading });
    expect(Date.parse(b.sections[2].updatedAt)).toBeGreaterThan(Date.parse(target.updatedAt));
    b.sections.forEach((s: { id: string; updatedAt: string }, i: number) => {
      if (i !== 2) expect(s.updatedAt).toBe(a.sections[i].updatedAt);
    });
    const lead = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { heading: "Lead?" }) { version } }`,
      { id: b.sections[0].id, v: b.version },
      editor,
    );
    expect(codes(lead)).toEqual(['BAD_USER_INPUT']);
  });

  it('update checks the version first (the edit and the version move in one statement): a stale one changes nothing', async () => {
    const a = await state();
    const target = a.sections[1];
    const UPDATE = `mutation($id: ID!, $v: Int!, $p: SectionPatch!) { updateSection(sectionId: $id, expectedVersion: $v, patch: $p) { version } }`;
    const stale = await t.gql(UPDATE, { id: target.id, v: a.version - 1, p: { body: 'Never written.' } }, editor);
    expect(stale.body.errors![0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: a.version });
    // a stale version wins over a patch the lead refuses, as for every write
    const staleLead = await t.gql(UPDATE, { id: a.sections[0].id, v: a.version - 1, p: { heading: 'Lead?' } }, editor);
    expect(codes(staleLead)).toEqual(['VERSION_CONFLICT']);
    // a key another section has: refused, nothing written (the version stays)
    const taken = await t.gql(UPDATE, { id: target.id, v: a.version, p: { key: a.sections[2].key } }, editor);
    expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
    const b = await state();
    expect(b.version).toBe(a.version);
    expect(b.sections[1]).toMatchObject({ key: target.key, updatedAt: target.updatedAt });
    const unknown = await t.gql(
      UPDATE,
      { id: Buffer.from('Section:00000000-0000-4000-8000-000000000000').toString('base64'), v: b.version, p: { body: 'x' } },
      editor,
    );
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const ok = await t.gql(UPDATE, { id: target.id, v: b.version, p: { body: 'Written once.' } }, editor);
    expect(dataOf(ok).updateSection.version).toBe(b.version + 1);
  });

  it('reorder takes every key once with the lead first; remove keeps positions dense and never removes the lead', async () => {
    const a = await state();
    const keys = a.sections.map((s: { key: string }) => s.key);
    const REORDER = `mutation($id: ID!, $v: Int!, $k: [String!]!) { reorderSections(articleId: $id, expectedVersion: $v, keys: $k) { sections { key position } } }`;
    for (const bad of [keys.slice(1), [...keys, 'extra'], [keys[1], keys[0], ...keys.slice(2)], [keys[0], keys[1], keys[1], ...keys.slice(3)]]) {
      expect(codes(await t.gql(REORDER, { id: a.id, v: a.version, k: bad }, editor))).toEqual(['BAD_USER_INPUT']);
    }
    const wanted = [keys[0], ...keys.slice(1).reverse()];
    const res = dataOf(await mutate(REORDER, { id: a.id, v: a.version, k: wanted }));
    expect(res.reorderSections.sections.map((s: { key: string }) => s.key)).toEqual(wanted);

    const b = await state();
    const REMOVE = `mutation($id: ID!, $v: Int!) { removeSection(sectionId: $id, expectedVersion: $v) { sections { key position } } }`;
    expect(codes(await t.gql(REMOVE, { id: b.sections[0].id, v: b.version }, editor))).toEqual(['BAD_USER_INPUT']);
    const next = b.sections.find((s: { key: string }) => s.key === 'what-happens-next');
    const removed = dataOf(await mutate(REMOVE, { id: next.id, v: b.version })).removeSection.sections;
    expect(removed.map((s: { position: number }) => s.position)).toEqual([0, 1, 2, 3]);
    expect(removed.map((s: { key: string }) => s.key)).toEqual(wanted.filter((k: string) => k !== 'what-happens-next'));
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM quote WHERE text = 'We will talk.'`)).toEqual([{ n: 0 }]);
  });
});

describe('citation, quote and reaction mutations', () => {
  it('add, update and remove each kind, keeping positions dense and bumping the version every time', async () => {
    let a = await state();
    const section = a.sections.find((s: { key: string }) => s.key === 'how-have-world-leaders-reacted');
    const v0 = a.version;
    await mutate(
      `mutation($id: ID!, $v: Int!) { addReaction(sectionId: $id, expectedVersion: $v, reaction: { actorName: "Turkey", stance: SUPPORT, summary: "Backed Azerbaijan.", sourceName: "Reuters" }) { version } }`,
      { id: section.id, v: a.version },
    );
    await mutate(
      `mutation($id: ID!, $v: Int!) { addQuote(sectionId: $id, expectedVersion: $v, quote: { text: "Stop the fighting.", speakerName: "Emmanuel Macron", sourceName: "AFP" }) { version } }`,
      { id: section.id, v: a.version + 1 },
    );
    await mutate(
      `mutation($id: ID!, $v: Int!) { addCitation(sectionId: $id, expectedVersion: $v, citation: { sourceName: "A New Outlet", excerpt: "Something new." }) { version } }`,
      { id: section.id, v: a.version + 2 },
    );
    a = await state();
    let s = a.sections.find((x: { key: string }) => x.key === 'how-have-world-leaders-reacted');
    expect(a.version).toBe(v0 + 3);
    expect(s.reactions.map((r: { position: number; actor: { name: string } }) => `${r.position}:${r.actor.name}`)).toEqual([
      '0:Antony Blinken',
      '1:Emmanuel Macron',
      '2:France',
      '3:European Union',
      '4:Russia',
      '5:Turkey',
    ]);
    expect(s.quotes).toEqual([
      { id: expect.any(String), position: 0, text: 'Stop the fighting.', speaker: { name: 'Emmanuel Macron' }, source: { name: 'AFP' } },
    ]);
    expect(s.citations[2]).toMatchObject({ position: 2, excerpt: 'Something new.', source: { name: 'A New Outlet' } });
    expect(Date.parse(s.updatedAt)).toBeGreaterThan(Date.parse(section.updatedAt));

    const france = s.reactions[2];
    await mutate(
      `mutation($id: ID!, $v: Int!) { updateReaction(id: $id, expectedVersion: $v, patch: { summary: "Offered to mediate.", sourceName: null }) { version } }`,
      { id: france.id, v: a.version },
    );
    await mutate(`mutation($id: ID!, $v: Int!) { updateQuote(id: $id, expectedVersion: $v, patch: { speakerName: null }) { version } }`, {
      id: s.quotes[0].id,
      v: a.version + 1,
    });
    await mutate(`mutation($id: ID!, $v: Int!) { updateCitation(id: $id, expectedVersion: $v, patch: { sourceName: "BBC" }) { version } }`, {
      id: s.citations[2].id,
      v: a.version + 2,
    });
    const nulled = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateReaction(id: $id, expectedVersion: $v, patch: { actorName: null }) { version } }`,
      { id: france.id, v: a.version + 3 },
      editor,
    );
    expect(codes(nulled)).toEqual(['BAD_USER_INPUT']);
    a = await state();
    s = a.sections.find((x: { key: string }) => x.key === 'how-have-world-leaders-reacted');
    expect(s.reactions[2]).toMatchObject({ summary: 'Offered to mediate.', source: null, actor: { name: 'France' } });
    expect(s.quotes[0].speaker).toBeNull();
    expect(s.citations[2].source).toEqual({ name: 'BBC' });

    await mutate(`mutation($id: ID!, $v: Int!) { removeReaction(id: $id, expectedVersion: $v) { version } }`, { id: s.reactions[0].id, v: a.version });
    await mutate(`mutation($id: ID!, $v: Int!) { removeQuote(id: $id, expectedVersion: $v) { version } }`, { id: s.quotes[0].id, v: a.version + 1 });
    await mutate(`mutation($id: ID!, $v: Int!) { removeCitation(id: $id, expectedVersion: $v) { version } }`, { id: s.citations[0].id, v: a.version + 2 });
    a = await state();
    s = a.sections.find((x: { key: string }) => x.key === 'how-have-world-leaders-reacted');
    expect(s.reactions.map((r: { position: number }) => r.position)).toEqual([0, 1, 2, 3, 4]);
    expect(s.reactions[0].actor.name).toBe('Emmanuel Macron');
    expect(s.quotes).toEqual([]);
    expect(s.citations.map((c: { position: number }) => c.position)).toEqual([0, 1]);

    const stale = await t.gql(
      `mutation($id: ID!, $v: Int!) { removeCitation(id: $id, expectedVersion: $v) { version } }`,
      { id: s.citations[0].id, v: a.version - 1 },
      editor,
    );
    expect(stale.body.errors![0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: a.version });
    const wrongType = await t.gql(
      `mutation($id: ID!, $v: Int!) { removeQuote(id: $id, expectedVersion: $v) { version } }`,
      { id: s.citations[0].id, v: a.version },
      editor,
    );
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
  });
});
