// Citations: the outlets and institutions a sentence gives as the origin of a fact or a statement, found by the
// shape of the attribution ("according to X", "X said", "a spokesperson for X said", "(Via X)", "X told <outlet>")
// and by the shape of X (a known outlet or organisation, a state body, a capitalised name with an institution
// word, an acronym). Persons and countries are never sources; words inside quotation marks are not read.
import { SourceKind } from './vocabulary';
import { maskQuotes } from './quote-mask';
import {
  CAPITAL_CITIES,
  COUNTRIES,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  MEMBER_BODY_NOUNS,
  MONTHS,
  GOV_BY_ALIAS,
  ORG_BY_ALIAS,
  OUTLET_BY_ALIAS,
  OUTLETS,
  ROLES,
  WEEKDAYS,
  ANAPHOR_DESCRIPTION,
  canonicalOrganisation,
  DESCRIBED_BY_SUFFIXES,
  countryNamed,
} from './lexicon';
import type { Mention } from './mentions';
import {
  alt,
  BASED_PREFIX,
  COMPANY_APPOSITION,
  esc,
  givenName,
  headlineCase,
  lexiconTag,
  POST_NOMINAL_AFTER,
  TITLE_BEFORE_NAME,
  titleCase,
  wholeWordPattern,
  withoutHonours,
} from './mentions';
import { allMatches } from './matches';

export interface SourceFound {
  name: string;
  kind: SourceKind;
  url: string | null;
  /** Offset of the attribution in the sentence (citations are listed in this order). */
  at: number;
  /** An outlet: it reports, it never speaks a quote ("it said" is no outlet's). */
  outlet?: boolean;
}

/** What earlier sentences cited: "the ministry said", "the Journal said" and "the company added" refer back to it. */
export interface SourceMemory {
  /** The whole text: a lexicon organisation is named canonically only when the text spells that name. */
  text: string;
  /** Tokens of the people the text names: "Obama said" is a person, "Eskom said" a company. */
  personTokens: Set<string>;
  /** The people the text names, in full. */
  people: string[];
  /** The country the text is mostly about, else the last one named. */
  home: string | null;
  lastCountry: string | null;
  /** The sources cited so far, each with the sentence it was cited in. */
  cited: (SourceFound & { sentence: number })[];
  outletsSeen: SourceFound[];
  /** Organisations and state bodies named so far (cited or not), for "the company said" when none was cited. */
  named: SourceFound[];
  /** Sentences read so far. */
  sentences: number;
  /** The body cited last in a sentence that speaks of a statement ("X said in a statement"): whose "the statement said" is. */
  statement?: SourceFound & { sentence: number };
}

/** A state force or service named without its country ("the Coast Guard", "the Navy"): the text may give it in full once. */
export const COUNTRYLESS_FORCE = /^(?:Coast\s+Guard|Navy|Army|Air\s+Force|Marine\s+Corps|Marines|Border\s+Guard|Border\s+Police|National\s+Guard|Military)$/u;
const COUNTRY_BEFORE_PATTERNS = new Map<string, RegExp>();
/**
 * Up to two capitalised words right before `name` on its line (its country, "U.S. Coast Guard", "Sri Lanka Navy"), the
 * words in group 1 (compiled once per force's name: a few names, asked of every citation of one).
 */
export function countryBeforePattern(name: string): RegExp {
  let re = COUNTRY_BEFORE_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}.'’-])((?:\\p{Lu}[\\p{L}.]*[ \\t]+){1,2})${esc(name)}(?![\\p{L}])`, 'gu');
    COUNTRY_BEFORE_PATTERNS.set(name, re);
  }
  return re;
}
/** A count right before a force's name ("two China Coast Guard vessels"): its ships or troops, not the force speaking. */
export const COUNT_BEFORE = /(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|hundreds\s+of))\s+$/iu;
/**
 * "The Coast Guard said" in a text that names the "U.S. Coast Guard": a force or service named without its country is
 * the one the text gives with one elsewhere (the name as spelt there first), when every other name it gives the force
 * is that country's ("Royal Navy" beside "Russian Navy" leaves "the Navy" as it is). `sentence`: the sentence citing
 * it, whose names of the force do not count, nor a count's ("two China Coast Guard vessels").
 */
export function withItsCountry(name: string, text: string, sentence = ''): string {
  if (!COUNTRYLESS_FORCE.test(name)) return name;
  const rest = sentence ? text.split(sentence).join('\n') : text;
  const named = [...rest.matchAll(countryBeforePattern(name))].flatMap((m) => {
    // (two words, "Sri Lanka", or the last of them, "The Indian"; "The" alone, or after another sentence's end, names no one)
    const words = m[1].trim().split(/\s+/);
    const last = words[words.length - 1];
    const before = rest.slice(Math.max(0, m.index! - 20), m.index!) + m[1].slice(0, m[1].lastIndexOf(last));
    if (/^(?:The|A|An)$/u.test(last) || COUNT_BEFORE.test(before)) return [];
    const prefix = [words.join(' '), last].find((w) => countryNamed(w) !== null);
    const country = prefix ? countryNamed(prefix) : null;
    return [{ country, name: `${prefix} ${name}` }];
  });
  const first = named[0];
  return first?.country && named.every((f) => f.country === first.country) ? first.name : name;
}

export function sourceMemory(text: string, personNames: Iterable<string>, home: string | null): SourceMemory {
  // (read once: the parser passes a map's key iterator, which a second pass would find empty)
  const people = [...personNames];
  const personTokens = new Set<string>();
  for (const n of people) for (const t of n.split(/\s+/)) if (/^\p{Lu}/u.test(t)) personTokens.add(t);
  return { text, personTokens, people, home, lastCountry: null, cited: [], outletsSeen: [], named: [], sentences: 0 };
}

const OUTLET_NAMES = new Set(OUTLETS.map((o) => o.name));

/** Words that make a capitalised name an institution's. */
export const INSTITUTION_WORD =
  /\b(?:Ministry|Ministries|Department|Agency|Police|Office|Commission|Council|University|Institute|Institution|Foundation|Corp|Corporation|Inc|Ltd|Group|Bank|Court|Army|Navy(?!\s+SEALs?\b)|Air Force|Forces?|Organi[sz]ation|Association|Society|Survey|Cent(?:er|re)s?|Service|Services|Authority|Authorities|Federation|Committee|Union|Network|Fund|Programme|Program|Observatory|Cross|Crescent|Administration|Company|Airlines|Airways|Holdings|Systems|Technologies|Industries|Shipping|Motors|Pharmaceuticals|Logistics|Insurance|Telecom|Communications|Therapeutics|Automotive|Petroleum|Chemicals|Electronics|Laboratory|Hospital|College|Trust|Watch|Bureau|Board|Secretariat|Parliament|Assembly|Senate|Congress|Tribunal|Coalition|Alliance|League|Coast Guard|National Guard)\b/u;
/** Heads of state bodies named in lower case: "Chinese health authorities", "the country's military junta". */
const BODY_HEAD =
  "(?<!(?:news|press)\\s)agency|authorities|government|ministry|military junta|junta|military|army|police|state media|state television|state news agency|foreign office|foreign ministry|health ministry|interior ministry|defen[cs]e ministry|coast ?guard|statistics office|election commission|electoral commission|central bank|investigative committee|emergencies ministry|disaster agency|weather agency|weather service|meteorological agency|prosecutors?|prosecutor(?:s[’'])?[’']?s? office|fire service|civil defen[cs]e|embassy(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?";
const GOVERNMENT_WORD =
  /\b(?:Ministry|Department|Government|Police|Army|Forces|Military|Junta|Authorities|Office|Survey|White House|Kremlin|Pentagon|Downing Street|Commission|Administration|Centers for Disease)\b|\b(?:ministry|government|police|army|military|junta|authorities|foreign office)\b/u;
/**
 * Attribution verbs after a subject ("X said", "X has confirmed", "X issued a brief statement"; the word boundary after
 * them cannot follow "communiqué", so its "é" stays outside the match).
 */
const VERB =
  'said|says|say|told|tells|reported|reports|added|adds|announced|announces|stated|states|confirmed|confirms|estimated|estimates|estimate|puts?(?=\\s+the\\s+(?:figure|toll|number|total|count)\\b)|noted|notes|explained|explains|wrote|writes|published|counted|recorded|warned|warns|revealed|reveals|disclosed|discloses|acknowledged|acknowledges|indicated|indicates|assured|reiterated|affirmed|affirms|asserted|asserts|clarified|clarifies|maintained|maintains|cautioned|cautions|underscored|highlighted|insisted|insists|claimed|claims|argued|argues|admit(?:ted|s)(?=\\s+(?:that|to|it|its)\\b|\\s+(?:on|in|last|this)\\s+\\S+\\s+that\\b)|intimated|pointed out|emphasi[sz]ed|stressed|tweeted|(?:issued|released|put\\s+out)\\s+(?:an?|its|their)\\s+(?:(?!(?:false|misleading|fake|fraudulent|inaccurate|incorrect|erroneous|untrue)\\s)[\\p{Ll}-]+\\s+){0,2}?(?:statement|communique|press\\s+release|communiqu(?=é(?![\\p{L}])))|(?:(?<=\\b(?:[Ss]tatement|[Rr]elease|[Cc]ommuniqu[ée])\\s)reads?|(?<=\\b(?:[Ss]tatement|[Cc]ommuniqu[ée])\\s)(?:continued|concluded))(?=\\s*[,.:;“"‘]|\\s+in\\s+part\\b|$)|posted(?=\\s+(?:on|to)\\s+(?:Twitter|X|Facebook|Instagram|Telegram|LinkedIn|social media|its|their)\\b)';
/** Before the verb: an embassy named with its country, then where it is ("The US Embassy in Moscow", "the Embassy of Japan in the Philippines"). */
export const EMBASSY_AT_END =
  /(?<![\p{L}.'’-])(?!(?:The|A|An)\s)((?:\p{Lu}[\p{L}.]*\s+){1,2}[Ee]mbassy|Embassy\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u;
/** Where a clause opens: the start, a comma, a colon or dash, or a conjunction (the text read up to a subject). */
export const CLAUSE_OPENS_BEFORE = /(?:^|[,;:—–]|\b(?:and|but|while|whereas|Meanwhile|meanwhile))\s*$/u;
/** A country's name of two words or more ("New Zealand", "Sri Lanka"): its possessive is the whole name's. */
const COUNTRY_OF_WORDS = alt(COUNTRIES.flatMap((c) => c.names).filter((n) => /\s/u.test(n)));
export const BODY_AT_END = new RegExp(
  `(?<![\\p{L}])(?:the\\s+|The\\s+)?(?:(?:${COUNTRY_OF_WORDS})['’]s|\\p{Lu}[\\p{L}.]*['’]s|country['’]s|nation['’]s|\\p{Lu}\\p{L}+)\\s+(?:(?!(?:${VERB})\\s)[\\p{Ll}-]+\\s+){0,2}?(?:${BODY_HEAD})$`,
  'u',
);
const MEDIA_WORD = /\b(?:media|television|news agency)\b/i;
/** Photo and video agencies: "(Via Getty Images)" credits a picture, not a fact. */
const PICTURE_CREDIT = /\b(?:Getty|Images|Photo|Photos|Shutterstock|Pool|AFP Photo|AP Photo|Video)\b/;

const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’&-]*(?:\\p{N}+)?\\.?(?:\\p{Lu}\\.)*|\\p{Lu}\\.(?:\\p{Lu}\\.)+)";
const LINK = '(?:of|for|and|the|on|de|du|des|&)';
/** A capitalised name of up to eight words, small linking words inside it. */
const CAP_PHRASE = `${CAP_WORD}(?:\\s+(?:${LINK}\\s+){0,2}${CAP_WORD}){0,7}`;
export const CAP_PHRASE_END = new RegExp(`(?:(?:[Tt]he)\\s+)?(${CAP_PHRASE})$`, 'u');
export const CAP_PHRASE_START = new RegExp(`^(?:(?:[Tt]he)\\s+)?(${CAP_PHRASE})`, 'u');

/**
 * A demonym's word before a place or the state's people in lower case ("the Indonesian island of", "Peruvian
 * officials"); not a name's last word ("South Sudanese", "Latin American") nor a thing named ("the Indian Ocean").
 */
const DEMONYM_BEFORE_PLACE =
  /(?<![\p{L}\p{M}\p{N}'’.-])(?<!\p{Lu}[\p{L}.'’-]*\s)(\p{Lu}\p{Ll}+)(?=\s+(?:island|islands|province|state|region|coast|capital|city|town|village|territory|mainland|archipelago|peninsula|government|authorities|officials|troops|soldiers|army|navy|military|police|people)\b)/gu;
/** A weekday between a subject and its verb, in wire style ("the Fiji government Wednesday said"; not "on Wednesday"). */
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** What may end a subject before its verb and is no part of it: an auxiliary, an adverb of time, a weekday. */
export const SUBJECT_TAIL = new RegExp(
  `(?<!\\s)\\s+(?:has|had|also|later|earlier|previously|separately|now|further|(?<!\\bon\\s)${WEEKDAY}|on\\s+${WEEKDAY})$`,
  'u',
);
/** The "and" before a list's last name ("General Motors and ", "Ford, GM, and the "). */
const LIST_AND_END = /(?<=[\p{L}\p{N}.)])(?:,?[ \t]+and[ \t]+)(?:the[ \t]+)?$/u;
/** A preposition (group 2) and the word before it (group 1) before a list's first name ("for South Asia, UN and ..."). */
const LIST_GOVERNED = /(?:^|[^\p{L}])(\p{L}+)[ \t]+(of|for|from|in|to|with|by|between|on|at|among)[ \t]+(?:the[ \t]+)?$/u;
/** Words after which a preposition's list is who speaks: "officials at NASA and Boeing", "spokespeople for X and Y". */
const SPEAKERS_FOR = /^(?:officials?|spokes(?:man|woman|person|people|men|women)|representatives?|executives?|sources?|leaders?|heads?|chiefs?)$/iu;
/** Whether a list of names after these words is a preposition's object (a title's portfolio), not the subject. */
function listGoverned(before: string): boolean {
  const m = before.match(LIST_GOVERNED);
  if (!m) return false;
  // ("a joint statement by FIFA and UEFA said": whose statement it is; "a letter to NASA and Boeing" is not)
  if (/^(?:statement|communiqu[ée]|release|letter)$/iu.test(m[1]) && /^(?:by|from)$/u.test(m[2])) return false;
  return !SPEAKERS_FOR.test(m[1]);
}
/** A capitalised name ending a segment, after its comma or the sentence's start, no opening word of a clause before it. */
const LIST_NAME_END =
  /(?:^|[,;:][ \t]+)(?!(?:In|On|At|Over|After|Before|During|Since|From|By|With|For|Across|Throughout|Beyond|Meanwhile|However|Also|Earlier|Later|Today|Yesterday|Separately|Elsewhere|Overnight)\b)\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)?\p{Lu}[\p{L}.'’-]*){0,5}$/u;
/** A region's name ("North Africa", "South and Central Asia"). */
const REGION_WORD = /\b(?:Africa|Asia|Europe|America|Americas|Pacific|Caribbean|Middle\s+East|Gulf|Balkans|Oceania)$/u;
/** The comma between a list's names ("Ford, "). */
const LIST_COMMA_END = /(?<=[\p{L}\p{N}.)]),[ \t]+(?:the[ \t]+)?$/u;
/**
 * Adverbs of manner or time between a subject and its verb ("officially announced", "recently confirmed"); a list, not
 * any word in "-ly" ("The Smith family said", "The Lagos daily reported"), and no hedge ("reportedly argued").
 */
const MANNER_ADVERB =
  '(?:officially|formally|publicly|recently|previously|repeatedly|initially|originally|subsequently|finally|quickly|swiftly|immediately|promptly|strongly|firmly|sharply|categorically|emphatically|clearly|explicitly|openly|privately|jointly|independently|additionally|similarly|directly|personally|specifically|unanimously|briefly|first|proudly|happily|gladly|sadly|solemnly|cautiously)';
/** "X has/also/later said", "X, which ..., says", "X said in a statement", "X today said", "X officially announced". */
export const SUBJECT_VERB = new RegExp(
  `(?<!\\s)(?:\\s*,[^,]{1,80},)?\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+|earlier\\s+|previously\\s+|separately\\s+|now\\s+|further\\s+|today\\s+|yesterday\\s+|tonight\\s+|(?<!\\bon\\s)${WEEKDAY}\\s+|on\\s+${WEEKDAY}\\s+)?(?:${MANNER_ADVERB}\\s+)?(?:${VERB})\\b`,
  'gu',
);
/** "Early U.S. Geological Survey modeling suggested": an institution's data or model as the origin. */
const DATA_VERB =
  /(?<!\s)\s+(?:data|modell?ing|models?|figures|estimates|analysis|report|research|records|statistics|tallies|count)\s+(?:suggested|suggests|showed|shows|indicated|indicates|found|finds)\b/gu;
const LEADING_ADJECTIVE = /^(?:Early|Earlier|Latest|New|Preliminary|Initial|Official|Recent|Separate|Updated|Later)\s+/u;
const SPOKES =
  '(?:spokes(?:man|woman|person)|vice[- ]president|representative|official|officials|director|chief|head|president|associate|partner|lawyer|attorney|chair(?:man|woman|person)?|executive|exec|CEO|CFO|COO|officer|manager|researcher|professor|lecturer|fellow|student|economist|analyst|scientist|meteorologist|forecaster|epidemiologist|engineer|coordinator|commissioner|superintendent|commander|founder|strategist|expert|adviser|advisor|secretary|boss|co-founder|cofounder)';
export const SPOKES_FOR_END = new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(?:\\p{Ll}+\\s+)?${SPOKES}\\s+(?:for|of|at|from)\\s+((?:the\\s+)?[^,;]{2,80})$`, 'u');
// (not "the US-based company", "the Texas-owned firm": where a body is from or whose it is describes it, names none)
export const NAMED_BODY_END = new RegExp(
  `(?<![\\p{L}\\p{M}'’&.-])(?:[Tt]he\\s+)?(${CAP_PHRASE})(?<!-(?:${DESCRIBED_BY_SUFFIXES}))\\s+(?:\\p{Ll}+\\s+)?(?:union|agency|group|company|firm|organi[sz]ation|association|institute|council|commission|authority|regulator|utility|pollster|watchdog|think\\s+tank|thinktank|charity)$`,
  'u',
);
// ("the US-based company": where it is from says which one no more than "the company" does)
export const ANAPHOR_END = new RegExp(
  `(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+${ANAPHOR_DESCRIPTION}(?:company|firm|ministry|agency|organi[sz]ation|group|department|office|utility|operator|regulator|commission|authority|journal|newspaper|broadcaster|bank|league|council|committee|board|airline|carrier|watchdog|institute|university|court|tribunal|${MEMBER_BODY_NOUNS})$`,
  'u',
);
/** A title of address that may stand between a role and the name ("Chief Scientist Dr X"). */
const HONORIFIC = '(?:Dr|Prof|Professor|Mr|Mrs|Ms|Engr|Eng)\\.?';
/** The roles above with their words' first letters in either case ("State Department Spokesman", "IOC President"). */
const SPOKES_ANY_CASE = SPOKES.replace(/(?<![\\\p{L}])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
/**
 * Before a name: its employer and role ("Met Office chief meteorologist ", "Foundation climate and energy program
 * manager ", "State Department Spokesman ", "Sainsbury Chief Executive Officer ", "ESA Director General ", "NASA
 * Administrator ": the capitalised title only, "a WhatsApp group administrator" is no one's).
 */
export const EMPLOYER_BEFORE_ROLE = new RegExp(
  `(?<![\\p{L}'’.-])((?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:(?:of|and|for|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’.-]*\\s+){0,5}(?:\\(\\p{Lu}{2,8}\\)\\s+)?)(?:[\\p{Ll}-]+\\s+){0,4}(?:${SPOKES_ANY_CASE}|Administrator)(?:(?<=[Dd]irector|[Ss]ecretary)[- ][Gg]eneral)?\\s+(?:${HONORIFIC}\\s+)?$`,
  'u',
);
/** A word of a role, in either case ("Director", "officer"). */
export const ROLE_LEAD_WORD = new RegExp(`^(?:${SPOKES_ANY_CASE})$`, 'u');
export const ROLE_OF = new RegExp(`\\b${SPOKES}(?:\\s+general)?\\s+(?:of|for|at|with|from)\\s+`, 'iu');
export const EMPLOYER_ROLE = new RegExp(`^(?:the\\s+|an?\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5})${SPOKES}\\b`, 'iu');
export const BODY_START = new RegExp(
  `^(?:the\\s+|The\\s+)?(?:(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)['’]s|(country|nation)['’]s|(\\p{Lu}\\p{L}+))\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:Ministry|Office|Department|Agency|Police|Army|Government|Forces|Embassy(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?)(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3})?|(?:[\\p{Ll}-]+\\s+){0,2}?(?:${BODY_HEAD}))\\b`,
  'u',
);

/** "Police in the western city of Koblenz", "police in Lagos" before the verb (group 1: the place). */
export const POLICE_IN_PLACE =
  /(?:^|[\s,;:—(])(?:(?:the|The)\s+)?[Pp]olice\s+in\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}(?:city|town|village|province|state|region|county|district|capital|port)\s+of\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u;

/** "NASA official says", "A Cal Fire spokesperson": a capitalised name right before a spokesperson's or an official's role. */
export const ORG_ROLE_END = new RegExp(`(?<![\\p{L}\\p{M}'’&.-])(?:(?:[Tt]he|[Aa]n?)\\s+)?(${CAP_PHRASE})\\s+(?:\\p{Ll}+\\s+)?${SPOKES}$`, 'u');
/** "a U.S. State Department statement", "the Kremlin statement": a capitalised name right before a statement's noun. */
export const ORG_STATEMENT_END = new RegExp(
  `(?<![\\p{L}\\p{M}'’&.-])(?:[Tt]he|[Aa]n?)\\s+(${CAP_PHRASE})\\s+(?:(?:joint|written|official|brief|separate)\\s+)?(?:statement|press\\s+release|release|communiqu[ée])$`,
  'u',
);
/** A day's or a season's name, no body's ("Christmas Day", "New Year", "Independence Day"). */
const HIGH_DAY = '(?:Day|Eve|Christmas|Easter|New\\s+Year|Ramadan|Eid|Diwali|Thanksgiving|Hanukkah)';
export const HOLIDAY_NAME = new RegExp(`(?:^|\\s)${HIGH_DAY}$`, 'u');
/** An armed group's name ("Rapid Support Forces", "Tigray People's Liberation Front"): a party to a conflict. */
export const ARMED_GROUP = /\b(?:Forces|Front|Army|Militia|Brigades?|Movement)$/u;
/** After a name: its spokesperson's or official's role ("Cal Fire spokesperson Heather Williams"). */
export const ROLE_AFTER = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?${SPOKES}\\b`, 'u');
/** The nouns of a body's written words ("the statement said", "the release reads", "the communiqué continued"). */
const STATEMENT_NOUN = 'statement|release|communiqu[ée]';
/** A body's common noun that is one of them: its statement is the words of the body cited before. */
export const STATEMENT_END = new RegExp(`^(?:${STATEMENT_NOUN})$`, 'u');
/** "a ministry spokesperson", "the ministry spokesman": a body named by its common noun, cited before. */
export const BODY_SPOKES_END = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Ii]ts)\\s+(ministry|agency|company|firm|police|department|office|authority|regulator|commission|government|embassy|council|${STATEMENT_NOUN})(?:\\s+spokes(?:man|woman|person))?$`,
  'u',
);
/** "according to earlier reports from the Associated Press": the reports' origin is the source. */
export const REPORTS_FROM =
  /^(?:(?:the|a|an|earlier|recent|new|latest|local|media|official|preliminary|[\p{Ll}]+-vote|research|client|investor)\s+){0,3}(?:(?:reports?|reporting|data|figures|estimates|statements?|analysis)\s+(?:from|by|of|in)|(?:notes?|surveys?|stud(?:y|ies))\s+(?:from|by))\s+/u;
/**
 * Where a source is named after its attribution: "according to X", "per X", "citing X", "as reported by X", "as
 * confirmed by X", and an inverted verb before a capitalised name ("said the AU", "reports Reuters").
 */
export const ATTRIBUTED_TO =
  /\b(?:[Aa]ccording to|per|citing|as\s+(?:reported|confirmed|announced|stated|revealed|shown|published)\s+by|(?:was|were|been)\s+(?:revealed|announced|confirmed|disclosed)\s+by|(?:said|says|reports|reported|writes|wrote|added|adds)(?=\s+(?:the\s+)?\p{Lu}))\s+/gu;
/** Where the name after "according to" ends: the clause goes on after a comma, a stop, a bracket or the sentence's end. */
export const ACCORDING_END = /^\s*(?:[,.;:()]|$)/u;
/** The last word of a document's name: a law, a code, a treaty. */
export const DOCUMENT_WORD =
  /^(?:Code|Act|Law|Laws|Constitution|Charter|Convention|Treaty|Agreement|Accords?|Bill|Rules|Regulations?|Guidelines|Directive|Declaration|Protocol|Statute)$/u;
/** "a statement from X", "a statement released on X's website", "a statement issued in Accra on Tuesday by X". */
export const STATEMENT_BY =
  /\b[Aa]\s+statement\s+(?:(?:released|issued|posted|published|signed)\s+(?:(?:on|from|by)\s+|[^,.;“”"]{1,50}?\s+(?:by|from)\s+)|(?:on|from|by)\s+)/gu;
/** What a source is, in lower case before its name ("web service monitoring platform", "state-owned telecommunications firm"). */
export const DESCRIBED_SOURCE =
  /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,5}?(?:platform|firm|company|agency|group|website|site|tracker|monitor|service|provider|organi[sz]ation|watchdog|regulator|institute|body|charity|consultancy|operator|utility|insurer|bank|lender)\s+(?=\p{Lu})/u;
/** A source's kind in small letters right before its name, ending the words before a verb of attribution ("rights watchdog Hengaw"; group 1 the kind, 2 the name). */
export const DESCRIBED_SUBJECT_END = new RegExp(
  `(?:^|[\\s,;:(])(?:[Tt]he\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(watchdog|monitor|platform|website|site|portal|outlet|tracker|firm|company|giant|agency|organi[sz]ation|charity|NGO|consultancy|provider|operator|broadcaster|channel|network|station|newspaper|daily|tabloid|magazine|startup|start-up|insurer|lender|retailer|carmaker|automaker|chipmaker|manufacturer|publisher|pollster)\\s+(${CAP_PHRASE})$`,
  'u',
);
/** A possessive word alone, read where a body's name stands ("Her entertainment agency said"): whose, not who. */
const POSSESSIVE_DETERMINER = /^(?:His|Her|Its|Their|Our|My|Your)$/u;
/** "the country's " right before a name: the name is the country's own body's. */
const COUNTRYS_BEFORE = /(?:^|\s)[Tt]he\s+(?:\p{Ll}+\s+)?(?:country|nation)['’]s\s+$/u;
/** "a spokesman for the country's National Disaster Management Authority (ANDMA)": the country's own body. */
export const COUNTRYS_NAMED = new RegExp(`^(?:the\\s+)?(?:country|nation)['’]s\\s+(${CAP_PHRASE})`, 'u');

export function citationsOf(sentence: string, mentions: Mention[], memory: SourceMemory): SourceFound[] {
  memory.sentences++;
  const prose = maskQuotes(sentence);
  const quoted = (i: number) => prose[i] !== sentence[i];
  const live = mentions.filter((m) => !quoted(m.start));
  const out: SourceFound[] = [];
  // "Russia strongly condemned ..., the Foreign Ministry said": a state body named without its country is the
  // country's that opens the sentence as its subject ("The Government of Venezuela, through ... the Foreign Ministry").
  const opening = live.find((m) => m.kind === 'COUNTRY' && COUNTRY_OPENING.test(prose.slice(0, m.start)) && !/^['’]s\b/u.test(prose.slice(m.end)));
  const add = (found: SourceFound | null) => {
    // ("PREMIUM TIMES reported": a name set in capitals is read whole, in the case names are written in)
    if (found && /^\p{Lu}{2,}$/u.test(found.name) && prose.startsWith(found.name, found.at)) {
      const caps = prose.slice(0, found.at).match(CAPITALS_BEFORE)?.[0] ?? '';
      // (words the language model knows, not acronyms or places: "US CDC", "NIGERIA NAFDAC" stay apart)
      const words = `${caps}${found.name}`.split(/\s+/);
      if (
        caps &&
        words.every((w) => {
          const title = titleCase(w.toLowerCase());
          const tag = lexiconTag(w);
          return !COUNTRY_BY_NAME.has(title) && !ORG_BY_ALIAS.has(w) && !OUTLET_BY_ALIAS.has(w) && tag !== null && !/Country|Place|City|Name/u.test(tag);
        })
      )
        found = { ...found, name: titleCase(words.join(' ').toLowerCase()), at: found.at - caps.length };
    }
    const name = found && countrysBody(tidySourceName(found.name), opening?.name ?? null, found.at);
    const named = name ? { ...found!, name } : null;
    const f = named && BARE_HEAD.test(named.name) ? bareHead(named, memory) : named;
    // ("Authorities said", "Officials say": words that name no body are no source; "Police", the one force, is)
    if (f && f.name !== 'Police' && NOT_SOURCE.has(f.name)) return;
    // ("His agency said", "Her entertainment agency released a statement": whose agency, no name)
    if (f && POSSESSIVE_DETERMINER.test(f.name)) return;
    if (f && !out.some((o) => o.name === f.name)) out.push(f);
  };

  for (const m of live) if (m.kind === 'OUTLET') memory.outletsSeen.push(outletSource(m, m.start));
  // The country named last, by its name or by a demonym no mention holds before a place or the state's people ("off
  // the Indonesian island of Sulawesi ... The country’s Transport Ministry confirmed"): what "the country's" refers to.
  let countryAt = -1;
  // ("Afghan army soldiers": a state body's country too)
  for (const m of live) {
    if (m.kind === 'COUNTRY') [memory.lastCountry, countryAt] = [m.name, m.start];
    else if (m.kind === 'BODY' && m.country) [memory.lastCountry, countryAt] = [m.country, m.start];
  }
  for (const d of allMatches(prose, DEMONYM_BEFORE_PLACE)) {
    const country = COUNTRY_BY_DEMONYM.get(d[1]);
    if (country && d.index! > countryAt && !live.some((x) => x.start <= d.index! && x.end > d.index!))
      [memory.lastCountry, countryAt] = [country.name, d.index!];
  }
  const namedHere = live.flatMap((m): SourceFound[] =>
    (m.kind === 'ORG' && !m.org?.party) || m.kind === 'BODY'
      ? [{ name: m.kind === 'ORG' ? orgName(m, memory) : m.name, kind: m.kind === 'BODY' ? SourceKind.GOVERNMENT : kindOf(m.name), url: null, at: m.start }]
      : [],
  );

  // "according to X", "per X", "reports X", "said a statement released on X('s website)"
  for (const m of allMatches(prose, ATTRIBUTED_TO)) {
    let at = m.index! + m[0].length;
    if (m[0].startsWith('per') && !/^(?:the\s+)?\p{Lu}/u.test(prose.slice(at))) continue;
    const according = /^[Aa]ccording/.test(m[0]);
    if (according) at += prose.slice(at).match(REPORTS_FROM)?.[0].length ?? 0;
    // "according to web service monitoring platform DownDetector": what the source is, in lower case, before its name.
    const described = /^(?:[Aa]ccording|as)/.test(m[0]) ? prose.slice(at).match(DESCRIBED_SOURCE) : null;
    if (described) at += described[0].length;
    // "said the AU would monitor it": the name starts a reported clause, it is no inverted subject.
    let among = live;
    if (/^(?:said|says|reports|reported|writes|wrote|added|adds)/.test(m[0])) {
      const name = prose.slice(at).match(CAP_PHRASE_START);
      const after = prose.slice(at + (name?.[0].length ?? 0));
      const role = !!name && ROLE_AFTER.test(after);
      // ("said UCU – in line with ...": a dash ends the name as a comma does; not the first of a pair around an
      // apposition or a relative clause: "said Gazprom – the state gas giant – would cut supplies", "said UNICEF –
      // which is stretched, would need more")
      if (!name || !(/^\s*(?:[,.;:(]|[–—](?!\s*(?:which|who|whose|where|the|a|an|its)\b)(?![^–—]*[–—])|-\s(?!.*\s-\s)|$)/u.test(after) || role)) continue;
      // ("said WHO spokesperson Ann Lee": the person read with the body and the role before the name speaks for the body)
      const bodyEnd = at + name[0].length;
      if (role) among = live.filter((x) => !(x.kind === 'PERSON' && x.start <= at && x.end > bodyEnd));
    }
    // ("as reported by Kompas": the one reporting is an outlet)
    add(sourceAt(prose, at, among, memory, { spokes: true, described: !!described, loose: /^as\s+reported/.test(m[0]), according }));
  }
  for (const m of allMatches(prose, STATEMENT_BY)) {
    add(sourceAt(prose, m.index! + m[0].length, live, memory, {}));
  }
  // "(Via Al Jazeera)", "(Via The New York Times, USA Today, BBC)"
  for (const m of allMatches(prose, /\(\s*[Vv]ia\s+([^()]{2,120})\)/gu)) {
    if (PICTURE_CREDIT.test(m[1])) continue;
    let at = m.index! + m[0].indexOf(m[1]);
    for (const part of m[1].split(/(,\s*(?:and\s+)?|(?<!\s)\s+and\s+)/)) {
      if (!/^,|^\s+and\s+$/.test(part)) add(sourceAt(prose, at, live, memory, { loose: true }));
      at += part.length;
    }
  }
  // "X said", "X, which ..., says", "a spokesperson for X said", "<Org> spokesperson <Name> said".
  for (const m of allMatches(prose, SUBJECT_VERB)) {
    // "X said it was deeply concerned": a citation too (an attribution verb), besides the reaction.
    const first = subjectBefore(prose, m.index!, live, memory, false);
    let f = first;
    // "Ford, General Motors and Stellantis said", "the Federal Reserve, Treasury Department and FDIC announced": each
    // body of the list before the verb, read as the subject in turn, back from the last to the "and" and the commas
    // before it. Only the conjunct's own words name it (no body recalled from before, no comma inside).
    const list: SourceFound[] = [];
    let whole = true;
    for (let i = 0, and = true; f && i < 6; i++, and = false) {
      const join = prose.slice(0, f.at).match(and ? LIST_AND_END : LIST_COMMA_END);
      if (!join) {
        // ("Minister of State for South Asia, UN and the Commonwealth said": a list after a preposition, or after a
        // region's name, is a title's portfolio)
        const before = prose.slice(Math.max(0, f.at - 60), f.at);
        whole = !(i > 0 && listGoverned(before)) && !REGION_WORD.test(before.replace(/,[ \t]*$/u, '').match(LIST_NAME_END)?.[0] ?? '');
        break;
      }
      const end = f.at - join[0].length;
      // (read in the words before the join only: "the Treasury Department" of "... Department and FDIC")
      const next = subjectBefore(
        prose.slice(0, end),
        end,
        live.filter((x) => x.end <= end),
        memory,
        false,
      );
      f = next && next.at < end && next.at >= end - 80 && !/[,;:]/u.test(prose.slice(next.at, end)) ? next : null;
      if (f) list.push(f);
      // ("..., North Africa, UN and the Commonwealth said": a region's name before the join makes the list a
      // title's portfolio; a clause before it, "Over the weekend, the Federal Reserve", a country, "Poland, Frontex
      // and Europol said", or a name no subject reads, "Ford, General Motors and ...", ends it)
      else whole = !REGION_WORD.test(prose.slice(Math.max(0, end - 60), end).match(LIST_NAME_END)?.[0] ?? '');
    }
    // (the subject itself goes with a portfolio's list: "... UN and the Commonwealth said")
    if (whole) [first, ...list].forEach(add);
  }
  for (const m of allMatches(prose, DATA_VERB)) add(subjectBefore(prose, m.index!, live, memory, true));
  // "The European Union expressed its shock at the incident and said ...", "NITI Aayog Vice Chairman Rajiv Kumar
  // welcomed the budget and said ...": a speech verb joined by "and" to the clause's first verb has its subject.
  // (one predicate from that verb to "and": no comma, no clause of its own, "..., while the union condemned it and said")
  for (const m of allMatches(prose, AND_SAID)) {
    const end = openingSubjectEnd(prose.slice(0, m.index!));
    if (end !== null && !OTHER_CLAUSE.test(prose.slice(end, m.index!))) add(subjectBefore(prose, end, live, memory, false));
  }
  // "with Chinese state media across the board reporting it to be 6.5"
  for (const m of allMatches(prose, /\bwith\s+((?:the\s+)?[^,;]{2,60}?)\s+(?:\p{Ll}+\s+){0,3}(?:reporting|saying|estimating)\b/gu)) {
    add(sourceAt(prose, m.index! + 5, live, memory, {}));
  }
  // "X told <outlet>": the outlet too (and outlets by the verbs and phrases that cite them).
  for (const m of live) {
    if (m.kind !== 'OUTLET') continue;
    const before = prose.slice(Math.max(0, m.start - 60), m.start);
    const after = prose.slice(m.end, m.end + 60);
    if (OUTLET_CITED_BEFORE.test(before) || OUTLET_WRITER_BEFORE.test(before) || OUTLET_CITED_AFTER.test(after)) add(outletSource(m, m.start));
  }
  // "said on ITV", "told television station KTVT", "in an interview with NAN", "Fars news agency reported": an
  // outlet the lexicon does not know, by the phrase that cites it.
  for (const m of allMatches(prose, UNKNOWN_OUTLET_CUE)) {
    const start = m.index! + m[0].length;
    const named = prose.slice(start).match(CAP_PHRASE_START);
    // (an acronym no lexicon knows, read as an organisation, may be a station's call sign: "KTVT")
    if (!named || live.some((x) => x.start <= start && x.end > start && !(x.kind === 'ORG' && /^\p{Lu}{2,6}$/u.test(x.text) && !ORG_BY_ALIAS.has(x.text))))
      continue;
    // "told The Hill": a capitalised article is a one-word name's ("confirmed to The Detroit Free Press" names the Detroit Free Press).
    // ("RTÉ’s Morning Ireland": the outlet, not its programme)
    const bare = trimName(named[1].replace(/['’]+s\s.*$/u, ''));
    const name = /^The\s/.test(named[0]) && !bare.includes(' ') ? `The ${bare}` : bare;
    const words = bare.split(/\s+/);
    if (
      words.length > 4 ||
      PLATFORM.test(name) ||
      NOT_OUTLET.test(name) ||
      COUNTRY_BY_NAME.has(name) ||
      COUNTRY_BY_DEMONYM.has(name) ||
      words.some((w) => memory.personTokens.has(w) || NOT_SOURCE.has(w)) ||
      givenName(words[0]) ||
      (INSTITUTION_WORD.test(name) && !MEDIA_WORD.test(name))
    )
      continue;
    add({ name, kind: mediaKind(m[0], SourceKind.OTHER), url: null, at: start, outlet: true });
  }
  for (const m of allMatches(prose, NEWS_AGENCY_AFTER)) {
    const known = OUTLET_BY_ALIAS.get(m[1]);
    const name = known?.name ?? `${m[1]} News Agency`;
    // (the agency read before by its first word alone: "Fars")
    const short = out.findIndex((o) => o.name === m[1]);
    if (short >= 0) out.splice(short, 1);
    if (!live.some((x) => x.kind === 'OUTLET' && x.start <= m.index! && x.end > m.index!))
      add({ name, kind: SourceKind.NEWS_AGENCY, url: null, at: m.index!, outlet: true });
  }
  // From the last: in "The New York Times and CNN reported", the first outlet shares the verb of the second.
  const outletMentions = live.filter((m) => m.kind === 'OUTLET');
  for (let i = outletMentions.length - 1; i >= 0; i--) {
    const m = outletMentions[i];
    const next = outletMentions[i + 1];
    const name = m.outlet?.name ?? m.name;
    if (
      next &&
      out.some((o) => o.name === (next.outlet?.name ?? next.name)) &&
      /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.test(prose.slice(m.end, next.start))
    )
      if (!out.some((o) => o.name === name)) out.push(outletSource(m, m.start));
  }
  // "Al Jazeera reported that the Armenian defence ministry said ...": the outlet leading reports the whole sentence,
  // whoever spoke inside it. ("The Harbour Authority said ..., Bloomberg reported": the body said it and the outlet
  // reported it, two citations, as "X told <outlet>" gives two.)
  const leading = live.find((m) => m.kind === 'OUTLET' && m.start <= 40 && /^\s*(?:has\s+)?(?:reported|reports)\s+that\b/u.test(prose.slice(m.end)));
  if (leading) for (let i = out.length - 1; i >= 0; i--) if (!OUTLET_NAMES.has(out[i].name) && out[i].at > leading.end) out.splice(i, 1);
  out.sort((a, b) => a.at - b.at);
  for (const f of out) memory.cited.push({ ...f, sentence: memory.sentences });
  // ("The RFU said in a statement ... The statement said": the body whose statement it is, a few sentences on; "the
  // release of the crew" is no press release; "é" is no word character to "\b")
  const body = /\b(?:statement|press\s+release|communiqu[ée])(?![\p{L}])/iu.test(prose) ? out.find(speaksItself) : undefined;
  if (body) memory.statement = { ...body, sentence: memory.sentences };
  memory.named.push(...namedHere);
  return out;
}

/**
 * "... and said", "..., and added": a speech verb joined to the clause's verb before it (the verbs but "said", "says"
 * and "stated" only before what was said: "and added it to the list", "and warned them" say nothing).
 */
const AND_SAID =
  /(?<=[\p{L}\p{N}.’'”")]),?\s+and\s+(?:also\s+|then\s+|later\s+)?(?:said|says|stated|(?:added|adds|warned|noted|stressed|insisted)(?=\s*(?:that\b|[:,“"‘]|$)))/gu;
/** What opens a clause with a subject of its own: a comma, a conjunction, a relative pronoun. */
const OTHER_CLAUSE = /[,;:–—]|\b(?:while|whereas|but|after|before|when|because|although|though|as|who|which|whom|whose|where)\b/u;
/** An opening phrase before a sentence's subject ("In a statement, ", "On Monday, ", "Meanwhile, "). */
const OPENING_ADVERBIAL =
  /^(?:(?:In|On|At|Meanwhile|Separately|Earlier|Later|However|Also|Last|This|During|Speaking|Elsewhere|Yesterday|Today)\b[^,;:]{0,60},\s+)?/u;
/** Words that end a subject before its verb: an auxiliary or a modal ("has", "cannot"). */
const AUXILIARY = /^(?:has|have|had|is|was|are|were|will|would|can|cannot|could|did|does|do|may|might|must|should)$/u;

/**
 * Where the subject of a clause's first verb ends ("The European Union" of "The European Union expressed its shock at
 * the incident and"): the words from the sentence's start (after an opening phrase) to the first verb in the past tense
 * or auxiliary, twelve words at most, no comma among them but a relative clause's pair ("X, which represents Y, has
 * called"); null when there is none.
 */
function openingSubjectEnd(clause: string): number | null {
  if (/[;:]/u.test(clause)) return null;
  const start = clause.match(OPENING_ADVERBIAL)![0].length;
  let words = 0;
  for (const t of allMatches(clause.slice(start), /(,\s*(?:which|who)\b[^,]{1,80},)|[^\s,]+|,/gu)) {
    if (t[1]) continue;
    const word = t[0].replace(/[.,]$/u, '');
    if (word === ',' || ++words > 12) return null;
    const tag = lexiconTag(word);
    if (words > 1 && (AUXILIARY.test(word) || tag === 'PastTense' || (tag === null && /^\p{Ll}{3,}ed$/u.test(word)))) return start + t.index!;
  }
  return null;
}

/** Words set in capitals right before a name in capitals ("PREMIUM " of "PREMIUM TIMES"). */
const CAPITALS_BEFORE = /(?<![\p{L}'’.-])(?:\p{Lu}{2,}\s){1,3}$/u;

/** Words before an outlet that cite it ("told", "according to", "per"). */
const OUTLET_CITED_BEFORE =
  /(?:according to|citing|cited by|quoted by|reported by|analy[sz]ed by|verified by|seen by|obtained by|reviewed by|confirmed by|confirmed to|published by|carried by|told|telling|interview(?:ed)? (?:with|by)|statement to|(?:e-?mail|letter|message|note|remarks|comments?) to|speaking to|spoke to|speaking with|said (?:on|to)|explained to|per|[Vv]ia)\s+(?:an?\s+|the\s+)?(?:[\p{L}.-]+['’]s\s+)?(?:(?:national|state|public|state-run|state-owned|private|local)\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:news agency|newspaper|daily|weekly|tabloid|magazine|broadcaster|TV channel|TV station|television channel|radio station|news site|news website)\s+)?$/iu;
/**
 * A writer's words in an outlet: "said Ella Pickover in", "writes Polly Toynbee in", "Writing in", "a column in"
 * (case kept: the words before "in" are the writer's capitalised name, not any words).
 */
const OUTLET_WRITER_BEFORE =
  /(?:\b(?:said|says|writes|wrote|argues|argued|notes|noted)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}in|\b[Ww]riting\s+in|\b(?:column|op-ed|editorial)\s+(?:in|for))\s+$/u;
const OUTLET_CITED_AFTER =
  /^(?:['’]s\s+(?:\p{L}+\s+)?(?:report|reporting|analysis|tally|investigation|count|correspondent|reporter|data|survey|poll)|\s*(?:,\s*)?(?:has\s+|had\s+|also\s+|later\s+|first\s+)?(?:reported|reports|said|says|quoted|quotes|cited|cites|wrote|writes|learned|learnt|revealed|confirmed|found|estimated|estimates|counted|tallied|published)\b)/iu;

/** Phrases after which a name is an outlet's: "said on ", "told television station ", "in an interview with ". */
export const UNKNOWN_OUTLET_CUE =
  /\b(?:said on|speaking on|told|telling|in an interview with|in an exchange with|statement to|confirmed to|explained to|speaking to|spoke to)\s+(?:the\s+)?(?:(?:(?:television|TV|radio) (?:station|channel|network)|broadcaster|newspaper|daily|news agency|news site)\s+|(?:\p{Lu}\p{Ll}+\s+)?(?:public|state|national|private)\s+(?:television|TV|radio|broadcaster)\s+\()?(?=\p{Lu})/gu;
/** "Fars news agency reported": a name before "news agency" and a verb of reporting. */
export const NEWS_AGENCY_AFTER = /(?<![\p{L}-])(\p{Lu}\p{Ll}\p{L}*) news agency (?:reported|said|quoted|cited)\b/gu;
/** Who is told or addressed without being an outlet: "told MPs", "told the Post" (an outlet named before, read back elsewhere). */
const NOT_OUTLET =
  /^(?:The\s)?(?:MPs|MEPs|Parliament|Congress|Senate|Lawmakers|Reporters|Journalists|Post|Times|Journal|Herald|Guardian|Telegraph|Independent|Mirror|Sun|Star|Express)$/;
/** Social platforms: where someone posted, not who reported. */
const PLATFORM = /^(?:Twitter|X|Facebook|Instagram|TikTok|YouTube|Telegram|LinkedIn|Threads|Weibo|WeChat|Truth Social|Bluesky|Snapchat|WhatsApp)$/;

function outletSource(m: Mention, at: number): SourceFound {
  return { name: m.outlet?.name ?? m.name, kind: m.outlet?.kind ?? SourceKind.OTHER, url: m.outlet?.url ?? null, at, outlet: true };
}

/** The source whose name ends right before `end` (the subject of a verb at `end`). */
function subjectBefore(prose: string, end: number, mentions: Mention[], memory: SourceMemory, data: boolean): SourceFound | null {
  let head = prose.slice(0, end).trimEnd();
  // "The United Nations, which is organizing the polls, says": the relative clause is not the subject.
  const rel = head.match(/,\s*(?:which|who|that)\b[^,]{1,80},?$/u);
  if (rel) head = head.slice(0, rel.index);
  head = head.replace(SUBJECT_TAIL, '');
  // "UK Anti-Doping (Ukad) says", "the UN High Commissioner for Refugees (UNHCR) said": a name its acronym follows, the
  // acronym's letters its words' initials in order, is a body's whole name (a person's name has no acronym).
  const acronym = head.match(/(?<=\p{L})\s*\((\p{Lu}[\p{L}\p{N}&-]{1,9})\)$/u);
  if (acronym) {
    const spelled = head.slice(0, acronym.index).match(CAP_PHRASE_END);
    // (not a possessive's body, "the country's National Flood Authority (NFA)": whose it is names it in full)
    const possessed = !!spelled && /['’]s\s+$/u.test(head.slice(0, acronym.index! - spelled[0].length));
    if (spelled && !possessed && spellsInitials(acronym[1], spelled[1])) {
      const known = ORG_BY_ALIAS.get(acronym[1]) ?? ORG_BY_ALIAS.get(spelled[1]);
      const name = known?.name ?? trimName(spelled[1]);
      // (a party to the story, "The European Union (EU) said", "The Rapid Support Forces (RSF) said", reacts; an
      // outlet, "Agence France-Presse (AFP)", is read as an outlet: both as without the acronym)
      const party = known?.party || PARTY_ACRONYM.test(acronym[1]) || PARTY_NAME.test(name) || ARMED_GROUP.test(name);
      const outlet = OUTLET_BY_ALIAS.has(acronym[1]) || OUTLET_BY_ALIAS.has(name);
      if (!party && !outlet && !NOT_SOURCE.has(name) && !COUNTRY_BY_NAME.has(name))
        return { name, kind: kindOf(name), url: null, at: acronym.index! - spelled[0].length };
    }
  }
  // "The Ministry of Information and Communication Technology (ICT) has acknowledged", "The Department for Education
  // (DfE) said": else the name before its acronym (two capitals at least, small letters between them or not).
  if (acronym && /\p{Lu}/u.test(acronym[1].slice(1))) head = head.slice(0, acronym.index);
  // "Thursday’s announced decision": a possessive modifies a noun, it is no subject.
  if (/['’]s$/u.test(head)) return null;
  const stop = head.length;
  // A mention ending there.
  // (A person read with an apposition, "Mike Cherry, chairman of X", ends where the name does.)
  const m = mentions.find(
    (x) =>
      x.end === stop ||
      x.end === stop - 1 ||
      // ("Ann Velden CBE, director at X, said": the name before its honours)
      (x.kind === 'PERSON' && x.start < stop && x.end > stop && withoutHonours(prose.slice(x.start, stop)).endsWith(x.name)),
  );
  // "Cal Fire says" after "a Cal Fire spokesperson said": a name the text cited as a body stays one.
  const citedBefore = m ? memory.cited.find((x) => x.name === m.name) : undefined;
  if (citedBefore) return { ...citedBefore, at: m!.start };
  // "The National Agency of Drug and Food Control said", "Transport Canada says": a name read as a person or a country
  // that ends a longer capitalised name is that name's tail; the whole is an institution's.
  // ("The Ministry of Information and Communication Technology (ICT)": an acronym's long form, read as a body, ends a
  // longer name of a ministry)
  const whole =
    m && (m.kind === 'PERSON' || m.kind === 'COUNTRY' || (m.kind === 'ORG' && !ORG_BY_ALIAS.has(m.text) && /\bof\s+$/u.test(head.slice(0, m.start))))
      ? institutionEndingWith(head, m, memory)
      : null;
  if (whole) return whole;
  if (m && m.kind === 'PERSON' && !ORG_ROLE_END.test(head)) return employerOf(prose, m, mentions, memory);
  // "Police in the western city of Koblenz said": the place's police.
  const placed = head.match(POLICE_IN_PLACE);
  if (placed && !memory.personTokens.has(placed[1]))
    return { name: `${placed[1]} Police`, kind: SourceKind.GOVERNMENT, url: null, at: stop - placed[0].length };
  // "rights watchdog Hengaw said", "the web monitoring platform Downdetector said", "news outlet Aamaq reported": a
  // name the text gives its kind is a source of that kind, one word or several, known to the lexicons or not (not a
  // person the text named, a country, a party to the story, a social platform).
  // (read on the last 150 characters: the kind, three words before it and the name fit in them, and a long sentence's
  // opening is not scanned again for every verb in it)
  const described = head.slice(-150).match(DESCRIBED_SUBJECT_END);
  if (described) {
    const name = trimName(described[2]);
    const words = name.split(/\s+/);
    const party = mentions.some((x) => partyToStory(x) && x.start >= stop - described[2].length);
    if (
      words.length <= 5 &&
      !party &&
      !words.some((w) => memory.personTokens.has(w) || NOT_SOURCE.has(w)) &&
      !COUNTRY_BY_NAME.has(name) &&
      !COUNTRY_BY_DEMONYM.has(name) &&
      !PLATFORM.test(name)
    ) {
      const kind = mediaKind(described[1], kindOf(name));
      const outlet = /^(?:outlet|broadcaster|channel|network|station|newspaper|daily|tabloid|magazine|website|site|portal)$/u.test(described[1]);
      return { name, kind, url: null, at: stop - described[2].length, ...(outlet ? { outlet: true } : {}) };
    }
  }
  // ("a spokesman for Interpol in Ghana said": the country ends the body's place, not the subject)
  if (m && m.kind === 'COUNTRY' && !SPOKES_FOR_END.test(head)) return null;
  // "Scotland Yard police said": the police of the place named before the word.
  const placeEnd = head.match(PLACE_POLICE_END);
  const placePolice = placedPolice(placeEnd ? placeEnd[1] + (placeEnd[2] ? `${titleCase(placeEnd[2])} ` : '') : undefined, memory, stop);
  if (placePolice) return placePolice;
  // "police said", "the police say": the one police force the text has named.
  if (!m && /(?:^|[\s,;:—(])(?:(?:the|The)\s+)?[Pp]olice$/u.test(head))
    return policeForce(memory, head.lastIndexOf(head.endsWith('Police') ? 'Police' : 'police'));
  // "a spokesperson for the ministry", "a spokesman for X"
  const spokes = head.match(SPOKES_FOR_END);
  if (spokes) return sourceAt(prose, stop - spokes[1].length, mentions, memory, { spokesFor: /spokes/u.test(spokes[0]) });
  // "It said ..." opening a sentence: the body cited last ("A statement by NITA said ... It said ...").
  if (/(?:^|[.!?]\s+)It$/u.test(head)) return recall(memory, null, stop);
  // "Forty-five militants were wounded, it said", "In addition, it said": the body cited last (no outlet: "Reuters
  // reported ... Two were wounded, it said" is the body Reuters reported), before a verb of speech ("..., it has
  // recorded" may be anything's), and none when the sentence names another body before "it" ("Although Velmark
  // Shipping lost two ships, it said" may be its).
  if (/,\s+it$/u.test(head) && /^\s+(?:also\s+)?(?:said|says|added|adds|noted|stated|explained)\b/u.test(prose.slice(end))) {
    const f = lastBody(memory, stop, 6);
    const other = mentions.some(
      (x) => (x.kind === 'ORG' || x.kind === 'BODY') && x.end <= stop && (x.kind === 'ORG' ? orgName(x, memory) : x.name) !== f?.name,
    );
    return other ? null : f;
  }
  // "the spokesperson added": the body a spokesperson spoke for last.
  if (/\b[Tt]he\s+spokes(?:man|woman|person)$/u.test(head)) return recall(memory, null, stop);
  // "a ministry spokesperson said", "the statement says": the ministry, or the body whose statement it is, cited before.
  const bodySpokes = head.match(BODY_SPOKES_END);
  if (bodySpokes) {
    const f = STATEMENT_END.test(bodySpokes[1]) ? statementBy(memory, stop) : recall(memory, bodySpokes[1], stop);
    if (f) return f;
  }
  // "a U.S. State Department statement said", "a Kremlin statement said": the body whose statement it is.
  const statement = head.match(ORG_STATEMENT_END);
  if (statement) {
    const at = stop - statement[0].length + statement[0].lastIndexOf(statement[1]);
    const body = mentions.find((x) => x.start === at && x.end === at + statement[1].length && (x.kind === 'BODY' || x.kind === 'ORG'));
    if (body) return sourceAt(prose, body.start, mentions, memory, {});
    const name = trimName(statement[1]);
    // (not a person's, "a Tomas Reyk statement", "a Mitt Romney statement", nor a day's, "a Christmas Day statement": a
    // name with an institution's word, not opening on a given name)
    const person = mentions.some((x) => x.kind === 'PERSON' && x.start >= at && x.start < at + statement[1].length) || givenName(name.split(/\s+/)[0]);
    if (!person && INSTITUTION_WORD.test(name) && !HOLIDAY_NAME.test(name) && roleBody(name, memory)) return { name, kind: kindOf(name), url: null, at };
  }
  // "NASA official says", "Orbital Sciences exec says": the body an official speaks for.
  const orgRole = head.match(ORG_ROLE_END);
  if (orgRole) {
    const name = trimName(orgRole[1]);
    if (roleBody(name, memory)) return { name, kind: kindOf(name), url: null, at: stop - orgRole[0].length };
  }
  // "The US Embassy in Moscow", "the Embassy of Japan in the Philippines": an embassy and where it is (the place is no
  // subject of its own).
  // (the subject: what stands before it opens a clause, not "Protesters who attacked", "A bomb hit")
  const embassy = head.match(EMBASSY_AT_END);
  if (embassy && CLAUSE_OPENS_BEFORE.test(head.slice(0, embassy.index).replace(/(?:the|The)\s+$/u, '')))
    return { name: embassy[0], kind: SourceKind.GOVERNMENT, url: null, at: stop - embassy[0].length };
  // "the country’s military junta", "Chinese health authorities"
  const body = head.match(BODY_AT_END);
  if (body) {
    const f = sourceAt(prose, stop - body[0].length, mentions, memory, {});
    if (f) return f;
  }
  if (m) return sourceAt(prose, m.start, mentions, memory, { subject: true, data });
  const named = head.match(NAMED_BODY_END);
  // ("A British charity said", "a leading Ostland think tank warned": an indefinite article describes a body, names
  // none; "No group has claimed": nor does a determiner)
  if (
    named &&
    !/^(?:A|An|No|Any|Every|Each|Another|Some|This|That)\s/u.test(`${named[1]} `) &&
    !/\b[Aa]n?\s+(?:\p{Ll}+\s+)?$/u.test(head.slice(0, named.index! + named[0].indexOf(named[1])))
  ) {
    const name = trimName(named[1]);
    if (!NOT_SOURCE.has(name) && !COUNTRY_BY_NAME.has(name) && !COUNTRY_BY_DEMONYM.has(name) && !name.split(/\s+/).some((w) => memory.personTokens.has(w)))
      return { name, kind: kindOf(name), url: null, at: stop - named[0].length };
  }
  const tail = head.match(CAP_PHRASE_END) ?? head.match(ANAPHOR_END);
  if (!tail) return null;
  let start = stop - tail[0].length;
  // "General Motors and Stellantis said": an organisation the text names before "and" is a name of its own, the
  // list's, when the name after it stands alone elsewhere in the text ("officer of Stellantis"); the subject is that
  // name (the list's other names are read back from it). ("Ministry of Health and Family Welfare": a name whose
  // "of" runs on over the "and" stays whole.)
  const and = prose.slice(start, stop).lastIndexOf(' and ');
  const tailName = prose.slice(start + and + 5, stop).replace(/^the\s+/u, '');
  if (
    and > 0 &&
    mentions.some((x) => (x.kind === 'ORG' || x.kind === 'BODY') && x.start >= start && x.end === start + and) &&
    !/\b(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*$/u.test(prose.slice(start, start + and)) &&
    allMatches(memory.text, wordPattern(tailName)).some((x) => !/\band\s+(?:the\s+)?$/u.test(memory.text.slice(Math.max(0, x.index! - 9), x.index)))
  )
    start += and + 5;
  // "Early U.S. Geological Survey modeling": an adjective before the name is no part of it.
  const lead = prose.slice(start, stop).match(LEADING_ADJECTIVE);
  if (lead) start += lead[0].length;
  // A person named without a title in the text ("Blair said") stays a person.
  return sourceAt(prose, start, mentions, memory, { subject: true, data });
}

/**
 * Whether an acronym's letters are a name's initials in order, from the first ("Ukad": UK Anti-Doping, "Dodma":
 * Department of Disaster Management Affairs, "UNHCR": UN High Commissioner for Refugees): each word gives its first
 * letter, a word in capitals all of its letters; a word may give none.
 */
export function spellsInitials(acronym: string, name: string): boolean {
  const letters = name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]).toLowerCase())
    .join('');
  const want = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (want.length < 2 || want[0] !== letters[0]) return false;
  let i = 0;
  for (const c of letters) if (c === want[i]) i++;
  return i === want.length;
}

/** The words of people's titles ("prime", "minister"), lower case. */
// (a portfolio's word that also names bodies and outlets is no role's: "Transport Canada", "Education Week")
const PORTFOLIO_NAME_WORDS = new Set(['education', 'culture', 'transport', 'transportation', 'commerce', 'labor', 'labour', 'housing', 'immigration']);
const ROLE_WORDS = new Set(ROLES.flatMap((r) => r.split(/\s+/)).filter((w) => !PORTFOLIO_NAME_WORDS.has(w)));

/**
 * The institution whose capitalised name ends with a person or country mention at the end of `head`: "National
 * Agency of Drug and Food Control" (an institution word in it, the "person" after a linking word), "Transport
 * Canada" (one capitalised word before the country that is no demonym, title or word of a person's name).
 */
function institutionEndingWith(head: string, m: Mention, memory: SourceMemory): SourceFound | null {
  const tail = head.match(CAP_PHRASE_END);
  if (!tail || tail[1].length <= m.text.length || !tail[1].endsWith(m.text)) return null;
  const name = trimName(tail[1]);
  const before = name
    .slice(0, name.length - m.text.length)
    .trim()
    .split(/\s+/);
  if (before.some((w) => memory.personTokens.has(w) || COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w) || NOT_SOURCE.has(w))) return null;
  // A person's name inside an institution's follows a linking word ("... Drug and Food Control"); after a title
  // ("Commission Chairperson Moussa Faki") it is a person's.
  if (m.kind === 'PERSON' && (!INSTITUTION_WORD.test(name) || !/^(?:of|for|and|on|de|du|des|&)$/u.test(before[before.length - 1]))) return null;
  if (m.kind === 'COUNTRY' && (before.length !== 1 || ROLE_WORDS.has(before[0].toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(before[0]))) return null;
  return { name, kind: kindOf(name), url: null, at: head.length - tail[0].length };
}

export const HONORIFIC_WORD = new RegExp(`^${HONORIFIC}$`, 'u');

/** The last word of the role in a match of EMPLOYER_BEFORE_ROLE (an honorific may follow it: "Chief Scientist Dr "). */
function roleWord(match: string): string {
  const words = match.trim().split(/\s+/);
  return HONORIFIC_WORD.test(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
}

/** The blocs, the UN and the great powers by their short names: their officials speak for a party to the story. */
const BLOC = /^(?:EU|UN|AU|US|UK|NATO|European Union|United Nations|African Union)$/;

/** The last word of a person's title ("Chief Minister", "Press Secretary"), not of a portfolio ("Health"). */
export const PERSON_TITLE_END =
  /^(?:Minister|Secretary|President|Governor|Mayor|Chair(?:man|woman|person)?|Director|Commissioner|Spokes(?:man|woman|person)|Leader|Chief|CEO|Premier|Chancellor|Senator|Ambassador|Adviser|Advisor)$/u;
/**
 * A match of EMPLOYER_BEFORE_ROLE from the body after "and" when the words before it end with a title or a person's
 * name ("West Bengal Chief Minister and Trinamool Congress president", "Jake Sullivan and National Economic Council
 * Director"); "Independent Electoral and Boundaries Commission chairman" is one body.
 */
function bodyAfterAnd(pre: RegExpMatchArray | null, memory: SourceMemory): RegExpMatchArray | null {
  const and = pre ? / and /u.exec(pre[1]) : null;
  if (!pre || !and) return pre;
  const left = pre[1].slice(0, and.index).trim().split(/\s+/);
  const last = left[left.length - 1];
  // (a person's title, not a portfolio's word: "Department of Health and Human Services" is one body)
  const title = PERSON_TITLE_END.test(last);
  const person = memory.personTokens.has(last) || (left.length >= 2 && givenName(left[left.length - 2]) && !INSTITUTION_WORD.test(last));
  if (!title && !person) return pre;
  const cut = and.index + and[0].length;
  return Object.assign([pre[0].slice(cut), pre[1].slice(cut)], { index: (pre.index ?? 0) + cut }) as RegExpMatchArray;
}

/** "<Name>, the regional director for X", "WHO spokesperson <Name>", "<Name>, IFRC Director for Asia". */
function employerOf(prose: string, person: Mention, mentions: Mention[], memory: SourceMemory): SourceFound | null {
  // Before the name: "India's External Affairs Ministry spokesman Vikas Swarup", "WHO spokesperson Tarik Jašarević".
  const nameStart = prose.indexOf(person.name, person.start);
  const end = nameStart >= 0 && nameStart < person.end ? nameStart : person.start;
  const before = prose.slice(Math.max(0, end - 100), end);
  const pre = bodyAfterAnd(before.match(EMPLOYER_BEFORE_ROLE), memory);
  // "Its chief executive Kelly Bayer Rosmarin": the body of the sentences just before.
  if (pre && /^Its\s+$/u.test(pre[1])) return lastBody(memory, end - pre[0].length, 6);
  if (pre && /^\p{Lu}/u.test(roleWord(pre[0]))) return capitalRoleEmployer(prose, end - pre[0].length, pre, person, mentions, memory);
  if (pre) {
    const at = end - pre[0].length;
    const employer = trimName(pre[1].trim().replace(/^the\s+/i, ''));
    // "Boulder police chief Maris Herold": a place's police.
    // ("Bungoma East police commander X": a place of two or three words)
    const placeWords = employer.split(' ');
    if (
      /^police\s/u.test(pre[0].slice(pre[1].length)) &&
      placeWords.length <= 3 &&
      placeWords.every((w) => /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u.test(w) && !NOT_SOURCE.has(w) && !PLACE_LEAD_WORD.test(w) && !memory.personTokens.has(w))
    ) {
      const name = `${employer} Police`;
      return { name, kind: SourceKind.GOVERNMENT, url: null, at };
    }
    const f = sourceAt(
      prose,
      at,
      mentions.filter((x) => x !== person),
      memory,
      {},
    );
    // (a bloc's or the UN's official speaks for a party to the story: a reaction)
    if (f) return BLOC.test(f.name) ? null : f;
    // "WWF-Australia CEO Dermot O'Gorman": the words before the role, when they can name a body.
    if (roleBody(employer, memory)) return { name: employer, kind: kindOf(employer), url: null, at };
  }
  // "Berenberg Bank’s Holger Schmieding said": a body's possessive right before the name is the employer (no person,
  // country or party: "Trump's Mike Pompeo", "Britain's Keir Starmer", "Labour's Keir Starmer" react).
  // (a body the lexicons know, a name that says it is a bank's or a firm's, or an institution's before a titled person:
  // "REM’s Michael Stipe", "Manchester City’s Raheem Sterling", "Sinn Féin's Michelle O'Neill" are a band's, a club's,
  // a party's; "Konrad Adenauer Foundation's Ulf Laessing", untitled, is an analyst's affiliation, as after his name)
  const owner = before.match(POSSESSIVE_EMPLOYER);
  if (owner) {
    const name = trimName(owner[1]);
    const at = end - owner[0].length;
    const known = ORG_BY_ALIAS.get(name)?.party === false || GOV_BY_ALIAS.has(name);
    if (
      (known || FIRM_END.test(name) || (INSTITUTION_WORD.test(name) && !!person.title)) &&
      roleBody(name, memory) &&
      !PARTY_NAME.test(name) &&
      !BLOC.test(name) &&
      !memory.people.includes(name)
    )
      return { name, kind: kindOf(name), url: null, at };
  }
  // "Mike Cherry, chairman of the Federation of Small Businesses": a mention read with its apposition; read the
  // apposition after the name itself.
  const nameEnd = nameStart >= 0 && nameStart < person.end ? nameStart + person.name.length : person.end;
  return appositiveEmployer(prose, nameEnd, mentions, memory, !!person.title);
}

/** A capitalised role that heads a body (its president, chair, secretary, commissioner): its holder's words are a reaction. */
const HEAD_OF_BODY = /^(?:President|Vice[- ]President|Chair(?:man|woman|person)?|Secretary|Head|Boss|Commissioner|Representative)$/u;
/** A body whose head speaks for it: an institution's name ("Police Corps", "Philippine Red Cross") or an acronym ("RFS"). */
export const HEADED_INSTITUTION =
  /(?:^|\s)(?:Police|Corps|Service|Board|Cross|Crescent|Association|Union|Federation|Committee|Agency|Authority|Institute|Society|Company|Corporation|Group)$|^(?:the\s+)?\p{Lu}{3,6}$/u;
/** Words of a political party's name ("Christian Democratic Union", "Workers' Party"): its head reacts for it. */
export const PARTY_NAME = /\b(?:Democratic|Republican|Socialist|Communist|Conservative|Liberal|Labour|Labor|Workers['’]?|Party|Congress|Front|Movement)\b/u;
/** A rank or part of a title before a role's last word ("First Deputy Fire Commissioner", "Chief Executive Officer"). */
const RANK_WORD = /^(?:First|Deputy|Acting|Assistant|Senior|Interim|Chief|Vice|Executive|Managing|Permanent|Press|Principal|Associate)$/u;

/**
 * "State Department Spokesman Matt Miller", "ARA Executive Director Russell Zimmerman", "Dallas Police Chief David
 * Brown": a capitalised role after its employer's name. The employer is the capitalised words before the role's own
 * (from its first rank word on, "Sainsbury Chief Executive Officer"), read on their own; a head of a body speaks for
 * it as a party to the story (a reaction, not a citation).
 */
function capitalRoleEmployer(prose: string, at: number, pre: RegExpMatchArray, person: Mention, mentions: Mention[], memory: SourceMemory): SourceFound | null {
  const role = roleWord(pre[0]);
  // (the body's name without the rank of the role after it: "Safety Board" of "Safety Board Vice Chairman X")
  const bodyWords = pre[1].trim().split(/\s+/);
  while (bodyWords.length > 1 && RANK_WORD.test(bodyWords[bodyWords.length - 1])) bodyWords.pop();
  const body = bodyWords.join(' ');
  // ("Education Ministry Secretary X": a ministry's or a department's secretary speaks for it, not as a party; so does
  // the head of a body named as an institution or by its acronym: "RFS Commissioner X", "Police Corps President X")
  if (
    HEAD_OF_BODY.test(role) &&
    !/\b(?:Ministry|Department)$/u.test(body) &&
    !(HEADED_INSTITUTION.test(body) && !PARTY_NAME.test(body) && !ORG_BY_ALIAS.get(body.replace(/^the\s+/i, ''))?.party)
  )
    return null;
  const lead = pre[1].match(/^the\s+/i)?.[0].length ?? 0;
  const words = pre[1].slice(lead).trim().split(/\s+/);
  const rank = words.findIndex((w) => RANK_WORD.test(w));
  if (rank >= 0) words.splice(rank);
  while (words.length > 0 && ROLE_LEAD_WORD.test(words[words.length - 1])) words.pop();
  if (words.length === 0) return null;
  const employer = trimName(words.join(' '));
  const stop = at + lead + pre[1].slice(lead).indexOf(words[words.length - 1]) + words[words.length - 1].length;
  const f = sourceAt(
    prose.slice(0, stop),
    at,
    mentions.filter((x) => x !== person && x.end <= stop),
    memory,
    {},
  );
  if (f) return BLOC.test(f.name) ? null : f;
  return roleBody(employer, memory) ? { name: employer, kind: kindOf(employer), url: null, at } : null;
}

/** After a name: ", a political science professor at McMaster University", ", IFRC Director for Asia Pacific". */
function appositiveEmployer(prose: string, after: number, mentions: Mention[], memory: SourceMemory, titled = false): SourceFound | null {
  // ("Anu Ojha OBE, director at X": the apposition after the name's honours)
  const from = after + (prose.slice(after).match(POST_NOMINAL_AFTER)?.[0].length ?? 0);
  // "Health Secretary Teodoro Herbosa of the Philippines Department of Health": a titled person's body right after
  // the name, when it is an institution's ("Ann Lee of Ohio" names a place; "said Ulf Laessing of the Konrad Adenauer
  // Foundation", no title, is an analyst's affiliation, not the body speaking).
  const ofBody = titled ? prose.slice(from, from + 12).match(/^\s+of\s+(?:the\s+)?(?=\p{Lu})/u) : null;
  if (ofBody) {
    const f = sourceAt(prose, from + ofBody[0].length, mentions, memory, { employer: true });
    // (the name without the sentence's full stop a mention may have read with it)
    if (f && (INSTITUTION_WORD.test(f.name) || ORG_BY_ALIAS.get(f.name)?.party === false))
      return { ...f, name: f.name.replace(/(?<!\p{Lu}|\b(?:Inc|Co|Corp|Ltd|Bros))\.$/u, '') };
  }
  const app = prose.slice(from, from + 160).match(/^,\s+([^,;]{2,140})/u);
  if (!app) return null;
  const text = app[1];
  const base = from + app[0].length - text.length;
  // ", of the Center for Reproductive Rights,": an affiliation alone.
  const affiliation = text.match(/^(?:of|from|at)\s+(?=(?:the\s+)?\p{Lu})/u);
  if (affiliation) {
    const f = sourceAt(prose, base + affiliation[0].length, mentions, memory, { employer: true });
    if (f) return f;
  }
  const of = text.match(ROLE_OF);
  if (of) {
    const f = sourceAt(prose, base + of.index! + of[0].length, mentions, memory, { employer: /\b(?:of|at)\s+$/u.test(of[0]) });
    if (f) return f;
  }
  // "Boeing’s vice president for its Commercial Crew Program": the possessive before the role is the employer.
  const owner = text.match(POSSESSIVE_ROLE);
  // ("Rogers' senior vice-president": one word, a company by what the text says of it; after "the", an acronym or an
  // institution's name, "the CBI’s regional director", not a place's, "the Maryland’s Transportation Secretary")
  if (
    owner &&
    (!/^the\s/u.test(owner[0]) || /^\p{Lu}{2,}$/u.test(owner[1]) || INSTITUTION_WORD.test(owner[1])) &&
    (roleBody(owner[1], memory) || (!owner[1].includes(' ') && !memory.personTokens.has(owner[1]) && companyLike(owner[1], memory.text))) &&
    !memory.people.includes(owner[1])
  )
    return { name: owner[1], kind: kindOf(owner[1]), url: null, at: base };
  // "IFRC Director for Asia Pacific": an acronym or institution before the role.
  const lead = text.match(EMPLOYER_ROLE);
  if (lead) {
    // (the expression reads the role in any case, so its capitalised words end at the first lower-case one; "the
    // Football Association's chief executive": the possessive is the employer's)
    const words = lead[1].trim().split(/\s+/);
    const cut = words.findIndex((w) => !/^\p{Lu}/u.test(w));
    const name = (cut < 0 ? words : words.slice(0, cut)).join(' ').replace(/['’]s$/u, '');
    const org = ORG_BY_ALIAS.get(name);
    if (org) return { name: memory.text.includes(org.name) ? org.name : name, kind: kindOf(org.name), url: null, at: base };
    if (/^\p{Lu}{2,6}$/u.test(name) || INSTITUTION_WORD.test(name)) return { name, kind: kindOf(name), url: null, at: base };
  }
  // ", a virologist at the University of Warwick", ", professor of economics at the North-West University": a job no
  // list holds, then the institution the person works at.
  const works = text.match(WORKS_AT);
  if (works) {
    const f = sourceAt(prose, base + works.index! + works[0].length, mentions, memory, { employer: true });
    if (f && (INSTITUTION_WORD.test(f.name) || ORG_BY_ALIAS.has(f.name) || /^\p{Lu}{2,6}$/u.test(f.name)) && !BLOC.test(f.name)) return f;
  }
  return null;
}
/** Words of a relation to a body, no job at it (", a longtime critic of X", ", a member of the Y union", ", a customer of Z"). */
const NOT_JOB =
  '(?:critics?|opponents?|supporters?|customers?|clients?|members?|fans?|friends?|victims?|allies|ally|rivals?|shareholders?|investors?|users?|residents?|citizens?|sons?|daughters?|wife|husband|mother|father|widow|relatives?)';
/**
 * Where a person works, in an apposition: a job of up to six words (no participle: "a patient treated at"), then "at"
 * or "with"; or of up to four words (no participle nor "and") before "of" (", commissioner-general of the NPA", ",
 * Deputy Chief Constable of Essex Police"; not ", speaking on behalf of the GCC", ", betrays ... and imperialism of").
 */
export const WORKS_AT = new RegExp(
  String.raw`^(?:(?:an?|the)\s+)?(?:(?:(?![\p{L}-]*ed\s)[\p{L}-]+\s+){1,6}?(?:at|with)|(?:(?![\p{L}-]*(?:ed|ing)\s|and\s|${NOT_JOB}\s)[\p{L}-]+\s+){1,4}?of)\s+(?:the\s+)?(?=\p{Lu})`,
  'u',
);

interface At {
  subject?: boolean;
  data?: boolean;
  spokes?: boolean;
  loose?: boolean;
  /** The name stands before a spokesperson's or an official's role: an organisation's. */
  role?: boolean;
  /** The name follows a role and "of" or "at" ("chief executive of Baker Hughes"): an employer, whatever it looks like. */
  employer?: boolean;
  /** What the name is stands before it in lower case ("monitoring platform DownDetector"): a thing, not a person. */
  described?: boolean;
  /** The name follows "according to". */
  according?: boolean;
  /** The name follows "a spokesman for": a body's, unless a person the text names ("a spokesman for Interpol in Ghana"). */
  spokesFor?: boolean;
}

/** "the Journal", "the company", "the Foreign Ministry", "the association": a source named by its head word. */
export const BACK_REFERENCE = new RegExp(
  `^(?:the|The|its|Its)\\s+((?:\\p{L}+(?:-\\p{L}+)?\\s+){0,2}?)(Journal|Times|Post|company|firm|ministry|Ministry|agency|Agency|organi[sz]ation|group|department|Department|office|Office|utility|operator|regulator|commission|Commission|authority|bank|Bank|league|council|Council|committee|board|Board|airline|carrier|watchdog|institute|university|court|Court|tribunal|Tribunal|${MEMBER_BODY_NOUNS})\\b(?!['’]s)`,
  'u',
);

/** The source named at `start` (after "according to", before "said"...), or null when none is. */
function sourceAt(prose: string, start: number, mentions: Mention[], memory: SourceMemory, how: At): SourceFound | null {
  while (prose[start] === ' ') start++;
  const rest = prose.slice(start);
  const lead = rest.match(/^(?:the|The)\s+/u)?.[0].length ?? 0;
  // "the Journal", "the company", "the Foreign Ministry": the source cited or seen before with that head.
  const back = rest.match(BACK_REFERENCE);
  // "the police said": the one police force the text has named ("the Metropolitan Police").
  if (
    /^(?:(?:the|The)\s+)?[Pp]olice\b(?!\s+(?:\p{Lu}|chief|officer|spokes|commissioner|department|force|service))/u.test(rest) &&
    !/(?<![\p{L}'’])\p{Lu}[\p{L}'’]*\s+$/u.test(prose.slice(0, start))
  ) {
    const force = policeForce(memory, start);
    if (force) return force;
  }
  // "according to Dallas police": the police of the place named before the word.
  const placePolice = placedPolice(rest.match(PLACE_POLICE_START)?.[1], memory, start);
  if (placePolice) return placePolice;
  // "the Armenian defence ministry" names its own country: no reference back; nor does "The Ministry of Culture", a
  // name of its own.
  if (
    back &&
    !back[1].split(/\s+/).some((w) => COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w)) &&
    !/^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(rest.slice(back[0].length)) &&
    // ("the company that employed the workers": a clause tells which company, none cited before)
    !/^\s+(?:that|which|who|whose)\b/u.test(rest.slice(back[0].length))
  ) {
    const word = back[2];
    // "the UN agency said": the UN agency cited or named last ("the World Food Programme ... the UN agency said").
    const unAgency =
      UN_QUALIFIER.test(back[1]) && /^(?:agency|Agency|organi[sz]ation|office|Office|watchdog)$/u.test(word) ? recallUnAgency(memory, start) : null;
    if (unAgency) return unAgency;
    if (/^(?:Journal|Times|Post)$/.test(word)) {
      const o = [...memory.outletsSeen].reverse().find((x) => x.name.endsWith(word) && x.name !== `The ${word}`);
      if (o) return { ...o, at: start };
    } else {
      // "the hardline CGT union", "the state-owned KNOC company": an acronym right before a common noun names the
      // body itself (not "the UN agency", a body of the UN's).
      const acronym = /^\p{Ll}/u.test(word) ? back[1].match(/(?<![\p{L}])(\p{Lu}[\p{Lu}\p{N}&]{1,7})\s+$/u)?.[1] : undefined;
      if (acronym && !COUNTRY_BY_NAME.has(acronym) && !ORG_BY_ALIAS.has(acronym)) return { name: acronym, kind: kindOf(acronym), url: null, at: start };
      // "the Interfax news agency" names an agency: only a bare "the agency" may be any body cited before.
      const f = recall(memory, word, start, !/\p{Lu}/u.test(back[1]));
      if (f) return f;
    }
  }
  const m = mentions.find((x) => x.start === start || x.start === start + lead);
  if (m) {
    if (m.kind === 'OUTLET') return outletSource(m, start);
    // A country alone is no source; "Germany's Foreign Ministry", "U.S. Geological Survey" are read below.
    // "says Cal Fire spokesperson Heather Williams": a name before a role is a body's, whatever it looked like.
    if ((m.kind === 'PERSON' || m.kind === 'ORG') && (how.role || ROLE_AFTER.test(prose.slice(m.end))) && roleBody(trimName(m.text), memory)) {
      const name = m.kind === 'ORG' ? orgName(m, memory) : trimName(m.text);
      return { name, kind: kindOf(name), url: null, at: start };
    }
    if (m.kind === 'PERSON' && how.employer) {
      const name = trimName(m.text);
      if (employerName(name)) return { name, kind: kindOf(name), url: null, at: start };
    }
    if (m.kind === 'PERSON') {
      // "said Alexander Matheou, the regional director for the International Federation ..." (a mention read with
      // its apposition, "Dan Levy, an analyst at Credit Suisse", is read from the name's end)
      const nameAt = prose.indexOf(m.name, m.start);
      const nameEnd = nameAt >= 0 && nameAt < m.end ? nameAt + m.name.length : m.end;
      const f = how.spokes ? appositiveEmployer(prose, nameEnd, mentions, memory, !!m.title) : null;
      // (a bloc's or the UN's official speaks for a party to the story: a reaction)
      return f && BLOC.test(f.name) ? null : f;
    }
    // Parties to the story (blocs, alliances, armed groups, political parties) react; UN bodies and the
    // European Commission are institutions and are cited.
    if (partyToStory(m)) return null;
    if (m.kind === 'ORG') {
      // A name the lexicon does not hold runs on: "ACLU of Minnesota", "International Federation of Red Cross and ...".
      const longer = ORG_BY_ALIAS.has(m.text.replace(/^the\s+/i, '')) ? null : prose.slice(m.start).match(CAP_PHRASE_START)?.[1];
      const name =
        longer && longer.length > m.text.length && (INSTITUTION_OR_ACRONYM.test(longer) || /\sGovernment$/u.test(longer) || how.described)
          ? trimName(longer)
          : orgName(m, memory);
      return { name, kind: m.org?.name === 'European Commission' ? SourceKind.GOVERNMENT : kindOf(name), url: null, at: start };
    }
    if (m.kind === 'BODY') {
      const named = bodyName(rest, memory);
      if (named) return { ...named, at: start };
      return { name: m.name, kind: SourceKind.GOVERNMENT, url: null, at: start };
    }
  }
  const body = bodyName(rest, memory);
  if (body) return { ...body, at: start };
  // "the country's National Disaster Management Authority (ANDMA)": the name, the country the text is about first.
  // (read from the name, after "the country's" that a subject's reading left out: "The country’s Transport Ministry confirmed")
  const own = rest.match(COUNTRYS_NAMED) ?? (COUNTRYS_BEFORE.test(prose.slice(0, start)) ? rest.match(CAP_PHRASE_START) : null);
  const country = memory.home ?? memory.lastCountry;
  if (own && INSTITUTION_WORD.test(own[1])) {
    // (the body cited before of a country the sentence names is the one meant: "China's Commerce Ministry has said ...
    // China has no choice ... U.S. tariffs ..., the country's Commerce Ministry said")
    const body = trimName(own[1]);
    const named = mentions.filter((x) => x.kind === 'COUNTRY').map((x) => x.name);
    const cited = [...memory.cited].reverse().find((x) => named.some((c) => x.name === `${c} ${body}`));
    if (cited) return { ...cited, at: start };
    if (country) return { name: `${country} ${body}`, kind: kindOf(`${country} ${body}`), url: null, at: start };
  }
  const cap = rest.match(CAP_PHRASE_START);
  if (!cap) return null;
  let name = trimName(cap[1]);
  // "Ulf Laessing of the Konrad Adenauer Foundation": a person of an institution; the institution is the source.
  const of = name.match(/^(.+?) of (?:the )?(.+)$/u);
  if (of && !INSTITUTION_WORD.test(of[1]) && !/^\p{Lu}{2,6}$/u.test(of[1]) && INSTITUTION_WORD.test(of[2])) name = of[2];
  if (!name || COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name)) return null;
  const outlet = OUTLET_BY_ALIAS.get(name);
  if (outlet) return { name: outlet.name, kind: outlet.kind, url: outlet.url, at: start };
  const org = ORG_BY_ALIAS.get(name);
  if (org) return { name: memory.text.includes(org.name) ? org.name : name, kind: kindOf(org.name), url: null, at: start };
  const words = name.split(/\s+/);
  // A name the text already cited ("Cal Fire says" after "a Cal Fire spokesperson said").
  // ("the Coast Guard said" after "The U.S. Coast Guard said": the longer name cited before that ends with it, unless
  // the sentence names a country: "In Mexico, the Coast Guard said")
  const citedBefore =
    memory.cited.find((x) => x.name === name) ??
    (words.length >= 2 && !mentions.some((x) => x.kind === 'COUNTRY') ? [...memory.cited].reverse().find((x) => x.name.endsWith(` ${name}`)) : undefined);
  if (citedBefore) return { ...citedBefore, at: start };
  if (how.employer && employerName(name)) return { name, kind: kindOf(name), url: null, at: start };
  if (words.some((w) => memory.personTokens.has(w)) && !INSTITUTION_WORD.test(name) && !ROLE_AFTER.test(rest.slice(cap[0].length))) return null;
  // "according to Police Chief Tomas Reyk": a person the text names, with the title before the name, is no source.
  if (memory.people.some((p) => p.includes(' ') && name.endsWith(` ${p}`) && TITLE_BEFORE_NAME.test(name.slice(0, -p.length)))) return null;
  // "Coast Guard spokesman David Weydert", "says Cal Fire spokesperson ...": a name before a role is a body's.
  if ((how.role || ROLE_AFTER.test(rest.slice(cap[0].length))) && roleBody(name, memory)) return { name, kind: kindOf(name), url: null, at: start };
  if (INSTITUTION_WORD.test(name) || /^\p{Lu}{2,6}(?:\s+of\s+\p{Lu}\p{L}+)?$/u.test(name)) {
    if (PARTY_ACRONYM.test(name)) return null;
    return { name, kind: kindOf(name), url: null, at: start };
  }
  // "according to monitoring platform DownDetector": described as a thing.
  if (how.described && words.length <= 4 && !givenName(words[0]) && !NOT_SOURCE.has(words[0])) return { name, kind: kindOf(name), url: null, at: start };
  if (how.spokes) {
    // "says Jagan Chapagain, IFRC Director for Asia Pacific": a name the lexicons do not know, then its employer.
    const employer = appositiveEmployer(prose, start + cap[0].length, mentions, memory);
    if (employer) return employer;
  }
  // "TalkTalk said", "T-Mobile has confirmed": one word with a capital inside, or a letter and a hyphen before a word,
  // is a company's name by its shape, no one's ("McCarthy", "DeSantis", "O’Brien" are names).
  if (
    (how.subject || how.loose) &&
    words.length === 1 &&
    COMPANY_SHAPED.test(name) &&
    !NOT_SOURCE.has(name) &&
    !memory.personTokens.has(name) &&
    !/^['’]s/u.test(rest.slice(cap[0].length))
  )
    return { name, kind: SourceKind.OTHER, url: null, at: start };
  // "Eskom said": a single capitalised word, no one's name, as the subject of an attribution verb ("state power utility
  // Eskom said": what the word is may stand before it).
  if (
    (how.subject || how.loose) &&
    words.length === 1 &&
    /^(?:\p{Lu}\p{Ll}+|\p{Lu}{1,4}&\p{Lu}{1,4})$/u.test(name) &&
    !NOT_SOURCE.has(name) &&
    !/^['’]s/u.test(rest.slice(cap[0].length)) &&
    ((SUBJECT_START.test(prose.slice(0, start)) && companyLike(name, memory.text)) ||
      (how.subject && !memory.personTokens.has(name) && COMPANY_NOUN_BEFORE.test(prose.slice(Math.max(0, start - 40), start))))
  ) {
    return { name, kind: how.loose ? SourceKind.NEWSPAPER : SourceKind.OTHER, url: null, at: start };
  }
  // "Western Digital says": two or three capitalised words, no one's name (no given name first, no word of a person the
  // text names), used inside sentences as a company is.
  if (
    how.subject &&
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_SOURCE.has(w) && !COUNTRY_BY_DEMONYM.has(w) && !COUNTRY_BY_NAME.has(w)) &&
    !givenName(words[0]) &&
    !ROLE_WORDS.has(words[0].toLowerCase()) &&
    // (a party speaks for itself: it reacts)
    !/^(?:Party|Movement|Front|Alliance|Coalition)$/u.test(words[words.length - 1]) &&
    ((SUBJECT_START.test(prose.slice(0, start)) && companyLike(name, memory.text)) ||
      // ("construction materials company Saint Gobain also said": what the name is stands before it)
      COMPANY_NOUN_BEFORE.test(prose.slice(Math.max(0, start - 40), start)))
  ) {
    return { name, kind: SourceKind.OTHER, url: null, at: start };
  }
  // "according to UK Finance", "according to the Hostages and Missing Families Forum": two to six capitalised words
  // that are no one's name (no given name first, no word of a person the text names), the clause ending after them.
  if (
    how.according &&
    words.length >= 2 &&
    words.length <= 6 &&
    !givenName(words[0]) &&
    !words.some((w) => memory.personTokens.has(w) || NOT_SOURCE.has(w)) &&
    !words.every((w) => COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w)) &&
    // ("according to the Civil and Commercial Code": a text is no one who speaks)
    !DOCUMENT_WORD.test(words[words.length - 1]) &&
    ACCORDING_END.test(rest.slice(cap[0].length))
  )
    return { name, kind: kindOf(name), url: null, at: start };
  // "according to Eskom", "according to MarketWatch": one word, a company's by its shape or by what the text says of it,
  // no one's name (no given name, no word of a person the text names or gives a title), the clause ending after it.
  if (
    how.according &&
    words.length === 1 &&
    ACCORDING_END.test(rest.slice(cap[0].length)) &&
    !NOT_SOURCE.has(name) &&
    !memory.personTokens.has(name) &&
    !givenName(name) &&
    !COUNTRY_BY_DEMONYM.has(name) &&
    (COMPANY_SHAPED.test(name) || companyByText(name, memory.text)) &&
    !DOCUMENT_WORD.test(name) &&
    // ("Mr Brandt's shares": a surname the text gives after a title is a person's)
    !titledInText(name, memory.text)
  )
    // (as often a site that reports, "according to TechCrunch", as a company: read as one that reports, no speaker)
    return { name, kind: kindOf(name), url: null, at: start, outlet: true };
  // "a spokesman for Interpol in Ghana said": one to three capitalised words no person's, no given name first.
  if (
    how.spokesFor &&
    words.length <= 3 &&
    // (one word: a company's by its shape or its use, else no name the lexicon holds and no "he" or "she" after it in
    // the sentence: "a spokesman for Netanyahu said he would not resign" is a person's)
    (words.length > 1 ||
      COMPANY_SHAPED.test(name) ||
      companyByText(name, memory.text) ||
      (!/Name|Person/u.test(lexiconTag(name) ?? '') && !/\b(?:he|she|him|his|her)\b/iu.test(rest))) &&
    // (the name ends there: "the Braunschweig state prosecution office" is named by more than its capitals)
    /^(?:\s*(?:[,.;:(]|$)|\s+(?:in|at|on|who|which)\s)/u.test(rest.slice(cap[0].length)) &&
    words.every((w) => /^\p{Lu}[\p{L}&-]+$/u.test(w) && !memory.personTokens.has(w) && !NOT_SOURCE.has(w) && !COUNTRY_BY_DEMONYM.has(w)) &&
    !givenName(words[0]) &&
    !ROLE_WORDS.has(words[0].toLowerCase())
  )
    return { name, kind: kindOf(name), url: null, at: start };
  // "(Via The New York Times, USA Today, BBC)": whatever is credited there is an outlet.
  if (how.loose && words.length <= 4) return { name, kind: SourceKind.NEWSPAPER, url: null, at: start };
  return null;
}

/**
 * A capitalised name before a spokesperson's or an official's role is a body's ("Coast Guard spokesman", "NASA
 * official", "Cal Fire spokesperson"): no country or demonym, no word of another person's name ("Trump spokesman"
 * after "Donald Trump"), and a single word only when it is an acronym ("Health officials say" names no body).
 */
function roleBody(name: string, memory: SourceMemory): boolean {
  const words = name.split(/\s+/);
  if (name.length < 2 || NOT_SOURCE.has(name) || COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name)) return false;
  // (the blocs and the UN's officials speak for a party to the story: they react)
  if (PARTY_ACRONYM.test(name)) return false;
  if (words.some((w) => COUNTRY_BY_DEMONYM.has(w) || NOT_SOURCE.has(w))) return false;
  if (memory.people.some((p) => p !== name && p.split(/\s+/).some((w) => words.includes(w)))) return false;
  // "Google spokesman Al Verney": one word, when the text uses it as a company's name elsewhere.
  return (
    words.length > 1 ||
    /^\p{Lu}{2,}$/u.test(name) ||
    /^\p{Lu}[\p{L}]*-\p{Lu}[\p{L}]*$/u.test(name) ||
    // ("CrowdStrike CEO George Kurtz": a company's shape; "A Google spokesperson": a company the lexicon knows)
    (COMPANY_SHAPED.test(name) && !memory.personTokens.has(name)) ||
    ORG_BY_ALIAS.get(name)?.party === false ||
    (/^\p{Lu}\p{Ll}+$/u.test(name) && !memory.personTokens.has(name) && companyLike(name, memory.text))
  );
}

/**
 * One word of five letters or more shaped as a company's name: a capital inside ("TalkTalk", "PayPal"), a letter, a
 * hyphen and a word ("T-Mobile"), or capitals run on into lower case ("IQAir", "JPMorgan"). ("MoH", "DoJ" are a
 * ministry's acronyms.)
 */
export const COMPANY_SHAPED =
  /^(?=[\p{L}-]{5,}$)(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Lo|Van|Von|Fitz|St|O['’]?)\p{Lu})(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}-\p{Lu}\p{Ll}+|\p{Lu}{2,}\p{Ll}{2,})$/u;

/** The last word of a bank's or a firm's name ("Annex Wealth Management", "Capital Economics"). */
const FIRM_END =
  /\b(?:Bank|Management|Capital|Securities|Partners|Advisors|Advisers|Investments|Investors|Economics|Research|Analytics|Consulting|Insights|Holdings|Markets|Asset|Associates)$/u;
/** A capitalised name's possessive right before a person's name ("Berenberg Bank’s "), group 1 the name. */
export const POSSESSIVE_EMPLOYER = new RegExp(`(?<![\\p{L}\\p{M}'’&.-])(${CAP_PHRASE})(?:['’]s|(?<=s)['’])\\s+$`, 'u');
/** "Boeing’s vice president", "Halvor Shipping's chief executive": an employer's possessive before a role. */
export const POSSESSIVE_ROLE = new RegExp(
  `^(?:the\\s+)?(\\p{Lu}[\\p{L}.&-]*?(?:\\s+\\p{Lu}[\\p{L}.&-]*?){0,3})(?:['’]s|(?<=s)['’])\\s+(?:[\\p{L}-]+\\s+){0,3}${SPOKES}\\b`,
  'u',
);

/**
 * After "chief executive of", "general manager at": a capitalised name that is an employer even when shaped like a
 * person’s ("Baker Hughes") or one hyphenated word ("Fisher-Price"): not a country, not a title and a name, and no
 * given name first unless an institution's word says it is a body.
 */
function employerName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 5 || COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name) || NOT_SOURCE.has(words[0])) return false;
  if (ROLE_WORDS.has(words[0].toLowerCase()) || TITLE_BEFORE_NAME.test(`${words[0]} `)) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|&)$/.test(w))) return false;
  return !givenName(words[0]) || INSTITUTION_WORD.test(name);
}

/** Short names that are a country, a bloc or the UN, or a member of parliament: parties to a story, no sources. */
const PARTY_ACRONYM = /^(?:US|UK|EU|UN|AU|MP|MPs|PM)$/;

export const INSTITUTION_OR_ACRONYM = new RegExp(`${INSTITUTION_WORD.source}|^\\p{Lu}{2,6}\\s+of\\s+`, 'u');

/** A day after a source's name ("reported newspaper El Espectador Monday.", "the Agency on Monday"): when, not who. */
export const DAY_AFTER_NAME = /(?<!\s)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/u;
/** A title of address and the person after a body's name ("the University of Canterbury Dr Steven Ratuva says"). */
export const PERSON_AFTER_NAME = /(?<!\s)\s+(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+\p{Lu}.*$/u;
/** A number or a rank before a body's name ("One United Nations official", "Deputy State Department spokesman"). */
export const RANK_BEFORE_NAME = /^(?:One|Two|Three|Several|Some|Many|Deputy|Acting|Former)\s+(?=\p{Lu}\S*\s+\S)/u;

/** What may come before a country opening a sentence as its subject: nothing, an article, "the Government of". */
export const COUNTRY_OPENING = /^\s*(?:(?:The|the)\s+)?(?:(?:Government|government|people)\s+of\s+(?:the\s+)?)?$/u;
/** A state body's name without its country: "Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Office". */
export const BARE_STATE_BODY =
  /^(?:(?:Foreign|Interior|Defen[cs]e|Home|Health|Finance|Justice|External\s+Affairs|Foreign\s+Affairs)\s+(?:Ministry|Office)|Ministry\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+){0,3})$/u;

/** A country's name before a body's: "Sudan Foreign Affairs Ministry" (the country, the body). */
export const COUNTRY_BODY = new RegExp(`^(${alt(COUNTRIES.flatMap((c) => c.names))})\\s+(.+)$`, 'u');

/** A bare state body named after the country that opens its sentence takes that country's name ("Russia Foreign Ministry"). */
function countrysBody(name: string | null, country: string | null, at: number): string | null {
  // (a body opening the sentence is the sentence's subject, not the country's spokesman)
  if (!name || !country || at === 0) return name;
  // ("Iran: ... the Foreign Ministry said" after Sudan's was cited: the body referred back to is Iran's, not Sudan's)
  const other = COUNTRY_BODY.exec(name);
  if (other && COUNTRY_BY_NAME.get(other[1])?.name !== COUNTRY_BY_NAME.get(country)?.name && BARE_STATE_BODY.test(other[2])) return `${country} ${other[2]}`;
  if (!BARE_STATE_BODY.test(name)) return name;
  if (name.split(/\s+/).some((w) => COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w))) return name;
  return `${country} ${name}`;
}

/**
 * A role opening a source's name, with the unit it heads, before the body it serves: "Director of Communications for
 * the West African Examinations Council", "Spokesperson at the Halvor Institute" (not "Director of Public
 * Prosecutions", an office of its own).
 */
export const ROLE_BEFORE_NAME = new RegExp(
  `^(?:(?:Deputy|Acting|Assistant|Senior|Interim|Chief|Executive|Managing|Press)\\s+)*${SPOKES_ANY_CASE}(?:\\s+General)?(?:\\s+of\\s+\\p{Lu}\\p{L}+(?:\\s+(?:and|&)\\s+\\p{Lu}\\p{L}+)?\\s+(?:for|at|of)|\\s+(?:for|at))\\s+(?:the\\s+)?(?=\\p{Lu})`,
  'u',
);
/** A person's title ending a name that holds no institution's word ("Electricity Minister", "the Minister"): a person, no source. */
export const TITLE_AT_END = /(?:^|\s)(?:Minister|Secretary|President|Governor|Mayor|Chairman|Chairwoman|Chairperson|Premier|Chancellor|CEO)$/u;

/**
 * A capitalised title and the person holding it after a body's name ("Boulder Police Chief Maris Herold", "Bank of
 * Canada Governor Tiff Macklem", "Public Service Alliance of Canada National President Chris Aylward"), or the title
 * alone ("University of Melbourne Vice-Chancellor"): the body is the source.
 */
export const TITLE_PERSON_AFTER_NAME = new RegExp(
  `(?<=\\S)\\s+(?:(?:National|Deputy|Acting|Assistant|Executive|Interim)\\s+)?(?:Chief|Governor|President|Vice-President|Chairman|Chairwoman|Chairperson|Director|Director-General|Manager|Commissioner|Vice-Chancellor|Chancellor|CEO|Spokesman|Spokeswoman|Spokesperson)(?:\\s+(?:Professor|Prof|Dr|Mr|Mrs|Ms)\\.?)?((?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){0,4})$`,
  'u',
);
/** A country or a capital owning a body ("Canada’s WestJet Airlines", "Britain’s Met Office", "London’s Metropolitan Police"). */
export const PLACE_POSSESSIVE_BEFORE_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+(?=\p{Lu})/u;
/** A body's unit after its possessive ("UNHCR’s Asia-Pacific", "NASA's Commercial Crew Program"): the body is the source. */
export const BODY_POSSESSIVE_UNIT =
  /^((?:\p{Lu}[\p{L}.&-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}\p{Lu}[\p{L}.&-]*)['’]s\s+\p{Lu}[\p{L}.-]*(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}.-]*)*$/u;
/** The last word of a broadcaster's or a paper's name ("ITV News", "Almasar TV", "Financial Times"). */
export const MEDIA_NAME_END = /\s(?:TV|Television|Radio|News|Times|Post|Herald|Journal|Telegraph|Tribune|Daily|Gazette|Channel|Broadcasting)$/u;
/** What may follow a company's possessive in its own name ("McDonald's Corporation", "Moody's Investors Service"). */
export const OWN_NAME_AFTER_POSSESSIVE = /['’]s\s+(?:Corp|Corporation|Inc|Ltd|Limited|Plc|Group|Company|Co|Holdings|Restaurants|Investors|Bank)\b/u;

/** A name that names a body by itself: an acronym, an organisation the lexicon knows, or an institution's word in it. */
function namesBody(name: string): boolean {
  return /^\p{Lu}{2,}$/u.test(name) || ORG_BY_ALIAS.has(name) || INSTITUTION_WORD.test(name);
}

/** A weekday and "the" opening a name: the words after a verb's time ("said Saturday the ..."), no body's name. */
const DAY_THE_OPENING = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+the\s/u;
/** A conjunction or a verb of speech in lower case between a name's words: a clause, no name. */
const CLAUSE_WORD_INSIDE = /\s(?:as|when|while|after|before|since|that|which|who|because|if|but|than|said|says)\s/u;
/** The name of a source as found, without a day after it, a person after it or a rank before it; null when nothing is left. */
export function tidySourceName(name: string): string | null {
  let tidy = name.replace(DAY_AFTER_NAME, '').replace(PERSON_AFTER_NAME, '').replace(RANK_BEFORE_NAME, '').replace(ROLE_BEFORE_NAME, '').trim();
  if (TITLE_AT_END.test(tidy) && !INSTITUTION_WORD.test(tidy)) return null;
  // ("said Saturday the International Cricket Council's suspension": what a verb and a day led into is no subject;
  // "this week's Mexican earthquake as authorities said": a clause's word inside is no name's)
  if (DAY_THE_OPENING.test(tidy) || CLAUSE_WORD_INSIDE.test(` ${tidy} `)) return null;
  // (a state's own body keeps its country: "Mexico's National Migration Institute" is Mexico National Migration Institute)
  const owner = PLACE_POSSESSIVE_BEFORE_NAME.exec(tidy);
  const owned = owner ? tidy.slice(owner[0].length) : '';
  if (
    owner &&
    (COUNTRY_BY_NAME.has(owner[1]) || COUNTRY_BY_DEMONYM.has(owner[1]) || CAPITAL_CITIES.has(owner[1])) &&
    (!owned.includes(' ') || MEDIA_NAME_END.test(owned) || OUTLET_NAMES.has(owned))
  )
    tidy = owned;
  const unit = BODY_POSSESSIVE_UNIT.exec(tidy);
  // ("Ministry of Women's Affairs", "Office of the Children's Commissioner": a possessive inside the body's own name)
  if (unit && !OWN_NAME_AFTER_POSSESSIVE.test(tidy) && !/\bof\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*$/u.test(unit[1]) && namesBody(unit[1])) tidy = unit[1];
  // ("Office of the Data Protection Commissioner": a title alone ending an office's name is part of it)
  const title = TITLE_PERSON_AFTER_NAME.exec(tidy);
  const titled = title ? tidy.slice(0, title.index) : tidy;
  if (
    title &&
    (title[1] || !/^(?:the\s+)?Office\b/u.test(titled)) &&
    // ("Office of the Chief Medical Examiner", "Association of Chief Police Officers": a title after "of" is part of the name)
    !/\b(?:of|for|the)$/u.test(titled) &&
    namesBody(titled)
  )
    tidy = titled;
  // ("according to the Investigative Committee of Russia.": the sentence's stop is no part of the name; "Corp.",
  // "Dept." keep theirs)
  tidy = tidy.replace(SENTENCE_STOP_AFTER_NAME, '');
  return tidy.length > 0 ? tidy : null;
}

/** A full stop after a name's last word of lower-case letters that is no abbreviation ("Inc.", "Corp.", "Dept."). */
export const SENTENCE_STOP_AFTER_NAME =
  /(?<!(?:^|[^\p{L}])(?:Inc|Corp|Ltd|Bros|Assn|Dept|Govt|Intl|Natl|Ave|Blvd|Bhd|Tbk|Plc|Pty|Ltda|Cos|Mfg|Hldgs))(?<=\p{Ll}{2})\.$/u;

function trimName(raw: string): string {
  const name = raw
    .replace(/\s+/g, ' ')
    // "But the Los Angeles County Department of Public Health on Thursday": a sentence's opening word and a day are
    // no part of the name.
    .replace(/^(?:But|And|As|So|Yet|Meanwhile|However|Still|Also|Now|Then|While|When|Although|Though)\s+(?:the\s+)?(?=\p{Lu})/u, '')
    .replace(/ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u, '')
    // "Mumbai-based Reliance Industries": where it is based is no part of the name.
    .replace(BASED_PREFIX, '')
    .replace(/ (?:of|for|and|the|on|de|du|des|&)$/u, '')
    .replace(/['’]s$/u, '');
  return name.replace(/\.$/, (d) => (/\p{Lu}\.\p{Lu}\.$/u.test(name) ? d : ''));
}

/** A word on letter boundaries (the word is a capitalised word, no pattern characters). */
export function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${esc(word)}(?![\\p{L}])`, 'gu');
}

/**
 * Where the text's first line ends when it is a title that capitalises every word ("Why Are Apple Shares
 * Tumbling?"): its words tell nothing of a name in it. -1 when the first line is no such title.
 */
function titleLineEnd(text: string): number {
  const start = text.search(/\S/u);
  if (start < 0) return -1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? undefined : end);
  return headlineCase(line.replace(/[?!]\s*$/u, '')) ? (end < 0 ? text.length : end) : -1;
}

/** Whether the text gives the word after a title of address anywhere ("Mr Brandt", "Dr. Brandt"): a person's name. */
function titledInText(word: string, text: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (TITLE_OF_ADDRESS_BEFORE.test(text.slice(Math.max(0, i - 8), i))) return true;
  return false;
}
/** A title of address right before a name ("Mr ", "Mrs. ", "Dr "). */
const TITLE_OF_ADDRESS_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+$/u;

/**
 * A single capitalised word is a company or a body, not a surname, when the text uses it inside a sentence
 * ("power utility, Eskom, said") and never after another capitalised word ("Pravin Gordhan"), nor after a
 * preposition of place ("in Washington").
 */
function companyLike(word: string, text: string): boolean {
  let inside = false;
  // What only a company has, anywhere in the text ("Medibank boss X", "Medibank customers", "X, the maker of ..."):
  // then "sent ... to Medibank" is a thing sent to it, not a place.
  const hits = allMatches(text, wordPattern(word));
  const owned = hits.some((m) => {
    const after = text.slice(m.index! + word.length, m.index! + word.length + 40);
    return COMPANY_OWNS.test(after) || COMPANY_STAFF_AFTER.test(after) || COMPANY_APPOSITION.test(after);
  });
  const titleEnd = titleLineEnd(text);
  for (const m of hits) {
    if (m.index! < titleEnd) continue;
    // "Laird, which supplies ...": "which", not "who": a thing.
    // ("Novo Nordisk, the maker of Wegovy": a company by its apposition)
    if (COMPANY_APPOSITION.test(text.slice(m.index! + word.length, m.index! + word.length + 40))) inside = true;
    const before = text.slice(Math.max(0, m.index! - 30), m.index!);
    // "in Washington", "to Kyiv": a place, speaking for its government, not a company ("at Eskom", "a comment from X" may be either).
    // ("Shares in Laird", "a stake in X": a company.)
    if (
      !owned &&
      /\b(?:in|to|near|across|outside|inside|toward|towards)\s+$/u.test(before) &&
      !/\b(?:[Ss]hares?|[Ss]takes?|invest(?:ed|ing|ment|ments)?)\s+in\s+$/u.test(before)
    )
      return false;
    // After a capitalised word on the same line that does not start a sentence: a surname.
    // ("Alphabet’s Google": a possessive owns it, it names no one.)
    if (/(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(before) && !/(?:^|[.!?:]\s+|\n\s*)\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && !/['’]s\s+$/u.test(before))
      return false;
    // (a lower-case word before it on the same line: a line break ends a title or a paragraph)
    if (/[\p{Ll},][ \t]+$/u.test(before)) inside = true;
    // "Eskom said on Friday it would cut power", "Yahoo confirmed its …": what it says of itself is said of a thing.
    if (ITSELF_AFTER.test(text.slice(m.index! + word.length, m.index! + word.length + 80))) inside = true;
  }
  return inside || owned;
}

/**
 * Whether the text treats a name shaped like a person's as a company's: what it says of "it" ("X said it would …"),
 * what it owns ("X's shares"), what it is ("drugmaker X", "X, the maker of …"). A first name the language model
 * knows makes a person ("Terry Davis said it was …"). (`companyLike` asks the same of one word in a speaker's place.)
 */
export function companyByText(name: string, text: string): boolean {
  if (givenName(name.split(' ')[0])) return false;
  for (const m of allMatches(text, wholeWordPattern(name))) {
    const after = text.slice(m.index! + name.length, m.index! + name.length + 80);
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (
      ITSELF_AFTER.test(after) ||
      COMPANY_OWNS.test(after) ||
      COMPANY_STAFF_AFTER.test(after) ||
      COMPANY_APPOSITION.test(after) ||
      COMPANY_NOUN_BEFORE.test(before)
    )
      return true;
  }
  return false;
}

/** Words that open a sentence or a phrase, no place's ("On Monday Nairobi police commander X"). */
export const PLACE_LEAD_WORD = /^(?:On|In|At|By|For|From|After|Before|But|And|Meanwhile|Also|Then)$/u;

/** After a company's name: what a company has and a person does not. */
export const COMPANY_OWNS =
  /^(?:['’]s?)\s+(?:shares|stock|share price|market value|chief executive|CEO|board|headquarters|subsidiary|subsidiaries|customers|products|factories|plants|workforce|employees|revenue|profits?|earnings)\b/u;

/**
 * After a company's name without a possessive: its staff and its customers, words that are no verbs ("Medibank boss
 * X", "Rogers senior vice-president", "Optus customers"; not "shares", which may be a person's verb).
 */
export const COMPANY_STAFF_AFTER =
  /^['’]?[ \t]+(?:boss|chief executive|CEO|chairman|chairwoman|(?:senior\s+|executive\s+)?vice[- ]president|subscribers|customers|shareholders|outage)\b/u;

/** What a company is, right before its name: "state power utility Eskom", "investment bank UBS", "retailer Target". */
export const COMPANY_NOUN_BEFORE =
  /\b(?:company|firm|utility|bank|retailer|carmaker|automaker|giant|conglomerate|maker|manufacturer|operator|airline|carrier|insurer|lender|supplier|producer|developer|chain|startup|start-up|brand|group|leader)\s+$/u;

/** After a name: an attribution verb whose clause speaks of "it" or "its": the name is a thing's, no person's. */
export const ITSELF_AFTER =
  /^\s+(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+day\s+|\p{Lu}\p{Ll}+day\s+|today\s+|also\s+)?(?:said|says|announced|announces|confirmed|confirms|reported|reports|warned|added|stated)\s+(?:(?:on|late on)\s+\p{Lu}\p{Ll}+day\s+|\p{Lu}\p{Ll}+day\s+|today\s+)?(?:that\s+)?(?:it|its)\b/u;

/** What may stand before a one-word or short company name as the subject: a sentence's or a clause's start. */
const SUBJECT_START = /(?:^|[,;:—]\s*|\b(?:and|that|but|while|the)\s+)$/u;

export const NOT_SOURCE = new Set([
  'Early',
  'Later',
  ...WEEKDAYS,
  // ("said on April 26": a date, no outlet)
  ...MONTHS,
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'There',
  'Officials',
  'Authorities',
  'Police',
  'Witnesses',
  'Residents',
  'Experts',
  'Analysts',
  'Critics',
  'Sources',
  'Reports',
  'Report',
]);

/** A body named in lower case or with a country: "Germany's Foreign Ministry", "Chinese health authorities". */
function bodyName(rest: string, memory: SourceMemory): Omit<SourceFound, 'at'> | null {
  const m = rest.match(BODY_START);
  if (!m) return null;
  // "the Saudi Arabian Foreign Ministry", "the South African police": a demonym or country of two words.
  const two = m[3] && /^(\p{Lu}\p{L}+)\s+(.+)$/u.exec(m[4]);
  if (two && (COUNTRY_BY_DEMONYM.has(`${m[3]} ${two[1]}`) || COUNTRY_BY_NAME.has(`${m[3]} ${two[1]}`))) {
    m[3] = `${m[3]} ${two[1]}`;
    m[4] = two[2];
  }
  let prefix: string | null = null;
  // "Moscow's foreign ministry", "the Taliban's interior ministry": a possessive that names no person is the prefix.
  if (m[1]) prefix = COUNTRY_BY_NAME.get(m[1])?.name ?? (m[1].split(/\s+/).some((w) => memory.personTokens.has(w)) || NOT_SOURCE.has(m[1]) ? null : m[1]);
  else if (m[2]) prefix = memory.home ?? memory.lastCountry;
  else if (m[3] && COUNTRY_BY_DEMONYM.has(m[3])) prefix = m[3];
  else if (m[3] && COUNTRY_BY_NAME.has(m[3])) prefix = COUNTRY_BY_NAME.get(m[3])!.name;
  if (!prefix) return null;
  // ("The country's embassy in Lima": a country's embassy is abroad, in another's capital; whose it is is not told)
  if (m[2] && /^embassy\b/iu.test(m[4])) return null;
  const body = /\b(?:ministry|office|department|agency)$/i.test(m[4]) ? titleCase(m[4].toLowerCase()).replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : m[4];
  const name = `${prefix} ${body}`;
  return { name, kind: MEDIA_WORD.test(body) ? SourceKind.OTHER : SourceKind.GOVERNMENT, url: null };
}

/** An institution's head word alone, capitalised ("the Agency said", "The Center said"): no name by itself. */
const BARE_HEAD =
  /^(?:Agency|Committee|Commission|Council|Cent(?:er|re)|Ministry|Department|Office|Authority|Bureau|Board|Service|Association|Institute|Foundation|Organi[sz]ation|Federation|Union|Court|Company|Group|Corporation|League|Police)$/;

/**
 * "The Committee said" after "the Civil Aviation Committee": the source cited or named last whose name ends with
 * the word, else the one name the text gives that ends with it; none, and the bare word is no source.
 */
function bareHead(f: SourceFound, memory: SourceMemory): SourceFound | null {
  const ends = (name: string) => name !== f.name && name.endsWith(` ${f.name}`);
  const before = [...memory.cited, ...memory.named].reverse().find((x) => ends(x.name));
  if (before) return { ...before, at: f.at };
  const names = new Set(
    allMatches(memory.text, headNamePattern(f.name))
      .map((m) => trimName(m[0].replace(/^(?:The|A|An)\s+/, '')))
      .filter((n) => n !== f.name && !n.split(/\s+/).some((w) => memory.personTokens.has(w))),
  );
  if (names.size === 1) return { ...f, name: [...names][0], kind: kindOf([...names][0]) };
  // "police said" in a text that names no force: "Police", as the text says.
  return names.size === 0 && f.name === 'Police' ? f : null;
}

/** Capitalised names ending with `head` ("Civil Aviation Committee" for "Committee"), a linking word allowed inside. */
export function headNamePattern(head: string): RegExp {
  return new RegExp(`(?<![\\p{L}'’-])(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,5}${esc(head)}(?![\\p{L}])`, 'gu');
}

/**
 * The one police force the text has cited or named ("Metropolitan Police", "Toronto Police Service"); "Police", as the
 * text says, when it has named none; null when it has named several (which one spoke, the text does not say).
 */
/** "Scotland Yard police" ending a subject: the place's capitalised words (one to three) before lower-case "police". */
// ("Kogi state police": a state's or a county's force, "Kogi State Police")
const PLACE_POLICE_END = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:(state|county|provincial|district|regional)\s+)?police$/u;
/** "Dallas police." after "according to": the place's words, then "police" ending the clause. */
const PLACE_POLICE_START = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})police(?=\s*(?:[,.;:)]|$))/u;

/**
 * The police force of a place named before the word "police" ("Dallas police", "Scotland Yard police"): capitalised
 * words that open no sentence's clause ("In"), name no person the text names, the first no word the language model
 * holds as anything but a place or a name ("Riot", "Border", "Yesterday").
 */
function placedPolice(place: string | undefined, memory: SourceMemory, at: number): SourceFound | null {
  if (!place) return null;
  const words = place.trim().split(/\s+/);
  if (words.some((w) => !/^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u.test(w) || NOT_SOURCE.has(w) || PLACE_LEAD_WORD.test(w) || memory.personTokens.has(w))) return null;
  // ("Initial police reports", "Riot police", "However police said": a word that tells which police, or when, no
  // place: a word the lexicon holds as no name or place, or an adverb)
  // ("El Paso police", "Los Angeles police": a place's article opens its name)
  // (not "New Year police": the word after it is a place's, no common noun's or time's)
  const opening = words.length > 1 && /^(?:El|La|Las|Los|Le|Les|San|Santa|St|Saint|New|Port|Fort|Mount)$/u.test(words[0]);
  if (opening && words.slice(1).some((w) => /Duration|Date|Noun|Singular|Plural/u.test(lexiconTag(w) ?? ''))) return null;
  const tag = opening ? null : lexiconTag(words[0]);
  if (/ly$/u.test(words[0]) || /^(?:Afterwards|Later|Earlier)$/u.test(words[0]) || (tag !== null && !/City|Country|Place|Region|ProperNoun|Name/u.test(tag)))
    return null;
  return { name: `${words.join(' ')} Police`, kind: SourceKind.GOVERNMENT, url: null, at };
}

function policeForce(memory: SourceMemory, at: number): SourceFound | null {
  const all = [...memory.cited, ...memory.named];
  const forces = new Set(all.filter((x) => /\bPolice(?:\s+(?:Department|Service|Force|Command))?$/u.test(x.name)).map((x) => x.name));
  if (forces.size === 0) return { name: 'Police', kind: SourceKind.GOVERNMENT, url: null, at };
  if (forces.size !== 1) return null;
  const name = [...forces][0];
  return { ...all.find((x) => x.name === name)!, at };
}

/** The source cited last whose name has `word` (or any, for a spokesperson or a company). */
function recall(memory: SourceMemory, word: string | null, at: number, bare = true): SourceFound | null {
  const generic = word === null || /^(?:company|firm|organi[sz]ation|group|utility|operator)$/i.test(word);
  const found = recallFrom([...memory.cited].reverse(), word, generic, bare);
  if (found) return { ...found, at };
  if (word === null) return null;
  // Nothing cited fits: the one body the text has named with that word ("the Supreme Court ... The court said").
  if (!/^(?:company|firm|group)$/i.test(word)) {
    const w = word.toLowerCase();
    const holders = [
      ...new Map(memory.named.filter((x) => x.name.toLowerCase().split(/\s+/).includes(w) && !OUTLET_NAMES.has(x.name)).map((x) => [x.name, x])).values(),
    ];
    return bare && holders.length === 1 ? { ...holders[0], at } : null;
  }
  // Nothing cited fits: the one organisation of that kind the text has named ("Wirecard ... The company said").
  const named = [...new Map(memory.named.filter((x) => x.kind === SourceKind.OTHER && !OUTLET_NAMES.has(x.name)).map((x) => [x.name, x])).values()];
  return named.length === 1 ? { ...named[0], at } : null;
}

/**
 * Whose "the statement said" (or "read") is: a body cited in the sentence before, never an outlet ("according to ANI
 * ... The statement read" is no outlet's statement); a body cited further back may not be the one whose statement it is.
 */
function statementBy(memory: SourceMemory, at: number): SourceFound | null {
  // (further back, up to four sentences, the body cited in the last sentence that spoke of a statement: "X said in a
  // statement on Monday ... The statement said")
  const further = memory.statement && memory.statement.sentence >= memory.sentences - 4 ? { ...memory.statement, at } : null;
  return lastBody(memory, at, 1) ?? further;
}

/**
 * "UN ", "United Nations ": the UN before a common noun ("the UN agency", "according to the United Nations agency"), as
 * BACK_REFERENCE reads it (words of letters only: "the U.N. agency" stays the UN's).
 */
const UN_QUALIFIER = /^(?:UN|United\s+Nations)\s+$/u;
/** The UN agency cited last, else the one the text has named (by the lexicon, or a name that opens with the UN's). */
function recallUnAgency(memory: SourceMemory, at: number): SourceFound | null {
  const agency = (x: { name: string }) => ORG_BY_ALIAS.get(x.name)?.un === true || /^(?:UN|U\.N\.|United\s+Nations)\s+\p{Lu}/u.test(x.name);
  const cited = [...memory.cited].reverse().find(agency);
  if (cited) return { ...cited, at };
  // (one agency by two names, "World Food Program (WFP)", is one: its first name)
  const named = [
    ...new Map(
      [...memory.named]
        .reverse()
        .filter(agency)
        .map((x) => [canonicalOrganisation(x.name), x]),
    ).values(),
  ];
  return named.length === 1 ? { ...named[0], at } : null;
}

/** A source that is no outlet: a body that speaks (an outlet reports the words of the body it names). */
function speaksItself(f: SourceFound): boolean {
  return !f.outlet && !OUTLET_NAMES.has(f.name);
}

/**
 * The body cited last, up to `back` sentences back (0: this one), never an outlet: what "..., it said" and "Its chief
 * executive" refer back to (six back; a body named and not cited is no referent: in the corpus's texts "it" goes on
 * with the body quoted, past the bodies the story names, "Afghan army soldiers"), and "the statement said" (one back).
 */
function lastBody(memory: SourceMemory, at: number, back: number): SourceFound | null {
  const f = [...memory.cited].reverse().find((x) => x.sentence >= memory.sentences - back && speaksItself(x));
  return f ? { ...f, at } : null;
}

function recallFrom(list: SourceFound[], word: string | null, generic: boolean, bare: boolean): SourceFound | null {
  // (no source read as one that reports: "the company said" after "according to TechCrunch" is no site's)
  if (generic || word === null) return list.find((x) => word === null || (x.kind === SourceKind.OTHER && !x.outlet)) ?? null;
  const f =
    list.find((x) =>
      x.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w === word.toLowerCase() || w === `${word.toLowerCase()}s`),
    ) ??
    // "the regulator", "the authority": the last body cited, whatever its name (no outlet).
    (bare && /^(?:regulator|authority|agency|watchdog)$/.test(word) ? list.find((x) => !OUTLET_NAMES.has(x.name)) : undefined) ??
    // "the carrier said": the airline cited last.
    (word === 'carrier' ? list.find((x) => /\b(?:Airlines?|Airways|Air)\b/.test(x.name)) : undefined);
  return f ?? null;
}

/** A lexicon organisation by its full name when the text spells it, else as the text names it. */
function orgName(m: Mention, memory: SourceMemory): string {
  const alias = m.text.replace(/^the\s+/i, '');
  if (m.name === alias) return m.name;
  // "UN refugee agency" describes, it does not name: the canonical name. "Red Cross" names: as the text has it.
  if (memory.text.includes(m.name) || /\s\p{Ll}/u.test(alias)) return m.name;
  return alias;
}

/**
 * An outlet's kind by the word the text calls it ("the broadcaster", "told television station", "newspaper"): a
 * broadcaster's or a newspaper's, else `otherwise`.
 */
function mediaKind(words: string, otherwise: SourceKind): SourceKind {
  if (/station|channel|network|broadcaster|television|TV|radio/i.test(words)) return SourceKind.BROADCASTER;
  return /newspaper|daily|tabloid|magazine/i.test(words) ? SourceKind.NEWSPAPER : otherwise;
}

function kindOf(name: string): SourceKind {
  if (MEDIA_WORD.test(name)) return SourceKind.OTHER;
  return GOVERNMENT_WORD.test(name) ? SourceKind.GOVERNMENT : SourceKind.OTHER;
}

/**
 * A party to the story (a bloc, an alliance, an armed group, a political party): it reacts, it is not cited. UN
 * bodies and the European Commission are institutions.
 */
export function partyToStory(m: Mention): boolean {
  return m.kind === 'ORG' && !!m.org?.party && !/^(?:United Nations|UN\s|European Commission$)/u.test(m.org.name);
}

/** For tests: the lexicon organisation behind an alias. */
export const organisationByAlias = (alias: string) => ORG_BY_ALIAS.get(alias) ?? null;
