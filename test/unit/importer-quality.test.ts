import fs from 'node:fs';
import path from 'node:path';
import { qualitySets } from '../../src/cli/commands/import-quality.command';
import { stanceWeightsFile, trainHeadingModel, trainStanceModel, weightsFile } from '../../src/cli/commands/import-train.command';
import { isCaption } from '../../src/importer/furniture';
import { HEADING_MODEL, HEADING_TRAINING } from '../../src/importer/heading-weights';
import { STANCE_MODEL, STANCE_TRAINING } from '../../src/importer/stance-weights';
import {
  formatTable,
  KINDS,
  loadCorpusSplit,
  loadQualitySet,
  nameKey,
  parseCase,
  spelledAcronyms,
  scoreCase,
  speakerTotals,
  totals,
  type Kind,
  type ParsedCase,
  type QualityCase,
} from '../../src/importer/quality';

// Floors at the levels the importer actually reaches (not targets): on the older hand-written set
// (test/fixtures/explainers) and on the corpus's dev split (real explainers, annotated before any parser run).
// The corpus's test split is only scored by `npm run import:quality`, never asserted or tuned on here.
// `npm run import:quality -- --verbose` lists what is missed, what is extra and every wrong speaker.
// Each text is parsed once: the scores and the heading model's training (below) read the same parse, which halves the
// time of the two slowest unit tests (the corpus grows with every batch of unseen texts).
const parses = new Map<string, ParsedCase>();
let asked = 0;
const parse = (c: QualityCase) => {
  asked++;
  const key = `${c.name}\n${c.text}`;
  if (!parses.has(key)) parses.set(key, parseCase(c));
  return parses.get(key)!;
};
const fixtures = loadQualitySet(path.join(__dirname, '..', 'fixtures', 'explainers'));
const fixtureScores = fixtures.map((c) => scoreCase(c, parse(c)));
const ft = totals(fixtureScores);
const devCases = loadCorpusSplit(path.join(__dirname, '..', 'fixtures', 'corpus'), 'dev');
const dev = devCases.map((c) => scoreCase(c, parse(c)));
const dt = totals(dev);

const FIXTURE_RECALL: Record<Kind, number> = {
  headings: 0.95,
  quotes: 0.95,
  'quote speakers': 0.95,
  citations: 0.9,
  outlets: 0.9,
  reactions: 0.85,
  'contested figures': 0.7,
};
// (reactions fell from 0.40 to 0.39 on 2026-12-04 when 96 unseen texts joined with 31% to 43% of their reactions found,
// and to 0.38 that night when 96 more joined with 23% to 32%; outlets' precision fell to 0.74 and quote speakers to 0.69
// with them: their texts are scored at the start and the end of the session in docs/importing.md; on 2026-12-05 the
// recall of reactions fell to 0.37 and the precision of citations to 0.70, of outlets to 0.73 and of reactions to 0.54
// when 96 more joined with 12% to 31% of their reactions found and 58% to 77% of the citations and 27% to 54% of the
// reactions found right; later that day reactions fell to 0.36 / 0.53 when 96 more joined with 12% to 23% of their
// reactions found, and the recall of headings to 0.89 (1492 of 1658, 89.99%) when 96 more joined with 70% to 83% of
// their headings found; on 2026-12-05 in the morning reactions fell to 0.35 / 0.52 when 96 more joined with 20% to 32%
// of their reactions found and 29% to 53% of the reactions found right, and the precision of headings to 0.90 when 96
// more joined with 50% to 69% of the headings found right; in its late morning reactions fell to 0.34 / 0.51
// when 96 more joined with 11% to 35% of their reactions found and 13% to 40% of the reactions found right; that
// afternoon the recall of headings fell to 0.88 when 96 more joined and the heading model, retrained on them, chose a
// stronger penalty that trades recall for precision: 88.8% / 91.3% on dev against 89.2% / 90.9% with the weights before;
// that evening the precision of reactions fell to 0.50 when 47 more joined with 42% and 41% of the reactions found right;
// that night the recall of reactions fell to 0.33 (1977 of 5821, 33.96%) when 96 more joined with 10% to 41% of their
// reactions found); on 2026-12-06 the recall of headings fell to 0.87 (1990 of 2265, 87.9%) when 95 more joined with 56%
// to 81% of their headings found; that morning the precision of reactions fell to 0.49 (2128 of 4268, 49.9%) when 94 more
// joined with 25% to 52% of the reactions found right); later that morning the recall of reactions rose to 0.36 and their
// precision to 0.54 (2413 of 6524 and of 4432) with the stance model, which is trained on these texts: in-sample figures
// (`npm run import:train` prints the cross-validated ones beside those of the rules' stances alone); on 2026-12-08 the
// recall of headings fell to 0.86 (3467 of 3991, 86.9%; precision 90.3% -> 91.3%) when 95 more joined and the heading
// model, retrained on them, kept a threshold that trades recall for precision (86.6% / 91.0% out of fold)
const DEV_RECALL: Partial<Record<Kind, number>> = { headings: 0.86, quotes: 0.97, 'quote speakers': 0.69, citations: 0.44, outlets: 0.54, reactions: 0.36 };
const DEV_PRECISION: Partial<Record<Kind, number>> = { headings: 0.9, quotes: 0.97, citations: 0.71, outlets: 0.74, reactions: 0.54 };

describe('how names are compared when scoring', () => {
  it.each([
    ['U.S. State Department', 'US State Department'],
    ['Ministry of Foreign Affairs of Brazil', 'Brazil Ministry of Foreign Affairs'],
    ['Saudi Foreign Ministry', 'Saudi Arabia foreign ministry'],
    ["India's External Affairs Ministry", 'India External Affairs Ministry'],
    ['Prince Faisal bin Farhan', 'Faisal bin Farhan'],
    ['The African National Congress', 'African National Congress'],
    ['World Health Organisation', 'World Health Organization'],
    ['Narooma Ltd', 'Narooma Limited'],
    ['António Guterres', 'Antonio Guterres'],
    ['UN', 'United Nations'],
    ['the U.N.', 'United Nations'],
    ['AP', 'Associated Press'],
    ['MSF', 'Medecins Sans Frontieres'],
  ])('%s is %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Prince Abdullah', 'Prince Sultan'],
    ['Joe Biden', 'Hunter Biden'],
    ['Ali Sabry', 'M Ali Sabry'],
    ['Vladmir Putin', 'Vladimir Putin'],
    ['Foreign Ministry', 'Saudi Foreign Ministry'],
    ['Chinese Foreign Ministry', 'Japanese Foreign Ministry'],
    ['UN Security Council', 'United Nations'],
  ])('%s is not %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('acronyms a text spells out, when scoring', () => {
  it('an acronym in brackets after a name whose capitals spell it is that name in this text', () => {
    const spelled = spelledAcronyms('On Monday the Velden Rescue Service (VRS) said two boats sank. The Union of Velden Farmers (UVF) met.');
    expect(spelled.get(nameKey('VRS'))).toBe(nameKey('Velden Rescue Service'));
    expect(spelled.get(nameKey('UVF'))).toBe(nameKey('Union of Velden Farmers'));
  });
  it("brackets whose letters are not the name's capitals spell nothing", () => {
    expect(spelledAcronyms('The Velden Rescue Service (ABC) said two boats sank.').size).toBe(0);
    expect(spelledAcronyms('Zorvan Kettridge (D-Ohio) said it was wrong.').size).toBe(0);
    // An acronym the lexicons spell out otherwise keeps its actor: AFP is the news agency, in any text.
    expect(spelledAcronyms('The Australian Federal Police (AFP) said two men were held.').size).toBe(0);
    // An organisation's acronym means what the text spells it as, though a lexicon spells it otherwise (IMF).
    expect([...spelledAcronyms('The Islay Maritime Fund (IMF) met.').values()]).toEqual([nameKey('Islay Maritime Fund')]);
  });
});

describe('importer quality on the hand-written set', () => {
  it('has at least eight annotated explainers, each with headings, quotes, citations and reactions', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const c of fixtures) {
      expect([c.name, c.expected.headings.length > 0, c.expected.quotes.length > 0, c.expected.citations.length > 0, c.expected.reactions.length > 0]).toEqual([
        c.name,
        true,
        true,
        true,
        true,
      ]);
    }
    expect(fixtures.filter((c) => c.expected.contestedFigures.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(FIXTURE_RECALL))('recall of %s is at least %s', (kind, floor) => {
    expect(ft[kind as Kind].recall).toBeGreaterThanOrEqual(floor);
  });

  it.each(KINDS.filter((k) => k !== 'quote speakers'))('precision of %s is at least 90%%', (kind) => {
    expect(ft[kind].found).toBeGreaterThan(0);
    expect(ft[kind].precision).toBeGreaterThanOrEqual(0.9);
  });

  it('quote speakers: at least 95% of named speakers right, none wrong', () => {
    const sp = speakerTotals(fixtureScores);
    expect(sp.named).toBeGreaterThanOrEqual(20);
    expect(sp.correct / sp.named).toBeGreaterThanOrEqual(0.95);
    expect(sp.wrong).toBe(0);
  });

  it('every text on its own: at least 80% of its annotated items found (no text may fail while the sum passes)', () => {
    const low = fixtureScores
      .map((s) => {
        const expected = KINDS.reduce((a, k) => a + s.counts[k].expected, 0);
        const matched = KINDS.reduce((a, k) => a + s.counts[k].matched, 0);
        return [s.name, matched / expected] as const;
      })
      .filter(([, share]) => share < 0.8);
    expect(low).toEqual([]);
  });

  it('reads the headline and the date of every text', () => {
    for (const s of fixtureScores) {
      const c = fixtures.find((x) => x.name === s.name)!;
      expect([s.name, s.draft.eventDate]).toEqual([s.name, c.expected.eventDate]);
      if (c.expected.headline) expect([s.name, s.draft.headline]).toEqual([s.name, c.expected.headline]);
      else expect(s.draft.warnings.map((w) => w.code)).toContain('HEADLINE_FROM_LEAD');
    }
  });
});

describe('importer quality on the corpus dev split (the levels reached, far below the issue targets)', () => {
  it('reads at least 25 dev texts', () => {
    expect(dev.length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(DEV_RECALL))('recall of %s is at least %s', (kind, floor) => {
    expect(dt[kind as Kind].recall).toBeGreaterThanOrEqual(floor!);
  });

  it.each(Object.entries(DEV_PRECISION))('precision of %s is at least %s', (kind, floor) => {
    expect(dt[kind as Kind].precision).toBeGreaterThanOrEqual(floor!);
  });

  // (the ceiling of wrong speakers rose from 2% to 2.2% when 72 unseen texts joined with 13 wrong speakers among them,
  // and to 2.5% on 2026-12-05 when 96 more joined with 18 wrong among their 294 quotes, to 2.6% later that day when
  // 96 more joined with 19 wrong among their 279 quotes, to 2.8% when 96 more joined with 17 wrong among their 218, and
  // to 2.9% when 96 more joined with 11 wrong among their 235; it fell back to 2.8% on 2026-12-05 in the afternoon, when
  // fewer speakers were given wrong and 96 more joined with 11 wrong among their 223 quotes, and the floor of right ones
  // rose to 69%; it rose to 3.1% that night (214 of 7110, 3.01%) when 96 more joined with 26 wrong among their 292
  // quotes, 17 of them in one batch of tributes and church statements; it fell to 2.9% on 2026-12-06 (232 of 8172,
  // 2.84%) when dash signatures, name lines over runs of quotes and titled names before "and" were read, and 95 more
  // joined with 8 wrong among their 242 quotes; it rose to 2.96% that evening (265 of 8964) when 96 unseen texts
  // joined with 22 wrong among their 275 quotes, and to 3.1% late that night (291 of 9538, 3.05%) when 96 more joined
  // with 20 wrong among their 309 quotes at the code they were first scored with, 18 once "Ayatollah", "Protestor"
  // and "Astronomer" came off the names they stand before; it rose to 3.2% on 2026-12-07 (307 of 9788, 3.14%) when
  // 96 more joined with 17 wrong among their 250 quotes at the code they were first scored with, 16 once a "Camera
  // Icon" caption widget stopped running into the name after it; it rose to 3.4% later on 2026-12-07 (343 of 10328,
  // 3.32%) when 94 more joined with 22 wrong among their 280 quotes, 12 of them in one batch on space and the poles;
  // it rose to 3.5% at midday on 2026-12-07 (387 of 11350, 3.41%) when 191 more joined with 25 wrong among their 458
  // quotes and a new step gave the quotes inside a sentence to the subject it opens with, 7 of them wrong on dev: the
  // start code of that stop gave 383 wrong, 3.37%, on the same texts)
  it('quote speakers: at least 69% of named speakers right, at most 3.5% of quotes given a wrong one', () => {
    const sp = speakerTotals(dev);
    expect(sp.correct / sp.named).toBeGreaterThanOrEqual(0.69);
    expect(sp.wrong / sp.quotes).toBeLessThanOrEqual(0.035);
  });

  it('reads the headline of at least 77% of the dev texts that have one, and import:quality prints that share', () => {
    const titled = dev.filter((s) => s.headline.want !== null);
    expect(titled.length).toBeGreaterThanOrEqual(400);
    const right = titled.filter((s) => s.headline.right).length;
    expect(right / titled.length).toBeGreaterThanOrEqual(0.77);
    expect(formatTable(dev)).toContain(`headlines: ${right}/${titled.length} texts with a headline read right`);
  });

  it('every dev text with annotated quotes outside picture captions has at least one of them found', () => {
    // (a caption, "... reads "Kashmir is occupied" Image: Rehan Khan/EPA", is page furniture by design: its words go to
    // the draft's credits, not to a section)
    const cases = new Map(devCases.map((c) => [c.name, c]));
    const outsideCaptions = (name: string) => {
      const c = cases.get(name)!;
      return c.expected.quotes.some((q) => !c.text.split('\n').some((line) => line.includes(q.text) && isCaption(line.trim())));
    };
    const none = dev.filter((s) => s.counts.quotes.expected > 0 && s.counts.quotes.matched === 0 && outsideCaptions(s.name)).map((s) => s.name);
    expect(none).toEqual([]);
  });
});

describe('the heading model in the tree', () => {
  it('is trained on every text but the test split, and its weights are the ones training gives', () => {
    const sets = qualitySets();
    const trained = sets.filter((s) => s.name !== 'test').reduce((n, s) => n + s.cases.length, 0);
    expect(sets.find((s) => s.name === 'test')!.cases.length).toBeGreaterThanOrEqual(15);
    // Training with the regularisation and threshold cross-validation chose (`import-train --check` runs it all).
    const [size, before] = [parses.size, asked];
    const { source, texts } = trainHeadingModel(undefined, { l2: HEADING_TRAINING.l2, threshold: HEADING_MODEL.threshold }, parse);
    expect(texts).toBe(trained);
    // It read the parses of the texts scored above (asked once per text), none parsed again and nothing else.
    expect([parses.size, asked - before]).toEqual([size, trained]);
    expect(size).toBe(trained);
    // `npm run import:train` writes this file; a hand edit or a corpus change without training again fails here.
    expect(fs.readFileSync(weightsFile(), 'utf8')).toBe(source);
  }, 120_000);
});

describe('the stance model in the tree', () => {
  it('is trained on every text but the test split, and its weights are the ones training gives', () => {
    const trained = qualitySets()
      .filter((s) => s.name !== 'test')
      .reduce((n, s) => n + s.cases.length, 0);
    const [size, before] = [parses.size, asked];
    const { source, texts } = trainStanceModel(undefined, { l2: STANCE_TRAINING.l2, margin: STANCE_MODEL.margin }, parse);
    expect(texts).toBe(trained);
    expect(STANCE_TRAINING.texts).toBe(trained);
    // The same parses as the scores above: none parsed again.
    expect([parses.size, asked - before]).toEqual([size, trained]);
    // `npm run import:train` writes this file; a hand edit or a corpus change without training again fails here.
    expect(fs.readFileSync(stanceWeightsFile(), 'utf8')).toBe(source);
  }, 120_000);
});
