import fs from 'node:fs';
import path from 'node:path';
import { armeniaAzerbaijanExplainer as fixture } from '../../src/db/seed/armenia-azerbaijan.fixture';
import type { ActorInput, ExplainerSectionInput, SourceInput } from '../../src/modules/articles/explainer-input';
import { parseExplainer } from '../../src/importer/parse-explainer';

// Importing the seed text gives the hand-checked seed fixture. Slug, headline, summary, status and publishedAt
// are editorial choices: slug and headline are passed in, the rest is not compared.
const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'explainers', 'seed', 'armenia-azerbaijan-border-clashes-2022-09-14.txt'), 'utf8');
const draft = parseExplainer(text, { slug: fixture.slug, headline: fixture.headline, referenceDate: new Date('2022-09-20T00:00:00Z') });

const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
// Sources and actors have no order in the model (matched by name, listed by name): compared as sets.
const source = (s: SourceInput) => ({ name: s.name, kind: s.kind, url: s.url ?? null });
const actor = (a: ActorInput) => ({ name: a.name, kind: a.kind, title: a.title ?? null, country: a.country ?? null });
const section = (s: ExplainerSectionInput) => ({
  key: s.key,
  heading: s.heading,
  body: s.body,
  citations: s.citations,
  quotes: s.quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? null, source: q.source ?? null })),
  reactions: s.reactions.map((r) => ({ actor: r.actor, stance: r.stance, summary: r.summary, source: r.source ?? null })),
  contestedFigures: (s.contestedFigures ?? []).map((f) => ({
    claim: f.claim,
    claims: f.claims.map((c) => ({ ...c, statedBy: c.statedBy ?? null, source: c.source ?? null })),
  })),
});

describe('importing the seed text', () => {
  it('gives the slug and headline it is told, and the date of the "date" prefix', () => {
    expect(draft.slug).toBe(fixture.slug);
    expect(draft.headline).toBe(fixture.headline);
    expect(draft.eventDate).toBe(fixture.eventDate);
  });

  it('gives the sections of the fixture, in order', () => {
    expect(draft.sections.map((s) => [s.key, s.heading])).toEqual(fixture.sections.map((s) => [s.key, s.heading]));
  });

  it.each(fixture.sections.map((s, i) => [s.key, i] as const))('section %s equals the fixture field by field', (_key, i) => {
    const got = section(draft.sections[i]);
    const want = section(fixture.sections[i]);
    expect(got.body).toBe(want.body);
    expect(got.citations).toEqual(want.citations);
    expect(got.quotes).toEqual(want.quotes);
    expect(got.reactions).toEqual(want.reactions);
    expect(got.contestedFigures).toEqual(want.contestedFigures);
    expect(got).toEqual(want);
  });

  it('gives the sources and actors of the fixture', () => {
    expect(byName(draft.sources).map(source)).toEqual(byName(fixture.sources).map(source));
    expect(byName(draft.actors).map(actor)).toEqual(byName(fixture.actors).map(actor));
  });

  it('keeps the "date" prefix out of the lead and says which quote has no speaker', () => {
    expect(draft.sections[0].body.startsWith('Border clashes broke out')).toBe(true);
    expect(draft.meta.dateLines).toEqual(['date 2022-09-14']);
    expect(draft.warnings.map((w) => [w.code, w.section])).toEqual([['QUOTE_WITHOUT_SPEAKER', 'what-is-happening-in-the-region-right-now']]);
  });

  it('makes a headline and slug from the lead when none is given', () => {
    const bare = parseExplainer(text, { referenceDate: new Date('2022-09-20T00:00:00Z') });
    expect(bare.headline).toBe('Border clashes broke out between Armenia and Azerbaijan on Tuesday over the disputed Nagorno-Karabakh region');
    expect(bare.slug).toBe('border-clashes-broke-out-between-armenia-and-azerbaijan-on-tuesday-over-the-disputed-nagorno-karabakh-region');
    expect(bare.status).toBe('DRAFT');
    expect(bare.warnings.map((w) => w.code)).toContain('HEADLINE_FROM_LEAD');
  });
});
