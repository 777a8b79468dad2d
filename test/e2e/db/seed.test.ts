import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { loadFixtures, seedIfEmpty } from '../../../src/db/seed/seed';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

const FULL = `query($slug: String!) {
  article(slug: $slug) {
    id slug headline summary status eventDate publishedAt version
    sections {
      key position heading body
      citations { excerpt source { name kind } }
      quotes { text speaker { name } source { name } }
      reactions { stance summary actor { name kind title country } source { name } }
      contestedFigures { claim claims { value unit excerpt claimant { name kind } statedBy { name title } source { name kind } } }
      sources { name }
    }
    sources { name kind url }
    quotes { text }
    reactions { actor { name } }
    contestedFigures { claim section { key } claims { value claimant { name } } }
  }
}`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
});
afterAll(() => t.close());

describe('the seed explainer', () => {
  it('is served exactly as the fixture holds it', async () => {
    const { article } = dataOf(await t.gql(FULL, { slug: seed.slug }));
    expect(article).toMatchObject({
      slug: 'armenia-azerbaijan-border-clashes-2022',
      headline: seed.headline,
      summary: seed.summary,
      status: 'PUBLISHED',
      eventDate: '2022-09-14',
      publishedAt: '2022-09-14T00:00:00.000Z',
      version: 1,
    });
    expect(article.sections).toEqual(
      seed.sections.map((s, i) => ({
        key: s.key,
        position: i,
        heading: s.heading,
        body: s.body,
        citations: s.citations.map((c) => ({
          excerpt: c.excerpt,
          source: { name: c.source, kind: seed.sources.find((x) => x.name === c.source)!.kind },
        })),
        quotes: s.quotes.map((q) => ({ text: q.text, speaker: q.speaker ? { name: q.speaker } : null, source: q.source ? { name: q.source } : null })),
        reactions: s.reactions.map((r) => {
          const actor = seed.actors.find((a) => a.name === r.actor)!;
          return {
            stance: r.stance,
            summary: r.summary,
            actor: { name: actor.name, kind: actor.kind, title: actor.title ?? null, country: actor.country ?? null },
            source: r.source ? { name: r.source } : null,
          };
        }),
        contestedFigures: (s.contestedFigures ?? []).map((f) => ({
          claim: f.claim,
          claims: f.claims.map((c) => ({
            value: c.value,
            unit: c.unit,
            excerpt: c.excerpt,
            claimant: { name: c.claimant, kind: seed.actors.find((a) => a.name === c.claimant)!.kind },
            statedBy: c.statedBy ? { name: c.statedBy, title: seed.actors.find((a) => a.name === c.statedBy)!.title } : null,
            source: c.source ? { name: c.source, kind: seed.sources.find((x) => x.name === c.source)!.kind } : null,
          })),
        })),
        sources: [
          ...new Set([
            ...s.citations.map((c) => c.source),
            ...s.quotes.flatMap((q) => (q.source ? [q.source] : [])),
            ...s.reactions.flatMap((r) => (r.source ? [r.source] : [])),
            ...(s.contestedFigures ?? []).flatMap((f) => f.claims.flatMap((c) => (c.source ? [c.source] : []))),
          ]),
        ]
          .sort()
          .map((name) => ({ name })),
      })),
    );
    expect(article.sources.map((s: { name: string }) => s.name)).toEqual(['AFP', 'Al Jazeera', 'Azerbaijan Defence Ministry', 'BBC', 'Reuters']);
    expect(article.sources.find((s: { name: string }) => s.name === 'Reuters')).toEqual({
      name: 'Reuters',
      kind: 'NEWS_AGENCY',
      url: 'https://www.reuters.com',
    });
  });

  it('has the lead, three questions, the Reuters quote and the reactions of the seed text', async () => {
    const { article } = dataOf(await t.gql(FULL, { slug: seed.slug }));
    expect(article.sections.map((s: { heading: string | null }) => s.heading)).toEqual([
      null,
      'What is happening in the region right now?',
      'How have world leaders reacted?',
      'What is the history behind the conflict?',
    ]);
    expect(article.sections[0].body).not.toMatch(/^date /);
    expect(article.quotes).toEqual([
      {
        text: "Intensive shooting is continuing - started as a result of a large-scale provocation by the Azerbaijani side. Armenia's armed forces have launched a proportionate response.",
      },
    ]);
    expect(article.sections[1].quotes[0].source).toEqual({ name: 'Reuters' });
    expect(article.reactions.map((r: { actor: { name: string } }) => r.actor.name)).toEqual([
      'Armenia',
      'Azerbaijan',
      'Azerbaijan',
      'Antony Blinken',
      'Emmanuel Macron',
      'France',
      'European Union',
      'Russia',
    ]);
  });

  it('serves the casualty counts as one contested figure: Armenia 49 (Pashinyan, via BBC), Azerbaijan 50 (defence ministry)', async () => {
    const { article } = dataOf(await t.gql(FULL, { slug: seed.slug }));
    expect(article.contestedFigures).toEqual([
      {
        claim: 'soldiers killed',
        section: { key: 'what-is-happening-in-the-region-right-now' },
        claims: [
          { value: 49, claimant: { name: 'Armenia' } },
          { value: 50, claimant: { name: 'Azerbaijan' } },
        ],
      },
    ]);
    expect(article.sections[1].contestedFigures[0].claims).toEqual([
      {
        value: 49,
        unit: 'soldiers',
        excerpt: 'BBC reported that according to Armenian prime minister Nikol Pashinyan, 49 soldiers of the country died.',
        claimant: { name: 'Armenia', kind: 'COUNTRY' },
        statedBy: { name: 'Nikol Pashinyan', title: 'Prime Minister of Armenia' },
        source: { name: 'BBC', kind: 'BROADCASTER' },
      },
      {
        value: 50,
        unit: 'people',
        excerpt: "Azerbaijan's defence ministry, meanwhile, said that 50 people from their side had been killed.",
        claimant: { name: 'Azerbaijan', kind: 'COUNTRY' },
        statedBy: null,
        source: { name: 'Azerbaijan Defence Ministry', kind: 'GOVERNMENT' },
      },
    ]);
    expect(article.sections.map((s: { contestedFigures: unknown[] }) => s.contestedFigures.length)).toEqual([0, 1, 0, 0]);
  });

  it('keeps every citation excerpt and quote inside its section body', () => {
    for (const s of seed.sections) {
      for (const c of s.citations) expect(s.body).toContain(c.excerpt);
      for (const q of s.quotes) expect(s.body).toContain(q.text);
      for (const f of s.contestedFigures ?? []) for (const c of f.claims) expect(s.body).toContain(c.excerpt);
    }
  });

  it('creates nothing twice when loaded again', async () => {
    const count = () =>
      t.ds.query(`SELECT (SELECT count(*) FROM article)::int a, (SELECT count(*) FROM section)::int s, (SELECT count(*) FROM source)::int so,
        (SELECT count(*) FROM actor)::int ac, (SELECT count(*) FROM citation)::int c, (SELECT count(*) FROM quote)::int q, (SELECT count(*) FROM reaction)::int r,
        (SELECT count(*) FROM contested_figure)::int f, (SELECT count(*) FROM figure_claim)::int fc`);
    const before = await count();
    expect(before[0]).toEqual({ a: 1, s: 4, so: 5, ac: 9, c: 10, q: 1, r: 8, f: 1, fc: 2 });
    expect(await loadFixtures(t.ds, 'armenia-azerbaijan')).toEqual({ inserted: [], skipped: [seed.slug] });
    expect(await seedIfEmpty(t.ds)).toEqual([]);
    expect(await count()).toEqual(before);
  });
});
