// Reads the shape of an explainer text: metadata at the top (headline, byline, date lines, the seed's
// "date YYYY-MM-DD" prefix, a wire dateline), then the lead and the question sections with their paragraphs.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { BadUserInputError } from '../common/errors';
import { namesFromByline } from './bylines';
import { CREDIT_AFTER_DASH, isCaption, isFurniture, opensCaption } from './furniture';
import type { DraftMeta, ImportWarning } from './types';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, ROLES } from './lexicon';
import { isHeading, type Features, type HeadingCandidate, type HeadingKind, type HeadingModel } from './heading-model';
import { HEADING_MODEL } from './heading-weights';

export const MAX_TEXT_BYTES = 1024 * 1024;

export interface LayoutSection {
  key: string;
  heading: string | null;
  paragraphs: string[];
}

export interface Layout {
  headlineLine: string | null;
  eventDate: string | null;
  sections: LayoutSection[];
  meta: DraftMeta;
  warnings: ImportWarning[];
  /** The wire a dateline names ("(Reuters)"), if any. */
  datelineSource: string | null;
  /** Name lines read as the sign-offs of the quotes above them (a round-up printed quote first). */
  signOffs: number;
}

/** Refuses what is not an explainer text: empty, binary, too large. Paragraphs are checked after layout. */
export function checkText(text: string): void {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new BadUserInputError('the explainer text is empty', { reason: 'EMPTY' });
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    throw new BadUserInputError(`the explainer text is ${bytes} bytes; the limit is 1 MB (${MAX_TEXT_BYTES} bytes)`, { reason: 'TOO_LARGE', bytes });
  }
  // NUL, other C0 controls (except tab, newline, form feed, carriage return) and U+FFFD (undecodable bytes) mean binary.
  // Control characters are what this looks for.
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/);
  if (control) {
    throw new BadUserInputError('the explainer text looks binary (it holds NUL, control or undecodable bytes)', {
      reason: 'BINARY',
      offset: control.index,
    });
  }
}

/** Kebab-case of a heading: the section key. */
export function kebab(text: string, max = 120): string {
  const k = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (k.length <= max) return k;
  const cut = k.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A line that is only a date ("Published: 14 September 2022", "2023-03-03"); returns the ISO day. */
function dateLine(line: string, ref: Date): string | null {
  // (a date has digits: chrono reads "Now what" as today)
  if (line.length > 80 || !/\d/.test(line)) return null;
  const rest = line.replace(/^(published|updated|last updated|posted|date(d)?)\b\s*(on)?\s*:?\s*/i, '');
  const [found] = chrono.parse(rest, ref);
  if (!found || found.index > 0 || !found.start.isCertain('day') || !found.start.isCertain('month')) return null;
  // (the zones in capitals only: "[A-Z]{2,4}T" in any case would match " what")
  const leftover = rest.slice(found.text.length).replace(/^[\s,.]*((?:[Aa]t\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]m|[AP]M)?|GMT|UTC|BST|CET|[A-Z]{2,4}T)*[\s,.]*$/, '');
  return leftover === '' ? isoDay(found.start.date()) : null;
}

/** What may stand beside the dates of a time stamp line: labels, zones, a wire's name (lower case), a page's section ("Economy 17:41 09.07.2019"), separators. */
const STAMP_WORDS = new Set(
  'as of by published updated last modified posted first date dated on at am pm a.m p.m m utc afp reuters ap pti ians ani xinhua upi dpa efe ansa bernama yonhap kyodo news world politics economy business society sport sports health science technology tech culture opinion'.split(
    ' ',
  ),
);
/** Whether what is left of a line beside its dates is only stamp words, time zones ("GMT", "IST") and separators. */
function onlyStampWords(rest: string): boolean {
  return rest
    .split(/[\s,:;|/•·()\-–—]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .every((w) => w === '' || STAMP_WORDS.has(w.toLowerCase()) || /^[A-Z]{2,4}T$/.test(w));
}

/**
 * A time stamp line anywhere in the text ("As of: 06/24/2022 8:08 p.m", "14 November 2021, 17:26 | Updated: 14
 * November 2021, 18:13", "AFP, , Tuesday 6 Oct 2015"): dates and times, with nothing but labels, separators,
 * time zones or a wire's name beside them. A bare date ("March 3, 2023") is left alone (a timeline's heading); a
 * stamp says it is one by a time, a label or a wire. Returns the first day, when certain.
 */
function stampLine(line: string, ref: Date): { day: string | null } | null {
  if (line.length > 120 || !/\d/.test(line)) return null;
  const found = chrono.parse(line, ref);
  if (found.length === 0) return null;
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += line.slice(at, f.index);
    at = f.index + f.text.length;
  }
  rest += line.slice(at);
  if (!onlyStampWords(rest)) return null;
  const timed = found.some((f) => f.start.isCertain('hour')) || /\d[:.]\d\d/.test(line);
  const labelled = /\p{L}/u.test(rest);
  if (!timed && !labelled) return null;
  const first = found.find((f) => f.start.isCertain('day') && f.start.isCertain('month'));
  return { day: first ? isoDay(first.start.date()) : null };
}

/**
 * "When did the crisis begin?Wirecard, once ...": a question heading glued to its paragraph (a page copied without
 * the break between them) is two lines again. Only a question-word opening, a short question and a capital right
 * after the question mark count.
 */
function unglueQuestion(line: string): string[] {
  const m = line.match(
    /^((?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|can|could|will|would|does|do|did|should|has|have)\b[^?]{3,120}\?)(?=[\p{Lu}"“])/iu,
  );
  return m && words(m[1]) <= 15 ? [m[1], line.slice(m[1].length)] : [line];
}

/**
 * "… on June 1. HOW DOES IT WORK? The elections are …", "… in a statement. TOM COTTON, U.S. SENATOR": a heading in
 * capitals glued to the sentences around it (a page copied without its breaks) is a line of its own again. The
 * capitals must follow a sentence's end (a stop after a word in lower case, or after closing marks; not the
 * abbreviation of "the U.S. NATIONAL GUARD"), run two words or more (eight capitals or more, no full stop inside but an
 * abbreviation's), and end on a question mark (or several: "HOW MANY WERE ABOARD? DID ANY SURVIVE?") or end the line
 * without a stop of their own ("THE SOFTWARE IS PROVIDED AS IS." is a sentence). Capitals before more words on the
 * line stay: "BMW AG CEO Oliver Zipse said" opens a sentence.
 */
export const GLUED_CAPITALS =
  /(?<=[\p{Ll}\d%)][.!?][”"’)]{0,2}[ \t]{1,3}|[.!?][”"’)]{1,2}[ \t]{1,3})(\p{Lu}[\p{Lu}\d'’&.,:()-]*(?:[ \t]+[\p{Lu}\d'’&.,:()-]+){1,14}?(?:\?(?:[ \t]+\p{Lu}[\p{Lu}\d'’&.,:()-]*(?:[ \t]+[\p{Lu}\d'’&.,:()-]+){0,14}?\?)*(?=[ \t]|$)|$))/u;
function unglueCapitals(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  for (;;) {
    const m = rest.match(GLUED_CAPITALS);
    const run = m?.[1] ?? '';
    if (
      !m ||
      run.replace(/[^\p{Lu}]/gu, '').length < 8 ||
      /[.!][”"’)]*[ \t]/u.test(run.replace(/\b(?:\p{Lu}\.)+/gu, '')) ||
      // (a sentence in capitals, or the end of a quotation: "… WE ARE WORLD CHAMPIONS.'")
      /(?:[.!]|['’"”])$/u.test(run) ||
      insideQuotation(rest.slice(0, m.index!))
    )
      break;
    out.push(rest.slice(0, m.index!).trim(), run.trim());
    rest = rest.slice(m.index! + run.length).trim();
  }
  return [...out, rest].filter(Boolean);
}

/** Whether a quotation opened before the end of `before` is still open (curly or straight double marks). */
function insideQuotation(before: string): boolean {
  return (before.match(/“/gu) ?? []).length > (before.match(/”/gu) ?? []).length || (before.match(/"/gu) ?? []).length % 2 === 1;
}

/**
 * A line set in capitals inside a hard-wrapped block (wire copy: "FRANS TIMMERMANS, EU CLIMATE POLICY CHIEF" between
 * a paragraph and the quotes under it), or a short question there ("Why are they protesting?" in web copy with a
 * wrapped line somewhere), is a heading of its own: the block is split around it. It must look like a
 * label (two to fourteen words, no sentence end), follow a line that ends a sentence (or open the block), and be
 * followed by a line that starts one.
 */
function splitAtCapitalLines(block: string[]): string[][] {
  if (block.length < 3) return [block];
  const out: string[][] = [];
  let current: string[] = [];
  block.forEach((line, i) => {
    const prev = block[i - 1];
    const next = block[i + 1];
    const label =
      next !== undefined &&
      (capitalLine(line) || questionLine(line)) &&
      (prev === undefined || /[.!?:"”’)]$/.test(prev)) &&
      /^[\p{Lu}"“‘'(]/u.test(next) &&
      !capitalLine(next) &&
      !questionLine(next);
    if (label) {
      if (current.length > 0) out.push(current);
      out.push([line]);
      current = [];
    } else current.push(line);
  });
  if (current.length > 0) out.push(current);
  return out;
}

/** A short question on a line of its own ("Why are they protesting?"): no quote mark, a capital first. */
function questionLine(line: string): boolean {
  return /^\p{Lu}[^"“”]{0,120}\?$/u.test(line) && words(line) <= 14;
}

/** A short line in capitals: "ALOK SHARMA, COP26 PRESIDENT" (no sentence end, no quote mark). */
function capitalLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const n = words(line);
  return (
    n >= 2 &&
    n <= 14 &&
    letters.length >= 6 &&
    letters.replace(/[^\p{Lu}]/gu, '').length >= 0.9 * letters.length &&
    !/[.!?;"”]$/.test(line) &&
    !/^["“‘']/.test(line)
  );
}

/**
 * Web copy pasted from a page: one paragraph per line, no blank lines between. A block is read line by line when
 * its lines end sentences (or are short heading-like lines) and each next line starts a new sentence; a
 * hard-wrapped paragraph has lines ending mid-sentence.
 */
function isWebCopy(lines: string[]): boolean {
  if (lines.length < 2) return false;
  // A short line over a line more than twice as long is a heading over its paragraph: a hard-wrapped paragraph's
  // first line is its longest.
  if (lines.length === 2 && shortUnended(lines[0]) && lines[0].length * 2 < lines[1].length && (words(lines[1]) > 12 || /[.!?"”]$/.test(lines[1]))) {
    return /^[\p{Lu}\p{N}"“‘'(]/u.test(lines[1]);
  }
  let ends = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    // A caption ends with its picture's credit ("... Photo: Reuters"), not with a full stop.
    const ended = /[.!?:"”’)…]$/.test(line) || isCaption(line);
    const short = words(line) <= 12 && !/[,;]$/.test(line);
    // A line longer than any wrap width is a paragraph of its own even when it does not end a sentence (a page's
    // noise: an obfuscated e-mail address, a link's text); one unended line must not join a whole page into one.
    const unwrapped = line.length > WRAP_WIDTH && !/[,;]$/.test(line);
    // A short question on the next line, over a longer line, ends what stands above it (a standfirst without its
    // full stop): a hard wrap leaves no short question between two long lines.
    const beforeQuestion = /^\p{Lu}.{0,100}\?$/u.test(next) && words(next) <= 14 && (lines[i + 2] ?? '').length > next.length && !/[,;]$/.test(line);
    // A list item ends at its line ("* The increase is lower than last year's").
    const item = LIST_ITEM.test(line);
    // A headline over its first paragraph, on the block's first line: a hard-wrapped paragraph's first line is its
    // longest, not one far shorter than the next.
    const headline = i === 0 && words(line) <= 20 && !/[,;:]$/.test(line) && next.length > 1.5 * line.length && next.length > WRAP_WIDTH;
    // (a web address on a line of its own, "cgtn.com" under "Reference(s):", starts in lower case and is a line still)
    if (
      !(ended || short || unwrapped || beforeQuestion || item || headline) ||
      !(/^(?:[\p{Lu}\p{N}"“‘'(•\-*#]|[–—][ \t]+\S)/u.test(next) || WEB_ADDRESS_LINE.test(next))
    )
      return false;
    if (ended) ends++;
  }
  return ends > 0 || lines.length >= 3;
}

/** A web address alone on a line ("cgtn.com", "https://www.velmark.org/news"). */
export const WEB_ADDRESS_LINE = /^(?:https?:\/\/)?(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)+(?:\/\S*)?$/u;

/** A person's name and nothing else: two to four capitalised words. */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;

/** Wider than any hard wrap (wire copy and e-mail wrap at 60-80 characters). */
const WRAP_WIDTH = 120;

const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]+/iu;
const CREDITS = /^\(?\s*(reporting|writing|editing|additional reporting|compiled)\s+by\b/i;
// "## Heading ##": the closing hashes are stripped in code (mdHeading), not by the expression: `(.+?)\s*#*\s*$`
// backtracked cubically on a long run of spaces (about 1 s for `# a` + 1,000 spaces + `b`).
export const MD_HEADING = /^(#{1,6})[ \t]+(\S.*)$/;

/** The text of a Markdown ATX heading line ("## What next? ##" -> "What next?"), or null. */
function mdHeading(line: string): string | null {
  const m = MD_HEADING.exec(line);
  if (!m) return null;
  let text = m[2].trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // Closing hashes count only after a space ("# C#" keeps its hash).
  if (end < text.length && (end === 0 || /\s/.test(text[end - 1]))) text = text.slice(0, end).trimEnd();
  return text === '' ? null : text;
}
const BOLD = /^(\*\*|__)(.+)\1$/;
// "Q: What is it?", "Question 2) ...", and a bare "Q " before a question set in its own line ("Q Just what ...?").
const Q_PREFIX = /^(?:(?:Q|Question)\s*(?:\d{1,2}\s*)?[:.)\-–]\s*(.+)|Q\s+(\p{Lu}.{2,300}\?))$/iu;
const NUMBERED = /^(\d{1,2})[.)]\s+(.+)$/;
const ANSWER = /^A\s*[:.)\-–]\s+/;
// ("** The strait lies between Oman and Iran": a wire factbox's double star is one bullet)
const LIST_ITEM = /^(\*\*|[-*•]|\d{1,2}[.)])\s+/;
// KYIV, March 3 (Reuters) -   |   LONDON (Reuters) —   |   WASHINGTON, D.C., Jan. 5 —
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}\p{M}'’.-]+)(?:[ ](?:\p{Lu}[\p{Lu}\p{M}'’.-]+))*(?:,\s*\p{Lu}[\p{L}.]*){0,2}?)(?:,\s*((?:\p{Lu}[a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)|(?:\d{1,2}\s+\p{Lu}[a-z]{2,8}(?:\s+\d{4})?)))?\s*(?:\(([^)]{2,40})\))?\s*[-–—]{1,2}\s+/u;

interface HeadingMatch {
  heading: string;
  raw: string;
  explicit: boolean;
  /** The form that made the line a candidate (a feature of the heading model). */
  kind: HeadingKind;
  /** A bulleted question ("• What is Zika?"): a heading only when no bullet follows it. */
  bullet?: boolean;
}

/** A short line that ends no sentence: a heading, a label, a link or a sign-off, not a paragraph. */
function shortUnended(line: string): boolean {
  return words(line) <= 12 && !/[.!,;"”’…]$/.test(line);
}

/**
 * A paragraph that is a quote printed alone: it opens with a quotation mark and ends with the closing one, or never
 * closes it (the quote then runs to the end of the paragraph).
 */
function wholeQuote(line: string): boolean {
  if (!/^["“‘]/.test(line)) return false;
  if (/["”’]$/.test(line)) return true;
  const count = (c: string) => line.split(c).length - 1;
  return line.startsWith('"') ? count('"') % 2 === 1 : line.startsWith('“') ? count('”') === 0 : count('’') === 0;
}

// Round-up headings that end with a colon: "George Bush, US president:" (a name, a comma, a role) or a country in
// capitals ("UNITED STATES:"). A lead-in sentence ("The key information known at this time:") has lower-case
// words before any comma.
const ACTOR_COLON = /^\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,4},[ ][^,:]{2,60}:$/u;
/** Small words a name or a title keeps in lower case ("Sheikh Mohammed bin Abdulrahman", "Minister of Health"). */
const PARTICLES = new Set(['of', 'the', 'and', 'for', 'bin', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'le', 'la', 'di', '&']);

/**
 * "What we know:", "What is not yet known:", "Why you should care:": a label that opens with a question word, its
 * other words in lower case, closed by a colon; not a lead-in ("What he told me:", "How Ann Velden put it:",
 * "When the water came, residents were told:").
 */
const QUESTION_COLON =
  /^(?:What|Why|How|Who|When|Where)(?:\s+(?!(?:told|said|says|tells|admitted|warned|explained|put|made|wrote|stated|added)\b)(?:\p{Ll}[\p{Ll}'’-]*|I))+:[ \t]*$/u;
/** "US President Joe Biden:", "UNITED STATES:": a label of capitalised words (and particles) closed by a colon. */
function capitalisedColonLine(line: string): boolean {
  if (!line.endsWith(':') || words(line) > 8) return false;
  const ws = line.slice(0, -1).split(/\s+/).filter(Boolean);
  return ws.length > 0 && /^[\p{Lu}\p{N}]/u.test(ws[0]) && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || PARTICLES.has(w));
}
const BULLET_QUESTION = /^[•*·–-][ \t]*(\S.{0,300}\?)$/;
/**
 * The signature of an embedded post, on the last line of its words: "— Pierre Nkurunziza (pnkurunziza) November 9,
 * 2016", "Let’s celebrate — Ayaan Hirsi Ali (@Ayaan) April 25, 2022". The post's, never a section's heading.
 */
export const POST_SIGNATURE = /[—–-][ \t]*\p{Lu}[^—–()\n]{0,60}\(@?\w{1,30}\)[ \t]+\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2},[ \t]+\d{4}$/u;

function cleanHeading(s: string): string {
  return (
    s
      // "- COLOMBIA", "• Sachin Tendulkar": the bullet is the list's, not the heading's.
      .replace(/^[-*•·–][ \t]+(?=\S)/u, '')
      .replace(/^\*\*(.+)\*\*$/, '$1')
      .replace(/^__(.+)__$/, '$1')
      .trim()
  );
}

function headingLike(s: string): boolean {
  return s.length <= 300 && words(s) <= 25 && !/[.!;,]$/.test(s) && !/\.\s+\p{Lu}/u.test(s);
}

/**
 * "The victims:", "Key points:", "What we know:" alone over a bulleted list: a label of a few words closed by a colon
 * names the list under it. A lead-in that says something ("Stolen items include:", "Here are the highlights:", "You
 * must pay if you:") has a verb, and does not.
 */
function labelOverBullets(line: string, next: string[] | undefined): boolean {
  if (!next || !/^[-*•·]\s/u.test(next[0].trim()) || !/^\p{Lu}[\p{L}'’ -]{0,40}:$/u.test(line) || words(line) > 4) return false;
  const label = line.slice(0, -1);
  if (/^(?:What|Who|Where|When|Why|How)\s/u.test(label)) return true;
  // A noun phrase: its last word a noun, no preposition, conjunction, adverb or pronoun in it ("For example:",
  // "Among them:", "In addition:", "Police recovered:" lead in).
  const doc = nlp(label.toLowerCase());
  const terms = doc.terms().json() as { terms: { tags: string[] }[] }[];
  const last = terms[terms.length - 1]?.terms[0]?.tags ?? [];
  return (
    last.includes('Noun') &&
    !last.includes('Verb') &&
    !doc.has('(#Preposition|#Conjunction|#Adverb|#Pronoun)') &&
    !/^(?:Here|Following|This|These|Those|There)(?:['’]s)?\s/u.test(`${label} `)
  );
}

/** The heading a line stands for, if it is one. `alone`: the line is a whole block. */
function asHeading(line: string, alone: boolean, nextIsList: boolean): HeadingMatch | null {
  const md = mdHeading(line);
  if (md) return { heading: cleanHeading(md), raw: line, explicit: true, kind: 'markdown' };
  // "– Left-wing wins –", "- Britain: 'Stand together' -": a label between dashes (wire copy).
  const dashed = alone ? line.match(/^[-–—]\s+([^-–—].{0,98}?)\s+[-–—]$/u) : null;
  if (dashed && words(dashed[1]) <= 12 && /^[\p{Lu}\p{N}"“‘']/u.test(dashed[1])) return { heading: dashed[1], raw: line, explicit: false, kind: 'dashed' };
  // "-- Quake:", "— Rescue efforts:": a label after a dash, closed by a colon, on a line of its own (wire fact lists).
  const dashColon = alone ? line.match(/^[-–—]{1,2}[ \t]*(\p{Lu}[^:]{0,60}?)[ \t]*:$/u) : null;
  if (dashColon && words(dashColon[1]) <= 8) return { heading: dashColon[1], raw: line, explicit: false, kind: 'dashed' };
  let m = line.match(BOLD);
  if (m && headingLike(m[2].trim())) return { heading: m[2].trim(), raw: line, explicit: true, kind: 'bold' };
  m = line.match(Q_PREFIX);
  if (m && headingLike(m[1] ?? m[2])) return { heading: cleanHeading(m[1] ?? m[2]), raw: line, explicit: true, kind: 'q-prefix' };
  m = line.match(NUMBERED);
  if (m && !nextIsList && headingLike(m[2]) && (m[2].endsWith('?') || alone))
    return { heading: cleanHeading(m[2]), raw: line, explicit: true, kind: 'numbered' };
  if (alone && (ACTOR_COLON.test(line) || capitalisedColonLine(line) || QUESTION_COLON.test(line)) && words(line) <= 12)
    return { heading: line.slice(0, -1).trim(), raw: line, explicit: false, kind: 'colon-label' };
  m = alone ? line.match(BULLET_QUESTION) : null;
  if (m && headingLike(m[1]) && words(m[1]) >= 2) return { heading: m[1], raw: line, explicit: false, bullet: true, kind: 'bullet-question' };
  // "‘Doing our best’", "'Grace, dignity, and dedication'": a few quoted words alone between paragraphs label the
  // section under them (wire copy); a quote printed alone ends its words with a stop.
  const label = alone ? line.match(/^(["“‘'])([^"“”‘’']{3,80})(["”’'])$/u) : null;
  if (label && words(label[2]) <= 8 && !/[.!?,;:…]$/.test(label[2]) && /^\p{Lu}/u.test(label[2]))
    return { heading: line, raw: line, explicit: false, kind: 'quoted-label' };
  if (/^["“‘'(\-*•]/.test(line)) return null;
  if (line.endsWith('?') && headingLike(line) && words(line) >= 2) return { heading: line, raw: line, explicit: false, kind: 'question' };
  if (alone && words(line) <= 12 && /^[\p{Lu}\p{N}]/u.test(line) && !/[.,;:!?"”’)]$/.test(line) && !BYLINE.test(line)) {
    return { heading: line, raw: line, explicit: false, kind: 'label' };
  }
  return null;
}

/** A paragraph's end that leaves its sentence open: a comma or a word. */
export const OPEN_QUOTE_END = /[\p{L},]$/u;

/** The last straight quotation mark of a paragraph opens words (a letter after it, no digit before it). */
export const STRAIGHT_OPENS_LAST = /(?<!\p{N})"(?=\p{L})[^"]*$/u;

/** Whether a paragraph opens a quotation it does not close (curly marks, or an odd number of straight ones). */
/** A question to the readers ("Have you been affected by the storm?", "What do you think?", "Got a news tip?"). */
const READER_CALLOUT =
  /^(?:have you|do you|did you|are you|were you|can you|would you|what do you think|got a|share your|tell us|send us|how can i help|what can i do|want to)\b/iu;

function unclosedQuote(paragraph: string): boolean {
  const opens = paragraph.split('\u201C').length - 1;
  const closes = paragraph.split('\u201D').length - 1;
  // (a straight mark counts when the last one opens words, not an inch mark after a number: a 12" pipe)
  return opens > closes || (opens === 0 && (paragraph.split('"').length - 1) % 2 === 1 && STRAIGHT_OPENS_LAST.test(paragraph));
}

function joinLines(lines: string[]): string {
  let out = '';
  for (const [i, line] of lines.entries()) {
    if (i === 0) out = line;
    else out += (LIST_ITEM.test(line) ? '\n' : ' ') + line;
  }
  return out;
}

/**
 * `onCandidate` receives every candidate the heading model judged (training and tracing); `model` is the heading model
 * that judges them (training: a model just trained, before its weights are in the tree).
 */
export function readLayout(input: string, referenceDate: Date, onCandidate?: (c: HeadingCandidate) => void, model: HeadingModel = HEADING_MODEL): Layout {
  const meta: DraftMeta = { headlineLine: null, byline: null, dateline: null, dateLines: [], credits: [], headings: [], markers: [] };
  const warnings: ImportWarning[] = [];
  let eventDate: string | null = null;
  let datelineSource: string | null = null;

  let text = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n');
  const prefix = text.match(/^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i);
  if (prefix) {
    eventDate = prefix[1];
    meta.dateLines.push(prefix[0].trim());
    text = text.slice(prefix[0].length);
  }

  const raw = text
    .split(/\n[ \t]*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .flatMap(unglueQuestion)
        .flatMap(unglueCapitals)
        .filter(Boolean),
    )
    .filter((b) => b.length > 0);
  const firstIsHeading = raw.length > 0 && (firstLineIsHeading(raw[0]) || firstQuestionIsHeading(raw));
  // A bare date ("August 3, 2011") heads an entry only in a timeline, which dates several: the one bare date of a
  // text is the day it was published, metadata like any other date line.
  const bareDates = raw.flat().filter((l) => l.length <= 40 && dateLine(l, referenceDate) !== null);
  const loneDate = bareDates.length === 1 ? bareDates[0] : null;
  const standfirsts = new Set<string>();
  const blocks = withoutFurniture(
    raw.flatMap(splitAtCapitalLines).flatMap((b) => (isWebCopy(b) ? b.map((l) => [l]) : [b])),
    meta,
    (line) => {
      // A wire's dateline alone on its line ("COPENHAGEN, Denmark (AP) —"): the dateline of what follows.
      const wire = `${line} `.match(DATELINE);
      if (wire && wire[0].trim() === line && (wire[3] || /^\p{Lu}{3,}/u.test(wire[1]))) {
        meta.dateline ??= line;
        datelineSource ??= wire[3] ?? null;
        return true;
      }
      // A date line within the text ("Posted at 9:23 AM, Aug 04, 2014") is metadata wherever it stands, when it
      // says so (a prefix or a time); otherwise only a time stamp is: a bare date can be a timeline's heading.
      const says = /^(?:published|updated|last updated|posted)\b/i.test(line) || /\d[:.]\d\d/.test(line);
      // "10:31 am*": a footnote mark after the time
      let end = line.length;
      while (end > 0 && '*†‡'.includes(line[end - 1])) end--;
      const bare = line.slice(0, end).trimEnd();
      const day = (says || bare === loneDate ? dateLine(bare, referenceDate) : null) ?? stampLine(bare, referenceDate)?.day;
      if (day === undefined) return false;
      if (day) eventDate ??= day;
      meta.dateLines.push(line);
      return true;
    },
    standfirsts,
  );

  // Metadata lines at the top, in any order, until the first line that is content.
  let seenContent = false;
  let headlineLine: string | null = null;
  const content: string[][] = [];
  for (const [bi, block] of blocks.entries()) {
    const lines = [...block];
    while (!seenContent && lines.length > 0) {
      const line = lines[0];
      const day = dateLine(line, referenceDate) ?? stampLine(line, referenceDate)?.day;
      if (day !== undefined) {
        if (day) eventDate ??= day;
        meta.dateLines.push(line);
      } else if (!meta.byline && BYLINE.test(line) && words(line) <= 15 && !/[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) {
        meta.byline = line;
      } else if (
        !headlineLine &&
        lines.length === 1 &&
        words(line) === 1 &&
        !/[.!?:]$/.test(line) &&
        mdHeading(line) === null &&
        blocks[bi + 1]?.length === 1 &&
        isHeadlineLine(blocks[bi + 1][0], 1, bi + 1, blocks.length)
      ) {
        // A section label above the title ("World"): the page's navigation.
        meta.credits.push(line);
      } else if (
        !headlineLine &&
        !(bi === 0 && firstIsHeading) &&
        (mdHeading(line) !== null ? line.startsWith('# ') || (bi === 0 && !line.endsWith('?')) : isHeadlineLine(line, lines.length, bi, blocks.length))
      ) {
        // "# Title", or any Markdown heading opening the text that is no question: some editors title with ##.
        headlineLine = cleanHeading(mdHeading(line) ?? line);
        meta.headlineLine = line;
      } else {
        seenContent = true;
        break;
      }
      lines.shift();
    }
    // The headline repeated below the standfirst is the page's, not a heading.
    if (lines.length === 1 && headlineLine !== null && lines[0] === meta.headlineLine) meta.credits.push(lines[0]);
    else if (lines.length > 0) content.push(lines);
  }
  // Credit lines at the end ("(Reporting by ...; Editing by ...)").
  while (content.length > 0 && content[content.length - 1].length === 1 && CREDITS.test(content[content.length - 1][0])) {
    meta.credits.unshift(content.pop()![0]);
  }

  const sections: LayoutSection[] = [{ key: 'lead', heading: null, paragraphs: [] }];
  // Whether "Name, role" lines sign off the quotes above them (quotesSignedOff), and the name lines found to do so.
  const signedOff = quotesSignedOff(content);
  // Name lines that sign off the quote printed above them ("Reaction to X:", a quote, "Club owner Ann Lee", a quote, ...).
  const signOffs = new Set<number>();
  // Dash lines read as signatures ("— Ann Velden" under a quote): counted with the sign-offs, but no link of their chain.
  let dashSigned = 0;
  const textShape = textFeatures(content);
  let explicitSeen = false;
  // Whether a line with the form of a heading came before (a quote's sign-off after a lead-in colon comes before any).
  let headingFormSeen = false;
  for (const [bi, block] of content.entries()) {
    const nextIsList = block.length > 1 && NUMBERED.test(block[1]);
    const h0 = asHeading(block[0], block.length === 1, nextIsList || (block.length === 1 && isNumberedList(content, bi)));
    const chained = h0 !== null && !h0.explicit && signsOffQuote(content, bi, signOffs, headingFormSeen);
    const dashed = !chained && h0?.explicit !== true && dashSignature(content, bi);
    const signOff = chained || dashed;
    if (chained) signOffs.add(bi);
    if (dashed) dashSigned++;
    // A line that is no candidate by its form may still be one when it stands alone and is short.
    // ("X, SARKOVY’S LAWYER:" then "“He was convicted on very strange grounds.”": a line ending with a colon introduces
    // the quote printed under it, which is its words, no heading)
    const introduced = block.length === 1 && wholeQuote(block[0]) && content[bi - 1]?.length === 1 && content[bi - 1][0].endsWith(':');
    // ("Ann Anny said:" over a quote: a lead-in that names who speaks, no heading)
    const leadIn = block.length === 1 && block[0].endsWith(':') && LEAD_IN_VERB_END.test(block[0]);
    const h =
      signOff || introduced || leadIn || POST_SIGNATURE.test(block[0]) || (h0 === null && (block.length > 1 || words(block[0]) > 25 || block[0].length > 300))
        ? null
        : (h0 ?? { heading: cleanHeading(block[0]), raw: block[0], explicit: false, kind: 'none' as const });
    let accept = false;
    if (h?.explicit || (h && block.length === 1 && labelOverBullets(block[0], content[bi + 1]))) accept = true;
    // (the text's last line too, after a line with the form of a heading (by form: the model is trained on these
    // candidates): a heading the text was cut off after, "Who is Aung San Suu Kyi?", is still one; a question to
    // readers closing it is none: "Have you been affected?")
    else if (
      h &&
      (bi < content.length - 1 || block.length > 1 || (headingFormSeen && !READER_CALLOUT.test(block[0]))) &&
      !listRunOrSignOff(content, bi, h, signedOff)
    ) {
      // Marked headings are taken as marked; every other candidate goes to the trained model.
      const features = candidateFeatures(content, bi, h, {
        text: textShape,
        explicitSeen,
        standfirst: block.length === 1 && standfirsts.has(block[0]),
        signedOff,
        roundup: ROUNDUP_HEADLINE.test(headlineLine ?? content[0]?.[0] ?? ''),
      });
      const decision = isHeading(features, model);
      accept = decision.heading;
      onCandidate?.({ line: block[0], heading: h.heading, features, p: decision.p });
    }
    if (h?.explicit) explicitSeen = true;
    // (by form, not by the model's decision: the model is trained on these candidates, so no candidate may depend on it)
    if (h0 && !signOff && (h0.explicit || h0.kind !== 'none')) headingFormSeen = true;
    let lines = block;
    if (h && accept) {
      meta.headings.push(h.raw);
      // "What you need to know:", "X, ROLE, SAID:": the colon leads into the section, it is no part of its title.
      sections.push({ key: '', heading: h.heading.replace(/(?<=\S)\s*:$/u, ''), paragraphs: [] });
      if (h.heading.length > 200) warnings.push({ code: 'LONG_HEADING', message: `a heading of ${h.heading.length} characters` });
      lines = block.slice(1);
      if (lines.length === 0) continue;
    }
    const current = sections[sections.length - 1];
    if (current.paragraphs.length === 0 && current.heading !== null) {
      const marker = lines[0].match(ANSWER);
      if (marker) {
        meta.markers.push(marker[0].trim());
        lines = [lines[0].slice(marker[0].length), ...lines.slice(1)];
      }
    }
    // A paragraph break inside a quotation, mid-sentence (a paragraph “… the Supreme Court, then one that goes on in
    // lower case, if the facts …”): one paragraph.
    const previous = current.paragraphs[current.paragraphs.length - 1];
    if (previous !== undefined && lines === block && OPEN_QUOTE_END.test(previous) && /^\p{Ll}/u.test(lines[0]) && unclosedQuote(previous)) {
      current.paragraphs[current.paragraphs.length - 1] = `${previous} ${joinLines(lines)}`;
      continue;
    }
    current.paragraphs.push(joinLines(lines));
  }

  // A dateline opens the first paragraph of the lead, or one of the next two (below a standfirst or a quote
  // printed first) when it is unmistakable: a date, a wire or "CITY, Country --".
  const lead = sections[0];
  for (const [pi, paragraph] of lead.paragraphs.slice(0, 3).entries()) {
    const m = paragraph.match(DATELINE);
    if (m && (m[2] || m[3] || (/^\p{Lu}{3,}/u.test(m[1]) && (pi === 0 || m[1].includes(','))))) {
      meta.dateline = m[0].trim();
      datelineSource = m[3] ?? null;
      lead.paragraphs[pi] = paragraph.slice(m[0].length);
      if (m[2] && !eventDate) {
        const [found] = chrono.parse(m[2], referenceDate);
        if (found) eventDate = isoDay(found.start.date());
      }
      break;
    }
  }

  const used = new Map<string, number>();
  for (const s of sections) {
    if (s.heading === null) continue;
    const base = kebab(s.heading) || 'section';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    s.key = n === 1 && base !== 'lead' ? base : `${base}-${n === 1 ? 2 : n}`;
    if (n > 1) warnings.push({ code: 'DUPLICATE_HEADING', message: `the heading "${s.heading}" is used more than once`, section: s.key });
  }
  const out = sections.filter((s) => s.heading !== null || s.paragraphs.length > 0);
  if (out.every((s) => s.paragraphs.length === 0)) {
    throw new BadUserInputError('the explainer text has no paragraphs', { reason: 'NO_PARAGRAPHS' });
  }
  for (const s of out)
    if (s.heading !== null && s.paragraphs.length === 0)
      warnings.push({ code: 'EMPTY_SECTION', message: `no paragraph under the heading "${s.heading}" (the text may be cut off after it)`, section: s.key });
  if (lead.paragraphs.length === 0) warnings.push({ code: 'NO_LEAD', message: 'no paragraph before the first heading: the explainer has no lead' });
  if (!eventDate) warnings.push({ code: 'NO_DATE', message: 'no date found (neither a date line, a "date YYYY-MM-DD" prefix nor a dateline)' });
  return { headlineLine, eventDate, sections: out, meta, warnings, datelineSource, signOffs: signOffs.size + dashSigned };
}

/** A headline: a short line of its own at the top that is no section heading and ends no sentence. */
function isHeadlineLine(line: string, linesInBlock: number, blockIndex: number, blockCount: number): boolean {
  if (blockIndex >= blockCount - 1 && linesInBlock === 1) return false;
  if (Q_PREFIX.test(line) || NUMBERED.test(line) || mdHeading(line) !== null) return false;
  const bare = line.replace(BOLD, '$2');
  return bare.length <= 200 && words(bare) <= 20 && !/[.;,:]$/.test(bare) && /^[\p{Lu}\p{N}"“‘']/u.test(bare);
}

/**
 * A short line under a quote printed alone that names who said it, in a text that prints its quotes so: the first
 * quote follows a lead-in closed by a colon (no heading before it), each next one follows the previous sign-off.
 */
function signsOffQuote(content: string[][], i: number, signOffs: Set<number>, headingSeen: boolean): boolean {
  const block = content[i];
  const quote = content[i - 1];
  const before = content[i - 2];
  if (block.length !== 1 || !quote || quote.length !== 1 || !wholeQuote(quote[0]) || !before) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(block[0]) || /[.!?:]$/.test(block[0]) || words(block[0]) > 16) return false;
  return signOffs.has(i - 2) || (!headingSeen && before[before.length - 1].endsWith(':'));
}

/**
 * "— NDP Leader Ann Velden" or "-- Ostland Premier Tomas Reyk" as a line of its own right under a quote printed
 * alone: the quote's signature, whatever follows it (a dash before a name signs off; a heading takes no dash).
 */
function dashSignature(content: string[][], i: number): boolean {
  const block = content[i];
  const quote = content[i - 1];
  // (or a paragraph that ends with a quote: "OTTAWA — “…”")
  if (block.length !== 1 || !quote || !(wholeQuote(quote[quote.length - 1]) || /[”"]$/u.test(quote[quote.length - 1].trim()))) return false;
  // ("– United States –" between two dashes is a heading's decoration, as a bullet is; "— Austria", a country alone, is a
  // round-up's heading; "— With files from Ann Velden" a credit)
  const line = block[0].trim();
  const named = line.replace(/^(?:[—–]|--)\s*/u, '');
  if (COUNTRY_BY_NAME.has(named) || COUNTRY_BY_DEMONYM.has(named) || CREDIT_AFTER_DASH.test(line)) return false;
  return DASH_SIGNATURE.test(line) && !/[.!?:—–-]$/.test(line) && words(line) <= 16;
}

/** A dash, a long one or two short ones, then a capital: how a signature under a quote opens. */
const DASH_SIGNATURE = /^(?:[—–]|--)[ \t]*\p{Lu}/u;

/** Several consecutive one-line blocks starting with numbers form a list, not numbered headings. */
function isNumberedList(content: string[][], i: number): boolean {
  const numbered = (b: string[] | undefined) => b !== undefined && b.length === 1 && NUMBERED.test(b[0]) && !b[0].endsWith('?');
  return numbered(content[i]) && (numbered(content[i + 1]) || numbered(content[i - 1]));
}

/**
 * A candidate that a heading cannot be, whatever its form: a bulleted question beside another bullet (an item of a
 * list of questions), one of three or more short lines in a row (a list of links or labels), or the sign-off of a
 * quote printed above it ("Kofi Annan, Secretary general" under a quoted statement).
 */
function listRunOrSignOff(content: string[][], i: number, h: HeadingMatch, signOffs: boolean): boolean {
  const block = content[i];
  const before = content[i - 1];
  if (block.length === 1) {
    const opening = content[i + 1]?.[0];
    // (a bulleted question after a list of statements, over a paragraph, heads that paragraph: "- What does this reform
    // propose?"; after another bulleted question it is one of a list of questions)
    if (
      h.bullet &&
      opening !== undefined &&
      (LIST_ITEM.test(opening) ||
        (before !== undefined &&
          LIST_ITEM.test(before[before.length - 1]) &&
          !(block[0].endsWith('?') && !before[before.length - 1].endsWith('?') && words(opening) > 12)))
    )
      return true;
    // (a lead-in closed by a colon introduces what follows: no item of a run)
    const short = (b: string[] | undefined) => b !== undefined && b.length === 1 && shortUnended(b[0]) && !LIST_ITEM.test(b[0]) && !b[0].endsWith(':');
    // (a question after a run of short lines, over a paragraph, is no item of the run: "Follow the live blog here",
    // then "Where did the cyclone form?")
    const questionOverParagraph = block[0].endsWith('?') && (content[i + 1]?.length ?? 0) >= 1 && words(content[i + 1][0]) > 12;
    if (short(content[i - 1]) && short(content[i - 2]) && !questionOverParagraph) return true;
    if (short(content[i - 1]) && short(content[i + 1])) return true;
    // (a question over a lead-in to a list is the list's heading: "Who is running?", "The main contenders are:")
    const overLeadIn = block[0].endsWith('?') && content[i + 1]?.length === 1 && content[i + 1][0].endsWith(':');
    if (short(content[i + 1]) && short(content[i + 2]) && !overLeadIn) return true;
  }
  return signOffs && before !== undefined && wholeQuote(before[before.length - 1]) && h.raw.includes(', ') && !h.raw.endsWith(':');
}

/** A line that ends on a speech verb: the lead-in of the quote under it ("Ann Anny said:", "Julie Nambia reacted"). */
const LEAD_IN_VERB_END = /\b(?:said|says|wrote|writes|tweeted|tweets|posted|reacted|reacts|added|adds|commented|responded|replied):?$/u;

/**
 * Whether the text's "Name, role" lines sign off the quotes printed above them rather than head the quotes below
 * them: the line above the first quote printed alone is no "Name, role" line ("Boris Johnson, Prime Minister" over
 * the first quote makes every such line a heading).
 */
/** A line opening with a name of two to five capitalised words, then a comma ("President Volodymyr Zelenskyy, Ukraine"). */
const NAME_BEFORE_COMMA = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,4},\s/u;

function quotesSignedOff(content: string[][]): boolean {
  // ("President Volodymyr Zelenskyy, Ukraine" over a quote, after a block that is no quote: a "Name, role" line heads
  // the quotes under it; a text that signs its quotes off prints each such line under one)
  const heads = content.some(
    (b, k) =>
      k > 0 &&
      b.length === 1 &&
      shortUnended(b[0]) &&
      NAME_BEFORE_COMMA.test(b[0]) &&
      /^["“‘]/u.test(content[k + 1]?.[0] ?? '') &&
      !/^["“‘]/u.test(content[k - 1][content[k - 1].length - 1]),
  );
  if (heads) return false;
  const first = content.findIndex((b) => b.length === 1 && wholeQuote(b[0]));
  if (first <= 0) return true;
  const above = content[first - 1];
  const line = above[above.length - 1];
  // ("Ann Anny said:" over the quote is its lead-in, no heading)
  return !(above.length === 1 && shortUnended(line) && /^\p{Lu}/u.test(line) && !LEAD_IN_VERB_END.test(line));
}

/** A teaser for another story, labelled ("ALSO READ: …", "READ MORE: …", ">> Read more …"). */
export const TEASER_LINE = /^(?:(?:also read|read (?:more|also)|see also)\s*:|>>\s*read more\b)/i;

/**
 * Removes page furniture from the blocks into the metadata: credits, captions (the line after "Image caption,"
 * and lines ending with a picture's credit), separators, navigation; `metaLine` takes other metadata lines.
 */
function withoutFurniture(blocks: string[][], meta: DraftMeta, metaLine: (line: string) => boolean, standfirsts: Set<string>): string[][] {
  const out: string[][] = [];
  let caption = false;
  let teaser = false;
  let afterMeta = false;
  // A short line right above a byline or a date line is the standfirst under the title, not a heading.
  const aboveMeta = () => {
    const last = out[out.length - 1];
    if (last) standfirsts.add(last[last.length - 1]);
  };
  for (const [bi, whole] of blocks.entries()) {
    // ("Skip to content" on the line above the title, with no blank line between: a control line of its own, at the
    // top of the page only)
    let lead = 0;
    while (bi === 0 && lead < whole.length - 1 && isFurniture(whole[lead])) lead++;
    const rest = lead > 0 && lead < whole.length ? whole.slice(lead) : whole;
    if (rest !== whole) meta.credits.push(...whole.slice(0, lead));
    // "ALSO READ: <another story's title>" among a paragraph's single-newline lines: a teaser, no line of the text.
    const teasers = rest.length > 1 ? rest.filter((l) => TEASER_LINE.test(l)) : [];
    const b = teasers.length > 0 && teasers.length < rest.length ? rest.filter((l) => !TEASER_LINE.test(l)) : rest;
    if (b !== rest) meta.credits.push(...teasers);
    const line = b[0];
    // "Home News World reacts to X" over "World reacts to X": the page's breadcrumb run into the title.
    const next = blocks[bi + 1];
    if (b.length === 1 && next?.length === 1 && next[0].length >= 12 && line !== next[0] && line.endsWith(next[0]) && line.length - next[0].length <= 40) {
      meta.credits.push(line);
      continue;
    }
    // The caption under "Image caption,"; the story's title under a lone "Read more".
    if (b.length === 1 && ((caption && words(line) <= 60) || (teaser && shortUnended(line)))) {
      meta.credits.push(line);
      caption = teaser = false;
      continue;
    }
    caption = teaser = false;
    // A block of furniture lines only ("Hide Ad" twice): credits all.
    if (b.length > 1 && b.every((l) => isFurniture(l))) {
      meta.credits.push(...b);
      continue;
    }
    if (b.length === 1 && (isFurniture(line) || isCaption(line))) {
      meta.credits.push(line);
      caption = opensCaption(line);
      teaser = /^(?:read more|see also|related|more on this story)$/i.test(line);
      continue;
    }
    if (b.length === 1 && metaLine(line)) {
      aboveMeta();
      afterMeta = true;
      continue;
    }
    // "Feb 25, 2019, 10:31 am" then "Michelle Jaworski" alone: a byline without its "By".
    if (b.length === 1 && afterMeta && meta.byline === null && BARE_NAME.test(line)) {
      meta.byline = line;
      continue;
    }
    afterMeta = false;
    // A byline below the standfirst or the first paragraph ("By Jane Doe"): the first one is the byline, others are credits.
    if (b.length === 1 && out.length > 0 && BYLINE.test(line) && words(line) <= 15 && !/[.!?]$/.test(line) && namesFromByline(line).length > 0) {
      if (meta.byline === null) meta.byline = line;
      else meta.credits.push(line);
      aboveMeta();
      continue;
    }
    out.push(b);
  }
  return out;
}

const QUESTION_WORD = /^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|can|could|will|would|does|do|did|should|has|have)\b/i;

/**
 * Whether the first line of web copy (one paragraph a line) is its first section heading rather than a title:
 * it has the form of a heading (a question, or a label opening with a question word: "What happened"), the
 * paragraph under it follows on the next line, and the same block holds another heading over its paragraph.
 */
function firstLineIsHeading(block: string[]): boolean {
  if (block.length < 4 || !isWebCopy(block)) return false;
  const first = block[0];
  if (!(first.endsWith('?') || QUESTION_WORD.test(first)) || !headingLike(first) || words(block[1]) <= 12) return false;
  for (let i = 2; i < block.length - 1; i++) {
    if (asHeading(block[i], true, false) && !asHeading(block[i], true, false)!.explicit && words(block[i + 1]) > 12) return true;
  }
  return false;
}

/**
 * "What is a solar eclipse?" on the first line, a paragraph answering it, then more questions over paragraphs: the
 * text opens with its first section, it has no headline. A headline asks in its own way: with a label or a subject
 * before a colon ("Explainer: what is ...?", "Storm Éowyn: how serious ...?"), in title case, at length, or it is
 * printed again below.
 */
function firstQuestionIsHeading(raw: string[][]): boolean {
  if (raw.length < 4 || raw[0].length !== 1 || raw[1].length !== 1) return false;
  // (a "date YYYY-MM-DD" prefix was taken off the text before it was split)
  const first = raw[0][0];
  if (!first.endsWith('?') || !QUESTION_WORD.test(first) || words(first) > 12 || /[,:;|–—]/.test(first) || titleCased(first)) return false;
  if (words(raw[1][0]) <= 12 || raw.flat().filter((l) => l === raw[0][0]).length > 1) return false;
  let questions = 0;
  for (let i = 2; i < raw.length - 1; i++) {
    const line = raw[i].length === 1 ? raw[i][0] : null;
    if (line && line.endsWith('?') && headingLike(line) && words(line) <= 15 && raw[i + 1].length >= 1 && words(raw[i + 1][0]) > 12) questions++;
  }
  return questions >= 1;
}

/** Most words of more than three letters capitalised ("Why Are Apple Shares Tumbling?"). */
function titleCased(line: string): boolean {
  const long = line.split(/\s+/).filter((w) => w.replace(/\W/g, '').length > 3);
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length > long.length / 2;
}

/** A headline that announces a round-up of responses ("World leaders react", "Tributes pour in", "What they said"). */
export const ROUNDUP_HEADLINE =
  /\b(?:react(?:s|ed|ions?)?|tributes?|condolences|mourns?|congratulat\w*|pours? in|what (?:they|people|leaders|the world) (?:said|are saying|say)|who said what|world (?:responds|reacts)|hail(?:s|ed)?|condemn(?:s|ed|ation)?|welcome(?:s|d)?|slams?|praises?|griev(?:e|es|ed|ing)|in shock|speak out|mixed (?:response|reactions?)|(?:leaders|world|stars|celebrities) (?:express|voice|share)\w*|(?:leaders|world) (?:divided|split))\b/i;
/**
 * A headline of outrage ("Western Governments Express Outrage Over …", "International Outrage as …"): a round-up,
 * read on the headline only (a lead's "sparked outrage over police tactics" announces no one's reaction).
 */
export const OUTRAGE_HEADLINE =
  /\b(?:(?:governments|nations|countries) (?:express|voic)\w*|(?:international|global|world(?:wide)?|western) (?:outrage|condemnation)|outrage (?:over|at|as))\b/i;

interface TextFeatures {
  /** One-line blocks that are short and end no sentence. */
  shortLines: number;
  /** One-line blocks that are questions. */
  questions: number;
  /** Quotes printed alone as a block. */
  wholeQuotes: number;
  /** How many one-line blocks each line is (a line printed twice is the page's furniture). */
  lineCount: Map<string, number>;
  /** How many one-line blocks have each form of heading. */
  kindCount: Map<string, number>;
}

function textFeatures(content: string[][]): TextFeatures {
  const alone = content.filter((b) => b.length === 1).map((b) => b[0]);
  return {
    shortLines: alone.filter((l) => shortUnended(l) && !LIST_ITEM.test(l)).length,
    questions: alone.filter((l) => l.endsWith('?') && words(l) <= 25).length,
    wholeQuotes: alone.filter(wholeQuote).length,
    lineCount: count(alone),
    kindCount: count(alone.map((l) => asHeading(l, true, false)?.kind ?? 'none')),
  };
}

function count(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export const ROLE_WORD = new RegExp(`\\b(?:${ROLES.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');

function bucket(name: string, n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `${name}<=${e}`;
  return `${name}>${edges[edges.length - 1]}`;
}

/**
 * The features of a heading candidate: its form, its length and punctuation, the block under it and above it,
 * and how the whole text sets its lines. No feature depends on another candidate's decision.
 */
function candidateFeatures(
  content: string[][],
  i: number,
  h: HeadingMatch,
  ctx: { text: TextFeatures; explicitSeen: boolean; standfirst: boolean; signedOff: boolean; roundup: boolean },
): Features {
  const f: Features = {};
  const on = (name: string, yes = true) => {
    if (yes) f[name] = 1;
  };
  const block = content[i];
  const line = block[0];
  const heading = h.heading;
  const n = words(heading);
  on(`kind:${h.kind}`);
  on('alone', block.length === 1);
  on(bucket('words', n, [1, 2, 4, 7, 12, 20]));
  const last = heading.slice(-1);
  on(`end:${/[\p{L}\p{N}]/u.test(last) ? 'word' : /["”’']/.test(last) ? 'quote' : last}`);
  on('question-word', QUESTION_WORD.test(heading));
  on('opens-quote', /^["“‘']/.test(line));
  on('opens-digit', /^\p{N}/u.test(heading));
  on('opens-lower', /^\p{Ll}/u.test(heading));
  const long = heading.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  on('title-case', long.length >= 2 && capitalised === long.length);
  on('mostly-lower', long.length >= 2 && capitalised <= long.length / 3);
  on('capitals', capitalLine(heading));
  on('comma', heading.includes(','));
  on('inner-colon', /:\s/.test(heading));
  on('inner-stop', /[.!?]\s+\p{Lu}/u.test(heading));
  on('digit', /\p{N}/u.test(heading));
  on('pipe-or-slash', /[|/]/.test(heading));
  on('role-word', ROLE_WORD.test(heading));
  // (a country's name set in capitals is one too: "- COLOMBIA", "SOUTH AFRICA")
  const named = heading.replace(/^the\s+/i, '');
  on(
    'country',
    COUNTRY_BY_NAME.has(named) ||
      (/^[\p{Lu}\s-]+$/u.test(named) && COUNTRY_BY_NAME.has(named.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()))),
  );
  on('byline-like', BYLINE.test(line));
  on('list-item', LIST_ITEM.test(line));
  on('standfirst', ctx.standfirst);
  on('explicit-seen', ctx.explicitSeen);
  on('signed-off-text', ctx.signedOff);
  // A round-up announced by its headline ("World leaders react"): its short lines name the actors.
  on('roundup-text', ctx.roundup);
  on('roundup-and-short', ctx.roundup && shortUnended(heading) && n <= 8);

  const next = content[i + 1];
  const opening = block.length > 1 ? block[1] : next?.[0];
  if (!opening) on('next:none');
  else {
    on(bucket('next-words', words(opening), [4, 12, 30]));
    on('next:ends-sentence', /[.!?:"”’…)]$/.test(opening));
    on('next:opens-quote', /^["“‘]/.test(opening));
    on('next:list-item', LIST_ITEM.test(opening));
    on('next:short', shortUnended(opening) && !LIST_ITEM.test(opening));
    on('next:question', opening.endsWith('?'));
    on('next:opens-lower', /^\p{Ll}/u.test(opening));
    on('next:multi-line', block.length === 1 && next !== undefined && next.length > 1);
  }
  const before = content[i - 1];
  if (!before) on('prev:none');
  else {
    const above = before[before.length - 1];
    on('prev:short', before.length === 1 && shortUnended(above) && !LIST_ITEM.test(above));
    on('prev:whole-quote', wholeQuote(above));
    on('prev:ends-colon', above.endsWith(':'));
    on('prev:list-item', LIST_ITEM.test(above));
    const before2 = content[i - 2];
    on('prev2:short', before2 !== undefined && before2.length === 1 && shortUnended(before2[0]));
  }
  on('last-two', i >= content.length - 2);
  on('first', i === 0);
  on('position-late', i > content.length / 2);

  // How the text sets its lines: a text of many short lines or many questions sets its headings so.
  const t = ctx.text;
  on(bucket('text-short-lines', t.shortLines, [0, 2, 5, 10]));
  on(bucket('text-questions', t.questions, [0, 1, 3]));
  on('text-whole-quotes', t.wholeQuotes > 0);
  on('repeated', (t.lineCount.get(line) ?? 0) > 1);
  on(bucket('kind-in-text', t.kindCount.get(h.kind) ?? 0, [1, 2, 4]));
  on('short-and-text-short-lines', shortUnended(heading) && t.shortLines >= 3);
  on('question-and-text-questions', heading.endsWith('?') && t.questions >= 2);
  return f;
}
