import fs from 'node:fs';
import path from 'node:path';

// The evaluation corpus of real explainers and round-ups (test/fixtures/corpus): the manifest is whole and every
// annotation points at the text it annotates (quotes, citation excerpts, headings and the headline are exact
// substrings of their file). It reads files only; the importer is never run here.
const ROOT = path.join(__dirname, '..', 'fixtures', 'corpus');

interface Entry {
  id: string;
  split: 'dev' | 'test';
  file: string;
  url: string;
  outlet: string;
  country: string;
  shape: 'explainer' | 'roundup' | 'report';
  retrieved: string;
}

interface Expected {
  headline: string | null;
  referenceDate?: string | null;
  eventDate?: string | null;
  headings: string[];
  quotes: { text: string; speaker: string | null; source: string | null }[];
  citations: { source: string; excerpt: string }[];
  sources: string[];
  sourceKinds?: Record<string, string>;
  reactions: { actor: string; stance: string }[];
  contestedFigures: {
    claim: string;
    claims: { claimant: string; value: number }[];
  }[];
}

const STANCES = ['CONCERN', 'CONDEMNATION', 'CALL_FOR_CEASEFIRE', 'MEDIATION_OFFER', 'SUPPORT', 'CLAIM', 'OTHER'];
const KINDS = ['NEWS_AGENCY', 'BROADCASTER', 'NEWSPAPER', 'GOVERNMENT', 'OTHER'];

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { texts: Entry[] };
const entries = manifest.texts;

function load(e: Entry): { text: string; expected: Expected } {
  const text = fs.readFileSync(path.join(ROOT, e.file), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, e.split, `${e.id}.expected.json`), 'utf8')) as Expected;
  return { text, expected };
}

/** The distinct runs of eight words (lower case) in a text: what two copies of one story share. */
function runsOfEight(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) runs.add(words.slice(i, i + 8).join(' '));
  return runs;
}

/** The items of `want` that are not substrings of `text` (empty when all are). */
function notIn(text: string, want: string[]): string[] {
  return want.filter((w) => !text.includes(w));
}

describe('evaluation corpus', () => {
  it('has at least 25 dev and 15 test texts, ids unique and numbered by split, every file listed', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.filter((e) => e.split === 'dev').length).toBeGreaterThanOrEqual(25);
    expect(entries.filter((e) => e.split === 'test').length).toBeGreaterThanOrEqual(15);
    for (const e of entries) {
      expect([e.id, e.file, /^(d|t)\d{2,4}-[a-z0-9-]+$/.test(e.id), e.id[0] === (e.split === 'dev' ? 'd' : 't')]).toEqual([
        e.id,
        `${e.split}/${e.id}.txt`,
        true,
        true,
      ]);
    }
    const listed = new Set(entries.flatMap((e) => [`${e.split}/${e.id}.txt`, `${e.split}/${e.id}.expected.json`]));
    const onDisk = ['dev', 'test'].flatMap((split) => fs.readdirSync(path.join(ROOT, split)).map((f) => `${split}/${f}`));
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !onDisk.includes(f))).toEqual([]);
  });

  it('gives each text its URL, outlet, country, shape and retrieval date, with no outlet more than five times', () => {
    for (const e of entries) {
      expect([e.id, /^https?:\/\/\S+$/.test(e.url), e.outlet.length > 0, e.country.length > 0, /^\d{4}-\d{2}-\d{2}$/.test(e.retrieved)]).toEqual([
        e.id,
        true,
        true,
        true,
        true,
      ]);
      expect(['explainer', 'roundup', 'report']).toContain(e.shape);
    }
    const perOutlet = new Map<string, number>();
    for (const e of entries) perOutlet.set(e.outlet, (perOutlet.get(e.outlet) ?? 0) + 1);
    expect([...perOutlet].filter(([, n]) => n > 5)).toEqual([]);
    for (const split of ['dev', 'test']) {
      const shapes = new Set(entries.filter((e) => e.split === split).map((e) => e.shape));
      expect([split, [...shapes].sort()]).toEqual([split, ['explainer', 'report', 'roundup']]);
    }
  });

  // Two copies of one story (a wire report on two sites, one page under two URLs) count twice in dev, and a dev copy
  // of a test text would let tuning see the test split. A batch's join leaves out a text that shares half or more of
  // its runs of eight words with a text already in; this holds the whole corpus, both splits together, to that rule.
  it("holds no near copies: no two texts share half or more of the shorter one's runs of eight words", () => {
    const runs = entries.map((e) => runsOfEight(load(e).text));
    const textsByRun = new Map<string, number[]>();
    runs.forEach((set, i) => {
      for (const run of set) textsByRun.set(run, [...(textsByRun.get(run) ?? []), i]);
    });
    const shared = new Map<string, number>();
    for (const holders of textsByRun.values()) {
      for (let a = 0; a < holders.length; a++) {
        for (let b = a + 1; b < holders.length; b++) {
          const key = `${holders[a]} ${holders[b]}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
      }
    }
    const copies = [...shared]
      .filter(([key, n]) => {
        const [a, b] = key.split(' ').map(Number);
        return n >= 0.5 * Math.min(runs[a].size, runs[b].size);
      })
      .map(([key]) => key.split(' ').map((i) => entries[Number(i)].id));
    expect(copies).toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: an excerpt of about 2,000 characters whose annotations are substrings of it', (_id, e) => {
    const { text, expected } = load(e);
    expect(text.length).toBeGreaterThan(200);
    expect(text.length).toBeLessThanOrEqual(2300);
    expect(notIn(text, expected.headings)).toEqual([]);
    expect(
      notIn(
        text,
        expected.quotes.map((q) => q.text),
      ),
    ).toEqual([]);
    expect(
      notIn(
        text,
        expected.citations.map((c) => c.excerpt),
      ),
    ).toEqual([]);
    if (expected.headline !== null) expect(notIn(text, [expected.headline])).toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: annotations follow the scheme', (_id, e) => {
    const { expected } = load(e);
    // A quote is at least four words; sources are exactly the distinct citation sources.
    expect(expected.quotes.filter((q) => q.text.trim().split(/\s+/).length < 4).map((q) => q.text)).toEqual([]);
    expect([...new Set(expected.citations.map((c) => c.source))].sort()).toEqual([...expected.sources].sort());
    for (const [source, kind] of Object.entries(expected.sourceKinds ?? {})) {
      expect([source, expected.sources.includes(source), KINDS.includes(kind)]).toEqual([source, true, true]);
    }
    expect(expected.reactions.filter((r) => !STANCES.includes(r.stance))).toEqual([]);
    expect(expected.reactions.filter((r) => r.actor.trim() === '')).toEqual([]);
    for (const d of [expected.referenceDate, expected.eventDate]) if (d != null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const f of expected.contestedFigures) expect(f.claims.length).toBeGreaterThanOrEqual(2);
  });
});
