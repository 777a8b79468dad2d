// Resolves the speakers quotesOf could not name from the sentence alone, across the sentences of a section:
// pronouns to the nearest compatible person (gender when the text tells it), roles to the person who holds
// that title, a quote standing alone to the sign-off after it, the speaker just before it or the section's
// heading actor. When it cannot tell, the speaker stays null: a wrong speaker is worse than none.
import { ANAPHOR_DESCRIPTION, canonicalOrganisation, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon';
import { esc, givenName, givenNameGender, isTitleWord, knownOrganisation, orgMention, type Mention, type PersonRecord } from './mentions';
import type { QuoteFound } from './extract';
import type { SpeakerStep } from './types';
import { maskQuotes } from './quote-mask';
import {
  INVERTED_BEFORE_NAME,
  INVERTED_VERB,
  isObject,
  NO_PERSON_WORD,
  OUTLET_NAME_WORD,
  OUTLET_WORD,
  PRONOUN_CLOSE,
  SIGN_OFF,
  SIGNED_AFTER,
  withoutTitles,
  type Gender,
} from './speakers';
import { allMatches } from './matches';
import { quoteSpans } from './quote-spans';
import { CREDIT_AFTER_DASH } from './furniture';
import { COMPANY_SHAPED, companyByText, NOT_SOURCE } from './citations';

/** "the Geneva-based ", "the state-run ": the words of an anaphor before its noun. */
export const DESCRIBED_ANAPHOR_LEAD = new RegExp(`^the\\s+${ANAPHOR_DESCRIPTION}`, 'u');

export interface SpeakerUnit {
  section: number;
  paragraph: number;
  order: number;
  sentence: { text: string };
  mentions: Mention[];
}

/** A job word right before a name ("judge " of "judge Ann Lee"), the text ending there (read on a slice as long as the word). */
export function jobBeforePattern(noun: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])${esc(noun)}\\s+$`, 'iu');
}
/** A job in apposition after a name (", the judge", ", a senior judge"; not ", the judge's wife", ", a former attorney general"). */
export function jobAppositionPattern(noun: string): RegExp {
  return new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?${esc(noun)}(?![\\p{L}'’-]|\\s+[Gg]eneral\\b)`, 'u');
}

/** The names the text treats as outlets ("The Associated Press", "Journal"): their prose, nobody's words. */
export const OUTLET_LIKE = /\b(?:Press|Journal|News|Times|Post|Agency)\b|^(?:The\s+)?\p{Lu}[\p{L}]+$/u;
/** Quoted words that name `name` (a full name) other than as their signature after a dash ("… – Michael Stipe"). */
function namedInThirdPerson(words: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  const at = words.indexOf(name);
  return at >= 0 && !/[-–—]\s*$/u.test(words.slice(Math.max(0, at - 3), at));
}
/** A rank before a role ("deputy", "former", "acting"): part of the role, not what it is of. */
export const RANK_BEFORE_ROLE = /^(?:deputy|assistant|associate|former|ex|vice|acting|under|interim)$/iu;
/** A closing quotation mark somewhere before: the words after it follow a quote. */
export const CLOSING_MARK = /[”"]/u;
/** Roles that stand beside the person a story is about, no office of theirs ("the judge", "the prosecutor", "the coach"). */
export const ROLE_BESIDE_PERSON =
  /\b(?:judge|magistrate|prosecutor|lawyer|spokes(?:man|woman|person)|coach|manager|sheriff|commander|captain|chairman|chairwoman|superintendent)\b/u;
/** Right after a subject: a verb of expression ("described", "expressed his grief", "took to Twitter", "paid tribute"). */
const EXPRESSION_WORDS =
  '(?:described|expressed|offered|paid tribute|took to|posted|shared|tweeted|wrote|recalled|remembered|praised|hailed|mourned|lamented|reacted|responded|spoke|said|added|told|urged|warned|welcomed|condemned|congratulated|conceded|acknowledged|thanked|announced|insisted|vowed|pledged|conveyed|reaffirmed|reiterated|echoed|stressed|emphasi[sz]ed|issued (?:an? |the following )(?:(?:[\\p{L}-]+ )?(?:critique|statement|rebuke|message|plea|tribute|response)|warning(?! (?:for|of|to)\\b))|sent (?:his|her|its|their) (?:[\\p{L}-]+ )?(?:condolences|message|wishes|sympathies|greetings|congratulations|regards|thoughts|prayers))';
/**
 * Words that make a verb after a subject passive, another clause's or an adjective: "was praised by", "whom the families
 * praised", "met the fishermen who stressed", "as the boos echoed", "looked stressed".
 */
const PASSIVE_OR_RELATIVE = /\b(?:was|were|been|being|who|whom|whose|which|that|as|while|looked|looks|seemed|seems|appeared|felt)\b/u;
export const EXPRESSION_VERB = new RegExp(`^[^.;]{0,40}?\\b${EXPRESSION_WORDS}\\b`, 'u');
/**
 * Right after a body's name: its verb of expression, or its statement issued ("issued the following statement", "was
 * quick to respond"), with only its short name in brackets or auxiliaries between ("(WADA) was quick to respond"). Not
 * "issued a ban", "released the player", "confirmed the player would miss the final": acts, not words.
 */
export const BODY_EXPRESSION_VERB = new RegExp(
  `^(?:\\s*\\([^()]{1,40}\\))?(?:\\s+(?:has|have|had|also|later|then|swiftly|quickly|on\\s+\\p{Lu}\\p{Ll}+day))*\\s+(?:${EXPRESSION_WORDS}|(?:issued|released|published)\\s+(?:(?:a|an|the|its)\\s+)?(?:following\\s+|short\\s+|brief\\s+|public\\s+|official\\s+|joint\\s+)?(?:statement|note|message|communiqu[ée])|was\\s+quick\\s+to\\s+respond)\\b`,
  'u',
);
/** The words a sentence may open with before its subject ("Furthermore, the", "In a statement on Friday, the"). */
const BODY_SUBJECT_LEAD =
  /^(?:(?:But|And|Furthermore|Meanwhile|However|Separately|Later|Earlier|In a statement[^,]{0,40}|In response[^,]{0,40}),\s*)?(?:the\s+)?$/iu;
/** A public body's or an association's word, no company's ("Institute of Directors", "Russian Olympic Committee"). */
const PUBLIC_BODY_WORD =
  /\b(?:Ministry|Department|Agency|Police|Office|Commission|Council|University|Institute|Foundation|Court|Organi[sz]ation|Association|Society|Service|Authority|Federation|Committee|Union|Fund|Programme|Program|Board|Bureau|Secretariat|Parliament|Assembly|Senate|Congress|Tribunal|Coalition|Alliance|League|Cross|Crescent|Party|Trust|Watch|Cent(?:er|re))\b/u;
/** Between a body and the person it names as their employer: capitalised title words, or a possessive ("NASA Administrator ", "the EU’s "). */
const TITLE_BETWEEN = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** Words before a country that make it part of a longer name ("the embassy in Japan", "President X of Argentina"). */
const AFTER_PREPOSITION = /\b(?:in|of|for|to|from|with|at|northern|southern|eastern|western|neighbou?ring)\s+$/iu;
/** A phrase that sets the scene before a sentence's subject, up to its comma ("In a letter to X, ", "On Monday, "). */
export const SCENE_LEAD =
  /^(?:In|On|At|After|During|Following|Speaking|Writing|Earlier|Later|Meanwhile|Elsewhere|Separately|Yesterday|Today)\b[^,“”"‘]{0,80},\s+/u;
/**
 * Before a sentence's subject: a connective, "the", and up to four capitalised title words ("Chancellor", "Italy’s"), no
 * subordinator or preposition among them ("When X arrived, crowds chanted “…”" is not X's).
 */
export const OPENING_LEAD =
  /^(?:(?:But|And|Meanwhile|However|Separately|Later|Earlier|Instead|Also),?\s+)?(?:(?:the|The)\s+)?(?:(?!(?:When|Whenever|If|Unless|Before|After|Until|Unlike|Like|While|Whilst|Although|Though|As|Because|Since|Once|Whether|With|Without|For|To|From|By|At|In|On|Of|Under|Despite|During|Against|Among|Between|Than)\s)\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Right after a subject: its bracket or its apposition, if any ("(KNU)", ", who leads the talks,"). */
export const SUBJECT_APPOSITION = /^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,]{1,80},)?/u;
/**
 * Right after the subject: a bracket, an apposition or the day at most, auxiliaries, and a word ending in -ed or -s that
 * no verb in -ed follows ("has compared", "slammed", "reassures"; not "X supporters chanted": a plural noun).
 */
export const OPENING_VERB = new RegExp(
  `${SUBJECT_APPOSITION.source}${String.raw`(?:\s+on\s+\p{Lu}\p{Ll}+day(?:\s*,\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s*,)?)?\s+(?:(?:has|have|had|also|later|then|earlier|previously|repeatedly|once|has\s+since|was\s+quick\s+to)\s+)*\p{Ll}+(?:ed|s)\b(?!\s+\p{Ll}+ed\b)`}`,
  'u',
);
/**
 * Between a subject and a quote, words that make the quote no words of the subject's: a passive ("was condemned as",
 * "has been given ... for"), a source cited ("cited “multiple sources”"), a clause of another subject (", and Shaq paid
 * tribute to", "while, at the other end of the continent, X affirms that", "what critics called", ", who chanted", "as
 * the crowd booed", "a petition demanding"), a charge, a nickname, a prize or a show ("faces accusations of",
 * "pleaded guilty to", "earned the nickname", "received a “standing ovation”", "appeared on"), or a bare "is"/"has"
 * before the quote ("is “providing legal support”": a description).
 */
export const NOT_THE_SUBJECTS_WORDS = new RegExp(
  [
    String.raw`\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b`,
    String.raw`\b(?:cited|citing|quoted|quoting|what|who|whom|which|whose|while|whereas)\b`,
    String.raw`\b(?:and|but)\s+\p{Lu}`,
    String.raw`\bas\s+(?:the|a|an|his|her|their|its)\s+\p{Ll}+\s+\p{Ll}+ed\b`,
    String.raw`\b(?:a|an|the|its|their|his|her)\s+\p{Ll}+\s+\p{Ll}+ing\s*$`,
    String.raw`\b(?:(?:accusations?|allegations?|charges?|convicted|suspected)\s+of|charged\s+with|guilty\s+(?:of|to)|nicknamed?|known\s+as|titled|entitled|received|receives|earned|earns|won|wins|faces|faced|appeared|appears|starred|stars)\b`,
    String.raw`^\s+(?:is|was|has|have|had|are|were)\s*$`,
  ].join('|'),
  'u',
);
/** A quote of title words ("The Hunchback of Notre-Dame", "Studio 60 on the Sunset Strip"): a work's name, nobody's words. */
export const TITLE_WORDS = /^(?:\p{Lu}[\p{L}'’-]*|\d+)(?:\s+(?:(?:of|on|the|and|in|a|an|to|for|with|from|by|at|is|are)\s+)*(?:\p{Lu}[\p{L}'’-]*|\d+))+$/u;
export const SPOKEN = /\b(?:said|says|told|added|wrote|tweeted|posted|stated|remarked|declared|according to|saying|statement)\b/i;

/**
 * The person a line of its own names as a name line does (a signature under a quote, an entry's name over one): no
 * sentence end and no speech, a hundred characters at most, the person first after the words `before` allows, and no
 * "X's ..." ("Shane Warne's 50 best wickets": a title about the person).
 */
function personOfLine(unit: SpeakerUnit, before: RegExp): Mention | null {
  const text = unit.sentence.text;
  const line = text.trim();
  if (line.length > 100 || /[.!?:,;"”’]$/.test(line) || SPOKEN.test(line)) return null;
  const person = unit.mentions.find((x) => x.kind === 'PERSON');
  if (!person || !before.test(text.slice(0, person.start).trimStart())) return null;
  return /^['’]s\b/u.test(text.slice(person.end)) ? null : person;
}

/** After a name, a finite verb and what it governs: the name opens a sentence ("even offered a", "also has a", "went for"). */
const CUT_OFF_PREDICATE =
  /^\s+(?:(?:also|even|then|later|still|has|had|have|is|was|were|are|went|did|does|will|would|could|can|may|might|must|should)\b|\p{Ll}+ed\s+(?!(?:in|on|at|by|from|with|for|to|during|after|before|outside)\b)\p{Ll})/u;
/** The words a name line allows before its person: a few words of title or job, a dash ("— NDP Leader Ann Velden"). */
const NAME_LINE_LEAD = /^(?:(?:[\p{L}'’.-]+|[–—])\s+){0,5}$/u;
/**
 * A colon, then a quotation mark the line does not close: a name line that leads into the quote it opens, no quote's
 * sign-off above it (not a title quoted after a colon: "Ann Velden, author of Harbours: "The Ostland Story"").
 */
const OPENS_OWN_QUOTE = /:\s*[“"‘][^”"’]*$/u;

/** The words for a company by its trade ("the airline said", "the retailer said"): the one company named fits. */
export const COMPANY_NOUN = /^(?:company|firm|airline|carrier|retailer|carmaker|automaker)$/;

/** A country's name and its possessive opening a body's name ("Saudi Arabia’s foreign ministry"). */
export const COUNTRY_POSSESSIVE = /^(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}['’]s\s/u;

/** A body named with its country, by a possessive or a demonym ("Saudi Arabia’s foreign ministry", "the Brazilian government"). */
function namedByCountry(text: string): boolean {
  if (COUNTRY_POSSESSIVE.test(text)) return true;
  const words = text.replace(/^the\s+/i, '').split(/\s+/);
  return [words.slice(0, 2).join(' '), words[0]].some((w) => /^\p{Lu}/u.test(w) && (COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w)));
}

/** "a spokesperson for the ministry said": an unnamed spokesperson's words are the body's (group 1: the body's words). */
export const SPOKESPERSON_FOR =
  /^[\s,.”"’]*(?:an?|the)\s+(?:[\p{L}-]+\s+)?spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,6}?)\s+(?:(?:later|also|then)\s+)?(?:said|says|added|told|wrote|stated)\b/u;

/** Before the quote: "A spokesperson for PandaFest said:" (group 1: the body's words). */
export const SPOKESPERSON_FOR_BEFORE =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+)?spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,6}?)\s+(?:(?:later|also|then)\s+)?(?:said|says|added|told|wrote|stated)\b[^“”"]{0,40}$/u;

/** A mark that opens quoted words: not a single one before a lone "n", which stands for "and" (Rock ‘n Play). */
const QUOTE_OPENING = '(?:[“"]|‘(?!n[’\\s]))';
/** One character inside quoted words: no quote mark, but an apostrophe inside a word ("hadn’t"), a plural's possessive before a word ("the authorities’ use") or the marks of "rock ‘n’ roll" are none. */
const QUOTED_CHAR = String.raw`(?:[^“”"‘’]|(?<=\p{L})’(?=\p{L})|(?<=\p{L}s)’(?=\s+\p{Ll})|(?<=\s)‘n’?(?=\s))`;
/** Quoted spans of a sentence (an unclosed mark runs to the next mark): a name inside one is spoken, not speaking. */
export const QUOTED_SPAN = new RegExp(`${QUOTE_OPENING}${QUOTED_CHAR}*[”"’]?`, 'gu');
/** Quoted words closed by their mark or by the end of the sentence (what is left is the sentence's own prose). */
export const QUOTED_TO_CLOSE = new RegExp(`${QUOTE_OPENING}${QUOTED_CHAR}*(?:[”"’]|$)`, 'gu');

function quoted(sentence: string, m: Mention): boolean {
  for (const q of allMatches(sentence, QUOTED_SPAN)) if (m.start >= q.index! && m.end <= q.index! + q[0].length) return true;
  return false;
}

export class SpeakerResolver {
  private readonly gender = new Map<string, Gender>();
  /** The person who last spoke (a quote's speaker or a speech verb's subject), per section, with the unit's order. */
  /** `signed`: named by a signature after a dash ("“…” — Elton John"), which covers its own paragraph only. */
  private lastSpeaker: { section: number; order: number; paragraph: number; mention: Mention; signed?: boolean } | null = null;
  /** Whether the run of quoted paragraphs that starts at a unit stands under a name line (headedByNameLine), by that unit. */
  private readonly headedRuns = new Map<number, boolean>();
  /** The people named as subjects (not objects) in the section so far, the nearest first, each with its unit's order. */
  private subjects: { section: number; list: { mention: Mention; order: number }[] } = { section: -1, list: [] };
  /** Bodies and organisations named so far in the section, the nearest first; and the body a spokesperson last spoke for. */
  private bodies: { section: number; list: Mention[]; spokenFor: Mention | null } = { section: -1, list: [], spokenFor: null };
  /** The order of the unit that last named each body of the section as a subject (by name). */
  private bodyOrder = new Map<string, number>();
  /** The quote read last, with the speaker it was given (null when none). */
  private lastQuote: { section: number; order: number; speaker: Mention | null } | null = null;
  /** The one person the sentence read last named as a subject (null when none or several). */
  private lastSubject: { order: number; paragraph: number; mention: Mention } | null = null;
  /** Who last spoke "in a statement" ("X said in a statement", "X, in a statement, said"), with the unit's order. */
  private statement: { section: number; order: number; mention: Mention } | null = null;

  constructor(
    private readonly people: Map<string, PersonRecord>,
    private readonly units: SpeakerUnit[],
    private readonly headingActor: (Mention | null)[],
    private readonly signOff: (section: number) => Mention | null,
    /** The one person a section's heading names, even a question ("Is president X running again?"). */
    private readonly headingPerson: (Mention | null)[] = [],
    /** The person a section's heading is the name line of ("Presiding Bishop Ann Velden"; not "Tributes for Ann Velden"). */
    private readonly headingNameLine: (Mention | null)[] = [],
    /** The person a section's heading opens an entry with: the name alone or before a colon ("Ann Velden: Promises broken …"). */
    private readonly headingEntry: (Mention | null)[] = [],
  ) {
    for (const u of units) this.readGender(u);
    for (const u of units) for (const name of deadIn(u)) this.dead.add(this.canonical(name).name);
  }

  /** People the text says have died ("X, who has died", "X's passing", "tributes to X"): they speak no inferred quote. */
  private readonly dead = new Set<string>();

  /** The people the sentences read so far have named. */
  private readonly named = new Set<string>();
  /** The people the last sentence's opening named subject reported on, set aside for the next sentence's "he" or "she". */
  private reportedBy: { order: number; paragraph: number; names: ReadonlySet<string> } | null = null;

  /** The step that named (or failed to name) the speaker of the quote resolved last. */
  lastStep: SpeakerStep = 'none';

  resolve(u: SpeakerUnit, q: QuoteFound): Mention | null {
    const s = u.sentence.text;
    const actor = this.headingActor[u.section];
    let speaker: Mention | null = null;
    let step: SpeakerStep = 'none';
    // (matched once, in the conditions below, and used in their branches)
    let spokesBefore: RegExpMatchArray | null;
    let bodySpokes: Mention | null;
    if (q.speaker) {
      step = 'sentence';
      // A state body speaks when the text names it with capitals ("the US Department of State said") or with its
      // country ("Saudi Arabia's foreign ministry said"); "the foreign ministry" in lower case names no body one can
      // spell for sure.
      const written = q.speaker.text.trim();
      speaker = q.speaker.kind === 'BODY' && !/\p{Lu}[\p{L}]*$/u.test(written) && !namedByCountry(written) ? null : this.canonical(q.speaker);
      // An outlet's name read as a speaker: its own prose, not someone's words.
      if (speaker && outletProse(speaker, q.speaker, s)) speaker = null;
    } else if (q.pronoun) {
      step = 'pronoun';
      const aside = this.reportedBy;
      speaker = this.byPronoun(u, q, aside && aside.order === u.order - 1 && aside.paragraph === u.paragraph ? aside.names : undefined);
    } else if (q.role && /^spokes/.test(q.role)) {
      // "the spokesperson added": the body the spokesperson spoke for before, in this section; else the spokesperson
      // the text named ("Kremlin spokesman Dmitry Peskov ... according to the spokesman").
      step = 'spokesperson';
      // ("Velmark League rejected the offer. “…,” the spokesperson told AFP": else the one body named just before, as
      // "it said" would be.)
      speaker = (this.bodies.section === u.section ? this.bodies.spokenFor : null) ?? this.byRole(u, q.role) ?? this.byAnaphor(u, 'spokesperson');
    } else if (q.anaphor) {
      step = 'anaphor';
      speaker = this.byAnaphor(u, q.anaphor);
    } else if (q.role) {
      step = 'role';
      speaker = this.byRole(u, q.role);
    } else if (SPOKESPERSON_FOR.test(s.slice(s.indexOf(q.text) + q.text.length))) {
      step = 'spokesperson';
      speaker = this.spokenFor(u, s.slice(s.indexOf(q.text) + q.text.length));
    } else if (
      (spokesBefore = s
        .slice(0, s.indexOf(q.text))
        .replace(/[“"‘']\s*$/u, '')
        .match(SPOKESPERSON_FOR_BEFORE))
    ) {
      // "A spokesperson for PandaFest said: “…”": the body named, or the nearest one of that name.
      step = 'spokesperson';
      const m = spokesBefore;
      speaker = this.bodyNamed(u, m[1], m.index! + m[0].indexOf(m[1], m[0].search(/\b(?:for|of)\s/u)));
      if (speaker) this.bodies.spokenFor = speaker;
    } else if ((bodySpokes = bodySpokesperson(u, s.indexOf(q.text) + q.text.length) ?? bodySpokespersonBefore(u, s.indexOf(q.text)))) {
      // "“…,” a Facebook spokeswoman said", "A Home Office spokesman said: “…”": the body the spokesperson speaks for.
      step = 'spokesperson';
      speaker = bodySpokes;
      this.bodies.spokenFor = speaker;
    } else if (
      /^\W*$/.test(s.slice(0, s.indexOf(q.text))) &&
      !SPOKEN.test(s.replace(QUOTED_TO_CLOSE, '')) &&
      // "“…” — someone the lexicons cannot read": signed by another, whoever spoke before.
      !SIGNED_AFTER.test(s.slice(s.indexOf(q.text) + q.text.length))
    ) {
      // A quote standing alone (its sentence opens with it and names no speech): the sign-off after it, the speaker of
      // the sentence right before in the same paragraph, the heading's actor (unless the sentence names someone else
      // outside the quoted words), or whoever spoke just before.
      const steps: [SpeakerStep, () => Mention | null][] = [
        // (a quote that runs on from a paragraph a named speaker left open is signed by no undashed name line with words
        // under it: that line heads the next speaker's, "“…. / “…” / Tomas Reyk, President of Peru / Reyk said: “…”")
        ['sign-off', () => this.signOffAfter(u, !!this.openRun(u))],
        ['same-paragraph', () => this.sameParagraphRun(u)],
        ['colon-intro', () => this.colonIntro(u)],
        ['lead-in', () => this.leadIn(u)],
        ['lead-in', () => this.pronounLeadIn(u)],
        ['lead-in', () => this.bodyLeadIn(u)],
        ['open-run', () => this.openRun(u)],
        // Under a body's heading ("United Nations"), a person of it who spoke just before speaks on.
        ['continued', () => (actor && actor.kind !== 'PERSON' ? this.continued(u) : null)],
        ['name-line-above', () => this.nameLineAbove(u)],
        [
          'heading-actor',
          () =>
            actor &&
            !namesAnother(
              u.mentions.filter((m) => !quoted(s, m)),
              actor,
            ) &&
            !this.anotherSpokeAbove(u, actor)
              ? actor
              : null,
        ],
        ['continued', () => this.continued(u)],
      ];
      step = 'standing-alone';
      for (const [name, find] of steps) {
        speaker = find();
        if (speaker) {
          step = name;
          break;
        }
      }
    }
    // (no cue the steps above read: the subject the sentence opens with, when it acts on the quoted words)
    if (!speaker && step === 'none') {
      speaker = this.openingSubject(u, q);
      if (speaker) step = 'subject';
    }
    if (!speaker && step === 'none') {
      speaker = this.loneWordAfter(u, q);
      if (speaker) step = 'lone-word';
    }
    // The person whose death the text reports speaks no quote the text does not give them in so many words (their
    // heading, a pronoun or a run of quotes belongs to those paying tribute).
    if (speaker && step !== 'sentence' && speaker.kind === 'PERSON' && this.dead.has(speaker.name)) speaker = null;
    // "Armstrong insisted he never failed a test. “The UCI has tested Lance Armstrong 218 times.”": words that name a
    // person in full, in the third person, are not that person's own, unless the sentence says so (or a round-up
    // heading does: an office writes of its principal so, "His Holiness Pope Francis offers his condolences").
    if (speaker && step !== 'sentence' && step !== 'heading-actor' && speaker.kind === 'PERSON' && namedInThirdPerson(q.text, speaker.name)) speaker = null;
    // Whoever spoke, a person or a body: a quote standing alone right after continues them, but only right after
    // their own quote (a quote left without a speaker in between breaks the run).
    if (speaker) {
      const signed = step === 'sentence' && SIGNED_AFTER.test(s.slice(s.indexOf(q.text) + q.text.length));
      this.lastSpeaker = { section: u.section, order: u.order, paragraph: u.paragraph, mention: speaker, signed };
    }
    this.lastQuote = { section: u.section, order: u.order, speaker };
    this.lastStep = step;
    return speaker;
  }

  /**
   * Whether the paragraph right above, in the same section, ends on a quote its sentence gives to a named person who is
   * not the heading's actor ("“…” Ethan Nadelmann, executive director of X, said in a statement." under "Australian
   * Prime Minister Tony Abbott"): a quote standing alone after it is not surely the actor's.
   */
  private anotherSpokeAbove(u: SpeakerUnit, actor: Mention): boolean {
    const last = this.lastSpeaker;
    return (
      last !== null &&
      this.lastStep !== 'heading-actor' &&
      this.lastQuote?.speaker?.name === last.mention.name &&
      this.lastQuote.section === u.section &&
      last.section === u.section &&
      last.paragraph === u.paragraph - 1 &&
      last.mention.kind === 'PERSON' &&
      last.mention.name !== actor.name
    );
  }

  /**
   * A quote inside a sentence no speech verb attributes, whose subject opens the sentence and acts on the quoted words
   * ("Boris Johnson has compared this jump to ‘…’", "The KNU criticised the junta for “…”", "Sarkozy rejected the
   * charges, denouncing “…”"): the subject, when no other person or body stands between it and the quote, its verb
   * follows it (after an apposition, a bracket or the day at most), no stop does, and nothing makes the words another's
   * (NOT_THE_SUBJECTS_WORDS, a work's title). On dev at the end of 2026-12-07's midday stop, with the review's
   * exclusions: 7 of the 387 wrong speakers are this step's (`docs/importing.md`, "2026-12-07, midday").
   */
  private openingSubject(u: SpeakerUnit, q: QuoteFound): Mention | null {
    const s = u.sentence.text;
    const at = s.indexOf(q.text);
    const open = s.slice(0, at).search(/[“"‘']\s*$/u);
    const quoteAt = open >= 0 ? open : at;
    // (a phrase that sets the scene may open the sentence: "In a letter of condolence to Bush, Chancellor X paid tribute to")
    const scene = s.match(SCENE_LEAD)?.[0].length ?? 0;
    const before = u.mentions.filter((m) => m.start >= scene && m.end <= quoteAt && !quoted(s, m));
    if (before.length === 0) return null;
    const first = before[0];
    if (first.kind !== 'PERSON' && first.kind !== 'BODY' && first.kind !== 'ORG') return null;
    if (!OPENING_LEAD.test(s.slice(scene, first.start))) return null;
    if (before.some((m) => m !== first && (m.kind === 'PERSON' || m.kind === 'BODY' || m.kind === 'ORG') && m.start >= first.end)) return null;
    const between = s.slice(first.end, quoteAt);
    if (!OPENING_VERB.test(between) || /[.!?;:]/u.test(between.replace(/\b(?:\p{L}\.)+/gu, ''))) return null;
    // (an apposition is the subject's own: "X, who leads the talks, challenged the board to publish ‘…’")
    const predicate = between.slice(between.match(SUBJECT_APPOSITION)![0].length);
    if (NOT_THE_SUBJECTS_WORDS.test(predicate) || TITLE_WORDS.test(q.text)) return null;
    return first.kind === 'PERSON' ? this.canonical(first) : first;
  }

  /**
   * "“…,” Eskom said.", "“…,” said Roscosmos in a statement.", "“…,” Natanyahu said.": one capitalised word that no
   * lexicon reads, right after the quote's closing mark as the subject of a verb of speech: the one person the text
   * names with that word, else the one a given name right before the word names elsewhere, else the one whose surname
   * is one letter from it (a misspelt surname), else a company by its shape or by what the text says of it; a surname
   * alone stays no one's (a reader may know it in full from elsewhere: "Trump posted" is Donald Trump's). On dev at the
   * end of 2026-12-07's afternoon stop: 10 right, none wrong (`docs/importing.md`, "2026-12-07, afternoon").
   */
  private loneWordAfter(u: SpeakerUnit, q: QuoteFound): Mention | null {
    const s = u.sentence.text;
    const close = s.indexOf(q.text) + q.text.length;
    const m = s.slice(close).match(LONE_WORD_AFTER) ?? s.slice(close).match(LONE_WORD_INVERTED);
    if (!m) return null;
    const word = m[1];
    const start = close + m.index! + m[0].lastIndexOf(word);
    if (NOT_A_LONE_SPEAKER.has(word) || isTitleWord(word) || COUNTRY_BY_DEMONYM.has(word) || COUNTRY_BY_NAME.has(word)) return null;
    if (u.mentions.some((x) => x.start < start + word.length && x.end > start)) return null;
    // (a capital inside the word: a company's shape, "VelTel"; "DeLauro", "McCarthy" are the finder's to read)
    if (/\p{Lu}/u.test(word.slice(1)) && !COMPANY_SHAPED.test(word)) return null;
    const found = this.loneWords.get(word) ?? this.loneWordNamed(word);
    this.loneWords.set(word, found);
    return found && { ...found, start, end: start + word.length, text: word };
  }

  /** What each lone word names in this text, read once per word (a text may hold hundreds of quotes). */
  private readonly loneWords = new Map<string, Mention | null>();

  private loneWordNamed(word: string): Mention | null {
    const key = word.replace(/['’]/gu, "'");
    const person = (p: PersonRecord): Mention => ({ kind: 'PERSON', start: 0, end: 0, text: word, name: p.name, country: p.country, title: p.title });
    // (each name's words, its apostrophes made one, split once)
    const records = [...new Set(this.people.values())].map((p) => ({ p, words: p.name.split(/\s+/).map((w) => w.replace(/['’]/gu, "'")) }));
    // The word as a word of a name the text gives; else (below) a surname one letter from it after its first (not its
    // plural, "Veldens"; "Carlsen" is not "Karlsen"), when no other name has the word as it stands.
    const exact = records.filter((r) => r.words.includes(key));
    if (exact.length === 1) return person(exact[0].p);
    if (exact.length > 1) return null;
    // ("The Mia Mottley led Barbados Labour Party swept …", then "“…,” Mottley stated": a given name right before the
    // word elsewhere, not a country's name, "In Chad Velmark employs")
    const full = new Set(
      this.units.flatMap((x) =>
        allMatches(x.sentence.text, givenNameBeforePattern(word))
          .filter((f) => givenName(f[1]) && !isTitleWord(f[1]) && !COUNTRY_BY_NAME.has(f[1]) && !COUNTRY_BY_DEMONYM.has(f[1]))
          .map((f) => `${f[1]} ${word}`),
      ),
    );
    if (full.size === 1) return { kind: 'PERSON', start: 0, end: 0, text: word, name: [...full][0], country: null, title: null };
    if (full.size > 1) return null;
    const near = records.filter(({ words }) => {
      const surname = words.at(-1)!;
      return words.length > 1 && surname.length >= 5 && key.length >= 5 && key[0] === surname[0] && key !== `${surname}s` && oneEditApart(surname, key);
    });
    if (near.length === 1) return person(near[0].p);
    if (near.length > 1) return null;
    this.text ??= this.units.map((x) => x.sentence.text).join('\n');
    return COMPANY_SHAPED.test(word) || companyByText(word, this.text) ? orgMention(word) : null;
  }

  /** The text's sentences, joined once when a lone word asks what the text says of it. */
  private text: string | null = null;

  /** Called once a sentence is read: its subjects are the candidates for the next pronouns. */
  /**
   * Organisations the citations read where no mention did ("Adidas said", "Shares in Laird"; "the company said" read
   * back to the one company named): "it said" and "the company said" after them may be their words.
   */
  noteSources(u: SpeakerUnit, names: string[]): void {
    if (this.bodies.section !== u.section) this.bodies = { section: u.section, list: [], spokenFor: null };
    for (const name of names) {
      if (!this.bodies.list.some((m) => m.name === name)) this.bodies.list.unshift(orgMention(name));
      this.bodyOrder.set(name, u.order);
    }
  }

  after(u: SpeakerUnit): void {
    const s = u.sentence.text;
    for (const m of u.mentions) if (m.kind === 'PERSON') this.named.add(this.canonical(m).name);
    // "He also hinted there would be rewards for the players and coach Ben Ryan.": a sentence whose subject is "he" or
    // "she" goes on about the person the pronoun stands for; the people it names after the pronoun are in what was
    // said or done, no subjects a later "he said" could stand for.
    // (whom the pronoun stands for: no one the sentence names after it, "He said Lai deserved it" is not Lai)
    const masked = maskQuotes(s);
    const opening = leadingPronoun(masked);
    const reported = (m: Mention) => this.reportedAfter(masked, opening, m);
    const after = opening ? new Set(u.mentions.filter(reported).map((m) => this.canonical(m).name)) : undefined;
    const held = opening ? this.byPronoun(u, { text: '', speaker: null, pronoun: true, gender: opening.gender, source: null }, after) : null;
    const subjects = u.mentions.filter(
      (m) => m.kind === 'PERSON' && !isObject(s, m) && !quoted(s, m) && !attributive(s, m) && !credited(s, m) && !(held && reported(m)),
    );
    // ("Tomas Reyk said Halvor Brandt had “done everything possible”. “…,” he added.": the people a named subject's
    // reported words name are no candidates for the "he" of the very next sentence of the paragraph; farther on, or
    // after a paragraph's break, either may be meant)
    const named = leadingName(
      u,
      masked,
      (m) => this.canonical(m),
      (n) => this.gender.get(n),
    );
    const aside = named ? u.mentions.filter((m) => this.reportedAfter(masked, named, m)).map((m) => this.canonical(m).name) : [];
    this.reportedBy = aside.length > 0 ? { order: u.order, paragraph: u.paragraph, names: new Set(aside) } : null;
    if (this.subjects.section !== u.section) this.subjects = { section: u.section, list: [] };
    if (held) this.subjects.list.unshift({ mention: held, order: u.order });
    for (const m of subjects) this.subjects.list.unshift({ mention: this.canonical(m), order: u.order });
    if (this.bodies.section !== u.section) this.bodies = { section: u.section, list: [], spokenFor: null };
    for (const m of u.mentions)
      if ((m.kind === 'BODY' || m.kind === 'ORG') && !quoted(s, m)) {
        this.bodies.list.unshift(m);
        // "it said" refers back to a body that acted, not to one only named after a preposition ("a filing with X").
        if (!isObject(s, m)) this.bodyOrder.set(m.name, u.order);
        this.statementBy(u, m);
      }
    for (const m of subjects) this.statementBy(u, m);
    // The one person a sentence names as its subject: "X expressed solidarity with ... . "..."" goes on speaking.
    const people = new Set(subjects.map((m) => this.canonical(m).name));
    this.lastSubject = people.size === 1 ? { order: u.order, paragraph: u.paragraph, mention: this.canonical(subjects[0]) } : null;
    // (a long apposition may stand between the name and its verb: "X, deputy general secretary of the union, said")
    // ("“Congratulations,” wrote X of the party.": a name after an inverted speech verb speaks, though the words
    // before are too few to be a quote)
    const invertedAfterMark = (m: Mention) => {
      const close = Math.max(s.lastIndexOf('\u201D', m.start), s.lastIndexOf('"', m.start));
      const gap = s.slice(close + 1, m.start);
      return close >= 0 && INVERTED_VERB.test(gap) && INVERTED_BEFORE_NAME.test(gap);
    };
    // A speech verb right after the mention (its apposition between), outside quoted words.
    const speaksAfter = (m: Mention) => SPOKEN.test(s.slice(m.end, m.end + 60)) || SPEAKS_AFTER.test(masked.slice(m.end, m.end + 200));
    const speaking = subjects.find((m) => speaksAfter(m) || invertedAfterMark(m));
    // A state body named with capitals as the one speaking subject ("Velden’s Foreign Ministry said …"): its quote
    // standing alone after goes on in its name, as a person's does.
    const bodySpeaking = speaking
      ? undefined
      : u.mentions.filter((m) => m.kind === 'BODY' && /^(?:the\s+)?\p{Lu}/u.test(m.text) && !quoted(s, m) && !isObject(s, m) && speaksAfter(m));
    // (a person the sentence's quote was given to, named after its closing mark, another of its subjects than the first
    // that speaks, goes on speaking: "“…,” Cal Fire spokesman X said. “…”" is X's, not a name read before him; not "Ann
    // Velden said that X had called it “…”", where X's words are reported)
    const here = this.lastSpeaker?.section === u.section && this.lastSpeaker.order === u.order ? this.lastSpeaker.mention : null;
    const keepsSpeaking =
      here?.kind === 'PERSON' && subjects.some((m) => m !== speaking && samePerson(this.canonical(m), here) && CLOSING_MARK.test(s.slice(0, m.start)));
    const next = keepsSpeaking
      ? null
      : speaking
        ? this.canonical(speaking)
        : bodySpeaking && bodySpeaking.length === 1 && subjects.length === 0
          ? bodySpeaking[0]
          : this.pronounSpeaking(u);
    if (next) this.lastSpeaker = { section: u.section, order: u.order, paragraph: u.paragraph, mention: next };
  }

  /** "He said the community must not be blamed." then a quote standing alone: the person the sentence's pronoun stands for. */
  private pronounSpeaking(u: SpeakerUnit): Mention | null {
    const pronoun = maskQuotes(u.sentence.text).match(PRONOUN_SPEAKS);
    const person = pronoun ? this.byPronoun(u, { text: '', speaker: null, pronoun: true, gender: /^she$/i.test(pronoun[1]) ? 'f' : 'm', source: null }) : null;
    // ("He added that President X was battling ...": a person named after the pronoun is what he said, not him)
    const namedAfter = person !== null && u.mentions.some((m) => m.kind === 'PERSON' && m.start > pronoun!.index! && samePerson(this.canonical(m), person));
    return person && !namedAfter ? person : null;
  }

  /**
   * Whether `m` is named in what a sentence's opening "he" or "she" said ("He said Lai deserved it"): after the pronoun,
   * a person it could stand for ("He said his deputy Ana Reyk would lead" keeps her for "she"), with no speech verb of
   * their own ("He expressed his condolences, his spokesman X told Interfax"). `masked`: the sentence, quotes masked.
   */
  private reportedAfter(masked: string, opening: { end: number; gender: Gender; until?: number } | null, m: Mention): boolean {
    return (
      opening !== null &&
      m.kind === 'PERSON' &&
      m.start >= opening.end &&
      m.start < (opening.until ?? masked.length) &&
      this.compatible(this.canonical(m), opening.gender) &&
      !SPEAKS_AFTER.test(masked.slice(m.end, m.end + 200))
    );
  }

  /** The body "a spokesperson for X" speaks for: X named right there, or the nearest body named so whose name ends with X ("the ministry"). */
  private spokenFor(u: SpeakerUnit, after: string): Mention | null {
    const words = after.match(SPOKESPERSON_FOR)![1].toLowerCase();
    const at = u.sentence.text.length - after.length + after.toLowerCase().indexOf(words);
    const named = u.mentions.find((m) => (m.kind === 'BODY' || m.kind === 'ORG') && m.start <= at && m.end > at);
    const body = named ?? this.nearBodyEnding(u, words);
    if (body) this.bodies.spokenFor = body;
    return body;
  }

  /** The nearest body of the section whose name (or text) ends with `lower` (lower case), else null. */
  private nearBodyEnding(u: SpeakerUnit, lower: string): Mention | null {
    const near = this.bodies.section === u.section ? this.bodies.list : [];
    return near.find((m) => m.name.toLowerCase().endsWith(lower) || m.text.toLowerCase().endsWith(lower)) ?? null;
  }

  /** The body named at `at` in the sentence, or the nearest body of the section whose name ends with `words`. */
  private bodyNamed(u: SpeakerUnit, words: string, at: number): Mention | null {
    const covering = u.mentions.find((m) => m.start <= at && m.end > at);
    if (covering) return covering.kind === 'BODY' || covering.kind === 'ORG' ? covering : null;
    const found = this.nearBodyEnding(u, words.toLowerCase());
    if (found) return found;
    // "a spokesperson for PandaFest": a capitalised name no lexicon knows is the body's, unless it is a person's.
    const name = words.replace(/^the\s+/iu, '');
    if (/^\p{Lu}/u.test(name) && ![...this.people.keys()].some((p) => p.split(/\s+/).some((w) => name.split(/\s+/).includes(w))))
      return orgMention(name, at, at + name.length);
    return null;
  }

  private canonical(m: Mention): Mention {
    if (m.kind !== 'PERSON') return m;
    const known = this.people.get(m.name);
    if (known) return { ...m, name: known.name, title: known.title, country: known.country };
    // "US President Joe Biden" is Joe Biden when the text names him so elsewhere.
    const bare = withoutTitles(m.name);
    const record = this.people.get(bare) ?? [...this.people.values()].find((p) => m.name.endsWith(` ${p.name}`));
    if (record) return { ...m, name: record.name, title: record.title, country: record.country };
    // "Faki Mahamat", "Mohamed Azmin": part of the one fuller name the text gives ("Moussa Faki Mahamat").
    const fuller = fullerName(bare, this.people.values());
    if (fuller) return { ...m, name: fuller.name, title: fuller.title, country: fuller.country };
    return bare !== m.name && bare.includes(' ') ? { ...m, name: bare } : m;
  }

  private compatible(m: Mention, g?: Gender): boolean {
    if (m.kind !== 'PERSON') return false;
    // What the text tells ("Mrs", "she said"), else what the first name tells.
    const known = this.gender.get(m.name) ?? givenNameGender(m.name);
    return !g || !known || known === g;
  }

  /**
   * "he said": the nearest compatible person, only when nothing else could be meant. A subject named in an earlier
   * sentence counts only when no other person as a subject, no unnamed official ("the minister said") and no organisation
   * taken for a person stands between it and the pronoun; otherwise the speaker stays null (a wrong speaker is
   * worse than none).
   */
  private byPronoun(u: SpeakerUnit, q: QuoteFound, not: ReadonlySet<string> = new Set()): Mention | null {
    const s = u.sentence.text;
    // A person named before the pronoun in the same sentence, as a subject.
    const quoteAt = s.indexOf(q.text);
    const inSentence = u.mentions
      .filter((m) => m.kind === 'PERSON' && m.end <= quoteAt && !isObject(s, m) && !quoted(s, m))
      .map((m) => this.canonical(m))
      .filter((m) => this.compatible(m, q.gender));
    if (inSentence.length > 0) {
      const nearest = inSentence[inSentence.length - 1];
      return inSentence.every((m) => samePerson(m, nearest)) && personShaped(nearest) ? nearest : null;
    }
    const inSection = (o: number) => this.units[o]?.section === u.section;
    const subjects =
      this.subjects.section === u.section
        ? this.subjects.list.filter((x) => this.compatible(x.mention, q.gender) && !this.dead.has(x.mention.name) && !not.has(x.mention.name))
        : [];
    const last =
      this.lastSpeaker?.section === u.section && this.compatible(this.lastSpeaker.mention, q.gender) && !not.has(this.lastSpeaker.mention.name)
        ? this.lastSpeaker
        : null;
    let pick: { mention: Mention; order: number } | null = subjects[0] ?? last;
    if (last && pick && last.order > pick.order) pick = last;
    if (!pick) {
      // No one named in the section yet: the person the heading names ("UN chief Antonio Guterres").
      const actor = this.headingActor[u.section];
      const named = actor?.kind === 'PERSON' ? actor : (this.headingPerson[u.section] ?? null);
      if (!named || !this.compatible(named, q.gender) || !personShaped(named)) return null;
      for (let o = u.order; o >= 0 && inSection(o); o--) if (this.competes(this.units[o], named, q.gender)) return null;
      return named;
    }
    if (!personShaped(pick.mention) || u.order - pick.order > 4) return null;
    // "she" for a name whose gender nothing tells, past a nearer subject the first-name model took for a man: the
    // model may be wrong about the nearer one ("Ayaan"), so no one.
    const nearest = this.subjects.section === u.section ? this.subjects.list[0] : undefined;
    if (q.gender && nearest && nearest.order > pick.order && !this.gender.get(pick.mention.name) && !givenNameGender(pick.mention.name)) return null;
    for (let o = pick.order; o <= u.order; o++) if (inSection(o) && this.competes(this.units[o], pick.mention, q.gender, o === pick.order, not)) return null;
    return pick.mention;
  }

  /**
   * Whether a sentence names someone else the pronoun could stand for: another compatible person as a subject
   * (a person only addressed or mentioned, "a telegram to X", "the work of X", does not speak next), or an unnamed
   * official as a subject ("the minister said", "the UN chief told ..."): in "A said B had resigned", either may
   * be meant. In the antecedent's own sentence an unnamed official counts only after the antecedent.
   */
  private competes(u: SpeakerUnit, who: Mention, g: Gender | undefined, own = false, not: ReadonlySet<string> = new Set()): boolean {
    const s = u.sentence.text;
    const at = own ? (u.mentions.find((m) => m.kind === 'PERSON' && samePerson(this.canonical(m), who))?.end ?? 0) : 0;
    const masked = maskQuotes(s);
    const rest = masked.slice(at);
    const opening = leadingPronoun(masked);
    for (const m of u.mentions) {
      if (m.kind !== 'PERSON' || quoted(s, m) || isObject(s, m) || credited(s, m)) continue;
      const c = this.canonical(m);
      // (in what a sentence's opening "he" or "she" said: no one else speaking, for a pronoun of that gender)
      if ((!g || g === opening?.gender) && this.reportedAfter(masked, opening, m)) continue;
      if (not.has(c.name)) continue;
      // (a person the text says has died speaks no "he said")
      if (!samePerson(c, who) && this.compatible(c, g) && !this.dead.has(c.name)) return true;
    }
    // "Sharif said." where the finder read no person: someone speaks whom the resolver cannot name.
    for (const m of allMatches(rest, UNREAD_SPEAKER)) {
      const word = m[1];
      const pos = at + m.index! + m[0].indexOf(word);
      if (NOT_A_SPEAKER.test(word) || u.mentions.some((x) => x.start <= pos && x.end > pos) || who.name.split(/\s+/).includes(word)) continue;
      return true;
    }
    // "in the words of NASA Administrator Bill Gerstenmaier" where the finder read no person: the same.
    for (const m of allMatches(rest, UNREAD_WORDS_OF)) {
      const pos = at + m.index! + m[0].length - m[1].length;
      if (u.mentions.some((x) => x.start <= pos && x.end > pos) || who.name.split(/\s+/).some((w) => m[1].split(/\s+/).includes(w))) continue;
      return true;
    }
    // ("the federal education minister said" after "Education Minister X": the official the title names is X)
    // (every official the sentence names: "the prime minister said ..., but the finance minister said")
    return allMatches(rest, UNNAMED_OFFICIALS).some((o) => !sameOfficial(o[0], who));
  }

  /** The body "it" or "the company" stands for in a sentence's own prose ("…, the company said."), as for a quote. */
  anaphorSource(u: SpeakerUnit, anaphor: string): Mention | null {
    return this.byAnaphor(u, anaphor.toLowerCase());
  }

  /**
   * "it said", "the company said", "the ministry added", "the statement read": the body named in this section
   * within the last four sentences (this one included) that the words fit ("the ministry" -> a name with
   * "Ministry"; "it", "the company", "the company spokesperson" -> the one body named there). "The statement" is its
   * author's: that body, or the one person named there as a subject. Several candidates leave it null.
   */
  private byAnaphor(u: SpeakerUnit, anaphor: string): Mention | null {
    const noun = anaphor.replace(DESCRIBED_ANAPHOR_LEAD, '');
    const near = (order: number | undefined) => order !== undefined && u.order - order <= 3 && order <= u.order;
    // A state body always; an organisation unless it is an outlet or an acronym the text never spells out (and the
    // lexicon does not know: "UNHCR").
    // ("the UN Refugee Agency" is no news agency: an agency's name without "News" or "Press" is a body's)
    const speaking = (m: Mention) =>
      m.kind === 'BODY' ||
      (!OUTLET_NAME_WORD.test(m.name.endsWith(' Agency') ? m.name.slice(0, -' Agency'.length) : m.name) &&
        (!/^\p{Lu}+$/u.test(m.name) || knownOrganisation(m.name)));
    const section = this.bodies.section === u.section ? this.bodies.list.filter(speaking) : [];
    const bodies = section.filter((m) => near(this.bodyOrder.get(m.name)));
    // (one body by two names the lexicon knows, "WFP" and "World Food Programme", is one)
    const distinct = (list: Mention[]) => [...new Map(list.map((m) => [canonicalOrganisation(m.name), m])).values()];
    const generic = /^(?:it|company|firm|group|organi[sz]ation|spokes(?:man|woman|person)|statement)$/.test(noun);
    // "the company" is a company's, never a state body's or an agency's ("Consumer Product Safety Commission").
    const pool = /^(?:company|firm)$/.test(noun) ? bodies.filter((m) => m.kind !== 'BODY' && !STATE_WORD.test(m.name)) : bodies;
    const fitting = distinct(generic ? pool : pool.filter((m) => `${m.name} ${m.text}`.toLowerCase().includes(noun.replace(/s$/, ''))));
    if (noun === 'statement') {
      const author = this.statement;
      if (author && author.section === u.section && near(author.order)) return author.mention;
      const people = this.subjects.section === u.section ? distinct(this.subjects.list.filter((x) => near(x.order)).map((x) => x.mention)) : [];
      const all = [...fitting, ...people];
      return all.length === 1 ? all[0] : null;
    }
    if (fitting.length === 1) return fitting[0];
    // "the academy said" farther on: the one body of the section whose name the word heads (its last word, or the word
    // before its "of": "Royal Swedish Academy of Sciences"), however long ago it was named, if it acted there (another
    // of that word named only after a preposition still leaves the words unsure). Only for words that seldom stand
    // for a body the text never named: "the police", "the court", "the government" may be any.
    if (fitting.length === 0 && FARTHER_NOUN.test(noun)) {
      const named = distinct(section.filter((m) => headWord(m.name) === noun.replace(/s$/, '')));
      if (named.length === 1 && (this.bodyOrder.get(named[0].name) ?? Infinity) <= u.order) return named[0];
    }
    // "the company said" farther on: the one company of the section, however long ago it was named.
    if (fitting.length === 0 && COMPANY_NOUN.test(noun) && this.bodies.section === u.section) {
      const companies = distinct(this.bodies.list.filter((m) => m.kind === 'ORG' && !m.org?.party && !STATE_WORD.test(m.name) && !OUTLET_WORD.test(m.name)));
      // (an acronym the text never spells out, "SOS mode", "PIN numbers", is no company it names)
      if (companies.length === 1 && !/^\p{Lu}+$/u.test(companies[0].name)) return companies[0];
    }
    return null;
  }

  /** Notes a subject that speaks in a statement: "X said in a statement", "X, in a statement released ..., said". */
  private statementBy(u: SpeakerUnit, m: Mention): void {
    const after = u.sentence.text.slice(m.end, m.end + 80);
    const before = u.sentence.text.slice(Math.max(0, m.start - 60), m.start);
    if (STATEMENT_AFTER.test(after) || STATEMENT_BEFORE.test(before)) {
      this.statement = { section: u.section, order: u.order, mention: m.kind === 'PERSON' ? this.canonical(m) : m };
    }
  }

  /** "the US president" -> the one person of the text with that title (and country); null when several. */
  private byRole(u: SpeakerUnit, role: string): Mention | null {
    const words = role.toLowerCase().split(/\s+/);
    const original = role.split(/\s+/);
    // "the South African president": a demonym or country of two words first, else of one.
    const two = words.length > 2 ? original.slice(0, 2).join(' ') : null;
    const twoCountry = two ? (COUNTRY_BY_DEMONYM.get(two)?.name ?? COUNTRY_BY_NAME.get(two)?.name ?? null) : null;
    const qualifier = twoCountry ? two : words.length > 1 ? original[0] : null;
    const country = twoCountry ?? (qualifier ? (COUNTRY_BY_DEMONYM.get(qualifier)?.name ?? COUNTRY_BY_NAME.get(qualifier)?.name ?? null) : null);
    if (qualifier && !country && /^\p{Lu}/u.test(qualifier)) return null;
    // ("the deputy attorney general", "the former secretary of state": a rank is part of the role, no one else's title)
    const ranked = qualifier !== null && !country && RANK_BEFORE_ROLE.test(qualifier);
    // ("the PM": the prime minister; "the pontiff": the pope; "the president-elect": the one elected president)
    const noun = words
      .slice(qualifier && !ranked ? qualifier.split(' ').length : 0)
      .join(' ')
      .replace(/^pm$/, 'prime minister')
      .replace(/^pontiff$/, 'pope')
      .replace(/-elect$/, '');
    // ("the president-elect" is the one the text calls president-elect, when it does: not the sitting president)
    const elect = /-elect$/.test(words[words.length - 1]) && [...this.people.values()].some((p) => /-elect\b/i.test(p.title ?? '') && this.named.has(p.name));
    const premierPM = noun === 'premier' && !!country && ![...this.people.values()].some((p) => /\bpremier\b/iu.test(p.title ?? '') && this.named.has(p.name));
    const fits = (p: { title?: string | null; country: string | null }) =>
      (!country || p.country === country) &&
      // ("the Ethiopian premier": that country's prime minister, when no one of the text is a premier by title)
      (noun === 'leader'
        ? !!p.title
        : !!p.title && (p.title.toLowerCase().includes(noun) || (premierPM && p.title.toLowerCase().includes('prime minister')))) &&
      (!elect || /-elect\b/i.test(p.title ?? ''));
    const actor = this.headingActor[u.section];
    if (actor?.kind === 'PERSON' && fits(actor)) return actor;
    // "the prime minister said" refers back: to a person the text has named by this sentence.
    const holders = [...new Set(this.people.values())].filter((p) => fits(p) && this.named.has(p.name));
    // ("Nicola Sturgeon: Promises broken …" over "The Scottish first minister said": a role no one holds by title in the
    // text, under a heading that opens an entry with one untitled person, is that person's while the section names no
    // one else; not under "Tomas Reyk jailed for fraud", and not a role beside a person, "the judge", "the coach")
    const headed = this.headingEntry[u.section];
    if (
      holders.length === 0 &&
      headed &&
      !headed.title &&
      !ROLE_BESIDE_PERSON.test(noun) &&
      (!country || !headed.country || headed.country === country) &&
      this.onlyNamedInSection(u, headed)
    )
      return headed;
    if (holders.length === 0 && !qualifier && /^\p{Ll}+$/u.test(noun)) return this.byJobBefore(u, noun);
    // (Two senators in the text: "“…,” said Sen. Ann Velden. “…,” the senator said" is the one whose quote came just
    // before, in the paragraph, unless the other is named since.)
    const p = holders.length === 1 ? holders[0] : this.spokeLastInParagraph(u, holders);
    if (!p) return null;
    return { kind: 'PERSON', start: 0, end: 0, text: p.name, name: p.name, title: p.title, country: p.country };
  }

  /** Whether the section names no person but `who` up to the sentence `u`. */
  private onlyNamedInSection(u: SpeakerUnit, who: Mention): boolean {
    for (let o = u.order; o >= 0 && this.units[o].section === u.section; o--)
      if (this.units[o].mentions.some((m) => m.kind === 'PERSON' && !samePerson(this.canonical(m), who))) return false;
    return true;
  }

  /**
   * The person of `among` whose quote came last, in this paragraph: "the senator" after "“…,” said Sen. Ann Velden."
   * there, though the text names other senators elsewhere; not when another of them is named from that quote's sentence
   * on, inside quoted words too ("Sen. Tomas Reyk disagreed.", "“Reyk has misled the voters,” said Sen. Ann Velden. In
   * response, the senator said": the words may be the other's).
   */
  private spokeLastInParagraph(u: SpeakerUnit, among: PersonRecord[]): PersonRecord | null {
    const last = this.lastQuote;
    const unit = last && this.units[last.order];
    if (!last?.speaker || last.speaker.kind !== 'PERSON' || unit?.section !== u.section || unit.paragraph !== u.paragraph) return null;
    const speaker = among.find((p) => p.name === last.speaker!.name);
    const another = this.units
      .slice(last.order, u.order + 1)
      .some((x) => x.mentions.some((m) => m.kind === 'PERSON' && among.some((p) => p !== speaker && p.name === this.canonical(m).name)));
    return speaker && !another ? speaker : null;
  }

  /**
   * "the judge said" after "judge Al Sadiq Abdelrahman said": the one person the text has named right after that job
   * word, or with it in apposition ("Ann Lee, the judge,"), in the sentences up to this one; a job no title holds.
   */
  private byJobBefore(u: SpeakerUnit, noun: string): Mention | null {
    const found = new Set<string>();
    let last: Mention | null = null;
    const jobBefore = jobBeforePattern(noun);
    const jobAfter = jobAppositionPattern(noun);
    for (const x of this.units.slice(0, u.order + 1)) {
      for (const m of x.mentions) {
        if (m.kind !== 'PERSON') continue;
        const before = x.sentence.text.slice(Math.max(0, m.start - noun.length - 2), m.start);
        const after = x.sentence.text.slice(m.end, m.end + noun.length + 30);
        if (jobBefore.test(before) || jobAfter.test(after)) {
          last = this.canonical(m);
          found.add(last.name);
        }
      }
    }
    return found.size === 1 ? last : null;
  }

  private signOffAfter(u: SpeakerUnit, runsOn = false): Mention | null {
    const next = this.units[u.order + 1];
    if (next && next.section === u.section && next.paragraph - u.paragraph <= 1) {
      const m = next.sentence.text.trim().match(SIGN_OFF);
      if (m) {
        if (m[1]) return this.byPronoun(u, { text: '', speaker: null, pronoun: true, gender: m[1].toLowerCase() === 'she' ? 'f' : 'm', source: null });
        const person = next.mentions.find((x) => x.kind === 'PERSON');
        return person ? this.canonical(person) : null;
      }
      // "Kofi Annan, Secretary general" as a paragraph of its own under the quote: a name line that signs it off.
      const line = next.sentence.text.trim();
      const alone = this.units[u.order + 2]?.paragraph !== next.paragraph || this.units[u.order + 2]?.section !== next.section;
      const named = next.mentions.find((x) => x.kind === 'PERSON' && line.startsWith(`${x.text},`));
      // ("Sen. Mark Warner, Virginia Democrat:" leads into the quote under it, "Jim Velden, union officer: “These
      // have …" into the quote it opens)
      if (named && alone && next.paragraph !== u.paragraph && line.length <= 100 && !/[.!?:]["”’]?$/.test(line) && !OPENS_OWN_QUOTE.test(line))
        return this.nameLineHeads(u, u.order + 1, runsOn) ? null : this.canonical(named);
    }
    const line = this.nameLineAfter(u, runsOn);
    if (line) return line;
    const isLast = !next || next.section !== u.section;
    return isLast ? this.signOff(u.section) : null;
  }

  /**
   * "Club owner Ann Lee" as the paragraph after a quote printed alone (its sentences all of one paragraph): a line
   * with no sentence end and no speech that names one person after a few words of title or job.
   */
  private nameLineAfter(u: SpeakerUnit, runsOn = false): Mention | null {
    let k = u.order + 1;
    while (this.units[k] && this.units[k].paragraph === u.paragraph) k++;
    const next = this.units[k];
    if (!next || next.section !== u.section || next.paragraph !== u.paragraph + 1) return null;
    if (this.units[k + 1]?.paragraph === next.paragraph) return null;
    const line = next.sentence.text.trim();
    // (a dash may open the line: "— NDP Leader Ann Velden")
    // (a dash before the name signs the quote whatever the text's style; a credit after a dash signs nothing: "— With
    // files from Ann Velden", "— Reporting by Ann Velden")
    if (CREDIT_AFTER_DASH.test(line) || OPENS_OWN_QUOTE.test(line)) return null;
    const person = personOfLine(next, NAME_LINE_LEAD);
    const dashed = /^[–—-]/u.test(line);
    if (!person || (!dashed && this.nameLineHeads(u, k, runsOn))) return null;
    // (the text's last line, cut off after its subject's verb, "Portnow even offered a suggest", "Chambers also has a
    // detective", is a sentence, no name line; "Mayor X via Twitter", "X pictured in Halvor" sign off)
    if (!this.units[k + 1] && !dashed && CUT_OFF_PREDICATE.test(next.sentence.text.slice(person.end))) return null;
    // ("Indiana Gov. Mike Pence" twice, the heading over his quotes then its photo's caption, and the layout reads the
    // first as the previous section's last line: the next heading names the same person, so it is no signature)
    const headed = this.headingPerson[next.section + 1];
    if (headed && this.units[k + 1]?.section !== next.section && this.canonical(person).name === this.canonical(headed).name) return null;
    // (the same line twice, the heading and its caption both read as paragraphs: no signature either)
    if (this.units[k + 1]?.sentence.text.trim() === line) return null;
    // (a list of names, a page's staff or authors, one a line: "Penny S. Tee / Gideon Levy / Sabine Sterk" under a quote
    // a cut-off text left open signs nothing)
    if (this.nameLineAt(k + 1) && this.nameLineAt(k + 2)) return null;
    return this.canonical(person);
  }

  /** Whether unit `k` is a paragraph of its own that names one person and nothing more ("Gideon Levy"). */
  private nameLineAt(k: number): boolean {
    const unit = this.units[k];
    if (!unit || this.units[k + 1]?.paragraph === unit.paragraph || this.units[k - 1]?.paragraph === unit.paragraph) return false;
    const person = personOfLine(unit, /^$/u);
    return person !== null && unit.sentence.text.trim() === person.text;
  }

  /**
   * Whether the name line at unit `k`, after the quote `u`, heads the next entry rather than signing `u`: the text names
   * its speakers over their words, or `u` runs on from a paragraph a named speaker left open and words stand under the
   * line in its section.
   */
  private nameLineHeads(u: SpeakerUnit, k: number, runsOn: boolean): boolean {
    return this.headedByNameLine(u) || (runsOn && this.units[k + 1]?.section === this.units[k].section);
  }

  /**
   * Whether the run of quote paragraphs that holds `u` stands under a name line that signs off no quote above it
   * ("BMA chair Ann Velden" over two quoted paragraphs): the text names its speakers over their words, so a name line
   * after the run heads the next entry, it signs off nothing.
   */
  private headedByNameLine(u: SpeakerUnit): boolean {
    const start = this.quoteRunStart(u);
    const memo = this.headedRuns.get(start);
    if (memo !== undefined) return memo;
    this.headedRuns.set(start, false);
    const line = this.units[start - 1];
    let headed = false;
    // (a heading that is a person's name line over the run, the name line the layout took for a heading, heads it so too)
    if (!line || line.section !== u.section) headed = this.headingNameLine[u.section] != null;
    else if (line.paragraph === this.units[start].paragraph - 1 && this.paragraphStart(start - 1) === start - 1 && personOfLine(line, NAME_LINE_LEAD)) {
      const above = this.units[start - 2];
      // (a quote above the name line: the line heads this run when the entry above was headed too, the first entry of
      // the list deciding its style; a signature closes the quote above it instead)
      const quoteAbove = above && above.section === u.section && above.paragraph === line.paragraph - 1 && /[”"’']$/u.test(above.sentence.text.trim());
      headed = quoteAbove ? this.headedByNameLine(above) : true;
    }
    this.headedRuns.set(start, headed);
    return headed;
  }

  /** The first unit of the paragraph that holds unit `order`. */
  private paragraphStart(order: number): number {
    // (paragraphs are numbered through the whole text: one never spans two sections)
    let k = order;
    while (this.units[k - 1]?.paragraph === this.units[order].paragraph) k--;
    return k;
  }

  /** The first unit of the run of paragraphs that open with a quote mark, in `u`'s section, that ends with `u`'s paragraph. */
  private quoteRunStart(u: SpeakerUnit): number {
    let start = this.paragraphStart(u.order);
    while (start > 0 && this.units[start - 1].section === u.section && this.units[start - 1].paragraph === this.units[start].paragraph - 1) {
      const previous = this.paragraphStart(start - 1);
      // (a paragraph of quoted words only: one that names its speaker, "“…,” Reyk said.", ends the run)
      const paragraph = this.units
        .slice(previous, start)
        .map((x) => x.sentence.text)
        .join(' ');
      const prose = quoteSpans(paragraph).reduceRight((text, q) => text.slice(0, q.open) + text.slice(q.close), paragraph);
      if (!/^[“"‘']/u.test(this.units[previous].sentence.text.trim()) || SPOKEN.test(prose) || /\p{L}/u.test(prose.replace(/['’]/gu, ''))) break;
      start = previous;
    }
    return start;
  }

  /**
   * "Austria - Tomas Reyk" as the paragraph right over a quote printed alone: a round-up's entry whose name line the
   * layout did not take for a heading (printed twice, the heading and its photo's caption). Read as nameLineAfter reads
   * a signature, and not when it signs off a quote printed alone above it ("“…” / Ann Lee / “…”": the sign-off style).
   */
  private nameLineAbove(u: SpeakerUnit): Mention | null {
    if (this.paragraphStart(u.order) !== u.order) return null;
    // (over the run of quoted paragraphs this one ends: "Ann Velden" over two of her paragraphs, each opening with a mark)
    const k = this.quoteRunStart(u);
    const prev = this.units[k - 1];
    if (!prev || prev.section !== u.section || prev.paragraph !== this.units[k].paragraph - 1 || this.units[k - 2]?.paragraph === prev.paragraph) return null;
    const line = prev.sentence.text.trim();
    // (a name line: capitalised words or a dash before the name, a title after a comma at most; not "World pays tribute
    // as Queen Ann Lee dies", a line about the person)
    const person = personOfLine(prev, /^(?:(?:\p{Lu}[\p{L}'’.-]*|[-–—])\s+){0,5}$/u);
    if (!person || !/^(?:\s*$|,)/u.test(prev.sentence.text.slice(person.end)) || this.dead.has(this.canonical(person).name)) return null;
    // (the line that signs off a quote printed alone above it, as nameLineAfter reads a signature, is no heading of this
    // one; the same line printed twice counts once, and signs off nothing)
    let j = k - 2;
    while (this.units[j]?.section === u.section && this.units[j].sentence.text.trim() === line) j--;
    const above = this.units[j];
    if (above && above.section === u.section && /^[“"]/u.test(above.sentence.text.trim()) && this.nameLineAfter(above)) return null;
    return this.canonical(person);
  }

  /**
   * A paragraph that opens with a quote mark while the paragraph before ended inside a quote it never closed: the
   * newswire convention for one quote running over several paragraphs (each opens with a mark, only the last
   * closes). The speaker is that of the open quote, however many sentences it ran over.
   */
  private openRun(u: SpeakerUnit): Mention | null {
    const quote = this.lastQuote;
    const before = this.units[u.order - 1];
    // A crosshead may stand between ("...in life. / Liver transplant / "He was one of ..."): the quote left open runs
    // on under it, into the new section's first paragraph.
    // (A heading that names an actor is a round-up's: a new speaker.)
    const crosshead =
      before && before.section === u.section - 1 && before.paragraph === u.paragraph - 1 && !this.headingActor[u.section] && !this.headingPerson[u.section];
    if (!quote?.speaker || !before || (before.section !== u.section && !crosshead) || before.paragraph !== u.paragraph - 1) return null;
    if (!/^\s*[“"‘]/.test(u.sentence.text)) return null;
    // The paragraph before, from its first sentence (units are in text order).
    const start = this.paragraphStart(u.order - 1);
    if (quote.section !== before.section || quote.order < start) return null;
    const paragraph = this.units.slice(start, u.order).map((x) => x.sentence.text);
    return endsInsideQuote(paragraph.join(' ')) ? quote.speaker : null;
  }

  /**
   * "X reached out to congratulate Macron on Twitter: / "Your victory is ..."": the one person subject of a sentence
   * that ends the paragraph before with a colon introduces the quote standing alone under it.
   */
  private colonIntro(u: SpeakerUnit): Mention | null {
    const before = this.units[u.order - 1];
    const subject = this.lastSubject;
    if (!before || !subject || subject.order !== before.order || before.paragraph !== u.paragraph - 1 || before.section !== u.section) return null;
    return /:\s*$/.test(before.sentence.text) && personShaped(subject.mention) ? subject.mention : null;
  }

  /**
   * "Former England captain X described a fierce opponent on the field." then a paragraph that is only a quote: the
   * one person the paragraph before ends on as the subject of a verb of expression, with no body named beside them.
   */
  private leadIn(u: SpeakerUnit): Mention | null {
    const before = this.units[u.order - 1];
    const subject = this.lastSubject;
    if (!before || !subject || subject.order !== before.order || before.paragraph !== u.paragraph - 1 || before.section !== u.section) return null;
    const s = before.sentence.text;
    const verb = s.slice(subject.mention.end).match(EXPRESSION_VERB);
    if (/[“”"]/.test(s) || !verb || !personShaped(subject.mention)) return null;
    // (a verb in the passive, or in a clause about the subject, is no words of theirs: "X was criticised by the
    // families", "X, whom the families praised, arrived")
    if (PASSIVE_OR_RELATIVE.test(verb[0])) return null;
    // (a body named in what the subject described, "described a report alleging PNG police were involved", speaks none
    // of it)
    const verbEnd = subject.mention.end + verb[0].length;
    // (a body in the subject's title is none: "NASA Administrator X congratulated ISRO")
    const titled = (m: Mention) => m.end <= subject.mention.start && TITLE_BETWEEN.test(s.slice(m.end, subject.mention.start));
    if (
      before.mentions.some(
        (m) =>
          (m.kind === 'PERSON' || ((m.kind === 'ORG' || m.kind === 'BODY') && m.start < verbEnd && !titled(m))) &&
          !isObject(s, m) &&
          !samePerson(this.canonical(m), subject.mention),
      )
    )
      return null;
    return subject.mention;
  }

  /**
   * "The Court of Arbitration for Sport confirmed the appeal." or "The RFU issued the following statement:" ending the
   * paragraph before, then a paragraph that is only a quote: the body, organisation or country that sentence opens
   * with as the subject of a verb of expression, with no person named beside it.
   */
  private bodyLeadIn(u: SpeakerUnit): Mention | null {
    const before = this.units[u.order - 1];
    if (!before || before.paragraph !== u.paragraph - 1 || before.section !== u.section) return null;
    const s = before.sentence.text;
    const outside = before.mentions.filter((m) => !quoted(s, m)).sort((a, b) => a.start - b.start);
    const first = outside[0];
    if (!first || (first.kind !== 'ORG' && first.kind !== 'BODY' && first.kind !== 'COUNTRY') || !/^(?:the\s+)?\p{Lu}/u.test(first.text)) return null;
    // (a company's statement may be its chief's words: "Halvor Shipping said ... . / “We regret …”" is nobody's for sure)
    // (an acronym the lexicon does not know may be a company's: "IBM confirmed the job cuts")
    if (first.kind === 'ORG' && !knownOrganisation(first.name) && !PUBLIC_BODY_WORD.test(first.name)) return null;
    if (outside.some((m) => m.kind === 'PERSON') || !BODY_SUBJECT_LEAD.test(s.slice(0, first.start))) return null;
    if (!BODY_EXPRESSION_VERB.test(s.slice(first.end))) return null;
    // (the sentence's own quote given to someone else: the quote after is not surely the body's)
    const quote = this.lastQuote;
    if (quote && quote.order === before.order && quote.speaker && quote.speaker.name !== first.name) return null;
    return first;
  }

  /**
   * "He lamented the overall outlook as poor." or "…, he says." ending the paragraph before, then a paragraph that
   * opens with a quote standing alone: the quote is the pronoun's, resolved as "he said" would be.
   */
  private pronounLeadIn(u: SpeakerUnit): Mention | null {
    const before = this.units[u.order - 1];
    // (a person named in that sentence may be the one meant: "He added that President X was battling …")
    if (
      !before ||
      before.paragraph !== u.paragraph - 1 ||
      before.section !== u.section ||
      /[“”"]/.test(before.sentence.text) ||
      before.mentions.some((m) => m.kind === 'PERSON')
    )
      return null;
    const pronoun = before.sentence.text.match(PRONOUN_LEADS) ?? before.sentence.text.match(PRONOUN_CLOSE);
    const word = pronoun?.[1];
    if (!word) return null;
    return this.byPronoun(u, { text: '', speaker: null, pronoun: true, gender: word.toLowerCase() === 'she' ? 'f' : 'm', source: null });
  }

  /** "X said ... . "..."": the speaker of the sentence right before, in the same paragraph, goes on (before a heading's actor). */
  private sameParagraphRun(u: SpeakerUnit): Mention | null {
    const last = this.lastSpeaker;
    if (last && last.section === u.section && last.paragraph === u.paragraph && last.order === u.order - 1) return this.continued(u);
    // No speech verb there, but one person as the subject of the sentence right before ("In a tweet, X expressed
    // solidarity with ... . "...""): the quote is theirs.
    const subject = this.lastSubject;
    const named =
      this.units[u.order - 1]?.mentions.filter((m) => (m.kind === 'ORG' || m.kind === 'BODY') && !quoted(this.units[u.order - 1].sentence.text, m)) ?? [];
    return subject && subject.paragraph === u.paragraph && subject.order === u.order - 1 && personShaped(subject.mention) && named.length === 0
      ? subject.mention
      : null;
  }

  private continued(u: SpeakerUnit): Mention | null {
    const last = this.lastSpeaker;
    const quote = this.lastQuote;
    if (!last || (last.signed && u.paragraph !== last.paragraph)) return null;
    // The quote read last was left without a speaker, or given to someone else, after this speaker spoke: no run.
    if (quote && quote.section === u.section && quote.order >= last.order && quote.speaker?.name !== last.mention.name) return null;
    if (last.section !== u.section || u.order - last.order > 2 || u.paragraph - last.paragraph > 1) return null;
    // "Wilders also received congratulations from Viktor Orbán. “The winds of change …”": a sentence in between that
    // names someone else, even as an object, breaks the run.
    for (let o = last.order + 1; o < u.order; o++)
      if (this.units[o].mentions.some((m) => m.kind === 'PERSON' && !quoted(this.units[o].sentence.text, m) && !samePerson(this.canonical(m), last.mention)))
        return null;
    return last.mention;
  }

  private readGender(u: SpeakerUnit): void {
    const s = u.sentence.text;
    for (const m of u.mentions) {
      if (m.kind !== 'PERSON') continue;
      const lead = s.slice(Math.max(0, m.start - 8), m.end);
      const g: Gender | null = /\b(?:Mr|Sir|King|Prince|Pope)\.?\s/.test(lead)
        ? 'm'
        : /\b(?:Mrs|Ms|Miss|Dame|Queen|Princess)\.?\s/.test(lead)
          ? 'f'
          : /^\s+(?:said|says|added|told \S+)\s+(?:that\s+)?(he|she)\b/.exec(s.slice(m.end))?.[1] === 'she'
            ? 'f'
            : /^\s+(?:said|says|added|told \S+)\s+(?:that\s+)?he\b/.test(s.slice(m.end))
              ? 'm'
              : null;
      if (g && !this.gender.has(m.name)) this.gender.set(m.name, g);
    }
  }
}

/** A subject's verb of speech, after a few adverbs or an auxiliary. */
const SPEECH_VERB =
  '(?:(?:\\p{Ll}+ly|also|later|then|has|had)\\s+){0,2}(?:said|says|told|added|wrote|tweeted|posted|stated|remarked|declared|warned|insisted|noted|explained|argued|stressed)\\b';
/** A sentence whose subject is "he" or "she" and whose verb is one of speech. */
export const PRONOUN_SPEAKS = new RegExp(`^(?:[^,“”"]{1,60},\\s+)?(he|she)\\s+${SPEECH_VERB}`, 'iu');

/** A verb of speech or report after a sentence's opening subject, adverbs before it ("also said", "quickly added"). */
const LEADING_SPEECH =
  '(?:also\\s+|then\\s+|later\\s+|\\p{Ll}+ly\\s+){0,2}(?:said|says|told|tells|added|adds|hinted|stated|noted|insisted|argued|warned|explained|claimed|suggested|stressed|wrote|announced|confirmed|revealed|described|accused|blamed)\\b';
/**
 * A sentence that opens with "he" or "she" as the subject of a verb of speech or report (an adverbial before it): what
 * follows is what was said ("He said Lai deserved it"), not whom the pronoun hands over to ("He introduced X").
 */
export const LEADING_PRONOUN = new RegExp(`^((?:[^,“”"]{1,60},\\s+)?)(he|she)\\s+${LEADING_SPEECH}`, 'iu');
/** Before a sentence's opening name: nothing, or an adverbial and its comma ("In response to questions, "). */
const OPENING_ADVERBIAL_ONLY = /^(?:[^,“”"]{1,60},\s+)?$/u;
/** Where a clause of its own begins after a reported one: ", while", ", but", "; ", ", and X said". */
const NEXT_CLAUSE = /;|[,–—]\s+(?:while|whereas|but|and|as|although|though|when)\b|\s(?:while|whereas)\s/u;
/** After a sentence's opening name: a verb of speech or report, as after an opening "he" or "she". */
export const LEADING_VERB_AFTER_NAME = new RegExp(`^\\s+${LEADING_SPEECH}`, 'u');
/**
 * A sentence that opens with a person's name as the subject of a verb of speech or report ("Tomas Reyk said Halvor
 * Brandt had ..."), an adverbial before it: where the name ends, up to where a clause of its own begins, and the gender
 * the text or the first name tells (null when neither does: then no one named after it is set aside).
 */
function leadingName(
  u: SpeakerUnit,
  masked: string,
  canonical: (m: Mention) => Mention,
  toldGender: (name: string) => Gender | undefined,
): { end: number; gender: Gender; until: number } | null {
  const first = u.mentions.find((m) => m.kind === 'PERSON' && !quoted(u.sentence.text, m));
  if (!first || !OPENING_ADVERBIAL_ONLY.test(masked.slice(0, first.start)) || !LEADING_VERB_AFTER_NAME.test(masked.slice(first.end))) return null;
  const who = canonical(first);
  const gender = toldGender(who.name) ?? givenNameGender(who.name);
  // (up to a clause of its own: "X said he was saddened, while Chancellor Y sent letters" leaves Y a subject)
  const clause = masked.slice(first.end).search(NEXT_CLAUSE);
  return gender ? { end: first.end, gender, until: clause < 0 ? masked.length : first.end + clause } : null;
}
/**
 * Where the sentence's opening pronoun subject ends, and its gender; null when the sentence opens otherwise (`masked`:
 * the sentence with its quotes masked, as its callers hold it).
 */
function leadingPronoun(masked: string): { end: number; gender: Gender } | null {
  const m = masked.match(LEADING_PRONOUN);
  if (!m) return null;
  return { end: m[1].length + m[2].length, gender: /^she$/i.test(m[2]) ? 'f' : 'm' };
}
/** A sentence whose subject is "He" or "She" and whose verb is one of speech or expression ("He lamented the outlook as poor."; not "He was charged", "He declined to comment"). */
export const PRONOUN_LEADS =
  /^(?:[^,“”"]{1,60},\s+)?([Hh]e|[Ss]he)\s+(?:(?:also|later|then|further)\s+)?(?:described|expressed|lamented|recalled|praised|hailed|mourned|reacted|responded|spoke|said|says|added|adds|told|tells|urged|warned|welcomed|condemned|conceded|acknowledged|insisted|argued|explained|noted|stressed|emphasi[sz]ed|encouraged|assured|reassured|appealed|cautioned|advised|maintained|claimed|admitted|denied|critici[sz]ed|believes|believed|thinks|thought)\b/u;

/** After a subject: its apposition, then a verb of speech. */
export const SPEAKS_AFTER = new RegExp(`^(?:\\s*,[^,“”"]{1,140},)?\\s+${SPEECH_VERB}`, 'u');

/**
 * After a name, a statement that is its author's: "X said in a statement", "X, in a statement, …", "X issued a
 * statement", "X's statement".
 */
export const STATEMENT_AFTER =
  /^(?:(?:\s+\p{Ll}+){0,2}\s+(?:said|says|added)\s+in\s+an?\s+(?:\p{Ll}+\s+)?statement\b|\s*,\s*in\s+an?\s+(?:\p{Ll}+\s+)?statement\b|(?:\s+\p{Ll}+){0,2}\s+(?:issued|released|put out|published|posted|sent)\s+an?\s+(?:\p{Ll}+\s+){0,2}statement\b|['’]s\s+(?:\p{Ll}+\s+)?statement\b)/u;
/** Before a name: "a statement from X", "a statement issued by the X", "In a statement, X said". */
export const STATEMENT_BEFORE =
  /\b(?:statement\s+(?:(?:issued|released|published)\s+)?(?:from|by)\s+(?:the\s+)?|[Ii]n\s+an?\s+(?:\p{Ll}+\s+)?statement,\s+(?:the\s+)?)$/u;

/** "the minister said", "the UN chief told", "a spokesman added": someone speaks whom the text does not name there. */
/**
 * Whether "the <words> <office> said" is the person `who` by the title the text gave them: the office is the title's
 * last word and every other word of the title stands before it ("the federal education minister" for "Education
 * Minister"), with a definite article.
 */
export function sameOfficial(official: string, who: Mention): boolean {
  // ("the former prime minister", "the deputy prime minister": another office than the title's)
  if (who.kind !== 'PERSON' || !who.title || !/^[Tt]he\s/u.test(official) || OTHER_OFFICE.test(official)) return false;
  const title = who.title.toLowerCase().split(/\s+/);
  const words = official.toLowerCase().split(/\s+/);
  return title.length > 1 && title.every((w) => words.includes(w));
}

const UNNAMED_OFFICIAL =
  /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}.-]+\s+){0,2}?(?:president|prime minister|premier|chancellor|leader|minister|secretary|secretary-general|chief|king|queen|pope|mayor|governor|senator|spokes(?:man|woman|person)|official|ambassador|envoy|general|commander|director|head|chairman|chairwoman|officer|lawyer|attorney|prosecutor|judge)\s+(?:(?:\p{Ll}+ly|also|later|then|has|had)\s+){0,2}(?:said|says|told|added|wrote|tweeted|stated|declared|warned|urged|insisted|stressed)\b/u;
/** Every unnamed official as a subject in a sentence (UNNAMED_OFFICIAL, global). */
export const UNNAMED_OFFICIALS = new RegExp(UNNAMED_OFFICIAL.source, 'gu');
/** Words that make an office another than the one a title names ("former", "deputy", "acting" prime minister). */
const OTHER_OFFICE = /\b(?:deputy|vice|former|ex|acting|shadow|assistant|junior|opposition|outgoing|incoming|then|interim|caretaker)\b/iu;

/** A party named by its adjective ("a Republican representative", "a Labour representative"). */
const PARTY_ADJECTIVE = /^(?:Republican|Democratic|Democrat|Labour|Labor|Conservative|Liberal|Green|Socialist)s?$/u;
/** Nouns that refer back to a body named long before ("the academy said"), seldom to one the text never named. */
const FARTHER_NOUN = /^(?:academy|secretariat|directorate|institute|university|federation|league|association|foundation|airlines?|carriers?)$/u;
/** Before a name: a picture's credit ("REUTERS/", "Photo: ", "AP Photo/", "(Photo by "): the photographer, no one who speaks. */
export const PICTURE_CREDIT_BEFORE =
  /(?:\b(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|Xinhua|Getty\s+Images|AP\s+Photo|Photo|Photograph|Picture|Pic|Image|Credit)\s*[/:|]\s*|\b[Pp]hoto(?:graph)?\s+by\s+)$/u;
/** Whether a person's mention is a picture's credit ("… New York, March 1, 2022. REUTERS/Tomas Reyk", "Photo: Tomas Reyk."). */
function credited(s: string, m: Mention): boolean {
  const before = s.slice(Math.max(0, m.start - 30), m.start);
  // ("Picture: Tomas Reyk addresses the crowd": a caption's "Picture:" may name the one pictured; a credit after a slash,
  // or one that ends its sentence, names the photographer)
  return PICTURE_CREDIT_BEFORE.test(before) && (/\/\s*$/u.test(before) || /^\s*[.)]?\s*$/u.test(s.slice(m.end)));
}
/** The word that heads a body's name, in lower case and singular: its last word, or the word before "of", "for", "on". */
function headWord(name: string): string {
  const words = name.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/u.test(w));
  return (at > 0 ? words[at - 1] : words[words.length - 1]).toLowerCase().replace(/s$/u, '');
}
/**
 * After a quote: "said a Facebook spokeswoman", "a Halvor Shipping spokesman said", "a TikTok representative said", "a
 * DGHS official added": the body named before the role.
 */
const BEFORE_BODY_SPOKES = /^[\s,.”"’]*(?:(?:said|says|added|told|wrote|stated)\s+)?(?:an?|the)\s+$/u;
const BODY_SPOKES_AFTER = /^\s+(?:spokes(?:person|man|woman)|representative|official)\b(?:\s+(?:later\s+|also\s+)?(?:said|says|added|told|wrote|stated)\b)?/u;
function bodySpokesperson(u: SpeakerUnit, quoteEnd: number): Mention | null {
  const s = u.sentence.text;
  const m = u.mentions.find(
    (x) =>
      (x.kind === 'ORG' || x.kind === 'BODY') &&
      x.start >= quoteEnd &&
      BEFORE_BODY_SPOKES.test(s.slice(quoteEnd, x.start)) &&
      BODY_SPOKES_AFTER.test(s.slice(x.end)),
  );
  if (!m) return null;
  // ("a Republican representative said": a lawmaker of the party, no one speaking for it)
  if ((m.org?.party || PARTY_ADJECTIVE.test(m.name)) && /^\s+representative\b/u.test(s.slice(m.end))) return null;
  // The verb once, before the body or after the role.
  const verbBefore = /\b(?:said|says|added|told|wrote|stated)\s+(?:an?|the)\s+$/u.test(s.slice(quoteEnd, m.start));
  const verbAfter = /\b(?:said|says|added|told|wrote|stated)$/u.test(s.slice(m.end).match(BODY_SPOKES_AFTER)![0]);
  return verbBefore || verbAfter ? m : null;
}

/**
 * After a body named before a quote: its spokesperson and the verb, then a few words of its own ("said the missile was
 * “…”"), no other speech: "A police spokesman said the gunman had shouted: “…”" reports another's words.
 */
const BODY_SPOKES_SAID_BEFORE =
  /^\s+spokes(?:person|man|woman)\s+(?:(?:later|also|then)\s+)?(?:said|says|added|told|wrote|stated)\b(?![^“”"]*\b(?:said|says|told|shouted|read|reads|wrote|complained|asked|warned|screamed|yelled|been\s+told)\b)[^“”"]{0,40}$/u;
/** "A Home Office spokesman said: “…”": the body whose spokesperson, named with an article before the quote, speaks. */
function bodySpokespersonBefore(u: SpeakerUnit, quoteStart: number): Mention | null {
  const s = u.sentence.text;
  const before = s.slice(0, quoteStart).replace(/[“"‘']\s*$/u, '');
  const m = u.mentions.find(
    (x) =>
      (x.kind === 'ORG' || x.kind === 'BODY') &&
      x.end <= before.length &&
      /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+$/u.test(s.slice(0, x.start)) &&
      BODY_SPOKES_SAID_BEFORE.test(before.slice(x.end)),
  );
  return m ?? null;
}

/**
 * Before a name: "tributes (pouring in) for", "paid tribute to", "the death of", "mourned", "the late", "the murder of"
 * (not "the attempted murder of"), "slain" (not "slain by").
 */
const DEATH_BEFORE =
  /\b(?:tributes?\s+(?:\p{Ll}+\s+){0,3}(?:for|to)|(?:death|passing|funeral)\s+of|(?<!(?:attempted|foiled|failed|alleged|plotted|attempt|plot)\s)(?:murder|assassination)\s+of|mourn(?:s|ed|ing)?|the\s+late)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$|\b(?:slain|assassinated|murdered)\s+(?:(?!by\s)[\p{Ll}-]+\s+){0,3}$/u;
/** After a name: "’s death", "’s passing", ", who has died", "died on Monday", "has died aged 60". */
const DEATH_AFTER =
  /^(?:['’]s\s+(?:sudden\s+|untimely\s+|tragic\s+)?(?:death|passing|funeral)\b|,\s+who\s+(?:has\s+|had\s+)?died\b|(?:,[^,“”"]{1,60},)?\s+(?:has\s+|had\s+)?died\b)/u;

/** The persons a sentence says have died. */
function deadIn(u: SpeakerUnit): Mention[] {
  const s = u.sentence.text;
  return u.mentions.filter(
    (m) => m.kind === 'PERSON' && !quoted(s, m) && (DEATH_BEFORE.test(s.slice(Math.max(0, m.start - 80), m.start)) || DEATH_AFTER.test(s.slice(m.end))),
  );
}

/**
 * Whether a speaker read in the quote's sentence (`found`, as the sentence has it) names an outlet, whose prose it is.
 * A country (not one ending a longer name), an organisation the lexicon knows or an acronym ("China said", "NATO
 * said") is no outlet.
 */
function outletProse(speaker: Mention, found: Mention, sentence: string): boolean {
  if (speaker.kind === 'PERSON') return NO_PERSON_WORD.test(speaker.name);
  if (speaker.kind === 'COUNTRY' && !AFTER_PREPOSITION.test(sentence.slice(0, found.start))) return false;
  if (speaker.kind === 'ORG' && knownOrganisation(speaker.name)) return false;
  // "JAXA stated", "NOAA said" (not "FO", which says not whose office; not "CPRO, Metro Railway, <name>", a post)
  if (/^\p{Lu}{3,6}$/u.test(found.text) && !/^\s*,/.test(sentence.slice(found.end))) return false;
  // "A spokesperson for PandaFest said": a body that speaks through its spokesperson, whatever its name looks like.
  if (/\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?$/iu.test(sentence.slice(0, found.start))) return false;
  // "Everton said that ...": a one-word organisation opening its clause (not "the Center", the head of a longer name,
  // nor "the anti-immigration League party" in someone's apposition) that says or adds is a speaker; one that reports
  // or writes is an outlet ("Kompas reported"), also right after the quote it closes ("“…,” Xerox said").
  if (
    speaker.kind === 'ORG' &&
    /^\p{Lu}\p{Ll}[\p{L}]*$/u.test(speaker.name) &&
    /(?:^|[,;:]\s*|[,?!]["”’]\s*|\b(?:and|but|while|that|as|when|after|before)\s+)$/u.test(sentence.slice(0, found.start)) &&
    !/^\s*(?:\p{Ll}+ly\s+)?(?:reported|reports|wrote|writes)\b/u.test(sentence.slice(found.end))
  )
    return false;
  return OUTLET_LIKE.test(speaker.name);
}

/** A capitalised word right before a speech verb, at a clause's start: a speaker, read as a person or not. */
const UNREAD_SPEAKER = /(?<![\p{L}\p{N}]\s)(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’-]+)\s+(?:said|says|added|told|wrote|tweeted|posted|penned|shared)\b/gu;
/** Whose words these are, by a name of two capitalised words ("in the words of NASA Administrator Bill Gerstenmaier"; group 1: the name). */
const UNREAD_WORDS_OF = /\b(?:[Ii]n\s+the\s+words\s+of|[Aa]ccording\s+to)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?=[\s,.;:]|$)/gu;
/** Words that open a clause before a speech verb and name no one. */
const NOT_A_SPEAKER =
  /^(?:He|She|It|They|We|I|You|This|That|These|Those|The|A|An|Police|Officials|Authorities|Reports|Witnesses|Experts|Analysts|Sources|Residents|Others|Critics|Some|Many|Both)$/u;

/** Two mentions of one person: the same name, or one name the last word of the other ("Biden", "Joe Biden"). */
function samePerson(a: Mention, b: Mention): boolean {
  if (a.name === b.name) return true;
  const la = a.name.split(/\s+/).pop()!;
  const lb = b.name.split(/\s+/).pop()!;
  return la === lb && (a.name.endsWith(` ${lb}`) || b.name.endsWith(` ${la}`) || !a.name.includes(' ') || !b.name.includes(' '));
}

/**
 * Whether a paragraph ends inside a quote: its last curly double mark is an opening one, or (no curly marks) its
 * straight double marks are odd in number.
 */
function endsInsideQuote(text: string): boolean {
  const curly = allMatches(text, /[“”]/g);
  if (curly.length > 0) return curly[curly.length - 1][0] === '“';
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

/** Words of a state body's or a public institution's name. */
const STATE_WORD =
  /\b(?:Commission|Ministry|Department|Agency|Authority|Office|Council|Police|Government|Administration|Bureau|Service|Court|Parliament|Senate|Congress|Army|Forces)\b/u;

/**
 * The one person whose name holds `name`'s words in a row and more ("Faki Mahamat" in "Moussa Faki Mahamat"), or
 * null when none or several do. A single word must be a name's word of three letters or more.
 */
export function fullerName(name: string, people: Iterable<PersonRecord>): PersonRecord | null {
  const words = name.split(' ');
  if (words.length === 1 && name.length < 3) return null;
  const holders = new Map<string, PersonRecord>();
  for (const p of people) {
    const tokens = p.name.split(' ');
    if (tokens.length <= words.length) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((w, j) => tokens[i + j] === w)) {
        holders.set(p.name, p);
        break;
      }
    }
  }
  return holders.size === 1 ? [...holders.values()][0] : null;
}

/** A name a pronoun can stand for: not an organisation's ("Orbital Sciences Corp", "Reuters News", "EU"). */
function personShaped(m: Mention): boolean {
  return !OUTLET_WORD.test(m.name) && !ORG_NAME_WORD.test(m.name) && !/^\p{Lu}{2,6}$/u.test(m.name);
}
const ORG_NAME_WORD =
  /\b(?:Corp|Corporation|Inc|Ltd|LLC|Plc|Group|Company|Co|Sciences|Systems|Technologies|Industries|Holdings|Partners|Bank|University|Institute|Foundation|Association|Agency|Department|Ministry|Committee|Commission|Party|Union|Airlines|Motors|Energy)\b\.?/u;

/** Whether mentions name a person, organisation or body other than the actor (a person by any part of the name). */
function namesAnother(mentions: Mention[], actor: Mention): boolean {
  const parts = new Set(actor.name.split(/\s+/));
  return mentions.some(
    (m) => (m.kind === 'PERSON' && !m.name.split(/\s+/).some((w) => parts.has(w))) || ((m.kind === 'ORG' || m.kind === 'BODY') && m.name !== actor.name),
  );
}

/** "Once a Milei voter, he ...", "the Biden administration": a name used as a noun's modifier is no subject. */
export function attributive(sentence: string, m: Mention): boolean {
  return (
    /(?<![\p{L}])(?:a|an|the|one|every)\s+$/iu.test(sentence.slice(Math.max(0, m.start - 8), m.start)) &&
    /^[\s-]+\p{Ll}/u.test(sentence.slice(m.end, m.end + 3))
  );
}

/** A verb of speech after a lone word, a few adverbs before it. */
const LONE_VERB =
  '(?:(?:(?!(?:family|ally|assembly|rally|supply|reply)\\s)\\p{Ll}+ly|also|later|then|further|has|had)\\s+){0,2}(?:said|says|added|adds|told|tells|stated|wrote|writes|tweeted|posted|declared|explained|noted|insisted|warned|concluded|remarked|stressed)\\b';
/** A quote's closing mark, the stop or comma before it and a comma after it. */
const CLOSED_MARK = '^[,.!?…]?\\s*[”"’]\\s*,?\\s*';
/** One capitalised word (a capital inside it, "VelTel", or a hyphen, "Nandi-Ndaitwah", at most): the lone word, group 1. */
const LONE_WORD = "(\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+)?)";
/** After a quote's closing mark: one capitalised word, the subject of a verb of speech ("," Eskom said). */
export const LONE_WORD_AFTER = new RegExp(`${CLOSED_MARK}${LONE_WORD}\\s+${LONE_VERB}`, 'u');
/** After a quote's closing mark: a verb of speech, then one capitalised word that ends the clause ("," said Safaricom in …). */
export const LONE_WORD_INVERTED = new RegExp(
  `${CLOSED_MARK}(?:said|says|added|wrote|stated|declared)\\s+${LONE_WORD}(?=\\s*(?:[,.;]|$)|\\s+(?:in|on|at|after|before|during|via)\\s)`,
  'u',
);
/** Capitalised words that stand where a lone speaker would and name no one: those that name no source, and more. */
const NOT_A_LONE_SPEAKER = new Set([
  ...NOT_SOURCE,
  'Someone',
  'Everyone',
  'Nobody',
  'Others',
  'Many',
  'Some',
  'Both',
  'Organisers',
  'Organizers',
  'Investigators',
  'Prosecutors',
  'Doctors',
  'Rescuers',
  'Officers',
  'Scientists',
  'Researchers',
  'Activists',
  'Protesters',
  'Lawyers',
  'Family',
  'Friends',
  'Fans',
]);

/** Two words one letter apart: one substituted, inserted, dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A capitalised word (group 1), then `word` (a name's last word): "Mia Mottley" for "Mottley". */
export function givenNameBeforePattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}.'’-])(\\p{Lu}\\p{Ll}+)\\s+${esc(word)}(?![\\p{L}'’-])`, 'gu');
}
