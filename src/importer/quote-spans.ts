import { allMatches } from './matches';
// Quoted spans of a paragraph, read across its sentences (a quote may hold several). A quote whose closing mark
// is missing (the next paragraph or the cut-off starts) runs to the end of its paragraph, as editors read it.

export interface QuoteSpan {
  /** Offset of the opening mark in the paragraph. */
  open: number;
  /** Offset just past the closing mark, or the paragraph's end when the mark is missing. */
  close: number;
  /** The words between the marks (exact slice of the paragraph). */
  inner: string;
  closed: boolean;
}

// A straight opening mark may close with a curly one where the text mixes its marks ("Her leadership”, before a
// space or a stop), or with two apostrophes, as wire copy writes it ("constructive'' way), and two
// apostrophes may open a quote that a straight mark or two apostrophes close (''currently, the risk is low.").
export const QUOTE_RE =
  /“((?:[^“”"’]|’(?!’))+)’’|“((?:[^“”"]|“[^“”"]*”)+)”|“([^“”"]+)[”"]|"((?:[^"']|'(?!'))+)''|"([^"“”]+)”(?=[\s,.;:!?)—–]|$)|(?<=^|[\s(—–])"([^“”"'‘’]+[.,!?])'(?=[\s,.;:!?)—–]|$)|"([^"]+)"|(?<=^|[\s(—–-])‘(?!n[’\s])((?:[^‘’]|’(?=\p{L})|(?<=\s)‘n’?(?=\s))+)’(?=[\s,.;:!?)—–-]|$)|(?<=^|[\s(—–-])''((?:[^"']|'(?!'))+)(?:''|")|(?<=^|[\s(—–])'(?!n['\s])(?=\p{L})((?:[^'"“”]|'(?=\p{L}))+)'(?=[\s,.;:!?)—–]|$)|``((?:[^`'″]|'(?!')|(?<=\d)″)+)(?:''|``|(?<!\d)″)|«\s?([^«»]+?)\s?»|“([^“”"']+[.,!?])'(?=[\s,.;:!?)—–]|$)|(?<=^|[\s(—–])'(?=\p{Lu})([^'"“”]+)”(?=[\s,.;:!?)—–]|$)|[“”"]\s?([^“”"«»]+?)\s?»|(?<=^|[\s(—–-])”(?=\p{L})([^“”"]+)”(?=[\s,.;:!?)—–]|$)/gu;
// Nigerian wire copy closes a curly double mark with two curly single ones (“The DPM was confirmed dead.’’).
// A curly quote may hold quotes of its own in the same marks (“We have things to “bring into order” and …”), and a
// translation may close a quote opened with a double mark with a guillemet (“ Your brilliant election … »).
// Old wire copy opens with two grave accents and closes with two apostrophes (``Annan has done it again,'' said X) or
// two grave accents again (``It is a sign of an industry that works,`` said X) or a double prime (``More than 10,000
// bodies have been pulled out,″ said X: AP's archive pages; after a digit a double prime is a measure, 5′10″);
// translated copy quotes in guillemets («any evidence of gunshots»); a closing mark after a space and before a word
// opens words another closes where the text mixes its marks (capabilities ”to disrupt and defeat invasions”).
// A straight single mark after a space opens a quote before a letter and closes it before a space or a stop ('We are
// reviewing the decision,' GXO told Reuters.); an apostrophe inside (don't, Sainsbury's) is followed by a letter.
// A single mark before a lone "n" opens nothing: it stands for the "a" of "and" (Rock ‘n Play, rock 'n' roll), and
// inside a single-quoted quote it closes nothing either (‘We play rock ‘n’ roll every night,’ said X).
// Copy that mixes its marks may close a curly or straight double mark with a straight single one right after a stop
// or a comma (“for defending our embassy.' “Not even …,' she said; "… gas and inundation,' explains X) and open with a
// straight single one what a curly double closes ('We energetically condemn it.”).
// An opening mark that starts words: a curly or straight double mark, or a single curly one after a space.
const OPENER = /[“"«](?=\S)|``(?=\S)|(?<=^|[\s(—–-])‘(?!n[’\s])(?=\p{L})/u;
// A straight single mark opens the paragraph's words when it opens the paragraph before a capitalised word and another
// ('We are ready to talk.), as trade papers print each paragraph of a statement, the last one closed; not the
// apostrophe of a word ('Tis, 'Ndrangheta).
const SINGLE_OPENS_PARAGRAPH = /^'(?!(?:Tis|Twas|Til|Till|Cause|Em|Ndrangheta)(?!\p{L}))(?=\p{Lu}\p{Ll}*\s+\p{L})/u;
/** A straight single mark after a letter and before neither a letter nor a space ("'Made in Chelsea'-star"): it closes words QUOTE_RE did not take, so the paragraph's first mark opened no run. */
const SINGLE_CLOSING_INSIDE = /(?<=\p{L})'(?![\p{L}\s])/u;

/** A closing double mark where an opening one stands: at the start or after a space, before a word. */
export const CLOSING_AS_OPENING = /(?:^|[\s(—–-])”(?=\p{L})/u;

/** An opening double mark where a closing one stands: after a stop, before a space or the end. */
export const OPENING_AS_CLOSING = /(?<=[\p{L}\d?!)][,.!?])“(?=\s|$)/u;
export const OPENING_AS_CLOSING_ALL = new RegExp(OPENING_AS_CLOSING.source, 'gu');

/** Two single marks opening a quote as one double mark, and the space after them ("‘’ On behalf"). */
export const PAIRED_OPENING = /‘’[ \t]?/gu;
/** Two single marks closing it, and the space before them ("upon this loss ,’‘"). */
export const PAIRED_CLOSING = /[ \t]?’‘/gu;

/** A curly double mark. */
export const CURLY_DOUBLE = /[“”]/gu;

/**
 * Whether a paragraph sets its curly double marks the wrong way round (hailed on X ” A giant step forward … “. ” Tonig):
 * no straight double mark, two curly ones at least, alternating from a closing one, each closing mark at the
 * paragraph's start or after a space and before a space, each opening mark after a space and before a stop or the
 * paragraph's end (a space between). French spacing inside marks set the right way (“ We are ready ” on Monday), a
 * quote closed at a paragraph's start or an inch mark (32 ” screen) is none: an opening mark there is followed by words.
 */
export function reversedMarks(paragraph: string): boolean {
  if (paragraph.includes('"')) return false;
  const marks = allMatches(paragraph, CURLY_DOUBLE);
  return (
    marks.length >= 2 &&
    marks.every((m, i) => {
      const before = paragraph.slice(Math.max(0, m.index - 1), m.index);
      const after = paragraph.slice(m.index + 1, m.index + 3);
      return i % 2 === 0
        ? m[0] === '”' && (before === '' || /\s/u.test(before)) && /^\s/u.test(after)
        : m[0] === '“' && /\s/u.test(before) && /^\s?(?:[.,;:!?]|$)/u.test(after);
    })
  );
}

let cached: { paragraph: string; spans: QuoteSpan[] } | null = null;

/** The quoted spans of a paragraph in order, the last perhaps unclosed. */
export function quoteSpans(paragraph: string): QuoteSpan[] {
  if (cached?.paragraph === paragraph) return cached.spans;
  const spans: QuoteSpan[] = [];
  // A text set with only closing marks (”President Reagan was ...,” Thatcher said): each reads as a straight mark.
  // (Same length: offsets and quoted words stay the paragraph's.)
  // A text set with only opening marks (“A mother’s love ...,“ she said): one after a stop and before a space closes.
  // A text that pairs single marks for double ones (‘’ On behalf of …,’‘ read the message): each pair reads as a double
  // mark, the space inside it as outside (same length again).
  // A paragraph set with its marks the wrong way round reads with every curly double mark swapped.
  const paired =
    paragraph.includes('‘’') && paragraph.includes('’‘')
      ? paragraph.replace(PAIRED_OPENING, (m) => `${' '.repeat(m.length - 1)}“`).replace(PAIRED_CLOSING, (m) => `”${' '.repeat(m.length - 1)}`)
      : reversedMarks(paragraph)
        ? paragraph.replace(CURLY_DOUBLE, (c) => (c === '“' ? '”' : '“'))
        : paragraph;
  const text =
    !paired.includes('“') && CLOSING_AS_OPENING.test(paired)
      ? paired.replace(/”/g, '"')
      : !paired.includes('”') && OPENING_AS_CLOSING.test(paired)
        ? paired.replace(OPENING_AS_CLOSING_ALL, '”')
        : paired;
  for (const m of allMatches(text, QUOTE_RE)) {
    spans.push({ open: m.index, close: m.index + m[0].length, inner: m.slice(1).find((g) => g !== undefined)!, closed: true });
  }
  const from = spans.length > 0 ? spans[spans.length - 1].close : 0;
  const opener = text.slice(from).match(OPENER)?.index;
  const openAt = opener ?? (spans.length === 0 && SINGLE_OPENS_PARAGRAPH.test(text) && !SINGLE_CLOSING_INSIDE.test(text) ? 0 : undefined);
  if (openAt !== undefined) {
    const open = from + openAt;
    const width = text.startsWith('``', open) ? 2 : 1;
    const inner = paragraph.slice(open + width).trimEnd();
    const innerText = text.slice(open + width).trimEnd();
    // A single opening mark closed by a double one at the paragraph's end (‘the words” ): a typo for its pair.
    // (or by a straight single one: ‘the words.')
    const mismatched = text[open] === '‘' ? /^([^“”"‘’]+(?:’\p{L}[^“”"‘’]*)*)[”'][.,;:!?]?$/u.exec(inner) : null;
    if (mismatched) spans.push({ open, close: open + 2 + mismatched[1].length, inner: mismatched[1], closed: true });
    // A straight mark closes nothing after it; a curly opening must not be followed by its own closing mark.
    else if (inner.length > 0 && !/[”"’]$/.test(innerText)) spans.push({ open, close: paragraph.length, inner, closed: false });
  }
  cached = { paragraph, spans };
  return spans;
}
