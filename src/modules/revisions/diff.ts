// What changed between two versions of an explainer, as readers are told it: the headline and summary, and per
// section ADDED, REMOVED or CHANGED with the paragraphs that changed, the contested figures whose values moved
// and the citations, quotes and reactions that came or went. Input: two revision snapshots (ExplainerInput JSON).
import { diffArrays } from 'diff';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface TextChange {
  before: string | null;
  after: string | null;
}

export interface ParagraphChange {
  change: ChangeKind;
  /** Index of the paragraph in the new body (ADDED, CHANGED) or in the old one (REMOVED). */
  position: number;
  before: string | null;
  after: string | null;
}

export interface FigureValue {
  value: number;
  unit: string | null;
}

export interface ClaimChange {
  claimant: string;
  before: FigureValue | null;
  after: FigureValue | null;
}

export interface FigureChange {
  claim: string;
  change: ChangeKind;
  claims: ClaimChange[];
}

export interface ItemChange {
  kind: 'CITATION' | 'QUOTE' | 'REACTION';
  change: 'ADDED' | 'REMOVED';
  text: string;
  /** The source of a citation, the speaker of a quote, the actor of a reaction. */
  by: string | null;
}

export interface SectionChange {
  key: string;
  change: ChangeKind;
  /** The heading now (the last one for a REMOVED section); null for the lead. */
  heading: string | null;
  /** The heading before, when it changed. */
  previousHeading: string | null;
  paragraphs: ParagraphChange[];
  figures: FigureChange[];
  items: ItemChange[];
}

export interface ArticleDiff {
  /** True for an article's first published version (nothing to compare with). */
  firstPublication: boolean;
  headline: TextChange | null;
  summary: TextChange | null;
  sections: SectionChange[];
}

interface ClaimSnapshot {
  claimant: string;
  value: number;
  unit: string | null;
}
interface SectionSnapshot {
  key: string;
  heading: string | null;
  body: string;
  citations?: { source: string; excerpt: string }[];
  quotes?: { text: string; speaker: string | null; source: string | null }[];
  reactions?: { actor: string; stance: string; summary: string; source: string | null }[];
  contestedFigures?: { claim: string; claims: ClaimSnapshot[] }[];
}
export interface Snapshot {
  headline: string;
  summary: string | null;
  sections: SectionSnapshot[];
}

/** Paragraphs of a body: separated by a blank line, as the write path documents. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The paragraphs that changed: a run of removed paragraphs followed by added ones pairs up as CHANGED. */
export function diffParagraphs(before: string[], after: string[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let oldAt = 0;
  let newAt = 0;
  const parts = diffArrays(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      oldAt += part.value.length;
      newAt += part.value.length;
      continue;
    }
    if (part.removed) {
      const next = parts[i + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) i++;
      const paired = Math.min(part.value.length, added.length);
      for (let k = 0; k < paired; k++) out.push({ change: 'CHANGED', position: newAt + k, before: part.value[k], after: added[k] });
      for (let k = paired; k < part.value.length; k++) out.push({ change: 'REMOVED', position: oldAt + k, before: part.value[k], after: null });
      for (let k = paired; k < added.length; k++) out.push({ change: 'ADDED', position: newAt + k, before: null, after: added[k] });
      oldAt += part.value.length;
      newAt += added.length;
      continue;
    }
    for (let k = 0; k < part.value.length; k++) out.push({ change: 'ADDED', position: newAt + k, before: null, after: part.value[k] });
    newAt += part.value.length;
  }
  return out;
}

function itemsOf(s: SectionSnapshot | undefined): ItemChange[] {
  if (!s) return [];
  return [
    ...(s.citations ?? []).map((c) => ({ kind: 'CITATION' as const, change: 'ADDED' as const, text: c.excerpt, by: c.source })),
    ...(s.quotes ?? []).map((q) => ({ kind: 'QUOTE' as const, change: 'ADDED' as const, text: q.text, by: q.speaker })),
    ...(s.reactions ?? []).map((r) => ({ kind: 'REACTION' as const, change: 'ADDED' as const, text: r.summary, by: r.actor })),
  ];
}

/** Items present on one side only (as a multiset: the same quote twice counts twice). */
function diffItems(before: SectionSnapshot | undefined, after: SectionSnapshot | undefined): ItemChange[] {
  const key = (i: ItemChange) => `${i.kind}\u0000${i.by ?? ''}\u0000${i.text}`;
  const left = new Map<string, number>();
  for (const i of itemsOf(before)) left.set(key(i), (left.get(key(i)) ?? 0) + 1);
  const added: ItemChange[] = [];
  for (const i of itemsOf(after)) {
    const n = left.get(key(i)) ?? 0;
    if (n > 0) left.set(key(i), n - 1);
    else added.push(i);
  }
  const removed: ItemChange[] = [];
  for (const i of itemsOf(before)) {
    const n = left.get(key(i)) ?? 0;
    if (n > 0) {
      left.set(key(i), n - 1);
      removed.push({ ...i, change: 'REMOVED' });
    }
  }
  return [...removed, ...added];
}

const valueOf = (c: ClaimSnapshot | undefined): FigureValue | null => (c ? { value: Number(c.value), unit: c.unit ?? null } : null);
const sameValue = (a: FigureValue | null, b: FigureValue | null) => a?.value === b?.value && a?.unit === b?.unit;

/** Contested figures by their claim: values that moved (old and new), figures that came or went. */
function diffFigures(before: SectionSnapshot | undefined, after: SectionSnapshot | undefined): FigureChange[] {
  const old = new Map((before?.contestedFigures ?? []).map((f) => [f.claim, f]));
  const now = new Map((after?.contestedFigures ?? []).map((f) => [f.claim, f]));
  const out: FigureChange[] = [];
  for (const [claim, f] of now) {
    const prev = old.get(claim);
    const prevClaims = new Map((prev?.claims ?? []).map((c) => [c.claimant, c]));
    const nowClaims = new Map(f.claims.map((c) => [c.claimant, c]));
    const claims: ClaimChange[] = [];
    for (const [claimant, c] of nowClaims) {
      const b = valueOf(prevClaims.get(claimant));
      const a = valueOf(c);
      if (!sameValue(a, b)) claims.push({ claimant, before: b, after: a });
    }
    for (const [claimant, c] of prevClaims) if (!nowClaims.has(claimant)) claims.push({ claimant, before: valueOf(c), after: null });
    if (!prev) out.push({ claim, change: 'ADDED', claims });
    else if (claims.length > 0) out.push({ claim, change: 'CHANGED', claims });
  }
  for (const [claim, f] of old) {
    if (!now.has(claim)) out.push({ claim, change: 'REMOVED', claims: f.claims.map((c) => ({ claimant: c.claimant, before: valueOf(c), after: null })) });
  }
  return out;
}

function sectionChange(key: string, before: SectionSnapshot | undefined, after: SectionSnapshot | undefined): SectionChange | null {
  const change: ChangeKind = !before ? 'ADDED' : !after ? 'REMOVED' : 'CHANGED';
  const paragraphs = diffParagraphs(before ? paragraphsOf(before.body) : [], after ? paragraphsOf(after.body) : []);
  const figures = diffFigures(before, after);
  const items = diffItems(before, after);
  const headingMoved = before && after && before.heading !== after.heading;
  if (change === 'CHANGED' && !headingMoved && paragraphs.length === 0 && figures.length === 0 && items.length === 0) return null;
  return {
    key,
    change,
    heading: (after ?? before)!.heading ?? null,
    previousHeading: headingMoved ? (before!.heading ?? null) : null,
    paragraphs,
    figures,
    items,
  };
}

const textChange = (before: string | null | undefined, after: string | null | undefined): TextChange | null =>
  (before ?? null) === (after ?? null) ? null : { before: before ?? null, after: after ?? null };

/** The sections' changes from `before` to `after` (null before: everything ADDED), in the new reading order then the removed ones. */
export function diffSections(before: SectionSnapshot[] | null | undefined, after: SectionSnapshot[] | null | undefined): SectionChange[] {
  const old = new Map((before ?? []).map((s) => [s.key, s]));
  const now = after ?? [];
  const nowKeys = new Set(now.map((s) => s.key));
  const out: SectionChange[] = [];
  for (const s of now) {
    const c = sectionChange(s.key, old.get(s.key), s);
    if (c) out.push(c);
  }
  for (const s of before ?? []) {
    if (!nowKeys.has(s.key)) out.push(sectionChange(s.key, s, undefined)!);
  }
  return out;
}

/** The whole diff; `before` null: the first publication (no sections listed: everything is new). */
export function diffSnapshots(before: Snapshot | null, after: Snapshot): ArticleDiff {
  if (!before) return { firstPublication: true, headline: null, summary: null, sections: [] };
  return {
    firstPublication: false,
    headline: textChange(before.headline, after.headline),
    summary: textChange(before.summary, after.summary),
    sections: diffSections(before.sections, after.sections),
  };
}

/** Whether a diff tells a reader anything (a write that changed no content publishes no new entry). */
export function isEmptyDiff(d: ArticleDiff): boolean {
  return !d.firstPublication && !d.headline && !d.summary && d.sections.length === 0;
}
