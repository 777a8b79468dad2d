// Finds who and what a sentence names: outlets, countries, organisations, state bodies and people (with the
// title the text gives them). People named without a title are found by a linear pass over runs of capitalised
// words that stand where a person stands ("said Ben Crump", "lawyer Ben Crump", "Ben Crump, a lawyer").
import nlp from 'compromise';
import { SourceKind } from './vocabulary';
import {
  BODY_WORDS,
  GOVERNMENT_BODIES,
  COUNTRIES,
  CAPITAL_CITIES,
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  GOV_BY_ALIAS,
  institution,
  ORG_BY_ALIAS,
  ORGANISATIONS,
  OUTLET_BY_ALIAS,
  OUTLETS,
  MONTHS,
  ROLES,
  WEEKDAYS,
  type Organisation,
  type Outlet,
} from './lexicon';
import { allMatches } from './matches';

export type MentionKind = 'OUTLET' | 'COUNTRY' | 'ORG' | 'BODY' | 'PERSON';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  outlet?: Outlet;
  /** Canonical name of the actor (COUNTRY, ORG, PERSON) or of the source (BODY). */
  name: string;
  /** The country it belongs to: a body's or a person's country, a country itself. */
  country: string | null;
  title?: string | null;
  org?: Organisation;
}

/** What the whole text tells about its names, for reading one sentence. */
export interface MentionContext {
  people: Map<string, PersonRecord>;
  /** "RSF" -> "Rapid Support Forces", from "Rapid Support Forces (RSF)" in the text. */
  acronyms: Map<string, string>;
  /** The country most of the text is about: "the interior ministry" is its ministry. */
  home: string | null;
  /** Outlets the text introduced itself ("Norwegian news agency NTB"): "Police told NTB" names one later. */
  outlets?: ReadonlyMap<string, Outlet>;
  /** Bodies of a state the headline names in full ("Russian Foreign Ministry"): "the foreign ministry" is the one so named. */
  bodies?: readonly NamedBody[];
}

/** A body of a state named in full, with its country. */
export interface NamedBody {
  name: string;
  country: string;
}

/** The one body of these whose name ends with these words ("foreign ministry": the Russian Foreign Ministry). */
function namedBody(bodies: readonly NamedBody[] | undefined, words: string): NamedBody | null {
  const found = (bodies ?? []).filter((b) => b.name.toLowerCase().endsWith(` ${words}`));
  return found.length > 0 && found.every((b) => b.name === found[0].name) ? found[0] : null;
}

export interface PersonRecord {
  name: string;
  title: string | null;
  country: string | null;
}

/** Where a photo or picture credit starts ("Photo: SL Chen/Shutterstock", "Image credit: ..."): the names after it are its makers'. */
export const PICTURE_CREDIT_MARK = /(?<![\p{L}])(?:Photo(?:graph)?|Image|Picture|Credit|Video)s?(?:\s+credit)?\s*:/iu;

/** Whether the lexicon knows an organisation by this name ("NATO", "World Health Organization"). */
export function knownOrganisation(name: string): boolean {
  return ORG_BY_ALIAS.has(name);
}

/** A string as a regular expression that matches it literally. */
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
type TrieNode = { end: boolean; next: Map<string, TrieNode> };
/**
 * Literal strings as one alternation that prefers the longest at each place, written as a trie ("Niger|Nigeria" ->
 * "Niger(?:ia)?"). Two names that both match at one place are one a prefix of the other, on one path of the trie, so
 * the greedy optional tries the longer first, as a list sorted longest-first did. The pattern is a fifth shorter,
 * which keeps the largest patterns built from these lists under the size above which V8 does not optimise a pattern
 * (20 KB). (Case-sensitive: the patterns built from it take no `i` flag.)
 */
export function alt(list: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of list) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => esc(ch) + source(child));
    if (!branches.length) return '';
    const one = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!node.end) return one;
    return branches.length === 1 && [...branches[0]].length === 1 ? `${one}?` : `(?:${one})?`;
  };
  return root.end ? `(?:${source(root)})?` : source(root);
}
/** "prime minister" -> "[Pp]rime [Mm]inister": roles match in lower or title case, names stay case-sensitive. */
const anyCase = (s: string) => esc(s).replace(/\b\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

const COUNTRY_NAMES = alt(COUNTRIES.flatMap((c) => c.names));
const DEMONYMS = alt([...COUNTRY_BY_DEMONYM.keys()]);
const ORG_QUALIFIERS = alt([...ORGANISATIONS, ...GOVERNMENT_BODIES].flatMap((o) => o.aliases).filter((a) => !a.startsWith('the ')));
// Any "<word> minister" ("Labour Minister") besides the listed titles.
/** Titles abbreviated before a name ("Gov. John Bel Edwards", "Supt Mohd Nor"), read as the role they stand for. */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  'Gov.': 'governor',
  'Sen.': 'senator',
  'Rep.': 'representative',
  'Gen.': 'general',
  'Amb.': 'ambassador',
  'Pres.': 'president',
  Supt: 'superintendent',
  'Supt.': 'superintendent',
  Cllr: 'councillor',
  'Cllr.': 'councillor',
  // ("PM Modi", "PM Shinzo Abe": the prime minister, in South Asian and British copy)
  PM: 'prime minister',
};
const expandRole = (role: string): string => ROLE_ABBREVIATIONS[role] ?? role;
// ("5 PM Monday", "the PM programme": a time, a programme's name)
const abbreviation = (a: string) => (a === 'PM' ? '(?<!\\d\\s?|\\b[Tt]he\\s)PM' : esc(a));
const ROLE = `${ROLES.map(anyCase).join('|')}|${Object.keys(ROLE_ABBREVIATIONS).map(abbreviation).join('|')}|(?!(?:the|a|an|former|its|his|her|their)\\b)\\p{L}+ [Mm]inister`;
const BODY = BODY_WORDS.map(anyCase).join('|');

const NAME_TOKEN = "(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{L}";
// ("Ursula Von der Leyen": a particle before another takes a capital)
const PARTICLE = '(?:[Vv]on der|[Vv]an der|von|van|de la|de|del|da|bin|ibn|ben|le|la|du|al|el)';
// Initials, with or without a full stop: a middle one ("George W. Bush", "Robert D Watkins") between two words of a
// name, one or two before it ("S B Singh", "M Ali Sabry"; never "A" or "I", which are words), glued to the name or
// to each other ("R.Timothy Hunt", "J.J. Jimenez"; not a place's, "D.C. Fire", "U.S. Army", "N.J. Transit", "B.C. Hydro").
// ("Md. Asaduzzaman", "Mohd. Ali": the abbreviated Muhammad of South and South-East Asian names, like an initial)
const INITIAL =
  '(?![AI]\\s)(?:(?:Md|Mohd)\\.\\s+(?=\\p{Lu}\\p{Ll})|\\p{Lu}\\.?\\s+|(?!(?:D\\.C|U\\.S|U\\.K|U\\.N|E\\.U|L\\.A|N\\.Y|N\\.J|N\\.C|S\\.C|N\\.H|N\\.M|N\\.D|S\\.D|B\\.C|N\\.S|N\\.B|S\\.F|P\\.R|P\\.E)\\.)\\p{Lu}\\.(?=\\p{Lu}\\p{Ll}|\\p{Lu}\\.\\s))';
export const NAME = `(?:${INITIAL}){0,2}${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+|\\p{Lu}\\.?\\s+)?${NAME_TOKEN}){0,4}`;

const CAP = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
const NOT_NAME = new Set([
  'The',
  'A',
  'An',
  'And',
  'But',
  'If',
  'So',
  'Then',
  'Now',
  'Since',
  'Until',
  'Unlike',
  'Like',
  'Although',
  'Though',
  'Because',
  'Once',
  'From',
  'By',
  'To',
  'Under',
  'Despite',
  'On',
  'In',
  'At',
  'Of',
  'For',
  'With',
  'As',
  'After',
  'Before',
  'While',
  'When',
  'This',
  'That',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  ...WEEKDAYS,
  ...MONTHS,
  'Meanwhile',
  'However',
  // (a sentence adverb opens no name: "Thus Tomas Reyk, leader of the party, in a post")
  'Thus',
  'Hence',
  'Therefore',
  'Moreover',
  'Furthermore',
  'Instead',
  'Indeed',
  'Nevertheless',
  'Nonetheless',
  'Similarly',
  'Likewise',
  'Additionally',
  'Separately',
  'Elsewhere',
  'Also',
  // ("Even Velmark’s own status page failed": a focusing adverb opens no name either)
  'Even',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'According',
  'Amid',
  'During',
  'Earlier',
  'Later',
  'Last',
  'Next',
  'Since',
  'Until',
  'Both',
  'Some',
  'Many',
  // ("No Need for Panic", "All Eyes on ...": a headline's opening word)
  'No',
  'Not',
  'All',
  'Any',
  'Every',
  'Each',
  'These',
  'Those',
  'Our',
  'Your',
  'Their',
  'My',
  'There',
  'Here',
  'What',
  'Why',
  'How',
  'Where',
  'Which',
]);

/**
 * A form of address or an honour between a title and the name, which would use up the words a name may have
 * ("President His Highness Sheikh Mohamed bin Zayed Al Nahyan", "former Transport Minister Datuk Seri Dr Wee Ka Siong").
 */
const HONORIFIC =
  "(?:(?:His|Her)\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency)(?:\\s+(?:Sheikh|Sheikha|Sultan|Emir|King|Queen|Prince|Princess))?|(?:(?:Tan|Datuk|Dato['’]?)\\s+S(?:e)?ri|Datuk|Dato['’]?|Tun)(?:\\s+Dr\\.?)?)";
const QUALIFIER = `(?:(?:the\\s+)?(${COUNTRY_NAMES})['’]s|(${DEMONYMS})|(${COUNTRY_NAMES})|(?:the\\s+)?(${ORG_QUALIFIERS})(?:['’]s)?)`;
export const TITLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${QUALIFIER}\\s+)?(?:(?:then|former|acting|interim|deputy|senior|chief)\\s+)?(${ROLE})\\s+(?:${HONORIFIC}\\s+)?(${NAME})`,
  'gu',
);
/** "Mayor of London Sadiq Khan", "Governor of Lagos State Babajide Sanwo-Olu": a title of a place or a body, then a run that ends with the name. */
export const TITLED_OF = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ROLE})\\s+(?:of|for)\\s+(the\\s+)?(${NAME_TOKEN}(?:\\s+(?:(?:of|and|for)\\s+|${PARTICLE}\\s+)?${NAME_TOKEN}){2,8})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A preposition of place right before a run: the run is where, not who ("in Islamabad, the minister said"). */
export const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|outside|across)\s+$/u;
export const APPOSITIVE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.\\-])(${NAME}),\\s+(?:the\\s+|an?\\s+)?(?:${QUALIFIER}\\s+)?(${ROLE})(?:\\s+(?:of|at|for)\\s+(?:the\\s+)?(${COUNTRY_NAMES}|${ORG_QUALIFIERS}|\\p{Lu}[\\p{L}\\- ]+?\\p{L}))?(?=,|\\.|\\s+(?:said|says|told|added|wrote))`,
  'gu',
);
/** A performer's or a player's job, then the one name they go by ("footballer Pele"), then a speech verb or an apposition. */
export const JOB_MONONYM =
  /(?<![\p{L}])(?:[Ff]ellow\s+)?([Ss]inger|[Rr]apper|[Mm]odel|[Aa]ctor|[Aa]ctress|[Cc]omedian|[Mm]usician|[Dd]rummer|[Gg]uitarist|[Pp]roducer|[Ff]ootballer|[Ss]triker|[Gg]oalkeeper|[Bb]oxer|[Ll]egend)\s+(\p{Lu}\p{Ll}{2,})(?=\s*,|\s+(?:also\s+|later\s+)?(?:said|says|wrote|writes|tweeted|posted|added|told|shared)\b)/gu;
export const DESCRIBED = new RegExp(`(?<![\\p{L}\\p{N}])[Tt]he\\s+((?:${CAP}\\s+){0,4}(?:[\\p{Ll}-]+\\s+){0,3}(?:${ROLE})),\\s+(${NAME})(?=,)`, 'gu');
export const BODY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:the\\s+)?(${COUNTRY_NAMES})['’]s\\s+|(?:[Tt]he\\s+)?(${DEMONYMS})\\s+|(${COUNTRY_NAMES})\\s+)(${BODY})(?![\\p{L}])`,
  'gu',
);
export const BODY_OF_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?(${BODY})\\s+of\\s+(?:the\\s+)?(${COUNTRY_NAMES})(?![\\p{L}])`, 'gu');
export const SIDE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?(${DEMONYMS})\\s+side(?![\\p{L}])`, 'gu');
export const CAPITAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${alt([...COUNTRY_BY_CAPITAL.keys()])})(?=\\s+(?:(?:has|had|have|also|later|then|on \\p{Lu}\\p{L}+)\\s+)?(?:said|says|told|sent|put|\\p{Ll}+ed|\\p{Ll}+s)\\b)`,
  'gu',
);
/** A country's name opening a sentence as the subject of a verb of saying or reacting ("Brazil on Monday condemned ..."). */
export const SENTENCE_COUNTRY = new RegExp(
  `^\\s*(?:[Tt]he\\s+)?(${COUNTRY_NAMES})(?=\\s+(?:(?:on|late|early)\\s+\\p{Lu}\\p{Ll}+\\s+|also\\s+|has\\s+|had\\s+)?(?:condemned|condemns|welcomed|welcomes|urged|urges|called|calls|expressed|expresses|said|says|denounced|criticised|criticized|rejected|protested|summoned|demanded|praised|announced|warned|voiced|reiterated|congratulated|deplored|slammed|lodged|offered|extended|sent)\\b)`,
  'u',
);
/** A country's Red Cross or Red Crescent society ("Philippine Red Cross", "Kenya Red Cross Society", "Turkish Red Crescent"). */
export const NATIONAL_RED_CROSS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${COUNTRY_NAMES}|${DEMONYMS})\\s+Red\\s+(?:Cross|Crescent)(?:\\s+Society)?(?![\\p{L}\\p{N}-])`,
  'gu',
);
export const COUNTRY_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:the\\s+)?(${COUNTRY_NAMES})(?![\\p{L}\\p{N}-])`, 'gu');
export const ORG_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(${alt(ORGANISATIONS.flatMap((o) => o.aliases))})(?![\\p{L}\\p{N}-])`, 'gu');
export const OUTLET_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:the\\s+|The\\s+)?(${alt(OUTLETS.flatMap((o) => o.aliases))})(?![\\p{L}\\p{N}-])`, 'gu');

export const GOV_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(${alt(GOVERNMENT_BODIES.flatMap((g) => g.aliases))})(?![\\p{L}\\p{N}-])`, 'gu');
export const UNQUALIFIED_BODY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])[Tt]he\\s+(${BODY_WORDS.filter((w) => /ministry|police|army|military|government/.test(w))
    .map(anyCase)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
// Names of institutions: "Sudan Doctors' Union", "Ghent University", "University of Santiago".
/** Who a trade union's members are ("Workers", "Teachers"), in its name before "Union" or after "Union of". */
const UNION_MEMBERS = 'Workers|Teachers|Journalists|Employees|Nurses|Doctors|Students|Farmers|Miners|Pilots|Officers|Lecturers|Educators|Professionals|Staff';
/**
 * A trade union's name ("University and College Union", "National Union of Journalists"): a union of a trade or a
 * workplace, which reports and is cited like any institution, unlike a union of states or a party ("African Union",
 * "Christian Democratic Union").
 */
export const TRADE_UNION = new RegExp(
  `(?<![\\p{L}])(?:${UNION_MEMBERS}|Trade|Trades|Labou?r|College|University|Education|Transport|Rail|Postal|Public\\s+Service)['’]?\\s+(?:\\S+\\s+){0,3}Union(?![\\p{L}])|(?<![\\p{L}])Union\\s+of\\s+(?:\\S+\\s+){0,2}(?:${UNION_MEMBERS})(?![\\p{L}])`,
  'u',
);
/** The last word of an administrative body's name ("Union Election Commission"): an institution, no party to the story. */
export const ADMINISTRATIVE_END =
  /(?<![\p{L}])(?:Commission|Committee|Council|Agency|Authority|Board|Bureau|Office|Department|Ministry|Secretariat|Directorate|Court|Tribunal|Institute|Centre|Center)$/u;
const INSTITUTION_WORDS =
  'Union|Association|Secretariat|Directorate|University|Institute|Institution|Centre|Center|Foundation|Council|Agency|Police|Department|Administration|Authority|Bureau|Board|Office|Service|Observatory|Programme|Program|Commission|Committee|Federation|Society|League|Coalition|Alliance|Network|Academy|School|College|Hospital|Clinic|Hotel|Lounge|Restaurant|Court|Tribunal|Front|Movement|Forces|' +
  'Confederation|Syndicate|Cooperative|Consortium|' +
  // companies by the last word of their name ("Halvorsen Shipping", "Cox Automotive")
  'Holdings|Systems|Technologies|Industries|Shipping|Airlines|Airways|Motors|Pharmaceuticals|Logistics|Insurance|Telecom|Communications|Semiconductor|Therapeutics|Automotive|Petroleum|Chemicals|Electronics|Entertainment|Studios';
/** An institution's word alone: "Motors" after "General" is no one's name. */
export const INSTITUTION_ALONE = new RegExp(`^(?:${INSTITUTION_WORDS}|Dynamics|Electric|Mills|Foods)$`, 'u');
/** A title the holder's name follows, after a body's name ("... of Ostland President Tomas Reyk"): no word of the body's. */
const TITLE_AFTER_BODY =
  '(?:President|Vice-President|Chairman|Chairwoman|Chairperson|Chair|Secretary|Director|Chief|CEO|Governor|Minister|Spokesman|Spokeswoman|Spokesperson|Head|Commissioner|Leader)';
// (a word of the name after its "of" keeps no full stop that ends the sentence, "the Ostland Academy of Arts.": only an
// abbreviation's, "U.S.", "Inc.")
const CAP_NO_STOP = `(?:(?:Inc|Ltd|Corp|Bros|Co|Plc)\\.|${CAP}(?<!\\p{Ll}{2}\\.))`;
// (a guild's or a chamber's name with its "of" ends a run as an association's does: "Actors Guild of Nigeria President X";
// alone the words are surnames too, "Nicholas Guild said")
const INSTITUTION_HEAD = `${INSTITUTION_WORDS}|Guild(?=\\s+of\\s)|Chamber(?=\\s+of\\s)`;
export const INSTITUTION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.\\-])(?:(?:${CAP}\\s+(?:(?:&|and)\\s+)?){1,5}(?:${INSTITUTION_HEAD})|(?:${INSTITUTION_HEAD}))(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)(?:${CAP_NO_STOP})(?:\\s+(?:and\\s+(?!\\p{Lu}{2,}(?![\\p{Ll}])))?(?!${TITLE_AFTER_BODY}\\s+\\p{Lu})${CAP_NO_STOP}){0,3}){0,2}(?![\\p{L}])`,
  'gu',
);
// "analysts at Capital Economics": whoever employs researchers is an institution.
export const EMPLOYER_RE = new RegExp(
  `\\b(?:[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Ee]conomists|[Aa]nalysts|[Aa]cademics)\\s+(?:at|from)\\s+(?:the\\s+)?(${CAP}(?:\\s+${CAP}){0,4})`,
  'gu',
);
// "The Standard, a Kenyan newspaper" / "Civil.ge, a local news site": named as an outlet by the text itself.
export const OUTLET_APPOSITIVE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.\\-])((?:The\\s+)?${CAP}(?:\\s+${CAP}){0,3}),\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:newspaper|daily|weekly|broadcaster|news agency|news site|news website|website|channel|radio station|television station|magazine|outlet)\\b`,
  'gu',
);
/** "the newspaper Dagbladet", "Norwegian news agency NTB", "broadcaster TV 2": an outlet named after what it is. */
export const OUTLET_DESCRIBED_RE = new RegExp(
  `(?<![\\p{L}])(news agency|newspaper|daily|weekly|tabloid|magazine|broadcaster|TV channel|TV station|television channel|radio station|news site|news website)\\s+((?:${CAP}|\\p{N}{1,3})(?:\\s+(?:${CAP}|\\p{N}{1,3})){0,3})(?![\\p{L}\\p{N}])`,
  'gu',
);
const NAME_PATTERNS = new Map<string, RegExp>();
/** A name as a whole word (escaped; cached for the names a text introduces). */
export function namePattern(name: string): RegExp {
  let re = NAME_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(name)}(?![\\p{L}\\p{N}])`, 'gu');
    if (NAME_PATTERNS.size < 1000) NAME_PATTERNS.set(name, re);
  }
  return re;
}

/** A word before "party" that names no party: a determiner or a possessive ("The party said", "His party"). */
export const PARTY_DETERMINER =
  /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|Whose|Which|Each|Every|Any|Another|Either|Neither|No|Both|Some|All|One|Other|Third)$/u;
export const PARTY_RE = new RegExp(`(?<![\\p{L}\\p{N}'’.\\-])(?:(?:ruling|opposition|governing)\\s+)?((?:${CAP}\\s+){0,3}${CAP})\\s+party(?![\\p{L}])`, 'gu');
/** An acronym on its own ("AT&T" is one name, not the acronym "AT"). */
const ACRONYM_RE = /(?<![\p{L}\p{N}&-])\p{Lu}{2,6}(?![\p{L}\p{N}&-])/gu;
const KNOWN_ACRONYMS = new Set([
  // (a company's legal form, no body of its own: "GlaxoSmithKline PLC")
  'PLC',
  'LLC',
  'US',
  'UK',
  'USA',
  'UAE',
  'DRC',
  'EU',
  'UN',
  'AU',
  'NGO',
  'NGOs',
  'MP',
  'MPs',
  'CEO',
  'GDP',
  'TV',
  'AM',
  'PM',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'COVID',
  'II',
  'III',
  'IV',
  'VI',
]);
// "CNN Chile", "BBC Arabic": an edition of a known outlet. "Vatican News", "Civil.ge": outlets named like outlets.
const LANGUAGES =
  'Arabic|Persian|Russian|English|Turkish|Spanish|Mundo|Brasil|Africa|Asia|Europe|Americas|International|World|Online|' +
  'Bangla|Bengali|Burmese|Urdu|Hindi|Marathi|Tamil|Telugu|Gujarati|Punjabi|Pashto|Somali|Swahili|Hausa|Ukrainian|Chinese|' +
  'Mandarin|Vietnamese|Nepali|Sinhala|Afrique|Korean|Japanese|French|Portuguese|Uzbek|Kyrgyz';
/** ("BBC Radio 4", "BBC Radio 5 Live", "BBC Radio Scotland": a broadcaster's station is named with it) */
const STATIONS = 'Radio\\s+(?:\\d(?:\\s+[Ll]ive)?|Scotland|Wales|Ulster|Cymru|Foyle|London)';
/**
 * What may follow an edition: the sentence's end or a stop, or a word that opens no noun phrase ("told BBC Bangla that
 * ...", "BBC Arabic reported"); not a noun or a name ("told Reuters Ukrainian forces had ...", "told AFP French
 * President X ...": the nationality opens the reported clause).
 */
const EDITION_END =
  '(?=\\s*$|\\s*[.,;:!?)\\]\'’"”–—]|\\s+(?:that|on|in|at|to|about|as|and|or|but|for|from|with|when|after|before|while|which|who|last|this|earlier|late|has|have|had|said|says|say|reported|reports|quoted|added|news|service|website|programme|program|show|bulletin|radio|TV|television|correspondent|reporter|interview)\\b)';
export const EDITION_RE = new RegExp(`^\\s+(${COUNTRY_NAMES}|${LANGUAGES}|${STATIONS})(?![\\p{L}\\p{N}])${EDITION_END}`, 'u');
const NEWSLIKE_RE =
  /(?<![\p{L}\p{N}'’])(?:\p{Lu}[\p{L}'’]+\s+){1,3}(?:News|Times|Post|Herald|Tribune|Gazette|Journal|Daily|Radio|Television|TV)(?![\p{L}])|(?<![\p{L}\p{N}])Radio(?:\s+\p{Lu}[\p{L}'’]+){1,3}|(?<![\p{L}\p{N}@/-])\p{Lu}[\p{L}\d-]*\.(?:com|org|net|ge|ua|ru|am|az|info|news|co\.uk|fr|de|in|pk)(?![\p{L}])/gu;
/** Outlets by their name run together in lower case, as a site's name gives it ("aljazeera", "nytimes" is not). */
const OUTLET_BY_SITE = new Map(
  OUTLETS.flatMap((o) =>
    [o.name, ...o.aliases].map(
      (a) =>
        [
          a
            .replace(/^the\s+/i, '')
            .replace(/[^\p{L}\p{N}]/gu, '')
            .toLowerCase(),
          o,
        ] as const,
    ),
  ),
);
const NAME_AS_TITLE = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan']);
const ALWAYS_PREFIXED = new Set(['pope', 'king', 'queen', 'prince', 'princess']);

const SMALL = new Set(['of', 'the', 'and', 'for', 'at', 'to', 'in', 'on']);

/** What the language model knows of a capitalised word as a first name: whether it is one, and whose. */
interface FirstName {
  given: boolean;
  gender: 'm' | 'f' | null;
}
const FIRST_NAMES = new Map<string, FirstName>();
function firstName(word: string): FirstName {
  let known = FIRST_NAMES.get(word);
  if (known === undefined) {
    known = { given: false, gender: null };
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
      const doc = nlp(word.toLowerCase());
      const f = doc.has('#FemaleName');
      const m = doc.has('#MaleName');
      known = { given: doc.has('#FirstName'), gender: f && !m ? 'f' : m && !f ? 'm' : null };
    }
    if (FIRST_NAMES.size < 5000) FIRST_NAMES.set(word, known);
  }
  return known;
}

/** An organisation no lexicon knows, named so in the text (`start`/`end` where it stands, 0 when nowhere in particular). */
export function orgMention(name: string, start = 0, end = 0, text = name): Mention {
  return { kind: 'ORG', start, end, text, name, country: null, org: institution(name) };
}

/** A word the language model knows as a person's given name ("Terry", "Jacinda", "Volodymyr"), capitalised. */
export function givenName(word: string): boolean {
  return firstName(word).given;
}

/** Family names written first that the language model takes for given names ("Kim Jong Un"): they tell no gender. */
const FAMILY_FIRST = new Set(['Kim', 'Lee', 'Park', 'Li', 'Lin']);
/**
 * The gender a person's first name tells, where the language model knows the name as only a woman's or only a man's
 * ("Ursula", "Michel"); null for names it does not know or knows as both ("Andrea", "Jean").
 */
export function givenNameGender(name: string): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0];
  return !name.includes(' ') || FAMILY_FIRST.has(first) ? null : firstName(first).gender;
}

/**
 * Whether the first of three words or more is a word of a title or a portfolio before a given name and a surname
 * ("Observer Eduard Kukan" of "Chief Observer Eduard Kukan"): a noun by its ending or an occupation, no given name,
 * no name the lexicon holds ("Franco Rudolf Oriol"), the second word a given name.
 */
function titleWordOpens(parts: string[]): boolean {
  return (
    parts.length >= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(parts[0]) &&
    (TITLE_NOUN_ENDING.test(parts[0]) || commonNoun(parts[0])) &&
    !givenName(parts[0]) &&
    !lexiconName(parts[0]) &&
    givenName(parts[1]) &&
    /^\p{Lu}\p{Ll}/u.test(parts[2])
  );
}

/**
 * The nouns of titles ("Observer", "Inspector") and how the nouns of portfolios end ("Intelligence", "Security"): no
 * given name the model lacks ("Pushpa", "Junaid", "Nestor").
 */
const TITLE_NOUN_ENDING =
  /(?:ence|ance|ity|ment|tion|sion|ness|ship)$|^(?:Observer|Monitor|Inspector|Director|Officer|Commander|Coordinator|Adviser|Advisor|Negotiator|Envoy|Rapporteur|Forecaster|Teammate|Manager|Counsel|Secretary|Delegate)$/u;

/** Whether text ends with a portfolio's "<Capitalised> and " ("Crime and "): the words, read from the end. */
function portfolioAndBefore(text: string): boolean {
  const words = text.trimEnd().split(/\s+/);
  return words.length >= 2 && /^(?:and|&)$/u.test(words[words.length - 1]) && /^\p{Lu}\p{L}*$/u.test(words[words.length - 2]);
}

/** A capitalised verb in the present's third person, as headlines have them ("Approves", "Says"): its stem is a verb the lexicon holds. */
function presentVerb(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const stem = word.slice(0, -1).toLowerCase();
  return lexiconTag(stem) === 'Infinitive' || (/(?:sh|ch|ss|x|o)e$/u.test(stem) && lexiconTag(stem.slice(0, -1)) === 'Infinitive');
}

/** The tag the language model's lexicon holds a word under, in lower case ("Singular", "City", "MaleName"), if any. */
export function lexiconTag(word: string): string | null {
  const tag: unknown = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon[word.toLowerCase()];
  return typeof tag === 'string' ? tag : null;
}

/** Whether the language model's lexicon holds a word as a name of any kind ("Franco"), not only as a first name. */
function lexiconName(word: string): boolean {
  return /Name|ProperNoun|Person|Place/.test(lexiconTag(word) ?? '');
}

const COMMON_NOUNS = new Map<string, boolean>();
/** Nouns for people the language model does not tag as such ("Passenger Ann Lee said"): what the person is, no name. */
export const PERSON_NOUNS_UNTAGGED =
  /^(?:Passenger|Resident|Victim|Survivor|Defender|Midfielder|Striker|Student|Nurse|Neighbou?r|Shopper|Voter|Owner|Eyewitness|Commuter|Bystander|Vendor|Villager|Protester)$/u;

/** Whether a capitalised word is, in lower case, a person's occupation and no first name ("Singer", "Analyst"; not "Mark", "Grace"). */
function commonNoun(word: string): boolean {
  let yes = COMMON_NOUNS.get(word);
  if (yes === undefined) {
    const doc = nlp(word.toLowerCase());
    // Only words the language model knows as people's occupations ("singer", "analyst"): an unknown word (a name
    // it has never seen) is guessed a noun too.
    yes = /^\p{Lu}\p{Ll}+$/u.test(word) && (PERSON_NOUNS_UNTAGGED.test(word) || (doc.has('#Actor') && !doc.has('(#FirstName|#ProperNoun|#Person|#Place)')));
    if (COMMON_NOUNS.size < 5000) COMMON_NOUNS.set(word, yes);
  }
  return yes;
}

/**
 * A heading set in capitals ("ISRAELI PRIME MINISTER BENJAMIN NETANYAHU", "FRANS TIMMERMANS, EU CLIMATE POLICY
 * CHIEF") in the case names are written in, so that its names can be read: a word the text writes in capitals
 * elsewhere (`keep`: "EU", "CEO", "NATO") and any other two-letter word stay capitals, linking words and name
 * particles go lower case ("DA SILVA" -> "da Silva", "BOLUARTE'S" -> "Boluarte's"), the rest is capitalised ("JOE"
 * -> "Joe"). Other text is returned as it is. The length never changes: offsets found in
 * the result hold in the original.
 */
export function readableCase(s: string, keep: ReadonlySet<string> = new Set()): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length < 6 || upper < 0.85 * letters.length) return s;
  // "KOO YOON-CHEOL", "BAN KI-MOON" -> "Yoon-cheol", "Ki-moon": a Korean given name's second syllable is in lower case.
  const korean = s.replace(KOREAN_GIVEN_NAME, (_: string, a: string, b: string) => `${a[0]}${a.slice(1).toLowerCase()}-${b.toLowerCase()}`);
  return korean.replace(/\p{L}+/gu, (w: string, at: number) =>
    SMALL.has(w.toLowerCase()) ||
    // "Le Pen", "La Guardia" keep their capital; "de la Fuente" does not.
    (PARTICLES.has(w.toLowerCase()) && (!/^l[ae]$/i.test(w) || /\bde\s+$/i.test(s.slice(0, at)))) ||
    (w.length === 1 && /['’]/.test(s[at - 1] ?? ''))
      ? w.toLowerCase()
      : (w.length <= 2 && !/^l[ae]$/i.test(w)) || keep.has(w)
        ? w
        : w[0] + w.slice(1).toLowerCase(),
  );
}

/** One syllable of romanised Korean (initial, vowel, final), twice joined by a hyphen: a given name ("Ki-moon", "Jae-in"). */
const KOREAN_SYLLABLE = '(?:[gkndrmbsjchtpy]{0,2}(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|a|e|o|u|i)(?:ng|n|m|l|k|p|t)?)';
export const KOREAN_GIVEN_NAME = new RegExp(`(?<![\\p{L}])(${KOREAN_SYLLABLE})-(${KOREAN_SYLLABLE})(?![\\p{L}])`, 'giu');
/** A romanised Korean given name, the whole word ("Chan-dae"). */
export const KOREAN_GIVEN_NAME_WORD = new RegExp(`^${KOREAN_SYLLABLE}-${KOREAN_SYLLABLE}$`, 'iu');
/** "Park Chan-dae": a Korean family name that is also a thing's word, first, before a Korean given name of two syllables. */
/**
 * "Christian Berle", "Christian Eriksen": the given name before a surname the lexicon does not know as a word ("Christian
 * Aid", "Christian Democrats" are a charity and a party); a middle name after a given name too ("Roch Marc Christian
 * Kaboré").
 */
const christianName = (parts: readonly string[], i: number): boolean =>
  (i === 0 || (i === parts.length - 2 && givenName(parts[i - 1]) && !THING_WORDS.has(parts[i - 1]))) &&
  parts[i] === 'Christian' &&
  parts.length >= i + 2 &&
  parts
    .slice(i + 1)
    .every(
      (w) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        !/s$/u.test(w) &&
        !THING_WORDS.has(w) &&
        !CHRISTIAN_BODY_WORD.test(w) &&
        !/Singular|Plural|Noun|Adjective/u.test(lexiconTag(w) ?? ''),
    );
/** Words after "Christian" in bodies' names that no lexicon marks as such (a plural, "Copts", "Zionists", never names a person). */
const CHRISTIAN_BODY_WORD =
  /^(?:Aid|Militia|Community|Church|Democrats?|Science|Brothers|Fellowship|Alliance|Coalition|Post|Today|Voice|Action|Right|Heritage|Solidarity|Workers?|Youth|Concern|Unity)$/u;
/** Offices no name ends with ("Emergency Relief Coordinator", "Special Rapporteur"): a title, its holder named apart. */
const OFFICE_NOUN_END = /^(?:Coordinator|Co-ordinator|Rapporteur|Negotiator|Observer|Delegate|Adviser|Advisor|Counsel|Registrar|Ombudsman)s?$/u;
/** Words of THING_WORDS that are common family names too ("Tony Hall", "Catherine West", "Tracey Church"). */
const SURNAME_THING_WORD = /^(?:Hall|Park|Lake|West|Church|Day|Law|Court|Temple)$/u;
/** After such a name, what only a person does: an apposition, or a verb of speech or tribute ("Tony Hall commended"). */
const THING_SURNAME_PERSON_AFTER = /^(?:\s*,\s|\s+(?:said|says|told|tells|added|adds|commended|praised|paid tribute|wrote|tweeted)\b)/u;
/**
 * "Tony Hall commended", "Catherine West, the Labour MP, said", "Attorney Henry Hall": a given name the language model
 * knows, then one such word, is a person where only a person stands (a title before it; an apposition or a verb of
 * speech after it); not "Albert Park was flooded", "Grace Church pastor X"; not a place's name after "the" or a
 * preposition ("in Victoria Park"); not with a country's name first ("Jordan Lake").
 */
const thingSurname = (parts: readonly string[], i: number, sentence: string, at: number): boolean => {
  if (i !== 1 || parts.length !== 2 || !SURNAME_THING_WORD.test(parts[1]) || !givenName(parts[0])) return false;
  if (THING_WORDS.has(parts[0]) || COUNTRY_BY_NAME.has(parts[0]) || CAPITAL_CITIES.has(parts[0])) return false;
  const before = sentence.slice(0, at);
  if (PLACE_WORD_BEFORE.test(before)) return false;
  // (the word right before, split off: a pattern anchored at the end would try every start)
  const titled = /\s$/u.test(before) && TITLE_WORD.test(before.trimEnd().split(/\s+/u).pop() ?? '');
  return titled || THING_SURNAME_PERSON_AFTER.test(sentence.slice(at + parts.join(' ').length));
};
/** Portfolios a title may name and a law too ("Finance Minister", "the Finance Bill"). */
const PORTFOLIO_WORD = /^(?:Finance|Health|Defen[cs]e|Foreign|Interior|Education|Justice|Trade|Energy|Home|Budget|Security)$/u;
/**
 * "NASA Administrator Bill Nelson", "Bill Nelson, the administrator, said": "Bill", a law's word, opens a person's name
 * where only a person stands (a title before it; an apposition or a verb of speech after it), as a thing's word may end
 * one. Not a law's name: a capitalised word before it other than a title, or a portfolio ("the Finance Bill
 * Amendment"); words after it that are no name's (a plural, a thing's word, a noun the lexicon knows).
 */
const billGivenName = (parts: readonly string[], i: number, sentence: string, at: number): boolean => {
  const nameWord = (w: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(w) && !/s$/u.test(w) && !THING_WORDS.has(w) && !/Singular|Plural|Noun|Adjective/u.test(lexiconTag(w) ?? '');
  if (i !== 0 || parts[0] !== 'Bill' || parts.length < 2 || parts.length > 3 || !parts.slice(1).every(nameWord)) return false;
  const before = sentence.slice(0, at);
  const word = before.trimEnd().split(/\s+/u).pop() ?? '';
  const spaced = /\s$/u.test(before);
  if (spaced && /^\p{Lu}/u.test(word) && (!TITLE_WORD.test(word) || PORTFOLIO_WORD.test(word) || THING_WORDS.has(word))) return false;
  const titled = spaced && TITLE_WORD.test(word);
  return titled || THING_SURNAME_PERSON_AFTER.test(sentence.slice(at + parts.join(' ').length));
};
/** What stands before a place's name: "the", "in", "at", "near Victoria Park". */
const PLACE_WORD_BEFORE = /\b(?:[Tt]he|[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Tt]o|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hrough|[Oo]f|[Oo]n|[Ii]nto|[Bb]y)\s+$/u;
const koreanFamilyName = (parts: readonly string[], i: number): boolean =>
  i === 0 && parts.length === 2 && FAMILY_FIRST.has(parts[0]) && KOREAN_GIVEN_NAME_WORD.test(parts[1]);

/** Name particles written in lower case inside a name ("Lula da Silva", "van der Bellen"). */
const PARTICLES = new Set(['da', 'de', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn']);

/** A name with its particles in lower case, as a name's own form to compare ("De Mesa" at a sentence's start is "de Mesa"). */
export const particlesLowered = (name: string): string =>
  name
    .split(' ')
    .map((w) => (PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');

/** The words a text writes in capitals inside ordinary sentences ("the EU said", "NATO allies"): its acronyms. */
export function capitalWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    if (readableCase(t) !== t) continue;
    for (const m of allMatches(t, /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu)) out.add(m[0]);
  }
  return out;
}

export function titleCase(s: string): string {
  return s
    .split(/(\s+|-)/)
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : /^[a-z]/.test(w) ? w[0].toUpperCase() + w.slice(1) : w))
    .join('')
    .replace(/^Ceo$/i, 'CEO')
    .replace(/^Mp$/i, 'MP');
}

/** Capitalised words that are titles, not names: "US President Joe Biden" is Joe Biden ("Pope John Paul II" stays). */
// A title word, also in the plural ("Ambassadors Koshikawa Kazuhiko and ...").
const TITLE_WORD =
  /^(?:(?:Vice|Deputy|Under|Rear|Lieutenant|Major|Attorney|Solicitor)-)?(?:Undersecretary|President|President-elect|Prez|Comptroller|Vice|Prime|Minister|Chancellor|Secretary|Secretary-General|General|Attorney|Mayor|Governor|Senator|Sen\.|Rep\.|Representative|Sheikh|Alhaji|Alhaja|Hajia|Malam|Mallam|Datuk|Datin|Dato['’]?|Tun|Emir|Sultan|Chief|Director|Judge|Justice|Speaker|Leader|Foreign|Defence|Defense|Interior|Finance|Health|Deputy|Acting|Interim|Former|Outgoing|CEO|CFO|Chairman|Chairwoman|Chairperson|Chair|Premier|Commander|Registrar|Petty|Warrant|Corporal|Class|Executive|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madam|Madame|Sir|Dame|US|U\.S\.|UK|UN|EU|Captain|Officer|Professor|Prof\.?|Emeritus|Commissioner|Inspector|Sergeant|Superintendent|Constable|Detective|Councillor|Supt\.?|SP|DSP|ASP|CSP|Cllr\.?|Insp\.?|Sgt\.?|Cpl\.?|Det\.|Lt\.?|Col\.|Maj\.|Gen\.|Capt\.?|Cdr\.?|Cmdr\.?|Adm\.?|Brig\.?|Commodore|Admiral|Colonel|Brigadier|Lieutenant|Gov\.?|Councilman|Councilwoman|Councilmember|Member|Alderman|Alderwoman|Assemblyman|Assemblywoman|Congressman|Congresswoman|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Sheriff|Coach|Manager|Defender|Midfielder|Winger|Striker|Goalkeeper|Archbishop|Cardinal|Rabbi|Imam|MP|MLA|MEP|MPP|MNA|Administrator|Shri|Smt\.?|Shrimati|Highness|Excellency|Majesty|PM|Rev\.?|Revd\.?|Reverend|Rt\.?|Hon\.?|Honourable|Honorable)s?$/;

/** A clergy's or a member's styles, and the degrees before them ("Most Rev", "Rt Hon"). */
const STYLES = 'Rev\\.?|Revd\\.?|Reverend|Hon\\.?|Honourable|Honorable';
const STYLE_DEGREES = 'Most|Very|Right|Rt\\.?';
/** "Rev", "Rt Rev", "Most Rev", "Hon": the words a clergy's or a member's style opens with after "The". */
export const HONORIFIC_OPENING = new RegExp(`^(?:(?:${STYLE_DEGREES})\\s)?(?:${STYLES})(?:\\s|$)`);
/** The degree before a clergy's or a member's honorific ("Most Rev", "Rt Hon"), a title only there. */
export const HONORIFIC_DEGREE = new RegExp(`^(?:${STYLE_DEGREES})$`);
/** A clergy's or a member's style alone ("Rev", "Hon"). */
export const STYLE_WORD = new RegExp(`^(?:${STYLES})$`);

/** Whether a capitalised word is a title's ("Rep.", "Councilman"), not a name's. */
export const isTitleWord = (word: string): boolean => TITLE_WORD.test(word);

/** "Minnesota Attorney General Keith Ellison" -> "Keith Ellison": the words after the last title word. */
export function withoutTitles(name: string): string {
  const tokens = name.split(/\s+/);
  let last = -1;
  tokens.forEach((t, i) => {
    // An occupation the language model knows ("Singer", "Analyst") counts as a title when a full name follows it.
    // An employer's possessive before a full name is no part of it either ("Ibec's Danny McCoy").
    // "Prince Rahim al-Husseini", "Pope Leo XIV": such titles are how the person is named.
    // ("Hassan Sheikh Mohamud": an honorific after a first name is a word of the name)
    if (/^(?:Sheikh|Sultan)$/.test(t) && i > 0 && i > last + 1 && !TITLE_WORD.test(tokens[i - 1]) && givenName(tokens[i - 1])) return;
    // ("Sultan Al Jaber": before a family name's article "Sultan" is a given name; a sultan's given name follows the title)
    if (t === 'Sultan' && i === last + 1 && /^(?:Al|al)(?:$|-)/.test(tokens[i + 1] ?? '')) return;
    // "Most Rev Justin Welby", "the Very Rev Ann Velden", "Right Hon": the word before a clergy's or a member's honorific.
    if (i === last + 1 && HONORIFIC_DEGREE.test(t) && STYLE_WORD.test(tokens[i + 1] ?? '')) last = i;
    else if (TITLE_WORD.test(t) || (i <= tokens.length - 3 && ((commonNoun(t) && !ALWAYS_PREFIXED.has(t.toLowerCase())) || /['’]s$/u.test(t)))) last = i;
    // "Juror Yvette Cunningham", "Model Iman": a job word in capitals in front of a name (one word will do).
    else if (i === last + 1 && i < tokens.length - 1 && FRONT_JOB.test(t)) last = i;
    // "Ayatollah Ali Khamenei", "Protestor Teresa Quintana": a title or a job a surname alone may follow too, taken off
    // only before a name of two words or more.
    else if (i === last + 1 && i <= tokens.length - 3 && FRONT_OF_FULL_NAME.test(t)) last = i;
    // ("Grand Ayatollah Ali al-Sistani": "Grand" before the title is the title's)
    else if (i === last + 1 && t === 'Grand' && tokens[i + 1] === 'Ayatollah' && i <= tokens.length - 4) last = i;
    // "Chairman PCB Management Committee Zaka Ashraf": a body's name between the title and a name of two words or more.
    else if (i > last && i <= tokens.length - 3 && INSTITUTION_END.test(t)) last = i;
    // "Resident Sihle Nkomo said": a job word with a capital (a sentence's first word) before a name of two words.
    else if (i === 0 && tokens.length === 3 && CAPITAL_JOB.test(t) && !givenName(t)) last = i;
    // "Prime Minster Anthony Albanese": the word after "Prime" or "Vice" is a title's, however it is spelt.
    else if (i === last + 1 && i > 0 && i <= tokens.length - 3 && /^(?:Prime|Vice)$/.test(tokens[i - 1])) last = i;
    // Malaysian honours: "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim" (not "Sri Mulyani Indrawati").
    else if (i > 0 && i <= tokens.length - 3 && /^(?:Seri|Sri)$/.test(t) && /^(?:Datuk|Dato['’]?|Tan)$/.test(tokens[i - 1])) last = i;
  });
  const rest = tokens.slice(last + 1);
  return rest.length >= 1 ? rest.join(' ') : name;
}

/** Prepositions and conjunctions written with a capital inside a name ("Doctors Without Borders"): no person's words. */
const FUNCTION_WORD =
  /^(?:Without|With|Within|Across|Beyond|Against|Over|Under|Between|Among|Into|Through|About|After|Before|Behind|Around|And|Or|Of|For|The)$/;

/**
 * A place's or a body's name run into a person's ("London Sadiq Khan", "Lagos State Babajide Sanwo-Olu"): the name
 * starts at the first given name after the place's first word, else it is the last two words; null when what is
 * left is no name (a place word, a country, a title in it).
 */
function placeThenName(run: string): { place: string; name: string } | null {
  const tokens = run.split(/\s+/);
  let at = tokens.findIndex((t, i) => i > 0 && givenName(t) && !THING_WORDS.has(t) && !COUNTRY_BY_NAME.has(t) && !COUNTRY_BY_DEMONYM.has(t));
  if (at < 0) at = tokens.length - 2;
  // "Ursula von der Leyen": a particle belongs to the name after it.
  while (at > 1 && PARTICLES.has(tokens[at - 1])) at--;
  const place = tokens.slice(0, at);
  const name = tokens.slice(at);
  if (place.length === 0 || /^(?:of|and|for)$/.test(place[place.length - 1]) || name.length < 2) return null;
  // "president of Spain's Firefighters Without Frontiers": a possessive makes the run an organisation's name, and a
  // preposition is no word of a person's.
  if (place.some((t) => /['’]s$/u.test(t)) || name.some((t) => FUNCTION_WORD.test(t))) return null;
  const bad = (t: string) =>
    THING_WORDS.has(t) ||
    COUNTRY_BY_NAME.has(t) ||
    COUNTRY_BY_DEMONYM.has(t) ||
    NOT_NAME.has(t) ||
    TITLE_WORD.test(t) ||
    /^\p{Lu}+$/u.test(t) ||
    /^(?:of|and|for)$/.test(t);
  if (name.some(bad)) return null;
  // ("head of the Lebanese Red Cross, George Kettani": an organisation the lexicon knows is no one's name)
  if (ORG_BY_ALIAS.has(name.join(' '))) return null;
  return { place: place.join(' '), name: name.join(' ') };
}

/**
 * Jobs and offices written before a name with a capital, which no first name is ("Charge" closes "Special Agent in
 * Charge"); some are surnames too ("Julie Bishop"), so only before a name. (Military ranks are trimName's.)
 */
const FRONT_JOB =
  /^(?:Bishop|Reverend|Prefect|Charge|Cmdr\.?|Juror|Model|Rapper|Comedian|Musician|Guitarist|Drummer|Novelist|Poet|Chef|Dancer|Filmmaker|Designer|Broadcaster|Presenter|Pundit|Actor|Actress|Singer|Songwriter|Astronaut|Runner|Sprinter|Cyclist|Swimmer|Boxer|Golfer)$/;
/**
 * Titles and jobs before a full name that a surname alone may follow too ("Ayatollah Khamenei" is how he is named):
 * taken off only before a name of two words or more ("Grand Ayatollah Ali al-Sistani", "Protestor Teresa Quintana").
 */
const FRONT_OF_FULL_NAME = /^(?:Ayatollah|Protester|Protestor|Astronomer)$/;

/** A headline's verb in title case ("NZ Police Chief Pledges Ongoing Support"): no word of a name. */
const HEADLINE_VERB =
  /^(?:Says|Pledges|Vows|Urges|Warns|Slams|Calls|Backs|Rejects|Welcomes|Condemns|Hails|Denies|Admits|Confirms|Announces|Blasts|Defends|Promises|Demands|Accuses|Criticises|Criticizes|Insists|Praises|Mourns|Resigns|Quits|Dies|Wins|Loses|Expresses|Extends|Offers|Sends|Reacts|Responds|Thanks|Congratulates|Visits|Meets|Orders|Seeks|Asks)$/;

/** An auxiliary in a title-case headline ("Yahoo Has Been Hacked"): no word of a name after its first. */
const HEADLINE_AUXILIARY = /^(?:Has|Have|Had|Is|Are|Was|Were|Been)$/;

/** Months that are also surnames or first names ("Theresa May", "Mike April"). */
const SURNAME_MONTHS = new Set(['May', 'April', 'June', 'August']);

/** "June Steenkamp", not "in June Ann Lee said" nor "June 15": a month that is also a first name, opening a name. */
function monthAsFirstName(tokens: string[], before: string): boolean {
  return (
    SURNAME_MONTHS.has(tokens[0]) &&
    tokens.length > 1 &&
    !NOT_NAME.has(tokens[1]) &&
    !/\b(?:in|on|since|until|till|by|from|during|through|last|next|this|early|late|mid|of|to|before|after)\s+$/iu.test(before)
  );
}

/** Letters after a name: an honour, a barrister's rank, a degree, a seat ("KC" is also a Nepali surname: not here). */
const HONOURS = 'OBE|MBE|CBE|KBE|DBE|GBE|QC|FRS|PhD|MP|MEP|MSP';
/** One of the HONOURS as a word of a name. */
export const POST_NOMINAL = new RegExp(`^(?:${HONOURS})$`, 'u');

/** A military rank opening a name: a first word or two ("Vice", "Maj", "Lieutenant") and the rank's own word. */
export const MILITARY_RANK =
  /^(?:(?:Field|Vice|Rear|Air|Major|Maj\.?|Lieutenant|Lt\.?|Brigadier|Brig\.?|Staff|Chief)[- ]+){0,2}(?:Marshal|General|Gen\.?|Colonel|Col\.?|Major|Maj\.?|Lieutenant|Lt\.?|Captain|Capt\.?|Admiral|Adm\.?|Brigadier|Commodore|Sergeant|Sgt\.?)\s+/u;

/** Cuts a name at the first word that cannot be part of it and drops a possessive. */
function trimName(name: string): string {
  // (a line break inside: a heading's name run into the next line)
  const lineBroken = /\n/.test(name);
  const tokens = name
    .replace(/['’]s$/, '')
    // "Democrat Hillary Clinton": a party label before a name is no part of it.
    .replace(/^(?:Democrat|Republican|Conservative|Labour|Socialist)\s+(?=\p{Lu})/u, '')
    // "Criticising Musharraf, he said", "Congratulation President-Elect Donald Trump": a participle or a greeting
    // opening a line is no part of the name after it.
    .replace(/^(?:Congratulations?|Thanks|\p{Lu}\p{Ll}+ing)\s+(?=\p{Lu})/u, (w) => (givenName(w.trim()) ? w : ''))
    // "Maj Gen Asif Ghafoor", "Vice-Admiral Johnny Wolfe", "Lieutenant-Colonel X": a military rank, of one word or more
    // (joined by a space or a hyphen), is no part of the name after it.
    .replace(MILITARY_RANK, '')
    .split(/\s+/);
  const out: string[] = [];
  for (const [i, t] of tokens.entries()) {
    // "June Steenkamp": such a month before a capitalised word that can be a name is a first name.
    if (i === 0 && monthAsFirstName(tokens, '') && /^\p{Lu}\p{Ll}/u.test(tokens[1])) {
      out.push(t);
      continue;
    }
    // "Theresa May": a month that follows a first name ends the name as its surname.
    if (out.length > 0 && SURNAME_MONTHS.has(t)) {
      out.push(t);
      break;
    }
    // "Nick Holland", "Tom Jordan": a country's name right after a first name is the surname.
    if (out.length === 1 && COUNTRY_BY_NAME.has(t) && givenName(out[0]) && !COUNTRY_BY_NAME.has(out[0])) {
      out.push(t);
      break;
    }
    if (NOT_NAME.has(t) || COUNTRY_BY_NAME.has(t) || COUNTRY_BY_DEMONYM.has(t) || OUTLET_BY_ALIAS.has(t) || HEADLINE_VERB.test(t)) break;
    // ("Yahoo Has Been Hacked": an auxiliary after a name's first word ends it; "Are Kalvø" is a Norwegian name)
    if (out.length > 0 && HEADLINE_AUXILIARY.test(t)) break;
    // "Anu Ojha OBE", "Nicholas Haggan QC": letters after a full name are an honour or a rank, no part of it.
    if (out.length >= 2 && POST_NOMINAL.test(t)) break;
    // "Jean-Claude Juncker EU - …": a body's acronym after a full name (a name line run into the next line's "EU -") ends it.
    if (out.length >= 2 && /^\p{Lu}{2,}$/u.test(t) && ORG_BY_ALIAS.has(t)) break;
    // "Barack Obama Obama": a heading's name run into the next line's surname ("Adamu Adamu" is a name: a given name
    // and a surname may be one word).
    if ((out.length > 1 || lineBroken) && out[out.length - 1] === t) break;
    out.push(t);
  }
  return out.join(' ');
}

interface Qualifier {
  text: string;
  country: string | null;
  org: Organisation | null;
  countryLike: boolean;
}

function qualifier(possessive?: string, demonym?: string, countryName?: string, orgAlias?: string): Qualifier | null {
  const gov = orgAlias ? GOV_BY_ALIAS.get(orgAlias) : undefined;
  if (gov) return { text: orgAlias!, country: gov.country, org: null, countryLike: false };
  if (possessive) return { text: possessive, country: COUNTRY_BY_NAME.get(possessive)!.name, org: null, countryLike: true };
  if (demonym) return { text: demonym, country: COUNTRY_BY_DEMONYM.get(demonym)!.name, org: null, countryLike: true };
  if (countryName) return { text: countryName, country: COUNTRY_BY_NAME.get(countryName)!.name, org: null, countryLike: true };
  if (orgAlias) {
    const o = ORG_BY_ALIAS.get(orgAlias) ?? null;
    return { text: orgAlias, country: o?.country ?? null, org: o, countryLike: false };
  }
  return null;
}

/** "of the United Kingdom", "of the Netherlands", "of Armenia". */
export function ofCountry(country: string): string {
  return /^(United|Democratic|Central African|Czech|Dominican)\b|Republic|Islands$|^(Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/.test(
    country,
  )
    ? `of the ${country}`
    : `of ${country}`;
}

/** "Armenian prime minister" -> "Prime Minister of Armenia"; "US Secretary of State" stays; "UN Secretary-General". */
export function buildTitle(role: string, q: Qualifier | null): string {
  const r = titleCase(role);
  if (!q) return r;
  if (q.countryLike && !/\bof\b/.test(r)) return `${r} ${ofCountry(q.country!)}`;
  return `${q.text} ${r}`;
}

/** Longer than any sentence of prose: not read for names (a run-on without stops would only cost time). */
export const MAX_SENTENCE = 2000;

/**
 * The mentions of a sentence. A nickname in quotation marks inside or after a name ("Aquilino “Koko” Pimentel III",
 * "Pushpa Kamal Dahal ‘Prachanda’") is no part of the name: it is blanked (same length, so offsets hold) before
 * the names are read.
 */
export function findMentions(sentence: string, ctx: MentionContext): Mention[] {
  return withGeneration(sentence, mentionsWithoutNicknames(sentence, ctx)).map((m) => {
    // ("the UAE’s minister of State for Foreign Affairs Anwar Gargash": the possessive's "s" is no word of the title)
    const possessive = m.kind === 'PERSON' && /^s\s/u.test(m.text) && /['’]$/u.test(sentence.slice(0, m.start));
    return possessive ? { ...m, start: m.start + 2, text: m.text.slice(2) } : m;
  });
}

/** ", Jr." or " Sr." after a person's name: the generation is part of the name ("Benigno Durana, Jr. said"). */
export const GENERATION_AFTER = /^,?[ \t]+(Jr|Sr)\.?(?![\p{L}\p{N}])/u;

/** An honour or a rank after a person's name (POST_NOMINAL): the mention runs over it, the name stops before it. */
export const POST_NOMINAL_AFTER = new RegExp(`^(?:[ \\t]+(?:${HONOURS})(?![\\p{L}\\p{N}]))+`, 'u');
/** A run read as a name without the honours that close it ("Tomas Reyk QC" -> "Tomas Reyk"). */
export function withoutHonours(run: string): string {
  const words = run.split(/[ \t]+/);
  const n = words.length;
  while (words.length > 2 && POST_NOMINAL.test(words[words.length - 1])) words.pop();
  return words.length === n ? run : words.join(' ');
}

function withGeneration(sentence: string, found: Mention[]): Mention[] {
  // The honours after each person's name, by the mention (the honour is read as no name of its own: "OBE" is no
  // organisation).
  const honourOf = new Map<Mention, number>();
  for (const m of found) {
    const h = m.kind === 'PERSON' ? sentence.slice(m.end).match(POST_NOMINAL_AFTER) : null;
    if (h) honourOf.set(m, m.end + h[0].length);
  }
  const honours = [...honourOf].map(([m, end]) => ({ start: m.end, end }));
  const mentions = honours.length === 0 ? found : found.filter((x) => !honours.some((h) => x.start >= h.start && x.end <= h.end));
  return mentions.map((m) => {
    if (m.kind !== 'PERSON') return m;
    const honoured = honourOf.get(m);
    if (honoured !== undefined) return { ...m, end: honoured, text: sentence.slice(m.start, honoured) };
    // ("Kenneth Hartman Jr., said": the abbreviation's stop is the name's)
    if (/\b(?:Jr|Sr)$/u.test(m.name) && sentence[m.end] === '.' && !/^\.\s*(?:$|\p{Lu})/u.test(sentence.slice(m.end)))
      return { ...m, end: m.end + 1, text: sentence.slice(m.start, m.end + 1), name: `${m.name}.` };
    if (/\b(?:Jr|Sr)\.?$/u.test(m.name)) return m;
    const g = sentence.slice(m.end).match(GENERATION_AFTER);
    if (!g) return m;
    const end = m.end + g[0].length;
    return { ...m, end, text: sentence.slice(m.start, end), name: `${m.name} ${g[1]}.` };
  });
}

function mentionsWithoutNicknames(sentence: string, ctx: MentionContext): Mention[] {
  if (!NICKNAME.test(sentence)) return mentionsIn(sentence, ctx);
  const blanked = sentence.replace(NICKNAMES, (w) => ' '.repeat(w.length));
  return mentionsIn(blanked, ctx).map((m) => {
    if (m.kind !== 'PERSON') return { ...m, text: sentence.slice(m.start, m.end) };
    // A nickname right after the name belongs to the mention ("Pushpa Kamal Dahal ‘Prachanda’ said").
    const tail = blanked.slice(m.end).match(/^ +/u)?.[0] ?? '';
    const end = sentence.slice(m.end, m.end + tail.length).trim() ? m.end + tail.length : m.end;
    return { ...m, end, text: sentence.slice(m.start, end), name: m.name.replace(/\s+/g, ' ') };
  });
}
/** A one-word nickname in quotation marks after a capitalised word of a name. */
export const NICKNAME = /(?<=(?<![\p{L}])\p{Lu}[\p{L}'’-]+ )[“"‘']\p{Lu}[\p{Ll}'’-]+[”"’'](?=[ ,.]|$)/u;
export const NICKNAMES = new RegExp(NICKNAME.source, 'gu');

function mentionsIn(sentence: string, ctx: MentionContext): Mention[] {
  if (sentence.length > MAX_SENTENCE) return [];
  const people = ctx.people;
  const found: (Mention & { priority: number })[] = [];
  const add = (m: Mention, priority: number) => found.push({ ...m, priority });

  for (const m of matchesOf(sentence, OUTLET_RE)) {
    const o = OUTLET_BY_ALIAS.get(m[1])!;
    const edition = sentence.slice(m.index! + m[0].length).match(EDITION_RE);
    // (a station only after a broadcaster: "told The New York Times Radio 4 had refused" names no station of a newspaper)
    if (edition && (!edition[1].startsWith('Radio') || o.kind === SourceKind.BROADCASTER)) {
      const end = m.index! + m[0].length + edition[0].length;
      const name = `${m[1]} ${edition[1]}`;
      add({ kind: 'OUTLET', start: m.index!, end, text: sentence.slice(m.index!, end), outlet: { ...o, name, aliases: [name] }, name, country: null }, 5);
      continue;
    }
    add({ kind: 'OUTLET', start: m.index!, end: m.index! + m[0].length, text: m[0], outlet: o, name: o.name, country: null }, 5);
  }
  for (const whole of matchesOf(sentence, NEWSLIKE_RE)) {
    // "As CBS News reported", "And The Times says": a sentence's linking word is no part of the outlet's name.
    const lead =
      /^(?:As|And|But|So|Yet|Or|Then|While|When|If|Because|Now|Also|Meanwhile|However|In|On|At|For|From|With|By|To|Of|Via|Per)\s+(?=\p{Lu}[\p{L}'’]*\s)/u.exec(
        whole[0],
      );
    const m = lead ? Object.assign([whole[0].slice(lead[0].length)], { index: whole.index! + lead[0].length }) : whole;
    if (OUTLET_BY_ALIAS.has(m[0])) continue;
    // "Reuters.com", "Aljazeera.net": a known outlet's own site is that outlet.
    const site = OUTLET_BY_SITE.get(m[0].replace(/\.[a-z.]+$/, '').toLowerCase());
    if (site && /\./.test(m[0])) {
      add({ kind: 'OUTLET', start: m.index!, end: m.index! + m[0].length, text: m[0], outlet: site, name: site.name, country: null }, 5);
      continue;
    }
    const kind = /Radio|Television|TV/.test(m[0]) ? SourceKind.BROADCASTER : /\./.test(m[0]) ? SourceKind.OTHER : SourceKind.NEWSPAPER;
    const o: Outlet = { name: m[0], kind, url: null, aliases: [m[0]] };
    add({ kind: 'OUTLET', start: m.index!, end: m.index! + m[0].length, text: m[0], outlet: o, name: m[0], country: null }, 0);
  }
  for (const m of matchesOf(sentence, OUTLET_APPOSITIVE_RE)) {
    const name = m[1].replace(/^The\s+(?=\S+$)/, 'The ');
    if (COUNTRY_BY_NAME.has(name)) continue;
    const o: Outlet = {
      name,
      kind: /newspaper|daily|weekly|magazine/.test(m[0])
        ? SourceKind.NEWSPAPER
        : /broadcaster|channel|station/.test(m[0])
          ? SourceKind.BROADCASTER
          : SourceKind.OTHER,
      url: null,
      aliases: [name],
    };
    add({ kind: 'OUTLET', start: m.index!, end: m.index! + m[1].length, text: m[1], outlet: o, name, country: null }, 6);
  }
  for (const [name, o] of ctx.outlets ?? []) {
    for (const m of allMatches(sentence, namePattern(name)))
      add({ kind: 'OUTLET', start: m.index!, end: m.index! + name.length, text: name, outlet: o, name, country: null }, 5);
  }
  for (const m of matchesOf(sentence, OUTLET_DESCRIBED_RE)) {
    // ("state broadcaster CCTV." ending the sentence: the stop is no part of the name, as it is of "U.S.")
    const name = m[2].replace(/(?<=\p{L}{2})\.$/u, '');
    if (COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name) || NOT_NAME.has(name.split(/\s+/)[0])) continue;
    const known = OUTLET_BY_ALIAS.get(name);
    const kind = /agency/.test(m[1])
      ? SourceKind.NEWS_AGENCY
      : /broadcaster|TV|television|radio/.test(m[1])
        ? SourceKind.BROADCASTER
        : /site/.test(m[1])
          ? SourceKind.OTHER
          : SourceKind.NEWSPAPER;
    const o: Outlet = known ?? { name, kind, url: null, aliases: [name] };
    const start = m.index! + m[0].length - m[2].length;
    add({ kind: 'OUTLET', start, end: start + name.length, text: name, outlet: o, name: o.name, country: null }, 6);
  }
  for (const m of matchesOf(sentence, EMPLOYER_RE)) {
    const name = m[1];
    if (COUNTRY_BY_NAME.has(name) || OUTLET_BY_ALIAS.has(name)) continue;
    const start = m.index! + m[0].length - name.length;
    add(orgMention(name, start, start + name.length), 1);
  }
  for (const [acronym, long] of ctx.acronyms) {
    // ("a DfE spokesman said": an acronym with small letters, which no capitals' pattern reads, names its body too)
    if (/\p{Ll}/u.test(acronym) && !ORG_BY_ALIAS.has(long))
      for (const m of allMatches(sentence, wholeWordPattern(acronym))) {
        if (sentence[m.index! - 1] === '(') continue;
        const org: Organisation = { name: long, aliases: [long, acronym], country: null, party: false };
        add({ kind: 'ORG', start: m.index!, end: m.index! + acronym.length, text: acronym, name: long, country: null, org }, 2);
      }
    for (const m of allMatches(sentence, wholeWordPattern(long))) {
      if (ORG_BY_ALIAS.has(long) || COUNTRY_BY_NAME.has(long)) continue;
      const org: Organisation = {
        name: long,
        aliases: [long, acronym],
        country: null,
        // ("Union Election Commission": a body of the state, whatever its first words)
        party: /Front|Movement|Forces|Army|Party|Community|Union|Alliance/.test(long) && !ADMINISTRATIVE_END.test(long) && !TRADE_UNION.test(long),
      };
      add({ kind: 'ORG', start: m.index!, end: m.index! + long.length, text: long, name: long, country: null, org }, 2);
    }
  }
  for (const m of matchesOf(sentence, GOV_RE)) {
    const g = GOV_BY_ALIAS.get(m[1])!;
    add({ kind: 'BODY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: g.name, country: g.country }, 3);
  }
  const unqualified = allMatches(sentence, UNQUALIFIED_BODY_RE);
  // ("Brazil on Monday condemned the attacks ..., the foreign ministry said": the country the sentence opens with)
  const opening = unqualified.length > 0 ? (COUNTRY_BY_NAME.get(SENTENCE_COUNTRY.exec(sentence)?.[1] ?? '')?.name ?? null) : null;
  for (const m of unqualified) {
    // ("the Ministry of Health", "the Foreign Ministry": a name in capitals is as the text gives it; only "the health
    // ministry" (or "the Interior ministry": a head noun in lower case) is the home country's)
    if (/\p{Lu}/u.test(m[1].slice(m[1].lastIndexOf(' ') + 1))) continue;
    // ("the foreign ministry" after the headline's "Russian Foreign Ministry": that body, whatever the home country)
    const named = opening ? null : namedBody(ctx.bodies, m[1].toLowerCase());
    const home = opening ?? ctx.home;
    if (named) add({ kind: 'BODY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: named.name, country: named.country }, 0);
    else if (home)
      add({ kind: 'BODY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: `${home} ${titleCase(m[1].toLowerCase())}`, country: home }, 0);
  }
  for (const m of matchesOf(sentence, INSTITUTION_RE)) {
    // ("Mumbai-based Reliance Industries": where it is based is no part of the name)
    let text = m[0].replace(/^(?:The|A|An)\s+/, '').replace(BASED_PREFIX, '');
    // ("Food and Drug Administration" is one name; "US and European Union", "NASA and European Space Agency",
    // "Ana Velkaro and Halvor Council" are two: a country, a known body, an acronym or a person before "and")
    const and = text.search(/\sand\s/u);
    const left = and > 0 ? text.slice(0, and).trim() : '';
    const apart =
      COUNTRY_BY_NAME.has(left) ||
      COUNTRY_BY_DEMONYM.has(left) ||
      ORG_BY_ALIAS.has(left) ||
      OUTLET_BY_ALIAS.has(left) ||
      GOV_BY_ALIAS.has(left) ||
      /^\p{Lu}{2,}$/u.test(left) ||
      /['’]s$/u.test(left) ||
      givenName(left.split(/\s+/)[0]) ||
      titledPerson(left);
    if (left && apart) text = text.slice(and + 4).trim();
    if (COUNTRY_BY_NAME.has(text) || ORG_BY_ALIAS.has(text) || OUTLET_BY_ALIAS.has(text) || /^(?:European|African|Soviet)\s+Union$/.test(text)) continue;
    // ("Police" or "Department" alone is read as a state body, "Police Chief X" as a title; "Service was restored",
    // "High School exams": a common noun opening a sentence, no body's name)
    if (LONE_INSTITUTION_WORD.test(text)) continue;
    const start = m.index! + m[0].length - text.length;
    const acronymOf = [...ctx.acronyms.entries()].find(([, long]) => long === text)?.[0];
    const org: Organisation = { name: text, aliases: [text, ...(acronymOf ? [acronymOf] : [])], country: null, party: /Front|Movement|Forces/.test(text) };
    add({ kind: 'ORG', start, end: start + text.length, text, name: text, country: null, org }, 0);
  }
  for (const m of matchesOf(sentence, PARTY_RE)) {
    // ("The party said", "Its party": a determiner before "party" names none)
    if (PARTY_DETERMINER.test(m[1])) continue;
    // ("The Harbour Workers party": the article is no part of the name)
    const name = m[1].replace(/^The\s+/u, '');
    if (COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name)) continue;
    const org: Organisation = { name, aliases: [name], country: null, party: true };
    add({ kind: 'ORG', start: m.index!, end: m.index! + m[0].length, text: m[0], name, country: null, org }, 1);
  }
  // ("Photo: SL Chen/Shutterstock": a credit's capitals are a photographer's initials, no organisation)
  const credit = sentence.search(PICTURE_CREDIT_MARK);
  for (const m of matchesOf(sentence, ACRONYM_RE)) {
    const a = m[0];
    if (credit >= 0 && m.index! > credit) continue;
    if (KNOWN_ACRONYMS.has(a) || COUNTRY_BY_NAME.has(a) || ORG_BY_ALIAS.has(a) || OUTLET_BY_ALIAS.has(a) || GOV_BY_ALIAS.has(a)) continue;
    const long = ctx.acronyms.get(a);
    const name = long ?? a;
    const org: Organisation = { name, aliases: [name, a], country: null, party: long ? /Front|Movement|Forces|Army|Party/.test(long) : false };
    add({ kind: 'ORG', start: m.index!, end: m.index! + a.length, text: a, name, country: null, org }, 0);
  }
  for (const m of matchesOf(sentence, TITLED)) {
    // ("director-general Tan Sri Dr Ana Ostrova": honours and titles go first, or the name would be cut at "Dr")
    const untitled = withoutTitles(m[6]);
    let core = trimName(untitled !== m[6] && untitled.includes(' ') ? untitled : m[6]);
    // "the Chief Press Secretary to the Governor": a title after a title, no name.
    if (!core || TITLE_WORD.test(core.split(' ').pop()!)) continue;
    // "General Motors", "General Dynamics": a title word before an institution's word names a company, not a person.
    if (INSTITUTION_ALONE.test(core)) continue;
    // "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani": an honorific after the role is no part of the name.
    if (core.split(' ').length > 2) core = withoutTitles(core);
    // ("EU Chief Observer Eduard Kukan": the title's last word, then the name)
    if (titleWordOpens(core.split(' '))) core = core.slice(core.indexOf(' ') + 1);
    // ("PRESIDENT BUHARI APPROVES CABINET RESHUFFLE": in a headline, the name stops before its verb)
    if (headlineCase(sentence)) {
      const words = core.split(' ');
      // ("Bernard Parks Rejects Budget": after a given name, the next word is its surname)
      const verb = words.findIndex((w, i) => i > (givenName(words[0]) ? 1 : 0) && presentVerb(w));
      if (verb > 0) core = words.slice(0, verb).join(' ');
    }
    const q = qualifier(m[1], m[2], m[3], m[4]);
    const role = expandRole(m[5]).toLowerCase();
    // "Pope John Paul II", "Queen Elizabeth II", "Emir Tamim": such titles are how the person is named.
    const prefixed = NAME_AS_TITLE.has(role) && (!core.includes(' ') || ALWAYS_PREFIXED.has(role));
    const name = prefixed ? `${titleCase(m[5])} ${core}` : core;
    const title = buildTitle(expandRole(m[5]), q);
    const start = m.index!;
    const end = endOfName(sentence, core, start + m[0].length - m[6].length);
    add({ kind: 'PERSON', start, end, text: sentence.slice(start, end), name, title, country: q?.country ?? null }, 4);
  }
  for (const m of matchesOf(sentence, TITLED_OF)) {
    const split = placeThenName(m[3]);
    if (!split) continue;
    const country = COUNTRY_BY_NAME.get(split.place)?.name ?? null;
    // "President of France X" is the President of France; "President of the Republic X" keeps the place as written.
    const title = `${titleCase(m[1])} of ${country && !m[2] ? country : split.place}`;
    const end = m.index! + m[0].length;
    add({ kind: 'PERSON', start: m.index!, end, text: m[0], name: split.name, title, country }, 4);
  }
  for (const m of matchesOf(sentence, APPOSITIVE)) {
    const trimmed = trimName(m[1]);
    // ("Tomas Reyk QC, chair of X": the name without its honours)
    if (!trimmed || trimmed !== withoutHonours(m[1])) continue;
    // ("Professor Ann Velden, president, X": a title before the name is no word of it)
    const untitled = withoutTitles(trimmed);
    const name = untitled.includes(' ') ? untitled : trimmed;
    // "a press conference in Islamabad, the federal minister said": a place (after its preposition), no one's name.
    if (CAPITAL_CITIES.has(name) || PLACE_PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const q = qualifier(m[2], m[3], m[4], m[5]);
    let title = buildTitle(m[6], q);
    let country = q?.country ?? null;
    if (m[7]) {
      const c = COUNTRY_BY_NAME.get(m[7]);
      title = c && !/\bof\b/.test(title) ? `${title} ${ofCountry(c.name)}` : `${title} ${/\bat\b/.test(m[0]) ? 'at' : 'of'} ${m[7]}`;
      country = c?.name ?? ORG_BY_ALIAS.get(m[7])?.country ?? country;
    }
    add({ kind: 'PERSON', start: m.index!, end: m.index! + m[0].length, text: m[0], name, title, country }, 4);
  }
  // "Fellow singer Rihanna also tweeted", "Model Iman, who ..., wrote": a performer known by one name, after the job.
  for (const m of matchesOf(sentence, JOB_MONONYM)) {
    const name = m[2];
    if (COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name) || ORG_BY_ALIAS.has(name) || OUTLET_BY_ALIAS.has(name) || NOT_NAME.has(name)) continue;
    const start = m.index! + m[0].length - name.length;
    add({ kind: 'PERSON', start, end: start + name.length, text: name, name, title: titleCase(m[1].toLowerCase()), country: null }, 4);
  }
  for (const m of matchesOf(sentence, DESCRIBED)) {
    // ("The police spokesperson, SP Josephine Adeh,": a rank before the name is no word of it)
    const name = withoutTitles(trimName(m[2]));
    if (!name || !name.includes(' ')) continue;
    const start = m.index!;
    const end = endOfName(sentence, name, start + m[0].length - m[2].length);
    add({ kind: 'PERSON', start, end, text: sentence.slice(start, end), name, title: titleCase(m[1].replace(/^the\s+/i, '')), country: null }, 4);
  }
  for (const m of matchesOf(sentence, BODY_RE)) {
    const country = COUNTRY_BY_NAME.get(m[1] ?? m[3] ?? '')?.name ?? COUNTRY_BY_DEMONYM.get(m[2] ?? '')?.name ?? null;
    if (!country) continue;
    // The name the text gives: "the Haitian health ministry" -> "Haitian Health Ministry", "Haiti's health ministry" -> "Haiti Health Ministry".
    const qualifierText = m[2] ? m[2] : country;
    add({ kind: 'BODY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: `${qualifierText} ${titleCase(m[4].toLowerCase())}`, country }, 3);
  }
  for (const m of matchesOf(sentence, BODY_OF_RE)) {
    const country = COUNTRY_BY_NAME.get(m[2])!.name;
    add({ kind: 'BODY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: `${country} ${titleCase(m[1].toLowerCase())}`, country }, 3);
  }
  for (const m of matchesOf(sentence, SIDE_RE)) {
    const country = COUNTRY_BY_DEMONYM.get(m[1])!.name;
    add({ kind: 'COUNTRY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: country, country }, 2);
  }
  for (const m of matchesOf(sentence, ORG_RE)) {
    const o = ORG_BY_ALIAS.get(m[1].replace(/^the /, ''))!;
    if (!o) continue;
    add({ kind: 'ORG', start: m.index!, end: m.index! + m[0].length, text: m[0], name: o.name, country: o.country, org: o }, 2);
  }
  // "the Philippine Red Cross", "the Kenya Red Cross Society": a country's own society, named as the text names it.
  for (const m of matchesOf(sentence, NATIONAL_RED_CROSS)) {
    const o: Organisation = { name: m[0], aliases: [m[0]], country: null, party: false };
    add({ kind: 'ORG', start: m.index!, end: m.index! + m[0].length, text: m[0], name: m[0], country: null, org: o }, 6);
  }
  // "Tokyo said", "Washington had warned": a capital before a verb speaks for its country (not "in Tokyo", not "Washington Post").
  for (const m of matchesOf(sentence, CAPITAL_RE)) {
    const c = COUNTRY_BY_CAPITAL.get(m[1])!;
    if (/\b(?:in|to|from|at|near|of|for|into|outside|via|across)\s+$/iu.test(sentence.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    add({ kind: 'COUNTRY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: c.name, country: c.name }, 0);
  }
  for (const m of matchesOf(sentence, COUNTRY_RE)) {
    const c = COUNTRY_BY_NAME.get(m[1])!;
    add({ kind: 'COUNTRY', start: m.index!, end: m.index! + m[0].length, text: m[0], name: c.name, country: c.name }, 1);
  }
  // People named without a title: known names and surnames ("Blinken said"), and runs of capitalised words where a person stands.
  const known = knownPeople(people);
  // (the pattern is built anew as the text names more people, so it runs in V8's interpreter: a sentence that holds
  // none of its words is not given to it)
  if (known && known.words.some((w) => sentence.includes(w))) {
    for (const m of allMatches(sentence, known.re)) {
      // ("Ho Chi Minh City", "Al-Shabaab": a two-letter word before a hyphen or another capitalised word begins
      // another name)
      if (m[1] && m[1].length === 2 && /^[-‐\s]+\p{Lu}/u.test(sentence.slice(m.index! + m[0].length))) continue;
      const p = (m[1] ? known.byVariant.get(m[1]) : known.byToken.get(m[2]))!;
      add({ kind: 'PERSON', start: m.index!, end: m.index! + m[0].length, text: m[0], name: p.name, title: p.title, country: p.country }, 1);
    }
  }
  for (const name of personNames(sentence)) {
    for (const m of allMatches(sentence, spacedNamePattern(name))) {
      add({ kind: 'PERSON', start: m.index!, end: m.index! + m[0].length, text: m[0], name, title: null, country: null }, 0);
    }
  }

  // Longest first, then the more specific kind; no overlaps.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of found) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    const { priority: _p, ...mention } = m;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** An institution's word standing alone, no body's name: "Police", "Department", "Service", "Office", "(High) School". */
export const LONE_INSTITUTION_WORD = /^(?:Police|Department|Services?|Office|(?:High\s+)?School)$/u;

// Compiled once per name: every sentence of every text asks for the same few patterns (compiling them per
// sentence was most of findMentions' own time).
const patternCache = new Map<string, RegExp>();
function cached(key: string, build: () => RegExp): RegExp {
  let re = patternCache.get(key);
  if (!re) {
    if (patternCache.size > 5000) patternCache.clear();
    re = build();
    patternCache.set(key, re);
  }
  return re;
}

interface KnownPeople {
  size: number;
  re: RegExp;
  byVariant: Map<string, PersonRecord>;
  byToken: Map<string, PersonRecord>;
  /** Every name and word of a name the pattern holds: a match holds one of them. */
  words: string[];
}
const knownCache = new WeakMap<Map<string, PersonRecord>, KnownPeople>();

/** A particle written with a capital before a surname ("Di Giacomo", "De Gascun", "Van Gaal"). */
const SURNAME_PARTICLE = /^(?:Di|De|Da|Del|Della|Dos|Das|Du|Van|Von|Le|La|Al|El|Bin|Ibn|Abu|Ter|Ten)$/u;
/**
 * The people the text names, as one pattern (full name, surname, "Mr Surname"): one pass per sentence however
 * many people the text names. The first person named so wins a shared surname.
 */
/**
 * Words of two letters that a name may be ("Xi said" for Xi Jinping, "Yi" for Wang Yi), unlike the short words of
 * English and the abbreviations a text writes in the same case ("He", "In", "Mr", "St").
 */
export const SHORT_WORD =
  /^(?:He|We|It|In|On|At|As|By|To|Of|Or|If|So|No|Do|Go|Be|Me|My|Us|Up|Am|An|Is|Oh|Ok|Mr|Ms|Dr|St|Jr|Sr|Mt|Ft|Co|Lt|Gp|Id|Ex|Pm|Tv|Uk|Eu|Un)$/u;

/** A name's word long enough to find the person by alone: three letters, or two that are no English word. */
function longEnough(word: string): boolean {
  return word.length > 2 || (/^\p{Lu}\p{Ll}$/u.test(word) && !SHORT_WORD.test(word));
}

function knownPeople(people: Map<string, PersonRecord>): KnownPeople | null {
  if (people.size === 0) return null;
  const hit = knownCache.get(people);
  if (hit && hit.size === people.size) return hit;
  const byVariant = new Map<string, PersonRecord>();
  const byToken = new Map<string, PersonRecord>();
  for (const p of people.values()) {
    const tokens = p.name.split(' ');
    const surname = tokens[tokens.length - 1];
    // ("Di Giacomo said" for Flavio Di Giacomo: a particle before the surname is part of it; "Conde added" for Alpha
    // Condé: the surname written without its accents)
    const particled = tokens.length > 2 && SURNAME_PARTICLE.test(tokens[tokens.length - 2]) ? [tokens.slice(-2).join(' ')] : [];
    const plain = surname.normalize('NFD').replace(/\p{M}/gu, '');
    for (const v of [p.name, ...particled, surname, surname.replace(/^(?:al|el)-/, ''), plain]) if (longEnough(v) && !byVariant.has(v)) byVariant.set(v, p);
    if (tokens.length > 1) for (const t of tokens) if (!byToken.has(t)) byToken.set(t, p);
  }
  // A first name alone ("Boris said") when only one person of the text has it and it names no place or thing.
  const firsts = new Map<string, PersonRecord | null>();
  for (const p of people.values()) {
    const tokens = p.name.split(' ');
    if (tokens.length < 2 || !longEnough(tokens[0]) || TITLE_WORD.test(tokens[0]) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[0])) continue;
    firsts.set(tokens[0], firsts.has(tokens[0]) ? null : p);
  }
  // A middle word of a longer name alone ("Faki said" for Moussa Faki Mahamat, "Lula" for Luiz Inácio Lula da Silva),
  // when only one person of the text has it.
  for (const p of people.values()) {
    const tokens = p.name.split(' ');
    for (const t of tokens.slice(1, -1)) if (t.length > 2 && /^\p{Lu}\p{Ll}+$/u.test(t) && !TITLE_WORD.test(t)) firsts.set(t, firsts.has(t) ? null : p);
  }
  for (const [first, p] of firsts) {
    if (p && !byVariant.has(first) && !THING_WORDS.has(first) && !COUNTRY_BY_NAME.has(first) && !COUNTRY_BY_DEMONYM.has(first) && !NOT_NAME.has(first))
      byVariant.set(first, p);
  }
  const built: KnownPeople = {
    size: people.size,
    re: knownPeoplePattern([...byVariant.keys()], [...byToken.keys()]),
    byVariant,
    byToken,
    words: [...byVariant.keys(), ...byToken.keys()],
  };
  knownCache.set(people, built);
  return built;
}

/** Known people's names (group 1) or an honorific and one word of a name (group 2), names escaped. */
export function knownPeoplePattern(variants: readonly string[] | string, tokens: readonly string[] | string = []): RegExp {
  const list = (xs: readonly string[] | string) => alt(typeof xs === 'string' ? [xs] : [...xs]) || '(?!)';
  return new RegExp(
    `(?<![\\p{L}])(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(${list(variants)})(?![\\p{L}])|(?<![\\p{L}])(?:Mr|Mrs|Ms|Dr)\\.?\\s+(${list(tokens)})(?![\\p{L}])`,
    'gu',
  );
}

/** A name on word boundaries, any run of spaces between its words (a blanked nickname leaves several). */
export function spacedNamePattern(name: string): RegExp {
  return cached(`s:${name}`, () => new RegExp(`(?<![\\p{L}])${esc(name).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'gu'));
}
/** Where the name found at or after `from` ends (its words may stand apart), else the sentence's end of the match. */
function endOfName(sentence: string, name: string, from: number): number {
  const re = spacedNamePattern(name);
  re.lastIndex = Math.max(0, from);
  const hit = re.exec(sentence);
  re.lastIndex = 0;
  return hit ? hit.index + hit[0].length : from + name.length;
}

/** A word or phrase, escaped, on word boundaries. */
export function wholeWordPattern(phrase: string): RegExp {
  return cached(`w:${phrase}`, () => new RegExp(`(?<![\\p{L}])${esc(phrase)}(?![\\p{L}])`, 'gu'));
}

// The regular expressions that do not depend on what the rest of the text tells are run once per sentence:
// both passes of the parser (and a heading read twice) ask for the same sentence.
const matchCache = new Map<string, Map<RegExp, RegExpMatchArray[]>>();
function matchesOf(sentence: string, re: RegExp): RegExpMatchArray[] {
  let bySentence = matchCache.get(sentence);
  if (!bySentence) {
    if (matchCache.size > 5000) matchCache.clear();
    bySentence = new Map();
    matchCache.set(sentence, bySentence);
  }
  let found = bySentence.get(re);
  if (!found) {
    found = allMatches(sentence, re);
    bySentence.set(re, found);
  }
  return found;
}

// ——— people named without a title ———

/** "“…,” Amorim told reporters", "said Raila,": one capitalised word speaking after a quote (group 1 or 2). */
export const ONE_WORD_SPEAKER =
  /[”"’]\s*,?\s+(\p{Lu}[\p{Ll}'’-]+)\s+(?:said|says|told|added|wrote)\b|[”"’]\s*,?\s+(?:said|says|added)\s+(\p{Lu}[\p{Ll}'’-]+)\s*[,.]/gu;
/** Two or three capitalised words with `word` first or last ("Raila Odinga", "Koshikawa Kazuhiko"), on one line. */
export function nameAroundPattern(word: string): RegExp {
  const w = esc(word);
  const cap = "\\p{Lu}[\\p{L}'’-]+";
  return new RegExp(`(?<![\\p{L}'’.-])(?:${cap} ){1,2}${w}(?![\\p{L}'’-])|(?<![\\p{L}'’.-])${w}(?: ${cap}){1,2}(?![\\p{L}'’-])`, 'gu');
}

/**
 * The people a text names once in full where no finder read them as persons ("For his part, Raila Odinga whose
 * petition ...") and later by one word after a quote ("“…,” Raila said"): the one full name holding that word, first
 * or last, titles and sentence words cut off; none when the word is known or stands in several names.
 */
export function namedOnceSpeakers(text: string, known: Set<string>): string[] {
  const out = new Set<string>();
  for (const m of allMatches(text, ONE_WORD_SPEAKER)) {
    const word = m[1] ?? m[2];
    if (known.has(word) || NOT_NAME.has(word) || THING_WORDS.has(word) || TITLE_WORD.test(word) || COUNTRY_BY_NAME.has(word) || COUNTRY_BY_DEMONYM.has(word))
      continue;
    if (ORG_BY_ALIAS.has(word) || OUTLET_BY_ALIAS.has(word)) continue;
    const names = new Set<string>();
    for (const r of allMatches(text, nameAroundPattern(word))) {
      let tokens = r[0].split(/\s+/);
      const first = tokens[0] === word;
      // Titles and sentence words before the name go ("Ambassadors Koshikawa Kazuhiko", "For Raila Odinga").
      if (!first)
        while (tokens.length > 1 && (TITLE_WORD.test(tokens[0]) || NOT_NAME.has(tokens[0]) || COUNTRY_BY_DEMONYM.has(tokens[0]))) tokens = tokens.slice(1);
      else {
        const stop = tokens.findIndex((t, i) => i > 0 && (NOT_NAME.has(t) || THING_WORDS.has(t) || TITLE_WORD.test(t)));
        if (stop > 0) tokens = tokens.slice(0, stop);
      }
      // ("history: Sharif Nawaz Sharif": a heading's word run into the name is no part of it; the name is what follows it)
      if (tokens.filter((t) => t === word).length > 1) tokens = tokens.slice(tokens.indexOf(word) + 1);
      if (tokens.filter((t) => t === word).length !== 1) continue;
      // ("Quoting Rafaelito Alejandro": a participle opening the sentence is no part of the name)
      tokens = trimName(tokens.join(' ')).split(' ');
      if (!tokens.includes(word)) continue;
      if (tokens.length < 2 || tokens.some((t) => THING_WORDS.has(t) || COUNTRY_BY_NAME.has(t) || /^\p{Lu}+$/u.test(t) || /['’]s$/u.test(t))) continue;
      names.add(tokens.join(' '));
    }
    if (names.size === 1) out.add([...names][0]);
    // "“…,” said Pele.": after an inverted speech verb, closing the sentence, the one name a person goes by, when
    // the text gives no fuller one (no month or weekday, NOT_NAME's; no capital, state body or word the text puts
    // after "in", "to" or "from": "said Rotterdam").
    // ("R.Timothy Hunt", "D.Amarbayasgalan" elsewhere: a capitalised word, not a title, or an initial before it is a
    // name the finder did not read, so the word alone is not the whole of it)
    else if (
      names.size === 0 &&
      m[2] &&
      !CAPITAL_CITIES.has(word) &&
      !GOV_BY_ALIAS.has(word) &&
      !placeWordPattern(word).test(text) &&
      !INSTITUTION_ALONE.test(word) &&
      !allMatches(text, wordAfterCapitalPattern(word)).some((b) => !TITLE_WORD.test(b[1]) && !NOT_NAME.has(b[1]))
    )
      out.add(word);
  }
  return [...out];
}
/** `word` after a capitalised word on the same line, or right after an initial ("D.Amarbayasgalan") (group 1: that word). */
export const wordAfterCapitalPattern = (word: string): RegExp =>
  cached(`after-capital:${word}`, () => new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]*\\.?)(?:[ \\t]+|(?<=\\.))${esc(word)}(?![\\p{L}])`, 'gu'));
/** `word` after a preposition of place ("in Rotterdam"): a place's name. */
export const placeWordPattern = (word: string): RegExp =>
  cached(`place-word:${word}`, () => new RegExp(`(?<![\\p{L}])(?:in|to|from|at|near|outside)\\s+${esc(word)}(?![\\p{L}])`, 'u'));

/**
 * Words that end with a title, a given name and a word or two more ("Minneapolis Mayor Jacob Frey"): a person, before
 * "and" no part of a body's name ("Senator George Mitchell Institute for Peace and Justice" is a body's: no name ends so).
 */
function titledPerson(words: string): boolean {
  const tokens = words.split(/\s+/);
  const title = tokens.findIndex((t) => TITLE_WORD.test(t));
  const name = tokens.slice(title + 1);
  return (
    title >= 0 &&
    name.length >= 2 &&
    name.length <= 3 &&
    givenName(name[0]) &&
    name.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t) && !INSTITUTION_ALONE.test(t) && !THING_WORDS.has(t))
  );
}

/** A run of two to five capitalised words (particles allowed inside), one space apart (a double space parts two captions): a candidate full name. */
export const PERSON_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’.\\-])(?:(?:${INITIAL}){1,2}${NAME_TOKEN}|${NAME_TOKEN}\\s(?:${PARTICLE}\\s|\\p{Lu}\\.?\\s)?${NAME_TOKEN})(?:\\s(?:${PARTICLE}\\s|\\p{Lu}\\.?\\s)?${NAME_TOKEN}){0,8}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Words of THING_WORDS that open a place's name, whose next word may be a given name ("San Antonio", "Port Elizabeth"). */
const NAME_OPENING_WORDS = new Set('New Los Las San Santa Sao Port Fort Mount Cape Saint St North South East West'.split(' '));
/** Words that make a capitalised run a place, a thing or an institution, not a person. */
const THING_WORDS = new Set(
  (
    'House Street Square Strip Ministry Office Department Airport Station Church Hospital Road Avenue Island Islands Bank Group ' +
    'Company Corporation Corp Inc Ltd Plc LLC Survey Toll Council Security Nations States Kingdom Republic County City Province State Region Day Week War ' +
    'Prize Award Cup Games Act Law Bill Treaty Agreement Accord Summit Conference Service Services Police Army Navy Force Guard ' +
    'Government Parliament Senate Congress Assembly Party Committee Cities Valley River Sea Ocean Mountain Mountains Park Bridge ' +
    'Tower Hall Palace Centre Center Museum School College Airlines Airways Media Network Club League Cathedral Mosque Temple ' +
    'Stock Exchange Index Fund Reserve Prison Camp District Court Tribunal Mission Brigade Forces Front Movement Liberation ' +
    'Revolutionary National International Federal Central Democratic Islamic Christian Jewish Muslim Catholic Orthodox ' +
    'North South East West Northern Southern Eastern Western Middle Gulf Strait Peninsula Bay Coast Desert Lake Basin ' +
    'New Los Las San Santa Sao Port Fort Mount Cape Saint St Watch Rights Breaking Live Update Updates Read More Watch Video Photo Image Getty AFP Reuters Xinhua Twitter Facebook Instagram YouTube Telegram Truth Social ' +
    // (a page's navigation: "Main Stories", "Top Stories", "Latest Headlines" name no one)
    'Stories Story Headlines Trending Videos Photos Podcasts Newsletters Sections Topics ' +
    // (a tournament's name runs on into a name on the next line joined to it: "... Pacific Open Naomi Osaka announced")
    'Open Championship Championships Tournament Marathon Olympics Olympiad ' +
    // (a storm is named like a person: "Cyclone Gulab", "Hurricane Beryl")
    'Cyclone Hurricane Typhoon Storm Tropical Depression ' +
    // (an Indian state: "Madhya Pradesh", "Uttar Pradesh")
    'Pradesh ' +
    // (a ministry's portfolio after "of" and "and": "Ministry of Information and Communication Technology")
    'Technology Technologies Communication Communications Information Affairs Tourism Culture Education Development Infrastructure Transport Energy Environment Agriculture Planning Resources Welfare Works Fisheries Forestry Mines Mining Housing Labour Labor Finance Trade Industry Commerce Justice Health ' +
    // (an office's field: "IRS Director of Criminal Investigation")
    'Investigation Investigations Intelligence Operations Enforcement Prosecutions ' +
    // (words of an outlet's name no person is called by, a run with one is no person: "told Fox Sports", "Business Today"; not
    // Press, Weekly, Herald or Courier, which are surnames too: "Ann Weekly, a farmer, said")
    'Sports Today Business News Times Journal Tribune Gazette Telegraph Chronicle Radio Television TV Magazine'
  ).split(' '),
);
for (const w of INSTITUTION_WORDS.split('|')) THING_WORDS.add(w);
/** Jobs and relations a person is named by. */
const JOB_WORDS =
  'lawyer|attorney|activist|professor|spokesman|spokeswoman|spokesperson|director|chief|official|leader|head|mayor|governor|senator|photographer|journalist|reporter|analyst|economist|scientist|researcher|expert|doctor|author|founder|chairman|chairwoman|chair|executive|manager|commander|envoy|ambassador|candidate|lawmaker|legislator|congressman|congresswoman|representative|adviser|advisor|coach|player|actor|actress|singer|resident|survivor|witness|father|mother|son|daughter|wife|husband|brother|sister|student|teacher|worker|nurse|officer|pastor|bishop|cardinal|rabbi|imam|cleric|judge|prosecutor|detective|sheriff|commissioner|campaigner|organiser|organizer|volunteer|owner|engineer|writer|historian|correspondent|editor|columnist|host|presenter|entrepreneur|billionaire|investor|banker|colleague|counsel|defender|striker|midfielder|goalkeeper|forward|footballer|athlete|boxer|rapper|musician|comedian|star|pundit|politician|captain|skipper|novelist|poet|chef|designer|filmmaker|member|MP|CEO|Democrat|Republican';
/** The last word of a body's name ("Committee", "Council", "Ministry"). */
export const INSTITUTION_END =
  /^(?:Committee|Council|Commission|Board|Ministry|Department|Agency|Authority|Bureau|Office|Union|Association|Federation|Party|Court)$/u;
/** A job word written with a capital ("Resident", "Teacher"). */
export const CAPITAL_JOB = new RegExp(
  `^(?:${JOB_WORDS.split('|')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('|')})$`,
  'u',
);
/** "Mumbai-based " before an organisation's name: where it is based, no part of the name. */
export const BASED_PREFIX = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?-based\s+(?=\p{Lu})/u;
/**
 * After a name, what makes it a thing or a company: ", which", ", the maker of", ", a retailer" (not ", the group's
 * economist", nor ", a parent told Reuters", ", a parent of two").
 */
export const COMPANY_APPOSITION =
  /^\s*,\s*(?:which\b|(?:the|an?)\s+(?:(?:world|country|nation|region|continent)['’]s\s+)?(?:\p{Ll}+\s+){0,2}(?:maker|owner|operator|company|firm|group|manufacturer|developer|parent(?!\s+(?:told|said|says|added|who|whose|of)\b)|producer|retailer|carrier|airline|bank|lender|insurer|utility|supplier|chain|giant|conglomerate)\b(?!['’]s))/u;

/** A job word, capitalised or not, ending a run ("Sarkozy’s Lawyer"): no name ends so. */
export const JOB_WORD_END = new RegExp(`^(?:${JOB_WORDS})$`, 'iu');
/** Words a person is called by before the name, but which may end a name too ("Adam Driver", "Reality Winner"): read only before one. */
const BEFORE_NAME_WORDS =
  'rival|teammate|team-mate|friend|partner|compatriot|counterpart|successor|predecessor|opponent|champion|legend|great|icon|veteran|winner|swimmer|runner|cricketer|batter|batsman|bowler|golfer|cyclist|sprinter|gymnast|skater|driver|rider|jockey|wrestler|fighter|supporter|fan|boss|chairperson|premier|songwriter|artist|producer|broadcaster|physician|surgeon|epidemiologist|virologist|biologist|physicist|chemist|astronaut|diplomat|negotiator|strategist|pollster|lobbyist|trader|director-general|secretary-general|ex-wife|ex-husband|widow|son-in-law|granddaughter|grandson|uncle|aunt|cousin|nephew|niece|girlfriend|boyfriend|fiancé|fiancée|bandmate|co-star|co-founder|cofounder|mentor|protégé|ally|aide|deputy|manager|delegate|frontman|frontwoman';
/** A person's job or relation right before a name: "civil rights attorney Ben Crump", "photographer Thomas Nybo". */
export const PERSON_NOUN = new RegExp(`(?:^|[^\\p{L}])(?:${JOB_WORDS}|${BEFORE_NAME_WORDS})s?\\s+$`, 'u');
export const OF_INSTITUTION_AFTER = new RegExp(
  `^(?:\\s*,)?\\s+(?:of|from|at)\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and)\\s+)?){0,5}(?:${INSTITUTION_WORDS})\\b`,
  'u',
);
/** A title word right before a name ("Sheikh ", "Dr ", "Police Chief "): a person follows (for mentions and for sources). */
export const TITLE_BEFORE_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${TITLE_WORD.source.replace(/^\^|\$$/g, '')})\\s+$`, 'u');
/** Right after a quote's closing mark (the comma inside it or after it). */
export const AFTER_QUOTE_MARK = /[,.!?]?[”"]\s*,?\s*$/u;
/** After a name in a speaker's place: its apposition, or its speech verb. */
export const SPEAKER_NEXT = /^\s*(?:,|(?:(?:also|later|then)\s+)?(?:said|says|told|added|wrote|tweeted)\b)/u;
export const COMMA_SPEECH_AFTER = /^\s*,\s*(?:(?:also|later|then)\s+)?(?:said|added|told|wrote|tweeted|posted|says|adds)\b/u;
/** An inverted speech verb, then the speaker's role as a noun phrase and a comma: "said the head of their delegation, ". */
export const INVERTED_ROLE_COMMA =
  /\b(?:said|says|added|adds|told|tells|wrote)\s+(?:the|a|an|its|their|his|her)\s+[^,“”"\p{Lu}]{2,60}(?:\p{Lu}[^,“”"]{0,40})?,\s+$/u;
/**
 * "“…,” said playwright Ann Lee at a news conference": an inverted speech verb and up to two words of description in
 * lower case (no preposition, article or time word) before a name.
 */
export const INVERTED_SAID_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|added|adds|stated|explained|warned|noted|insisted|wrote|tweeted)\s+(?:(?!(?:on|in|at|to|of|for|by|from|with|that|after|before|during|since|until|the|a|an|this|last|next|late|early|earlier|later|his|her|their|its|our|my|your|and|or|but|also|then|now|today|yesterday|tomorrow|tonight)\s)\p{Ll}[\p{L}-]*\s+){1,2}$/u;
/** A particle inside a name ("de", "van", "bin"). */
export const PARTICLE_WORD = new RegExp(`^(?:${PARTICLE})$`, 'u');
/** After a name put after its inverted verb and description: the sentence's end, a comma, or where, when or who. */
export const INVERTED_SAID_AFTER = /^\s*(?:[,.;]|$|(?:at|in|of|from|who|on|during|after|before|while)\s)/u;
/** "Another former England forward, Gary Lineker, added", "Canadian Prime Minister, Justin Trudeau, offered": a job or title, a comma, then the name (itself closed by a comma). */
export const PERSON_NOUN_COMMA = new RegExp(
  `(?:^|[^\\p{L}])(?:${JOB_WORDS}|[Mm]inister|[Pp]resident|[Ss]ecretary|[Cc]hancellor|[Pp]remier|[Gg]overnor|[Mm]ayor|[Ss]enator|[Aa]mbassador|[Cc]ommissioner)\\s*,\\s+$`,
  'iu',
);
/** A round-up heading's label before its actor's name: one to three capitalised words opening the line, then a dash or a colon. */
const ROUNDUP_LABEL_BEFORE = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}.'’]*(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,2})[ \t]*(?:[-–—]|:)[ \t]*$/u;

/** A round-up label that names a party: a country, a demonym, an organisation the lexicon knows or an acronym ("US", "EU", "Ukraine"). */
function partyLabel(label: string): boolean {
  return COUNTRY_BY_NAME.has(label) || COUNTRY_BY_DEMONYM.has(label) || ORG_BY_ALIAS.has(label) || /^\p{Lu}{2,5}$/u.test(label);
}
const PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sen|Rep|Gov|Prof|Rev)\.?|said|says|added|adds|told|wrote|writes|tweeted|posted|stated|declared|explained|insisted|warned|noted|recalled|continued|replied|according to|quoted|quoting|by|from|with)\s+$|[”"]\s*[—–]\s*$/u;
const PERSON_AFTER =
  /^(?:\s*(?:,|--|—|–)\s*(?:an?|the|who|who['’]s|whose|its|his|her|their|one of (?:the|his|her|their|just|only|two|three|four|five|several))\s|['’]s\s+(?:\p{Ll}+\s+)?(?:reaction|response|reply|message|statement|tweet|post|comment|words)\b|\s+(?:(?:also|later|then|has|had|again)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|tweeted|posted|stated|remarked|explained|insisted|argued|warned|noted|announced|replied|asked|urged|condemned|welcomed|praised|lauded|denied|confirmed|commented|acknowledged|hailed|thanked|congratulated|expressed|recalled|remembered|paid tribute|conceded|admitted|claimed|lamented|vowed|pledged|promised|apologi[sz]ed|resigned|saying|adding|stating|noting|writing)\b|\s*[:(]|\s*$)/u;
/**
 * Before a name in apposition: an office of a body or of a field, then a comma ("The head of the Norwegian Refugee
 * Council, ", "Minister of Education, ").
 */
export const OFFICE_OF_BODY_COMMA = new RegExp(
  `(?:^|[^\\p{L}])(?:${JOB_WORDS}|[Ss]ecretary-[Gg]eneral|[Pp]resident|[Ss]ecretary|[Cc]hairman|[Cc]hief|[Hh]ead|[Dd]irector|[Mm]inister|[Cc]ommissioner|[Gg]overnor|[Aa]mbassador|[Mm]ayor)\\s+(?:of|at|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s+(?:(?:of|for|and|on)\\s+)?){0,6}\\p{Lu}[\\p{L}'’&.-]*\\s*,\\s+$`,
  'u',
);
/** ", general manager at X", ", deputy general secretary of X", ", senior vice president of X": an apposition of a job without an article. */
export const JOB_APPOSITION = new RegExp(
  `^\\s*,\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:${JOB_WORDS}|president|vice-president|secretary|minister|partner|dean|principal)\\s+(?:of|at|for|to|with|in)\\s`,
  'u',
);

/**
 * ", Rogers' senior vice-president", ", the WHO's director", ", Israel’s far-right Finance Minister": an employer's
 * (or a country's) possessive, then a job or an office, in lower case or capitalised as a title.
 */
export const EMPLOYER_JOB_APPOSITION = new RegExp(
  `^\\s*,\\s*(?:the\\s+)?(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,3}\\p{Lu}[\\p{L}&.-]*(?:['’]s|s['’])\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:\\p{Lu}\\p{Ll}+\\s+){0,2}?(?:${JOB_WORDS}|vice[- ]president|president|Minister|President|Secretary|Chancellor|Premier|Governor|Ambassador|Commissioner|Director|Spokes(?:man|woman|person))\\b`,
  'u',
);

/** "his young party, Liberty Advances", "the company, Acme Widgets": a run set off after a body's noun names that body. */
export const BODY_NOUN_COMMA_BEFORE =
  /(?:^|[^\p{L}])(?:party|movement|coalition|alliance|bloc|faction|company|firm|group|organi[sz]ation|union|association|band|club|team|charity|network|channel|newspaper|outlet|platform|app|brand|militia)\s*,\s+$/u;

const personRunCache = new Map<string, string[]>();

/** A line in headline case: three words or more of four letters or more, each with a capital; no sentence's end. */
export function headlineCase(line: string): boolean {
  if (/[.!?]/u.test(line)) return false;
  const long = (line.match(/[\p{L}'’-]{4,}/gu) ?? []).filter((w) => /^\p{L}/u.test(w));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Full names (two words or more) that stand where a person stands: after a title word, a job or "said", before
 * "said" or an apposition (", a lawyer"), or alone on their line (a round-up heading). One linear pass: each run
 * of capitalised words is read once and its few neighbouring characters tested.
 */
export function personNames(sentence: string): string[] {
  const hit = personRunCache.get(sentence);
  if (hit) return hit;
  if (personRunCache.size > 5000) personRunCache.clear();
  const names: string[] = [];
  personRunCache.set(sentence, names);
  // Runs shaped like a name that stand nowhere a person stands: a person still when listed with one ("Sachin
  // Tendulkar, Viv Richards and Joe Root paid tribute").
  const shaped: { name: string; start: number; end: number; person: boolean }[] = [];
  const headline = headlineCase(sentence);
  for (const m of matchesOf(sentence, PERSON_RUN)) {
    const tokens = m[0].split(/\s+/);
    // "On Monday Ben Crump": leading sentence words go; "The White House": an article makes it a thing.
    let lead = 0;
    // "ambassador to Japan Rahm Emanuel": a country or a demonym before two words more is no part of the name.
    // "Australia's Dawn Fraser", "Warne’s Jason Gillespie": a possessive before two words more is whose the person is.
    while (
      lead < tokens.length &&
      // ("June Steenkamp": a month that is also a first name opens the run, not after a word of time or place, before a
      // word that can be a name: it stays)
      ((NOT_NAME.has(tokens[lead]) && !(lead === 0 && monthAsFirstName(tokens, sentence.slice(0, m.index)))) ||
        (lead < tokens.length - 2 &&
          (COUNTRY_BY_NAME.has(tokens[lead]) || COUNTRY_BY_DEMONYM.has(tokens[lead]) || (lead === 0 && /\p{L}['’]s$/u.test(tokens[lead])))))
    )
      lead++;
    // ("The Rt Rev Ann Velden": an honorific after the article opens a person's name, as in a church's style)
    // ("El Paso", "Los Alamos", "Las Cruces": a Spanish article and one word more is a place's name; "Mohamed El
    // Baradei" keeps it)
    // (after a title it is a surname's article: "Dr El Haddad")
    const wordBefore =
      lead > 0
        ? tokens[lead - 1]
        : (sentence
            .slice(Math.max(0, m.index! - 30), m.index)
            .trim()
            .split(/\s+/)
            .pop() ?? '');
    if (tokens.length - lead === 2 && /^(?:El|Los|Las)$/u.test(tokens[lead]) && !TITLE_WORD.test(wordBefore)) continue;
    if (lead > 0 && /^(?:The|A|An)$/.test(tokens[lead - 1]) && !HONORIFIC_OPENING.test(tokens.slice(lead, lead + 2).join(' '))) continue;
    // "Singer Olly Murs", "Analyst Ann Lee": an occupation in front of a full name is what the person is, not a name.
    if (tokens.length - lead >= 3 && commonNoun(tokens[lead]) && !ALWAYS_PREFIXED.has(tokens[lead].toLowerCase())) lead++;
    // ("Front-runner Claudia Sheinbaum", "Singer-songwriter Ann Lee": a compound whose part after the hyphen is lower
    // case describes the person; a name opens so only when it is a Korean given name, "Jae-in")
    if (tokens.length - lead >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[lead]) && !KOREAN_GIVEN_NAME_WORD.test(tokens[lead])) lead++;
    // "negotiator for Brexit Michel Barnier": after a title's "for" or "of", a word no given name, then a given name and
    // more: the first word is what the title is for.
    if (
      tokens.length - lead >= 3 &&
      /\b(?:for|of)\s+$/u.test(sentence.slice(Math.max(0, m.index! - 5), m.index! + (lead ? m[0].indexOf(tokens[lead]) : 0))) &&
      !givenName(tokens[lead]) &&
      givenName(tokens[lead + 1])
    )
      lead++;
    // Titles go first: "Permanent Secretary Dr Ann Lee" would be cut at a title word the name cannot hold.
    const run = tokens.slice(lead).join(' ');
    const untitled = withoutTitles(run);
    const trimmed = trimName(untitled !== run && untitled.includes(' ') ? untitled : run);
    let name = withoutTitles(trimmed);
    let parts = name.split(' ');
    // "... the Pacific Open Naomi Osaka announced": an event's name runs on into a given name and a word more; the
    // person's name starts there (not "San Antonio Spurs": a place's word opens a name, it ends none).
    let thing = parts.length - 3;
    while (thing >= 0 && !(THING_WORDS.has(parts[thing]) && !NAME_OPENING_WORDS.has(parts[thing]))) thing--;
    if (thing >= 0 && givenName(parts[thing + 1])) {
      parts = parts.slice(thing + 1);
      name = parts.join(' ');
    }
    // "Chief Observer Eduard Kukan", "Crime and Intelligence Patricia Leta": a word of a title or a portfolio the title
    // words left before a given name and a surname is no part of the name.
    // (only after title words the run began with, or after a portfolio's "X and": "Nisar Ahmed Sarviya" keeps its words)
    const titled = (run !== name && run.endsWith(` ${name}`)) || portfolioAndBefore(sentence.slice(Math.max(0, m.index! - 40), m.index!));
    if (titled && titleWordOpens(parts)) {
      parts = parts.slice(1);
      name = parts.join(' ');
    }
    // "Buhari Approves Cabinet Reshuffle": a line in headline case that one run fills, four words or more, no given name
    // first, a verb among them, is a title, no one's name.
    if (
      headline &&
      parts.length >= 4 &&
      !givenName(parts[0]) &&
      parts.some((w, i) => i > 0 && presentVerb(w)) &&
      /^\s*$/u.test(sentence.slice(0, m.index)) &&
      /^\s*$/u.test(sentence.slice(m.index! + m[0].length))
    )
      continue;
    // "Prime Minister" alone: titles, no name.
    if (parts.every((t) => TITLE_WORD.test(t))) continue;
    // "Climate Envoy", "Indiana Republican": a title or a party after words, no name (names do not end so).
    // ("Nadim Sheikh", "Qaboos Sultan": honorifics that are surnames too end a name)
    const last = parts[parts.length - 1];
    if (
      (TITLE_WORD.test(last) && !(/^(?:Sheikh|Sultan)$/.test(last) && !TITLE_WORD.test(parts[parts.length - 2]))) ||
      /^(?:Republican|Democrat)$/.test(last) ||
      OFFICE_NOUN_END.test(last)
    )
      continue;
    // "Novo Nordisk, the maker of Wegovy": a company.
    if (COMPANY_APPOSITION.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    // "Sarkozy’s Lawyer": a possessive inside, or a job at the end, makes a description, no name (after a given name
    // the job word is a surname: "Paul M. Nurse", "Ann Singer").
    if (parts.slice(0, -1).some((t) => /['’]s$/u.test(t)) || (JOB_WORD_END.test(parts[parts.length - 1]) && !givenName(parts[0]))) continue;
    // ("Nick Holland": a country's name after a first name is a surname, as trimName keeps it)
    const surnameCountry = (t: string, i: number) =>
      i === 1 && parts.length === 2 && givenName(parts[0]) && !COUNTRY_BY_NAME.has(parts[0]) && COUNTRY_BY_NAME.has(t);
    // ("Abu Dhabi:", "New Delhi," a dateline's capital is no one's name)
    if (
      parts.length < 2 ||
      CAPITAL_CITIES.has(name) ||
      parts.some(
        (t, i) =>
          (THING_WORDS.has(t) &&
            !koreanFamilyName(parts, i) &&
            !christianName(parts, i) &&
            !thingSurname(parts, i, sentence, m.index! + Math.max(0, m[0].indexOf(name))) &&
            !billGivenName(parts, i, sentence, m.index! + Math.max(0, m[0].indexOf(name)))) ||
          (COUNTRY_BY_NAME.has(t) && !surnameCountry(t, i)) ||
          COUNTRY_BY_DEMONYM.has(t) ||
          // ("London-based Amnesty said": where a body is based, no given name)
          /-based$/u.test(t) ||
          /^\p{Lu}{2,}$/u.test(t),
      )
    )
      continue;
    const start = m.index! + Math.max(0, m[0].search(spacedNamePattern(name)));
    const before = sentence.slice(Math.max(0, start - 30), start);
    const after = sentence.slice(start + name.length, start + name.length + 40);
    // (wider: an office of a body, a role after an inverted verb)
    const wideBefore = sentence.slice(Math.max(0, start - 90), start);
    // "quoted Justice Ann Lee": the title words of the run stand between the verb and the name.
    const runBefore = sentence.slice(Math.max(0, m.index! - 30), m.index!);
    if (BODY_NOUN_COMMA_BEFORE.test(runBefore)) continue;
    if (
      PERSON_NOUN.test(before) ||
      (PERSON_NOUN_COMMA.test(before) && /^\s*,/u.test(after)) ||
      // ", Gary Lineker, added": a name set off by commas before a speech verb.
      (/,\s+$/u.test(before) && COMMA_SPEECH_AFTER.test(after)) ||
      // "The Secretary-General of the Norwegian Refugee Council, Jan Egeland, shared": a name set off by commas after
      // an office of a body.
      (/^\s*,/u.test(after) && OFFICE_OF_BODY_COMMA.test(wideBefore)) ||
      // "“…,” said playwright Ruwanthie de Chickera at a news conference": after an inverted speech verb and a word or
      // two of description, two to four capitalised words, particles inside.
      (INVERTED_SAID_BEFORE.test(before) &&
        INVERTED_SAID_AFTER.test(after) &&
        parts.length <= 4 &&
        parts.every((t, i) => /^\p{Lu}\p{Ll}+$/u.test(t) || (i > 0 && i < parts.length - 1 && PARTICLE_WORD.test(t)))) ||
      // "“…,” said the head of their delegation, Getachew Reda.": after an inverted speech verb and the speaker's role,
      // two or three capitalised words closing the sentence.
      (INVERTED_ROLE_COMMA.test(wideBefore) && /^\s*[.!]?\s*$/u.test(after) && parts.length <= 3 && parts.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t))) ||
      // "Henry Hsieh of the Planetary Science Institute": a full name of an institution.
      OF_INSTITUTION_AFTER.test(sentence.slice(start + name.length, start + name.length + 90)) ||
      PERSON_BEFORE.test(before) ||
      PERSON_BEFORE.test(runBefore) ||
      // ("No Need for Panic, Public Assured": in a line written in headline case, a run that ends it is no name for that)
      (PERSON_AFTER.test(after) && !(headline && /^\s*$/u.test(after))) ||
      JOB_APPOSITION.test(after) ||
      // "Kye Prigg, Rogers' senior vice-president of ...": an employer's possessive and a job in apposition.
      EMPLOYER_JOB_APPOSITION.test(sentence.slice(start + name.length, start + name.length + 90)) ||
      // "Sheikh Mohamed bin Zayed Al Nahyan has commended": a title word of the run stands before the name.
      TITLE_BEFORE_NAME.test(before) ||
      // "“…,” Akiko Murobayashi, president of ..., told": right after a quote's closing mark, before its apposition or verb.
      (AFTER_QUOTE_MARK.test(before) && SPEAKER_NEXT.test(after) && parts.length <= 3 && parts.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t))) ||
      // "Terry Davis", "David Warner": two or three words, the first a given name the language model knows.
      (parts.length <= 3 && givenName(parts[0])) ||
      /^\s*$/.test(before) ||
      // "US - Barack Obama, president", "EU: Jean-Claude Juncker": a round-up heading, the actor's country or body as
      // its label, then the name alone or before its role.
      (partyLabel(sentence.slice(0, start).match(ROUNDUP_LABEL_BEFORE)?.[1] ?? '') && /^\s*(?:,|$)/u.test(after) && parts.length <= 4)
    ) {
      names.push(name);
      shaped.push({ name, start, end: start + name.length, person: true });
    } else if (parts.length <= 3 && parts.every((t) => /^\p{Lu}\p{Ll}/u.test(t))) shaped.push({ name, start, end: start + name.length, person: false });
  }
  const LIST = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/u;
  // (a possessive may stand before the person after the run: "Narendra Modi and Hungary's Viktor Orban"; not before the
  // run, "President X and Peru's Machu Picchu")
  const LIST_TO_POSSESSED = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s\s+$/u;
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < shaped.length; k++) {
      if (shaped[k].person) continue;
      const listed = (j: number) =>
        j >= 0 &&
        j < shaped.length &&
        shaped[j].person &&
        (j < k
          ? LIST.test(sentence.slice(shaped[j].end, shaped[k].start))
          : LIST.test(sentence.slice(shaped[k].end, shaped[j].start)) || LIST_TO_POSSESSED.test(sentence.slice(shaped[k].end, shaped[j].start)));
      if (listed(k - 1) || listed(k + 1)) {
        shaped[k].person = changed = true;
        names.push(shaped[k].name);
      }
    }
  }
  return names;
}
