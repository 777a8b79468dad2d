import path from 'node:path';
import { KINDS, loadQualitySet, scoreCase, totals, type Kind } from '../../src/importer/quality';

// Recall and precision of the importer on the hand-annotated set (test/fixtures/explainers); the floors of the
// issue. `npm run import:quality -- --verbose` lists what is missed and what is extra.
const cases = loadQualitySet(path.join(__dirname, '..', 'fixtures', 'explainers'));
const scores = cases.map(scoreCase);
const t = totals(scores);

const RECALL: Partial<Record<Kind, number>> = { headings: 0.95, quotes: 0.95, outlets: 0.9, reactions: 0.7 };

describe('importer quality on the annotated set', () => {
  it('has at least eight annotated explainers, each with headings, quotes, citations and reactions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases) {
      expect([c.name, c.expected.headings.length > 0, c.expected.quotes.length > 0, c.expected.citations.length > 0, c.expected.reactions.length > 0]).toEqual([
        c.name,
        true,
        true,
        true,
        true,
      ]);
    }
    expect(cases.filter((c) => c.expected.contestedFigures.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(RECALL))('recall of %s is at least %s', (kind, floor) => {
    expect(t[kind as Kind].recall).toBeGreaterThanOrEqual(floor!);
  });

  it.each(KINDS.filter((k) => k !== 'quote speakers'))('precision of %s is at least 90%%', (kind) => {
    expect(t[kind].found).toBeGreaterThan(0);
    expect(t[kind].precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the headline and the date of every text', () => {
    for (const s of scores) {
      const c = cases.find((x) => x.name === s.name)!;
      expect([s.name, s.draft.eventDate]).toEqual([s.name, c.expected.eventDate]);
      if (c.expected.headline) expect([s.name, s.draft.headline]).toEqual([s.name, c.expected.headline]);
      else expect(s.draft.warnings.map((w) => w.code)).toContain('HEADLINE_FROM_LEAD');
    }
  });
});
