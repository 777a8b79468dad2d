// Splits a paragraph into sentences that are exact slices of it. A quotation is never split, however many
// sentences it holds: "Reuters quoted "A. B."" is one attributed sentence.

export interface Sentence {
  text: string;
  /** Offset in the paragraph. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr',
    // (the abbreviated Muhammad of South Asian names after a title: "Attorney General Md. Asaduzzaman said"; see below)
    'md',
    'mohd',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gen',
    'lt',
    'col',
    'sgt',
    'cpl',
    'cst',
    'const',
    'supt',
    'insp',
    'det',
    'brig',
    'cdr',
    'cmdr',
    'pvt',
    'capt',
    'cpt',
    'maj',
    'adm',
    'rep',
    'sen',
    'gov',
    'pres',
    'st',
    'jr',
    'sr',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'no',
    'inc',
    'ltd',
    'co',
    'corp',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'u.s',
    'u.k',
    'u.n',
    'e.u',
    'a.m',
    'p.m',
    'approx',
    'est',
    'fig',
    'mt',
    'ft',
    'rev',
    'hon',
  ].map((s) => s.toLowerCase()),
);

/** The marks a list item's line may open with (a wire factbox's "** " among them). */
const BULLET = '(?:\\*\\*|[-•*·▪–])';
/** A list item's marker and the space after it, opening a paragraph. */
export const LIST_MARKER = new RegExp(`^${BULLET}\\s+(?=\\S)`, 'u');
/** A bullet opening a list item on a line of its own, before a capital, a digit or a quotation mark ("- Napoli said"). */
export const BULLET_ITEM = new RegExp(`^${BULLET}[ \\t]+(?=[\\p{Lu}\\p{N}“"‘'])`, 'u');
/** A number opening a list item ("2. The club"). */
const NUMBER_ITEM = /^\d{1,2}[.)][ \t]+(?=\S)/u;
/** What ends a sentence before a line break ("mourning.", "said:", "…tears.”"). */
const ENDED_BEFORE_BREAK = /[.!?:”"’)][ \t]*\n[ \t]*$/u;

/**
 * The length of a list item's marker at `at`, the start of a line inside a paragraph (0: none): a bullet before a
 * capital, a digit or a quotation mark, or a number after a line that ended a sentence ("…mourning.\n2. The club");
 * not a wrapped line's "on May\n5. The repairs" nor "Velmark\n- a town of 40,000 - said".
 */
function itemMarker(paragraph: string, at: number): number {
  const rest = paragraph.slice(at, at + 8);
  const m = BULLET_ITEM.exec(rest) ?? (ENDED_BEFORE_BREAK.test(paragraph.slice(Math.max(0, at - 8), at)) ? NUMBER_ITEM.exec(rest) : null);
  return m ? m[0].length : 0;
}
/** A time of day alone: "12:55 p.m.", "9 a.m.". */
export const TIME_STAMP = /^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$/i;
/**
 * After a quote closed by "!" or "?": a name of one to six capitalised words (a title with it) and its speech verb, the rest of the
 * quote's sentence ("“…!” Persad-Bissessar declared at 10.48 pm"); not a verb with a clause of its own ("“…!” X said the
 * accord was late").
 */
export const ATTRIBUTION_NEXT =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:(?:also|later|then)\s+)?(?:said|says|declared|declares|added|adds|asked|asks|told|wrote|tweeted|exclaimed|shouted|cried|replied|insisted|stated)(?=\s*(?:[.,;:!?]|$)|\s+(?:at|on|in|to|from|via|during|after|before|outside|as|while|with|amid|later|today|yesterday|tonight|last)\b)/u;
/** A sentence's opening glued to the stop before it: a capital and a small letter. */
export const GLUED_NEXT = /^\p{Lu}\p{Ll}/u;
/** A quotation mark glued to a stop, opening the next sentence's quote ("said."There", "ceasefire.“If"). */
export const GLUED_OPENING = /^["\u201C]\p{Lu}\p{Ll}/u;
/** A web address's or a platform's tail glued to a stop ("USA.Gov", "ASP.Net", "Nation.Africa"): no sentence. */
export const GLUED_NOT_A_SENTENCE = /^(?:Net|Gov|Com|Org|Edu|Info|Co|Uk|Io|Ai|Js|Ru|Az|Africa|Tv)(?![\p{L}])/u;
/** Before a stop with a sentence glued after it: two small letters, or an acronym of two to five capitals ("UBS.The"; not "U.S.The"). */
export const GLUED_BEFORE = /(?:\p{Ll}{2}|(?:^|[^.\p{L}])\p{Lu}{2,5})$/u;

/**
 * "... in the chip industry.The tech giant said ...": sentences a web page's copy glued without a space end at a stop
 * after two small letters or an acronym, before a capital and a small letter, or a quotation mark that opens the next
 * quote ("ceasefire.“If"), and after a mark that closes this one ("issues.”His"); "U.S.", "St.Louis", "No.1", "USA.Gov" do not.
 */
function gluedEnd(before: string, tail: string, closes: boolean, rest: string): boolean {
  if (!GLUED_BEFORE.test(before) || GLUED_NOT_A_SENTENCE.test(rest)) return false;
  if (tail === '') return GLUED_NEXT.test(rest) || GLUED_OPENING.test(rest);
  return closes && /^[\u201D"]$/u.test(tail) && GLUED_NEXT.test(rest);
}
const OPENERS = new Set(['"', '\u201C']);
const CLOSERS_AFTER_END = /^["\u201D\u2019')\]]*/;

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** Whether straight double quotes pair up in this paragraph; if not, they are not used to hold sentences together. */
function balanced(text: string): boolean {
  // “..." pairs take their straight closing marks out of the count.
  const mixed = (text.match(/\u201C[^\u201C\u201D"]*"/g) ?? []).length;
  return ((text.match(/"/g) ?? []).length - mixed) % 2 === 0;
}

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const useStraight = balanced(paragraph);
  let depth = 0;
  // ("- The company says ...", "• It added ...": a list item's marker is no word of its first sentence)
  let start = paragraph.match(LIST_MARKER)?.[0].length ?? 0;
  let straightOpen = false;
  let curly = 0;
  // The sentence from `start` up to `to`, its trailing space left out (none when only space is left).
  const pushTo = (to: number) => {
    const text = paragraph.slice(start, to).trimEnd();
    if (text) out.push({ text, start, end: start + text.length });
  };
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    // A list item the layout joined to the paragraph on a line of its own ("…\n- Napoli said: …"): a sentence ends
    // before it, whatever quote was left open, and the item's marker is no word of its first sentence.
    const item = ch === '\n' ? itemMarker(paragraph, i + 1) : 0;
    if (item > 0) {
      pushTo(i);
      depth = 0;
      straightOpen = false;
      curly = 0;
      start = i + 1 + item;
      i = start - 1;
      continue;
    }
    if (ch === '\u201C') {
      depth++;
      curly++;
    } else if (ch === '\u201D') {
      depth = Math.max(0, depth - 1);
      curly = Math.max(0, curly - 1);
    } else if (ch === '"' && curly > 0 && !straightOpen) {
      // “...": a curly opening closed by a straight mark (copy from some CMSs).
      depth = Math.max(0, depth - 1);
      curly--;
    } else if (ch === '"' && useStraight) {
      straightOpen = !straightOpen;
      depth += straightOpen ? 1 : -1;
    }
    if (ch !== '.' && ch !== '?' && ch !== '!' && ch !== '\u2026') continue;
    // Closing marks right after the full stop belong to this sentence.
    let tail = paragraph.slice(i + 1).match(CLOSERS_AFTER_END)![0];
    // ("… a statement."Unfortunately …": a straight mark glued to the stop that closes no quote opens the next one)
    if (useStraight && tail.startsWith('"') && !straightOpen && curly === 0 && GLUED_OPENING.test(paragraph.slice(i + 1))) tail = '';
    let after = depth;
    let so: boolean = straightOpen;
    let curlyAfter = curly;
    for (const c of tail) {
      if (c === '\u201D') after = Math.max(0, after - 1);
      else if (c === '"' && curlyAfter > 0 && !so) {
        curlyAfter--;
        after = Math.max(0, after - 1);
      } else if (c === '"' && useStraight && so) {
        so = false;
        after--;
      }
    }
    if (after > 0) continue;
    const next = i + 1 + tail.length;
    const rest = paragraph.slice(next);
    // (a sentence glued to this one without a space: see gluedEnd)
    const gap = rest.match(/^\s+/)?.[0] ?? (gluedEnd(paragraph.slice(Math.max(0, i - 6), i), tail, after < depth, rest) ? '' : undefined);
    if (gap === undefined) continue;
    const following = rest[gap.length];
    if (!following || !(/[\p{Lu}\p{N}]/u.test(following) || OPENERS.has(following) || following === '\u2018' || following === '(')) continue;
    // "... destroyed. (Via Al Jazeera)": a credit in brackets belongs to the sentence it credits.
    if (following === '(' && /^\((?:[Vv]ia|[Ss]ource:)\s/.test(rest.slice(gap.length))) continue;
    // "“Nobody can say no!” Ann Lee declared.": a quote's own "!" or "?" ends no sentence its attribution goes on.
    if (ch !== '.' && /[\u201D"]/u.test(tail) && ATTRIBUTION_NEXT.test(rest.slice(gap.length))) continue;
    // ("12:55 p.m. The FBI says ...": a live blog's time stamp opening the paragraph is a sentence of its own)
    if (ch === '.' && !TIME_STAMP.test(paragraph.slice(start, i + 1))) {
      const word = wordBefore(paragraph, i).toLowerCase();
      // (the Muhammad only after a capitalised word, a title: "Baltimore, Md.", "moved to Md.", "Ann Velden, MD." may
      // end the sentence, a US state or a degree)
      const notMuhammad = (word === 'md' || word === 'mohd') && !/(?:^|[^,]\s)\p{Lu}[\p{L}.]*\s+(?:Md|Mohd)$/u.test(paragraph.slice(Math.max(0, i - 40), i));
      if ((ABBREVIATIONS.has(word) && !notMuhammad) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    // Commit the closers' effect on the quote state.
    depth = after;
    straightOpen = so;
    curly = curlyAfter;
    out.push({ text: paragraph.slice(start, next), start, end: next });
    start = next + gap.length;
    // (the next line a list item's: its marker is no word of its sentence)
    if (gap.includes('\n')) start += itemMarker(paragraph, start);
    i = start - 1;
  }
  pushTo(paragraph.length);
  return out;
}
