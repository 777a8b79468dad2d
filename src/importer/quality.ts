// Scores the importer against hand-annotated explainers: recall and precision per kind of structure.
import fs from 'node:fs';
import path from 'node:path';
import type { ExplainerDraft, ParseOptions, SpeakerStep } from './types';
import type { HeadingCandidate } from './heading-model';
import type { StanceCandidate } from './stance-model';
import { parseExplainer } from './parse-explainer';
import type { InputFormat } from './blocks';
import { countryNamed, ORGANISATIONS, OUTLETS } from './lexicon';

export interface ExpectedExplainer {
  referenceDate?: string;
  headline: string | null;
  eventDate: string | null;
  headings: string[];
  quotes: { text: string; speaker: string | null; source: string | null }[];
  citations: { source: string; excerpt: string }[];
  sources: string[];
  reactions: { actor: string; stance: string }[];
  contestedFigures: { claim: string; claims: { claimant: string; value: number }[] }[];
}

export interface QualityCase {
  name: string;
  text: string;
  expected: ExpectedExplainer;
  /** Default: detected from the text. */
  format?: InputFormat;
}

/** Speakers of the expected quotes the importer found: right, wrong (another actor, or one where none is named), missing. */
export interface SpeakerCount {
  /** Expected quotes with a named speaker. */
  named: number;
  /** All expected quotes. */
  quotes: number;
  correct: number;
  wrong: number;
  missing: number;
}

export const KINDS = ['headings', 'quotes', 'quote speakers', 'citations', 'outlets', 'reactions', 'contested figures'] as const;
export type Kind = (typeof KINDS)[number];

export interface Count {
  expected: number;
  found: number;
  matched: number;
}

/** Runs of white space as one space, trimmed: how annotated and found texts are compared. */
export const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A quote's words: the corpus leaves out a comma or full stop before the closing mark, the older set keeps it. */
const quoteKey = (s: string) => ws(s).replace(/[.,]+$/, '');

/** Titles of address a name may carry or drop ("Prince Faisal bin Farhan", "Dr Xand"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'prince', 'princess', 'sheikh', 'sheikha']);

/** An organisation's or an outlet's canonical name by each of its names in the lexicon ("UN", "U.N." -> United Nations; "AP"). */
const ACTOR_BY_ALIAS = new Map([...ORGANISATIONS, ...OUTLETS].flatMap((o) => o.aliases.map((a) => [plain(a.replace(/^the /i, '')), plain(o.name)] as const)));

/** A name without accents and full stops ("Médecins Sans Frontières" and "Medecins Sans Frontieres" are one). */
function plain(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\./g, '');
}

/**
 * A name and the acronym the text spells it out as ("Royal Canadian Mounted Police (RCMP)"): one actor in this text,
 * its key the full name's. The acronym's letters must be the capitals of the name's words, in order.
 */
export const SPELLED_ACRONYM =
  /(?<![\p{L}'’&-])((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|for|and|the|on|de|du|des|la|le)\s+){0,2}){1,8}\p{Lu}[\p{L}'’&-]*)\s+\((\p{Lu}[\p{Lu}&-]{1,9})\)/gu;

/** A capitalised word of a name ("Agence", "France-Presse"). */
export const CAPITALISED_WORD = /\p{Lu}[\p{L}'’&-]*/gu;
/** The capitals of each capitalised word of a name ("Agence France-Presse" -> "A", "FP"). */
function wordCapitals(name: string): { at: number; capitals: string }[] {
  return [...name.matchAll(CAPITALISED_WORD)].map((w) => ({ at: w.index!, capitals: w[0].replace(/[^\p{Lu}]/gu, '') }));
}
/** The capitals of a name's words ("Agence France-Presse" -> "AFP"). */
function capitalsOf(name: string): string {
  return wordCapitals(name)
    .map((w) => w.capitals)
    .join('');
}

/**
 * Outlets' acronyms the lexicons spell out themselves (AFP is Agence France-Presse, whatever a text spells it as: its
 * credit "(AFP)" stands beside any story). An organisation's acronym means what the text spells it as (the lexicon's
 * IMF is the International Monetary Fund; a text's "Islay Maritime Fund (IMF)" is that fund).
 */
const LEXICON_SPELLED = new Set(
  OUTLETS.flatMap((o) => o.aliases.filter((a) => /^\p{Lu}{2,}$/u.test(plain(a)) && o.aliases.some((b) => b !== a && capitalsOf(b) === plain(a))).map(plain)),
);

/** The names a text spells out an acronym for, each acronym's key to the full name's key. */
export function spelledAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(SPELLED_ACRONYM)) {
    // ("Australian Federal Police (AFP)": an acronym the lexicons spell out otherwise, or a country's, keeps its actor)
    if (LEXICON_SPELLED.has(plain(m[2])) || countryNamed(m[2])) continue;
    const letters = m[2].replace(/[&-]/g, '');
    const acronym = nameKey(m[2]);
    if (out.has(acronym)) continue;
    // The name's last words whose capitals spell the acronym ("The ... Royal Canadian Mounted Police (RCMP)").
    const words = wordCapitals(m[1]);
    const first = words.findIndex(
      (_, i) =>
        words
          .slice(i)
          .map((w) => w.capitals)
          .join('') === letters,
    );
    if (first >= 0) out.set(acronym, nameKey(m[1].slice(words[first].at)));
  }
  return out;
}

/**
 * How two names of an actor are compared: the same speaker, source or reaction actor written in another form is
 * the same actor. Case, full stops, accents, a possessive, a leading "the" and titles of address do not count;
 * nor do British and American "-isation"/"-ization", "Ltd" for "Limited", a country named by its demonym or
 * another of its names ("Saudi", "U.S."), or placed after "of" ("Ministry of Foreign Affairs of Brazil" is "Brazil
 * Ministry of Foreign Affairs"), an organisation or an outlet by another of its names in the lexicon ("UN" is the United
 * Nations, "AP" the Associated Press). Anything else differs: another first name, a missing word, a misspelling.
 */
export function nameKey(name: string): string {
  let s = ws(plain(name).replace(/[’']s\b/g, ''));
  const of = /^(.+?) of (?:the )?([A-Z][\w]*(?: [A-Z][\w]*){0,2})$/.exec(s);
  if (of && countryNamed(of[2])) s = `${of[2]} ${of[1]}`;
  const words = s.split(' ');
  while (words.length > 1 && (/^the$/i.test(words[0]) || HONORIFICS.has(words[0].toLowerCase()))) words.shift();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const country = countryNamed(words.slice(0, n).join(' '));
    if (country) {
      words.splice(0, n, country);
      break;
    }
  }
  const whole = words.join(' ');
  return (ACTOR_BY_ALIAS.get(whole) ?? whole)
    .toLowerCase()
    .replace(/isation\b/g, 'ization')
    .replace(/\bltd\b/g, 'limited');
}

function keys(
  kind: Kind,
  d: {
    headings: string[];
    quotes: { text: string; speaker?: string | null }[];
    citations: { source: string; excerpt: string }[];
    sources: string[];
    reactions: { actor: string; stance: string }[];
    figures: { claims: { claimant: string; value: number }[] }[];
  },
  name: (s: string) => string = (s) => s,
): string[] {
  switch (kind) {
    case 'headings':
      return d.headings;
    case 'quotes':
      return d.quotes.map((q) => quoteKey(q.text));
    case 'quote speakers':
      return d.quotes.map((q) => `${quoteKey(q.text)} | ${q.speaker ? name(q.speaker) : '-'}`);
    case 'citations':
      return d.citations.map((c) => `${name(c.source)} | ${ws(c.excerpt)}`);
    case 'outlets':
      return d.sources.map(name);
    case 'reactions':
      return d.reactions.map((r) => `${name(r.actor)} | ${r.stance}`);
    case 'contested figures':
      return d.figures.map((f) =>
        f.claims
          .map((c) => `${c.claimant}=${c.value}`)
          .sort()
          .join(' & '),
      );
  }
}

/** Multiset intersection size. */
function matched(want: string[], got: string[]): number {
  const left = new Map<string, number>();
  for (const k of want) left.set(k, (left.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of got) {
    const c = left.get(k) ?? 0;
    if (c > 0) {
      n++;
      left.set(k, c - 1);
    }
  }
  return n;
}

export interface CaseScore {
  name: string;
  counts: Record<Kind, Count>;
  /** Expected items the importer missed and items it found that were not expected, per kind. */
  missed: Record<Kind, string[]>;
  extra: Record<Kind, string[]>;
  speakers: SpeakerCount;
  /** Wrongly given speakers, for the verbose listing. */
  wrongSpeakers: string[];
  /** Per resolver step: the found quotes whose speaker it named right, wrong, or left null where one is named. */
  steps: Partial<Record<SpeakerStep, StepCount>>;
  draft: ExplainerDraft;
  /** The headline annotated (null when the excerpt has none) and the one read, words compared as for headings. */
  headline: { want: string | null; got: string | null; right: boolean };
  ms: number;
  bytes: number;
}

/** The items of `shown` whose key in `a` is not matched by one in `b` (each key of `b` used once). */
function minus(shown: string[], a: string[], b: string[]): string[] {
  const left = [...b];
  return shown.filter((_, j) => {
    const i = left.indexOf(a[j]);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

export interface StepCount {
  right: number;
  wrong: number;
  /** Left null where the annotation names a speaker. */
  missing: number;
}

/** The options an annotated text is parsed with: its reference date (for dates without a year) and its format. */
export function caseOptions(c: QualityCase): ParseOptions {
  return { referenceDate: c.expected.referenceDate ? new Date(`${c.expected.referenceDate}T00:00:00Z`) : undefined, format: c.format };
}

/** One parse of an annotated text, with what both the scorer and the heading model's training read from it. */
export interface ParsedCase {
  draft: ExplainerDraft;
  /** The resolver step behind each found quote's speaker, in the draft's order. */
  steps: SpeakerStep[];
  /** Every line the layout asked the heading model about. */
  candidates: HeadingCandidate[];
  /** Every reaction the stance model judged. */
  stances: StanceCandidate[];
  ms: number;
}

export function parseCase(c: QualityCase, options: Pick<ParseOptions, 'headingModel'> = {}): ParsedCase {
  const steps: SpeakerStep[] = [];
  const candidates: HeadingCandidate[] = [];
  const stances: StanceCandidate[] = [];
  const t0 = performance.now();
  const draft = parseExplainer(c.text, {
    ...caseOptions(c),
    ...options,
    onSpeaker: (_quote, step) => steps.push(step),
    onHeadingCandidate: (h) => candidates.push(h),
    onStanceCandidate: (r) => stances.push(r),
  });
  return { draft, steps, candidates, stances, ms: performance.now() - t0 };
}

/** Scores one text; `parsed` is its parse when the caller already has it (a test that also trains reads it once). */
export function scoreCase(c: QualityCase, parsed: ParsedCase = parseCase(c)): CaseScore {
  const { draft, steps: stepOf, ms } = parsed;
  const got = {
    headings: draft.sections.flatMap((s) => (s.heading ? [s.heading] : [])),
    quotes: draft.sections.flatMap((s) => s.quotes),
    citations: draft.sections.flatMap((s) => s.citations),
    sources: draft.sources.map((s) => s.name),
    reactions: draft.sections.flatMap((s) => s.reactions),
    figures: draft.sections.flatMap((s) => s.contestedFigures ?? []),
  };
  const want = { ...c.expected, figures: c.expected.contestedFigures };
  const counts = {} as Record<Kind, Count>;
  const missed = {} as Record<Kind, string[]>;
  const extra = {} as Record<Kind, string[]>;
  // (an acronym the text spells out is the name it spells out)
  const spelled = spelledAcronyms(c.text);
  const key = (n: string) => {
    const k = nameKey(n);
    return spelled.get(k) ?? k;
  };
  for (const kind of KINDS) {
    const [w, g] = [keys(kind, want, key), keys(kind, got, key)];
    counts[kind] = { expected: w.length, found: g.length, matched: matched(w, g) };
    missed[kind] = minus(keys(kind, want), w, g);
    extra[kind] = minus(keys(kind, got), g, w);
  }
  // Quote speakers, for the quotes found: each expected quote is paired with the found quote of the same text.
  const speakers: SpeakerCount = { named: 0, quotes: c.expected.quotes.length, correct: 0, wrong: 0, missing: 0 };
  const wrongSpeakers: string[] = [];
  const steps: Partial<Record<SpeakerStep, StepCount>> = {};
  const pool = got.quotes.map((g, i) => ({ ...g, step: stepOf[i] ?? 'none' }));
  for (const q of c.expected.quotes) {
    if (q.speaker) speakers.named++;
    const i = pool.findIndex((g) => quoteKey(g.text) === quoteKey(q.text));
    const found = i >= 0 ? pool.splice(i, 1)[0] : null;
    const speaker = found?.speaker ?? null;
    const step = found ? (steps[found.step] ??= { right: 0, wrong: 0, missing: 0 }) : null;
    const same = q.speaker !== null && speaker !== null && key(speaker) === key(q.speaker);
    if (same) {
      speakers.correct++;
      if (step) step.right++;
    } else if (speaker !== null) {
      speakers.wrong++;
      if (step) step.wrong++;
      wrongSpeakers.push(`"${ws(q.text).slice(0, 50)}" -> ${speaker} (expected ${q.speaker ?? 'none'}) [${found!.step}]`);
    } else if (q.speaker) {
      speakers.missing++;
      if (step) step.missing++;
    }
  }
  const headline = {
    want: c.expected.headline,
    got: draft.headline ?? null,
    right: c.expected.headline !== null && ws(draft.headline ?? '') === ws(c.expected.headline),
  };
  return { name: c.name, counts, missed, extra, speakers, wrongSpeakers, steps, draft, headline, ms, bytes: Buffer.byteLength(c.text, 'utf8') };
}

export function speakerTotals(scores: CaseScore[]): SpeakerCount {
  const out: SpeakerCount = { named: 0, quotes: 0, correct: 0, wrong: 0, missing: 0 };
  for (const s of scores) for (const k of Object.keys(out) as (keyof SpeakerCount)[]) out[k] += s.speakers[k];
  return out;
}

export interface CorpusEntry {
  id: string;
  split: string;
  file: string;
  url: string;
  outlet: string;
  shape: string;
}

/** The corpus's texts of one split (manifest.json lists them), each beside its `.expected.json`. */
export function loadCorpusSplit(dir: string, split: string): QualityCase[] {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return [];
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { texts: CorpusEntry[] };
  return manifest.texts
    .filter((t) => t.split === split)
    .flatMap((t) => {
      const file = path.join(dir, t.file);
      const expectedFile = file.replace(/\.(txt|md|html)$/, '.expected.json');
      if (!fs.existsSync(file) || !fs.existsSync(expectedFile)) return [];
      return [{ name: t.id, text: fs.readFileSync(file, 'utf8'), expected: JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as ExpectedExplainer }];
    });
}

export function totals(scores: CaseScore[]): Record<Kind, Count & { recall: number; precision: number }> {
  const out = {} as Record<Kind, Count & { recall: number; precision: number }>;
  for (const kind of KINDS) {
    const sum = scores.reduce(
      (a, s) => ({
        expected: a.expected + s.counts[kind].expected,
        found: a.found + s.counts[kind].found,
        matched: a.matched + s.counts[kind].matched,
      }),
      { expected: 0, found: 0, matched: 0 },
    );
    out[kind] = { ...sum, recall: sum.expected ? sum.matched / sum.expected : 1, precision: sum.found ? sum.matched / sum.found : 1 };
  }
  return out;
}

/** The texts of a directory with an `.expected.json` beside them (sub-directories are not read). */
export function loadQualitySet(dir: string): QualityCase[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f))
    .sort()
    .flatMap((f) => {
      const base = f.replace(/\.(txt|md)$/, '');
      const expectedFile = path.join(dir, `${base}.expected.json`);
      if (!fs.existsSync(expectedFile)) return [];
      return [
        { name: base, text: fs.readFileSync(path.join(dir, f), 'utf8'), expected: JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as ExpectedExplainer },
      ];
    });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

export function formatTable(scores: CaseScore[]): string {
  const t = totals(scores);
  const sp = speakerTotals(scores);
  const ms = scores.reduce((a, x) => a + x.ms, 0);
  const kb = scores.reduce((a, x) => a + x.bytes, 0) / 1024;
  const lines = [
    `${'kind'.padEnd(18)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'matched'.padStart(8)} ${'recall'.padStart(7)} ${'precision'.padStart(9)}`,
  ];
  for (const kind of KINDS) {
    const k = t[kind];
    lines.push(
      `${kind.padEnd(18)} ${String(k.expected).padStart(8)} ${String(k.found).padStart(6)} ${String(k.matched).padStart(8)} ${pct(k.recall)} ${pct(k.precision).padStart(9)}`,
    );
  }
  const share = (n: number, d: number) => (d ? pct(n / d).trim() : '-');
  lines.push(
    `speakers: ${sp.correct}/${sp.named} quotes with a named speaker right (${share(sp.correct, sp.named)}), ${sp.wrong} wrong (${share(sp.wrong, sp.quotes)} of ${sp.quotes} quotes), ${sp.missing} missing`,
  );
  const titled = scores.filter((x) => x.headline.want !== null);
  lines.push(`headlines: ${titled.filter((x) => x.headline.right).length}/${titled.length} texts with a headline read right`);
  lines.push(`speed: ${scores.length} texts, ${kb.toFixed(1)} KB in ${ms.toFixed(0)} ms: ${kb ? (ms / kb).toFixed(2) : '-'} ms per KB`);
  return lines.join('\n');
}

/** Quote speakers per resolver step over a set: how often each step named the speaker right, wrong, or not at all. */
export function formatSteps(scores: CaseScore[]): string {
  const sum: Partial<Record<SpeakerStep, StepCount>> = {};
  for (const s of scores) {
    for (const [step, n] of Object.entries(s.steps) as [SpeakerStep, StepCount][]) {
      const t = (sum[step] ??= { right: 0, wrong: 0, missing: 0 });
      t.right += n.right;
      t.wrong += n.wrong;
      t.missing += n.missing;
    }
  }
  const lines = [`${'speaker step'.padEnd(18)} ${'right'.padStart(6)} ${'wrong'.padStart(6)} ${'missing'.padStart(8)}`];
  for (const [step, n] of (Object.entries(sum) as [SpeakerStep, StepCount][]).sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
    lines.push(`${step.padEnd(18)} ${String(n.right).padStart(6)} ${String(n.wrong).padStart(6)} ${String(n.missing).padStart(8)}`);
  }
  return lines.join('\n');
}
