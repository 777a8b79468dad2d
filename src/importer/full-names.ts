// A body's name as the text gives it in full: "the Senate said" in a text about the United States that names the "US
// Senate", "UCU said" in one that names the "University and College Union". The readers name a body as the sentence
// citing it does; this gives each such short name the one longer name the text has for it, so that one body is one
// source and one actor, under its full name. A person's name has its own (resolve-speakers' fullerName), a country's
// and an outlet's are left as they are.
import { countryNamed, MONTHS, ORG_BY_ALIAS, ORGANISATIONS, OUTLETS, WEEKDAYS } from './lexicon';
import { allMatches } from './matches';
import { INSTITUTION_WORD } from './citations';
import { esc } from './mentions';

/** Words of a state body's name, which a country before it owns ("China's Foreign Ministry", "Sri Lanka's Parliament"). */
const STATE_BODY =
  /\b(?:Ministry|Ministries|Department|Office|Parliament|Police|Army|Navy|Air Force|Coast Guard|Government|Embassy|Agency|Commission|Council|Senate|Congress|Court|Bureau|Administration|Authority|Service|Forces|Cabinet|Presidency)\b/u;

/** A capitalised word of a name ("Tokyo", "China's", "U.S.", "D.C."). */
const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’&-]*\\.?(?:\\p{Lu}\\.)*)";
/** Small words inside a name ("Food and Agriculture Organization", "Department of Health"). */
const LINK = '(?:of|for|and|on|de|du|des|&)';
/**
 * Up to three capitalised words right before a name on its line, a linking word between them ("D.C. Fire and"), in
 * group 1; group 2 the name (compiled once per name).
 */
export function ownerBeforePattern(name: string): RegExp {
  let re = OWNER_BEFORE.get(name);
  if (re) return re;
  if (OWNER_BEFORE.size > 1000) OWNER_BEFORE.clear();
  re = new RegExp(
    `(?<![\\p{L}\\p{M}.'’&-])(${CAP_WORD}(?:[ \\t]+(?:${LINK}[ \\t]+)?${CAP_WORD}){0,2}(?:[ \\t]+${LINK})?)[ \\t]+(${esc(name)})(?![\\p{L}\\p{M}'’-])`,
    'gu',
  );
  OWNER_BEFORE.set(name, re);
  return re;
}
const OWNER_BEFORE = new Map<string, RegExp>();

/** A capitalised phrase of two to eight words, small linking words inside it: where an acronym's full name is looked for. */
export const CAPITALISED_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{M}.'’&-])${CAP_WORD}(?:[ \\t]+(?:(?:${LINK}|the|in)[ \\t]+){0,2}${CAP_WORD}){1,7}(?![\\p{L}\\p{M}'’-])`,
  'gu',
);
/** An acronym: three to six capitals ("UCU", "FCA", "UNEB"; two, "BP", spell too many names by chance). */
const ACRONYM = /^\p{Lu}{3,6}$/u;

/** Words that open a line or a clause and are no part of a name before them ("The", "On", a weekday, a month). */
const NOT_NAME_WORDS = new Set([
  'The',
  'A',
  'An',
  'On',
  'In',
  'At',
  'By',
  'For',
  'From',
  'And',
  'But',
  'Meanwhile',
  'Earlier',
  'Later',
  'Also',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'Both',
  'Then',
  ...WEEKDAYS,
  ...MONTHS,
]);

/** The names the lexicons know, by each of their names: their own canonical form stands. */
const LEXICON_NAMES = new Set([...ORGANISATIONS, ...OUTLETS].flatMap((o) => [o.name, ...o.aliases]));

/**
 * The letters an acronym takes from a name's capitalised words, in order: a word's first capital, a word in capitals
 * all of its letters ("University and College Union" -> "UCU", "BBC World" -> "BBCW"). Not the scorer's capitalsOf
 * (quality.ts), which takes every capital of a word ("France-Presse" -> "FP"): a text's "Board-UNEB" or "McGill" would
 * spell letters no acronym of the name holds.
 */
function initialsOf(name: string): string {
  return name
    .split(/[ \t]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/[^\p{Lu}]/gu, '').slice(0, /^\p{Lu}+$/u.test(w.replace(/[.'’&-]/gu, '')) ? undefined : 1))
    .join('');
}

/**
 * A text's capitalised names outside its title lines by the initials they spell, read once per text (a text may cite
 * hundreds of acronyms): each phrase's tails that open with a capital ("Members of the Ostland Dock Workers Union"
 * gives "Ostland Dock Workers Union" under ODWU, and every other tail under its own), a possessive left off, none
 * running across a sentence's end.
 */
let namesOf: { text: string; byInitials: Map<string, Set<string>> } | null = null;
function namesByInitials(text: string, titleLine: (line: string) => boolean): Map<string, Set<string>> {
  if (namesOf?.text !== text) {
    const byInitials = new Map<string, Set<string>>();
    for (const line of text.split('\n')) {
      if (titleLine(line)) continue;
      for (const m of allMatches(line, CAPITALISED_PHRASE)) {
        const words = m[0]
          .replace(/[-.]+(?:\p{Lu}+)?$/u, '')
          .replace(/['’]s$/u, '')
          .split(/[ \t]+/u);
        for (let i = words.length - 1; i >= 0; i--) {
          if (i < words.length - 1 && SENTENCE_END_WORD.test(words[i])) break;
          if (!/^\p{Lu}/u.test(words[i])) continue;
          const phrase = words.slice(i).join(' ');
          const initials = initialsOf(phrase);
          if (!byInitials.has(initials)) byInitials.set(initials, new Set());
          byInitials.get(initials)!.add(phrase);
        }
      }
    }
    namesOf = { text, byInitials };
  }
  return namesOf.byInitials;
}

/** A word that ends a sentence, not an abbreviation's ("Norway." in "Norway. Port Service crews"; not "U.S."). */
const SENTENCE_END_WORD = /^(?!(?:\p{Lu}\.)+$)(?=[^.]*\p{Ll})[\p{L}\p{M}'’&-]+\.$/u;
/** A word in lower case right before a body's name that makes it another's ("the state Senate", "the city council"). */
const QUALIFIED = /(?:state|provincial|regional|city|county|municipal|local|district|party|student|upper|lower)[ \t]+$/u;

/**
 * The longer name `text` gives the body `name`, or `name` itself. A state body's name ("Senate", "Commerce Ministry")
 * takes the owner the text writes right before it ("the US Senate", "China's Commerce Ministry") when every owner it
 * writes there is one and the same, and is the country the text is about (`home`) or an organisation the lexicon knows
 * ("African Union"): any other capitalised word before a name is as often the sentence's ("Shares of", "Former"), and
 * "Spain's Repsol" is a company of Spain. Not in a round-up (`roundup`), where "the Parliament" may be any country's,
 * nor when a line naming it names another country or a lower-case owner ("the state Senate").
 * An acronym the lexicons do not know takes the name the text defines it by (`acronyms`: "Tokyo Electric Power Company
 * (TEPCO)"); else, of three capitals or more, the one capitalised name of a body in the text
 * whose capitals it is ("UCU": "University and College Union"; not "South Africans" for "SA"), none holding a word of a
 * person's name (`personTokens`) nor running across a sentence's end. A heading-case line (a title, `titleLine`) gives
 * none: its capitals are the style's.
 */
export function fullNameOf(
  name: string,
  text: string,
  home: string | null,
  roundup: boolean,
  personTokens: ReadonlySet<string>,
  titleLine: (line: string) => boolean,
  acronyms: ReadonlyMap<string, string> = new Map(),
): string {
  if (LEXICON_NAMES.has(name) || countryNamed(name)) return name;
  // (an acronym the text defines in brackets: the name it gives it there, parse-explainer's acronymsOf)
  const defined = acronyms.get(name);
  if (defined) return defined;
  if (ACRONYM.test(name)) {
    // (a body's name, not a place's or a people's: "SA" is no "South Africans"; nor one holding a person's name)
    const spelled = [...(namesByInitials(text, titleLine).get(name) ?? [])].filter(
      (phrase) => INSTITUTION_WORD.test(phrase) && !phrase.split(/[ \t]+/u).some((w) => personTokens.has(w)),
    );
    return spelled.length === 1 ? spelled[0] : name;
  }
  if (roundup || !STATE_BODY.test(name)) return name;
  const longer = new Set<string>();
  const re = ownerBeforePattern(name);
  for (const line of text.split('\n')) {
    if (!line.includes(name) || titleLine(line)) continue;
    if (namesAnotherCountry(line, home)) return name;
    for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) if (QUALIFIED.test(line.slice(Math.max(0, at - 20), at))) return name;
    for (const m of allMatches(line, re)) {
      const words = m[1].split(/[ \t]+/u);
      while (words.length > 0 && NOT_NAME_WORDS.has(words[0])) words.shift();
      while (words.length > 0 && /^(?:of|for|and|on|de|du|des|&)$/u.test(words[0])) words.shift();
      if (words.length === 0) continue;
      const owner = words.join(' ').replace(/['’]s$/u, '');
      const owned = countryNamed(owner) ? countryNamed(owner) === home : ORG_BY_ALIAS.has(owner);
      if (!owned) return name;
      longer.add(`${owner} ${name}`);
    }
  }
  return longer.size === 1 ? [...longer][0] : name;
}

/** Whether a line names a country other than `home` (by a capitalised word or two: "Sweden", "New Zealand's"). */
function namesAnotherCountry(line: string, home: string | null): boolean {
  const words = line.match(/\p{Lu}[\p{L}.]*(?:['’]s)?/gu) ?? [];
  return words.some((w, i) =>
    [w, i + 1 < words.length ? `${w} ${words[i + 1]}` : ''].some((n) => {
      const country = n && countryNamed(n.replace(/['’]s$/u, ''));
      return country && country !== home;
    }),
  );
}

/**
 * Each name of a renaming map given the name it ends at ("NC" -> "Navy Command" -> "Norway Navy Command": "NC" ->
 * "Norway Navy Command"), so that one pass of renames leaves no name renamed halfway. A cycle stops where it closes.
 */
export function followedToEnd(to: Map<string, string>): void {
  for (const [name, first] of to) {
    let end = first;
    const seen = new Set([name]);
    while (to.has(end) && !seen.has(end)) {
      seen.add(end);
      end = to.get(end)!;
    }
    to.set(name, end);
  }
}
