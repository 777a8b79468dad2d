// Who speaks a quote, read from its sentence: a named speaker next to a speech verb, a pronoun ("he said"), or
// a role ("the German leader said") that the parser resolves to a person named earlier. A person named only
// as an object ("a telegram to X", "urged X to") never speaks.
import { givenName, isTitleWord, JOB_APPOSITION, JOB_WORD_END, NAME, orgMention, PERSON_NOUN, withoutTitles, type Mention } from './mentions';
import { maskQuotes } from './quote-mask';
import { allMatches } from './matches';
import { ANAPHOR_DESCRIPTION, COUNTRY_BY_NAME, MEMBER_BODY_NOUNS, OUTLET_SPELLINGS, WEEKDAYS } from './lexicon';

export { withoutTitles };

export type Gender = 'm' | 'f';

export interface SpeakerFound {
  speaker: Mention | null;
  /** "he said", "she added": the speaker is a person named before (gender when the pronoun tells it). */
  pronoun: boolean;
  gender?: Gender;
  /** "the US president said": the role word(s) to match against the titles of people named before. */
  role?: string;
  /** "it said", "the company said", "the statement read": a body (or the statement's author) named before. */
  anaphor?: string;
}

const VERBS =
  'said|says|say|told|tells|added|adds|wrote|writes|tweeted|tweets|posted|shared|proclaimed|voiced|reiterated|recalled|alleged|congratulated|congratulates|thanked|conveyed|extended|offered|penned|commented|revealed|lamented|mourned|stated|states|remarked|declared|warned|warns|insisted|insists|stressed|stresses|noted|argued|explained|replied|asked|continued|announced|condemned|condemns|deplored|deplores|denounced|denounces|termed|called|calls|described|describes|welcomed|welcomes|hailed|hails|praised|praises|labelled|labeled|branded|dismissed|expressed|expresses|urged|urges|appealed|appeals|vowed|vows|pledged|promised|issued|saying|vowing|declaring|stating|adding|calling|describing|writing|expressing|according to|in a statement|in a post|assured|acknowledged|indicated|informed|admitted|affirmed|answered|asserted|claimed|complained|conceded|concluded|confirmed|emphasi[sz]ed|observed|responded|suggested|cautioned|predicted|maintained|pointed out|underlined|underscored|remembered|took to [A-Z]\\w* to (?:say|write|post)';
/** The verbs of VERBS a subject's clause can open with after a comma ("X, premier of Bermuda, hailed"): no participle. */
const FINITE_VERBS = VERBS.split('|')
  .filter((v) => !/ing$|^(?:according to|in a )/.test(v))
  .join('|');
/**
 * Between a name and a quote, a clause of another subject the finder read no person in ("X called him the greatest,
 * and Shaq paid tribute to “…”"): "and", "but", "while" or "whereas", capitalised words, their verb, and no comma
 * from there to the quote. The quote is that subject's.
 */
export const NEW_SUBJECT_BETWEEN = new RegExp(
  `(?:,\\s*|\\s)(?:and|but|while|whereas)\\s+(?!I\\b)(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:(?:also|later|then)\\s+)?(?:${FINITE_VERBS}|paid|\\p{Ll}+ed)\\b[^,;“”"]*$`,
  'u',
);
/** What opens what the name reported ("said Kenya and Uganda needed"): a clause inside it is no other subject's. */
export const REPORTING_OPEN = /^\s*(?:,\s*)?(?:said|says|told|tells|added|adds|wrote|writes)\b/u;
/**
 * The end of a job's apposition, closed by its comma (", general secretary of the GMB, said: ") or left unclosed
 * (", associate director at The Work Foundation said:"): its last words, then "said" and what introduces the quote.
 */
export const JOB_APPOSITION_SAID = /^\s*,[^,“”"]*(?:,\s*(?:also\s+)?|\s)(?:said|says|told|added|wrote)\b[^“”",]{0,40}$/u;
/** A capitalised word and "and" right before a name: the name is the second of a pair ("FIFA and UEFA"). */
export const JOINT_BEFORE = /(?<![\p{L}'’.-])\p{Lu}[\p{L}.'’-]*\s+(?:and|&)\s+$/u;
/** A preposition (and an article) right before a name: the name is its object ("a statement from the Foreign Ministry"). */
const PREPOSITION_BEFORE = /\b(?:from|by|of|with|in|at|to|for|through|on|about)\s+(?:the\s+)?$/u;
/** A comma, then a verb other than the common five: closes an apposition, its subject's or another's. */
export const COMMA_VERB = new RegExp(`^\\s*,\\s*(?!(?:said|says|added|told|wrote)\\b)(?:${FINITE_VERBS})\\b`, 'u');
/** A character of an apposition: no comma, no quote mark, but an apostrophe inside a word ("Russia’s") or after a plural ("manufacturers’ organisation"). */
const APPOSITION_CHAR = '(?:[^,“”"‘’]|(?<=\\p{L})’(?=\\p{L})|(?<=\\p{L}s)’(?=\\s))';
/** What may stand between a subject and its speech verb (or the comma closing an apposition read with the name): an apposition (an apostrophe inside a word is no quote mark: "Russia’s"), an adverb, an auxiliary. */
export const TO_VERB = new RegExp(
  `^(?:\\s*\\([^()“”"]{1,40}\\))?\\s*(?:,${APPOSITION_CHAR}{1,100},\\s*|(?:--|[—–])[^“”"—–]{1,100}?(?:--|[—–])\\s*|who\\s*,${APPOSITION_CHAR}{1,100}?,?\\s+(?=(?:${VERBS})\\b)|,\\s*who\\s+(?=(?:${VERBS})\\b)|,\\s*(?=(?:${FINITE_VERBS})\\b)|(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:of|for|the|and)\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*){0,8}\\s+)?(?:(?:\\p{Ll}+ly|also|later|then|has|had|have|again|once|on \\p{Lu}\\p{L}+|earlier|further|today|yesterday|meanwhile|(?:this|last) (?:week|month|morning|year))\\s+){0,3}(?:${VERBS})\\b[^“”"]{0,160}$`,
  'u',
);
/**
 * The start of the clause after a subject, before its verb: an apposition set off by commas (an apostrophe inside a
 * word is no quote mark: "Israel’s"), then a few adverbs ("also", "later", "meanwhile", "-ly").
 */
const SUBJECT_CLAUSE_HEAD = `^\\s*(?:,(?:[^,“”"]|(?<=\\p{L})’(?=\\p{L})){1,100},\\s*)?(?:(?:\\p{Ll}+ly|also|later|then|again|meanwhile)\\s+){0,2}`;
/**
 * "X thanked the police, saying, "...", "X was emphatic, saying that "...", "X was sceptical, referencing ... and saying
 * he'd be "..."": the subject of a clause whose participle introduces the quote. The clause's verb comes right after
 * the subject (a past tense or a common finite verb), so that a name inside the clause ("met Y, saying") is its
 * object, not its subject.
 */
export const PARTICIPLE_TO = new RegExp(
  `${SUBJECT_CLAUSE_HEAD}(?:\\p{Ll}+ed|was|were|is|are|has|had|made|paid|gave|took|spoke|sent|met|led|set|struck|went|came|kept|held|wrote|told|offered|thanked)\\b(?:[^“”".;!?]|(?<=\\p{L})’(?=\\p{L})){0,160}(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:saying|adding|noting|warning|insisting|declaring|writing|stressing|arguing|explaining|vowing|pledging|calling|describing|terming|branding|labell?ing|hailing|praising|urging|welcoming|recalling|telling\\s+(?:[\\p{L}.]+\\s+){1,3})(?:,|:|\\s[^“”"]{0,80})?\\s*$`,
  'u',
);
/**
 * "Merkel spoke with X at the White House and said her “…”", "Queen Elizabeth II paid tribute to Tutu and called him a
 * “…”": the subject's own verb right after it (its apposition may stand between), a clause of its own with no comma or
 * quotation mark, then "and" and a speech verb that shares the subject. (A name inside that clause is its object.)
 */
export const COORDINATED_TO = new RegExp(
  `${SUBJECT_CLAUSE_HEAD}(?:\\p{Ll}+ed|was|were|is|are|has|had|made|paid|pays|gave|took|spoke|speaks|sent|met|meets|led|went|came|held|wrote|told|offered|thanked|visited)\\b[^“”".;:!?,]{0,160}\\sand\\s+(?:(?:also|later|then)\\s+)?(?:${FINITE_VERBS})\\b[^“”"]{0,160}$`,
  'u',
);
/**
 * "Author X weighed in with another eulogy: “…”", "X was more direct: “…”": the subject's own clause, its verb right
 * after it, then a colon that introduces the quote (no comma, and no speech verb of another subject: "X was in
 * charge of the club and the club said:").
 */
export const COLON_CLAUSE = new RegExp(
  `${SUBJECT_CLAUSE_HEAD}(?:\\p{Ll}+ed|was|were|is|are|has|had|made|gave|took|spoke|sent|wrote|offered|struck|went|came|kept|held|put)\\b(?:(?!\\b(?:said|says|told|added|read|reads)\\b)[^“”".;:!?,]){0,120}:\\s*$`,
  'u',
);
/**
 * "“…,” said Modi in his letter, adding, “…”": the speaker an inverted verb names after one quote goes on, with a
 * participle, to the next. Before the name: a closing mark and the verb (a title may stand between); after it: a few
 * words, then the participle that introduces the quote.
 */
export const INVERTED_BEFORE = /[”"’]\s*,?\s*(?:said|says|added|adds|wrote|writes|told|tells|stated|tweeted|posted)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** After that name: a few words of its clause, then the participle that introduces the next quote (", adding, "). */
export const ADDING_AFTER = /^(?:\s+[^“”".;:!?,]{1,60})?,\s*(?:and\s+)?(?:adding|saying|noting|continuing|stressing|warning|writing)\s*(?:that\s*)?[,:]?\s*$/u;
/**
 * How someone said it, between a name and the verb: a list, not any word in "-ly" ("the Reyk family said", "a close ally
 * said", "the Lagos daily reported").
 */
const SPEECH_ADVERB =
  '(?:forcefully|angrily|quickly|firmly|flatly|bluntly|candidly|calmly|simply|openly|publicly|privately|repeatedly|previously|recently|reportedly|initially|finally|subsequently|emphatically|confidently|proudly|sadly|tearfully|defiantly|cautiously|jokingly|softly|quietly|briefly|separately|earlier|once|bitterly|frankly|curtly|passionately|strongly|sharply)';
/**
 * Before a reporting verb after a quote: an adverb or an auxiliary ("...," X later said / she has said / he had told /
 * X forcefully said).
 */
const BEFORE_AFTER_VERB = `(?:(?:later|also|then|has|had|${SPEECH_ADVERB})\\s+)?`;
/** Reporting verbs after a quote ("...," X said / he assured), from the common English list of reporting verbs. */
const AFTER_VERB =
  '(?:said|says|added|adds|told|tells|wrote|writes|tweeted|posted|shared|remembered|was quoted(?: by [^,.“”"]{1,40})? (?:as saying|to have said)|stated|states|insisted|insists|warned|warns|stressed|stresses|argued|argues|declared|continued|explained|explains|replied|remarked|noted|notes|assured|acknowledged|indicated|informed|admitted|affirmed|announced|answered|asserted|claimed|commented|complained|conceded|concluded|confirmed|emphasi[sz]ed|observed|recalled|reiterated|responded|suggested|cautioned|predicted|maintained|pointed out|underlined|underscored|grumbled|grumbles|complains|lamented|laments|quipped|quips|joked|jokes|sighed|sighs|exclaimed|concedes|admits|recalls|contended|contends|countered|counters|retorted|boasted|fumed|mused|pleaded|recounted|testified|alleged|alleges|crowed|hinted)';
export const PRONOUN_AFTER = new RegExp(`^\\s*(?:,\\s*)?(he|she)\\s+${BEFORE_AFTER_VERB}${AFTER_VERB}\\b`, 'i');
/**
 * "...," the 27-year-old told a press conference / said the 27-year-old: an age stands for a person named before, as a
 * pronoun does, without telling the gender.
 */
export const AGE_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:[Tt]he\\s+\\d{1,3}-year-old\\s+(?:\\p{Ll}+\\s+)?${BEFORE_AFTER_VERB}${AFTER_VERB}\\b|(?:said|says|added)\\s+the\\s+\\d{1,3}-year-old(?![\\p{L}\\p{N}-]))`,
  'u',
);
/** What a person is known as, in a story about them ("the British star", "the singer", "the scientist"): no office. */
const EPITHETS =
  '(?:star|singer|singer-songwriter|songwriter|actor|actress|musician|rapper|artist|scientist|biochemist|physicist|chemist|footballer|striker|forward|midfielder|defender|goalkeeper|batter|bowler|cricketer|player|athlete|veteran|champion|laureate|author|writer|novelist|poet|comedian|filmmaker|legend|icon|billionaire|entrepreneur|businessman|businesswoman|tycoon)';
/**
 * "...," the British star wrote / said the singer: what a person is known as stands for a person named before, as a
 * pronoun does, without telling the gender.
 */
export const EPITHET_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?${EPITHETS}\\s+${BEFORE_AFTER_VERB}${AFTER_VERB}\\b|(?:said|says|added|wrote)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?${EPITHETS}(?=\\s*(?:[,.;!?]|$)))`,
  'u',
);
export const PRONOUN_BEFORE = new RegExp(`\\b(he|she)\\s+(?:\\S+\\s+){0,3}?(?:${VERBS})\\b[^“”"]{0,80}$`, 'i');
/** "According to him, "..."": the person the pronoun stands for. */
export const PRONOUN_ACCORDING = /\b[Aa]ccording\s+to\s+(him|her)\s*[,:]?\s*$/;
/** "And he sees a common theme: "..."": a pronoun subject whose clause introduces the quote with a colon. */
export const PRONOUN_COLON = /\b(he|she)\s+[^“”"‘’:]{1,60}:\s*$/i;
/** Role words, in lower case or capitalised ("the French President said"). */
const ROLES_SPOKEN =
  'president-elect|president|prime minister|premier|chancellor|leader|minister|secretary of state|secretary|secretary-general|attorney general|chief|king|queen|pope|pontiff|mayor|governor|senator|spokesman|spokeswoman|spokesperson|commissioner|sheriff|ambassador|envoy|chairman|chairwoman|prosecutor|coach|manager|captain|superintendent|councillor|councilman|councilwoman|representative|judge|magistrate|lawyer|commander'
    .split('|')
    .map((r) => r.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`))
    .join('|') +
  // ("the PM said": the prime minister)
  '|PM';
/** "the German leader", "the US president", "the prime minister", followed by a speech verb. */
export const ROLE_SUBJECT = new RegExp(
  `\\b[Tt]he\\s+((?:[\\p{L}.-]+\\s+){0,2}?(?:${ROLES_SPOKEN}))\\s+(?:(?:\\p{Ll}+ly|also|later|then|further|again|has|had)\\s+){0,2}(?:${VERBS})\\b[^“”"]{0,120}$`,
  'u',
);
/** "But according to the spokesman, his country has “…”": the role the sentence is attributed to. */
export const ROLE_ACCORDING = new RegExp(`\\b[Aa]ccording\\s+to\\s+the\\s+((?:[\\p{L}.-]+\\s+){0,2}?(?:${ROLES_SPOKEN}))\\s*,[^“”"]{0,160}$`, 'u');
export const ROLE_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?[Tt]he\\s+((?:[\\p{L}.-]+\\s+){0,2}?(?:${ROLES_SPOKEN}))\\s+(?:(?:later|also|then|further|again)\\s+)?${AFTER_VERB}\\b`,
  'u',
);
/** "...," stated the minister / said the president: a role after an inverted speech verb. */
export const ROLE_INVERTED = new RegExp(
  `^\\s*(?:,\\s*)?(?:said|says|stated|added|continued)\\s+the\\s+((?:[\\p{L}.-]+\\s+){0,2}?(?:${ROLES_SPOKEN}))(?![\\p{L}-])`,
  'u',
);
/** Between "said the <role>" and its holder's name: what the role is of, then the comma of the apposition. */
export const HOLDER_AFTER_ROLE = /^(?:\s+(?:of|at|for)\s+(?:the\s+)?[\p{L}\p{N}'’ -]{1,40}?)?\s*,\s*$/u;
/** A dash before a signature: an em or en dash, or " - " (" _ " in old wire copy) as plain text types it. */
const DASH = String.raw`(?:[—–]|(?<=\s)[-_](?=\s))`;
/** Between a quote and the name that signs it: a dash, perhaps a few words of description ("— singer", "- FWC president"). */
const DASH_LEAD = String.raw`^[\s,.]*${DASH}\s*(?:(?:\p{Ll}[\p{L}'’-]*|\p{Lu}{2,6})\s+){0,3}`;
/** Before a person the finder read, after the dash: any few words of description ("— his son, former president"). */
export const DASH_SIGNED = new RegExp(String.raw`^[\s,.]*${DASH}\s*(?:[\p{L}'’-]+,?\s+){0,4}$`, 'u');
/** Where or when a quote was signed, after the name that signs it ("on Twitter", "after withdrawing"). */
const SIGNED_WHERE_WHEN = 'on|in|via|at|after|before|following|during|while|when|ahead|upon';
/** What follows a name signing a quote after a dash: the sentence's end, where or when it was said, an embedded post's handle. */
const SIGNED_END = `\\s*(?:[,.;]|$|\\(@|\\s+(?:${SIGNED_WHERE_WHEN})\\b)`;
/** "“…” — Madonna, on Twitter.": a name the lexicons do not know, signed after a dash (one word is enough there). */
export const DASH_NAME = new RegExp(`${DASH_LEAD}(${NAME})(?=${SIGNED_END})`, 'u');
/** What follows a name the finder read, signing a quote after a dash (see SIGNED_END). */
export const SIGNED_NAME_END = new RegExp(`^${SIGNED_END}`, 'u');
/** "“…” — ": a quote signed after a dash; whoever signs it (read or not), no one spoke it before. */
export const SIGNED_AFTER = new RegExp(String.raw`^[\s,.”"’']*${DASH}\s*\p{L}`, 'u');
/**
 * "...," Reuters quoted him / the paper quoted Ann Lee as saying: the person quoted, a few title words after "quoted" (not
 * "a spokesman for Ann Lee", "an aide to Ann Lee": someone else's words).
 */
export const QUOTED_AS_SAYING =
  /^[^“”"]{0,80}\bquoted\s+(?:(?!(?:an?|of|for|to|from|by|with|close|near|sources?|aides?|spokes(?:man|woman|person)|wife|husband|son|daughter|friends?)\s)[\p{L}.'’-]+\s+){0,3}$/u;
/** After the name a verb "quoted": its apposition, if any, and "as saying" right before the quote ("X, the agency chief, as saying: "). */
export const AS_SAYING_BEFORE_QUOTE = /^(?:\s*,[^,“”"]{1,80},)?\s+as\s+saying\s*[:,]?\s*$/u;

/** A body's acronym in brackets after a word of a title ("Independent Electoral Commission (IEC) spokesperson X"): no word of its own. */
const ACRONYM_IN_BRACKETS = String.raw`\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)`;
/** Verbs put before their subject after a quote: "...," said X / explains Dr X / vowed EU President X. */
const INVERTED =
  'said|says|added|adds|stated|wrote|writes|explained|explains|vowed|tweeted|noted|continued|insisted|warned|recalled|declared|grumbles|grumbled|complains|complained|laments|lamented|admits|admitted|insists|concedes|conceded|recalls|quips|quipped|jokes|joked|sighs|sighed|argues|argued|notes|warns|stresses|stressed|replies|replied';
export const INVERTED_VERB = new RegExp(`^[\\s,]*(?:${INVERTED})\\s`, 'u');
/** Words that open a clause of their own: "“…”, while Minister X said" gives X no part of the quote before. */
const CONJUNCTION = '(?:while|whereas|and|but|although|though|as|when|after|before|because|since|whilst|yet)';
/** Between a quote and the title before a name: spaces or a comma, then an inverted verb or none (no conjunction). */
const INVERTED_LEAD = `^[\\s,]*(?!${CONJUNCTION}\\s)(?:(?:${INVERTED})\\s+)?`;
/**
 * Between a quote and the name after it: the inverted verb, then a few words of title, or a longer title of capitalised
 * words, or a body's capitalised name and a role in lower case ("International Coal Group president and chief executive
 * X"; "and" only after a title: "Ana Lee and her husband X" names no one new); a word may hold digits ("said COP28
 * president X", "G20 chair"); the first half of a hyphenated title may end it ("said its Vice-Chancellor Professor X":
 * the name is read from "Chancellor").
 */
export const INVERTED_BEFORE_NAME = new RegExp(
  `${INVERTED_LEAD}(?:(?:[\\p{L}\\p{N}'’.-]+(?:\\s+${ACRONYM_IN_BRACKETS})?\\s+){0,4}|(?:\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+${ACRONYM_IN_BRACKETS})?\\s+){5,9}|(?:\\p{Lu}[\\p{L}\\p{N}'’.-]*\\s+){2,6}(?:${ACRONYM_IN_BRACKETS}\\s+)?(?:(?<=(?:Minister|President|Secretary|Chairman|Director|Governor|Leader|Chief)\\s)|(?!(?:and|or|with)\\s))(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}|(?:the|an?)\\s+(?:[\\p{L}\\p{N}'’.-]+\\s+){1,9}[\\p{L}\\p{N}'’.-]+,\\s+)(?:\\p{Lu}\\p{Ll}+-)?$`,
  'u',
);
/**
 * Between a quote and a person's name after it: an inverted verb or none, and a capitalised title with its place or
 * body after "in", "to", "at", "for" or "of" ("said UN Resident Coordinator in Bangladesh X", "US Secretary of the
 * Interior X said"); the caller checks that no other person stands in it ("said Mayor X to Governor Y" is X's).
 */
export const INVERTED_TITLE_PLACE_BEFORE_NAME = new RegExp(
  `${INVERTED_LEAD}(?:\\p{Lu}[\\p{L}\\p{N}'’.-]*\\s+){1,4}(?:in|to|at|for|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’.-]*\\s+){1,3}$`,
  'u',
);
/**
 * A title that is about someone else, the person named after it: a relation before "of", "for" or "to" ("Lawyer for
 * the Slain Journalist X", "Daughter of X", "Former Aide to the Late President X"), or a title or a fate after it.
 */
const TITLE_ABOUT_ANOTHER =
  /\b(?:Lawyer|Attorney|Counsel|Aide|Adviser|Advisor|Daughter|Son|Widow|Widower|Wife|Husband|Mother|Father|Friend|Brother|Sister|Relative|Family|Biographer)\s+(?:in|to|at|for|of)\s|\s(?:in|to|at|for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*(?:Late|Slain|Jailed|Detained|Murdered|Missing|Imprisoned|Deceased|Former|President|Prime|Minister|Journalist|Activist|Leader|King|Queen|Prince|Princess|Senator|Governor|Mayor)\s/u;
/**
 * A bracket right after a name put after its inverted verb, no part of what follows ("said Rep. X (D-Nevada), who ...",
 * "said X (pictured)"): not one that names others beside the speaker or whose words they are ("(with Y)", "(and Y)",
 * "(quoting Y)"), nor the first of a list ("said X (Velmark), Y (Halvor) and Z", "said X (R-Halvor), Y and Z Lee"; "said
 * X (pictured), the union's leader and chief" is no list).
 */
const BRACKET_AFTER_NAME =
  /^\s*\((?![^()]*\b(?:and|with|quoting|paraphrasing|citing)\b)[^(),]{1,40}\)(?!\s*(?:,\s*[^,()]{1,40}\(|and\b|,[^.;]*\band\s+\p{Lu}\p{Ll}+\s+\p{Lu}))\s*/u;
/** The end of words before a name that make it an object: "a friend of X", "a lawyer for X", "a doctor who treated X". */
const OBJECT_BEFORE_NAME = /\b(?:of|for|to|by|with|from|about|against|under|like|than|shot|killed)\s+$|\bwho\s+\p{Ll}+\s+$/u;
/** After a name put after its inverted verb: where or when it was said ("said X in the courtroom after the ruling"). */
export const INVERTED_CIRCUMSTANCE = /^\s(?:in|after|during|before|outside|following|as|when|while)\s/u;
/**
 * After a title read as a name, its place and its holder run on in capitals ("Resident Coordinator| in Bangladesh Robert D
 * Watkins"); a longer place ("in New York City") is given up with them.
 */
const TITLE_PLACE_THEN_NAME = /^\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){2}/u;
/** A participle whose clause a person's pronoun opens (", saying he offered "): its speaker is a person. */
export const PERSON_PARTICIPLE = /\b(?:saying|adding|noting|writing|stating)\s+(?:that\s+)?(?:he|she)\s[^“”"]{0,80}$/u;
/** A relative "that" or "which" after a noun or a quote, not after a verb of saying or thinking. */
export const RELATIVE_BEFORE =
  /(?:[”"’]|\b(?!(?:said|says|announced|added|stated|noted|warned|reported|confirmed|claimed|explained|argued|insisted|believed?|believes|thinks?|thought|knows?|knew|felt|hoped?|hopes|feared?|fears|wrote|writes|tweeted)\b)\p{Ll}+)\s+(?:that|which)\s+$/u;
/** A quote introduced by a participle: "..., saying", "by adding,", "adding that". */
const PARTICIPLE_INTRO = /\b(?:saying|adding|stating|writing|noting)\s*(?:that\s*)?[,:]?\s*$/u;
/** Where a second clause of a sentence opens: ", while", ", but", "; ". */
const CLAUSE_OPENER = /(?:,\s+(?:while|whereas|but|and|as)|;)\s+/gu;
/** Before a clause's subject: nothing, or an article and a few capitalised words of title ("President "). */
const SUBJECT_LEAD = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** "..., said Olusegun Obasanjo, the AU envoy" */
export const SAID_NAME = new RegExp(`^\\s*(?:,\\s*)?(?:${INVERTED})\\s+(${NAME})(?=[,.]|\\s+(?:of|from|at|who)\\b)`, 'u');
/** Lower-case words that are no part of a job: a preposition or a possessive ("said X to her son, Y"). */
const NOT_JOB_WORD = '(?:to|about|with|for|at|by|from|in|on|of|her|his|their|its|my|our)';
/** "...," said Eskom board chairperson, Mpho Makwana.: an employer's capitalised name and a job, then the name. */
export const SAID_JOB_NAME = new RegExp(
  `^\\s*(?:,\\s*)?(?:${INVERTED})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:(?!${NOT_JOB_WORD}\\s)\\p{Ll}[\\p{L}-]*\\s+){0,2}(?!${NOT_JOB_WORD},)\\p{Ll}[\\p{L}-]*,\\s+(${NAME})(?=\\s*[.;]|\\s*$)`,
  'u',
);
/** "...," said Chief District Officer of Parbat, Shambhu Prasad Regmi.: a title of a place or a body, then the name. */
export const SAID_TITLE_OF_NAME = new RegExp(
  `^\\s*(?:,\\s*)?(?:${INVERTED})\\s+(?:[\\p{L}.'’-]+\\s+){1,5}?(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3},\\s+(${NAME})(?=\\s*[.;]|\\s*$)`,
  'u',
);
/** "..." climate scientist Raúl Cordero of the University of Santiago told Reuters */
export const NAME_SAID = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:the|a|an)\\s+)?(?:(?!${CONJUNCTION}\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}(${NAME})(?:,[^,“”"]{1,80},|\\s+(?:of|from|at)\\s+[^,“”"]{1,60}?)?\\s+(?:said|says|added|told|wrote)\\b`,
  'u',
);
/** Words of an outlet's name (OUTLET_NAME_WORD), and the institutions' words the regexes below add to them. */
const OUTLET_NAME_WORDS = 'Press|Journal|News|Times|Post|Agency|Reuters|Television|Radio';
const BODY_NAME_WORDS = 'Ministry|Office|Council';
/** Words of an outlet's or an institution's name: no person is called so. */
export const OUTLET_WORD = new RegExp(`\\b(?:${OUTLET_NAME_WORDS}|${BODY_NAME_WORDS})\\b`);
/** Words that name an outlet, not a council or a ministry ("International Cricket Council" is no outlet). */
export const OUTLET_NAME_WORD = new RegExp(`\\b(?:${OUTLET_NAME_WORDS})\\b`);
/** Words of an outlet's or an institution's name that no person is called by (a speaker read as a name is no person then). */
export const NO_PERSON_WORD = new RegExp(
  `\\b(?:${OUTLET_NAME_WORDS}|${BODY_NAME_WORDS}|Administration|Authority|Commission|Department|Institute|Association|Organi[sz]ation|Corporation|Company)\\b`,
);

/** After a name: a comma, an apposition left unclosed, then a reporting verb ("X, leader of the Velden party said"). */
export const UNCLOSED_APPOSITION_VERB = new RegExp(`^\\s*,[^,“”".;:]{1,100}?\\s${BEFORE_AFTER_VERB}${AFTER_VERB}\\b`, 'u');
/** ", a parent", ", one of the group's defence counsel", ", the agency's director": an apposition that describes. */
export const DESCRIBED_APPOSITION = /^\s*,\s*(?:an?|one\s+of|the)\s/u;
/** What follows a speaker named after the quote: "..." Laurent Berger, the CFDT leader, told France 24. */
export const VERB_NEXT = new RegExp(`^(?:\\s*\\([^()“”"]{1,40}\\))?(?:\\s*,[^,“”"]{1,80}(?:,[^,“”"]{1,80})?,)?\\s*${BEFORE_AFTER_VERB}${AFTER_VERB}\\b`, 'u');

const genderOf = (p: string): Gender => (/^(?:she|her)$/i.test(p) ? 'f' : 'm');

/** The common nouns a body is referred back to by ("the company said"), and "it" and "the statement". */
const BODY_NOUN = `company|firm|ministry|commission|agency|department|office|government|group|organi[sz]ation|regulator|council|committee|court|police|embassy|bank|lender|insurer|airline|carrier|retailer|carmaker|automaker|authority|club|university|institute|board|league|watchdog|tribunal|academy|army|secretariat|directorate|${MEMBER_BODY_NOUNS}|statement|spokes(?:man|woman|person)`;
/** "the Commission said" after "the European Commission": a body's noun with its capital, referred back to (not "the Board of Trade"). */
const CAPITAL_BODY_NOUN =
  '(?:Ministry|Commission|Agency|Department|Office|Government|Council|Committee|Court|Embassy|Bank|Authority|University|Institute|Board|League|Tribunal|Federation|Association|Union|Foundation|Alliance)(?!\\s+(?:of|for|on)\\b)';
/** "The company said on Monday that ...", "..., it said.": a body referred back to as the attribution of a sentence's prose. */
export const ANAPHOR_CLAUSE = new RegExp(
  `(?<![\\p{L}])(it|It|[Tt]he\\s+(?:\\p{Ll}+\\s+)?(?:${BODY_NOUN}))\\s+(?:(?:later|also|then|has|had)\\s+)?(?:said|says|added|adds|told|tells|announced|confirmed|reported|stated|noted|warned)\\b`,
  'u',
);
/** "...," it said / the company added / the statement read. */
export const ANAPHOR_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(it|It|the\\s+(?:${ANAPHOR_DESCRIPTION}(?:${BODY_NOUN})|${CAPITAL_BODY_NOUN}))\\s+(?:(?:later|also|then)\\s+)?(?:${AFTER_VERB}|read|reads|indicated)\\b`,
  'u',
);
/** "...," said the company. */
export const ANAPHOR_INVERTED = new RegExp(
  `^\\s*(?:,\\s*)?(?:said|says|added|adds)\\s+(the\\s+(?:(?:\\p{Ll}+\\s+)?(?:${BODY_NOUN})|${CAPITAL_BODY_NOUN}))(?![\\p{L}-])`,
  'u',
);
/** It said: "..." / The company said that "...". */
export const ANAPHOR_BEFORE = new RegExp(
  `(?<![\\p{L}])(It|it|[Tt]he\\s+${ANAPHOR_DESCRIPTION}(?:${BODY_NOUN}))\\s+(?:(?:later|also|then|has|had)\\s+)?(?:${AFTER_VERB}|read|reads|indicated|saying)\\b[^“”"]{0,80}$`,
  'u',
);

/**
 * The speaker of the quote sentence.slice(open, close), from the sentence alone. `speakers` are the sentence's
 * mentions that can speak (no outlets), in order.
 */
export function speakerOf(sentence: string, open: number, close: number, speakers: Mention[]): SpeakerFound {
  const before = sentence.slice(0, open);
  const after = sentence.slice(close);

  // "...," he said / "...," she added.
  const pronounAfter = after.match(PRONOUN_AFTER);
  if (pronounAfter) return { speaker: null, pronoun: true, gender: genderOf(pronounAfter[1]) };
  if (AGE_AFTER.test(after) || EPITHET_AFTER.test(after)) return { speaker: null, pronoun: true };
  // "...," the prime minister said.
  const roleSaid = after.match(ROLE_AFTER);
  const saidRole = roleSaid ? null : after.match(ROLE_INVERTED);
  // ("...," said the club president, Ann Lee: the role's holder is named after it, in apposition)
  if (saidRole) {
    const end = close + saidRole[0].length;
    const holder = speakers.find(
      (s) => s.kind === 'PERSON' && s.start > end && HOLDER_AFTER_ROLE.test(sentence.slice(end, s.start)) && /^\s*(?:[,.;!?]|$)/u.test(sentence.slice(s.end)),
    );
    if (holder) return { speaker: holder, pronoun: false };
  }
  const roleAfter = roleSaid ?? saidRole;
  if (roleAfter) return { speaker: null, pronoun: false, role: roleAfter[1] };
  // "...," it said / the company said / said the ministry.
  const anaphorAfter = after.match(ANAPHOR_AFTER) ?? after.match(ANAPHOR_INVERTED);
  if (anaphorAfter) return { speaker: null, pronoun: false, anaphor: anaphorAfter[1].toLowerCase() };
  // "...," Bar and Bench quoted Justice Ann Lee as saying.
  const quotedAs = speakers.find(
    (s) => s.kind === 'PERSON' && s.start >= close && QUOTED_AS_SAYING.test(sentence.slice(close, s.start)) && /^\s+as\s+saying\b/.test(sentence.slice(s.end)),
  );
  if (quotedAs) return { speaker: quotedAs, pronoun: false };
  // "State TV quoted Ann Lee, the agency chief, as saying: “…”": the same before the quote.
  const quotedBefore = speakers.find(
    (s) =>
      s.kind === 'PERSON' &&
      s.end <= open &&
      QUOTED_AS_SAYING.test(sentence.slice(Math.max(0, s.start - 80), s.start)) &&
      AS_SAYING_BEFORE_QUOTE.test(sentence.slice(s.end, open)),
  );
  if (quotedBefore) return { speaker: quotedBefore, pronoun: false };
  // "“…,” was Mehbooba Mufti’s reaction."
  const owner = speakers.find(
    (s) =>
      s.kind === 'PERSON' &&
      s.start >= close &&
      /^[\s,]*(?:was|is|came|read)\s+(?:the\s+)?$/u.test(sentence.slice(close, s.start)) &&
      POSSESSED_WORDS.test(sentence.slice(s.end)),
  );
  if (owner) return { speaker: owner, pronoun: false };

  const holderAfter = (body: Mention) =>
    speakers.some((p) => p.kind === 'PERSON' && p.start > body.end && /^\s*,\s*$/u.test(sentence.slice(body.end, p.start)));
  // "...," said X / "..." X said / "..." the CFDT leader Laurent Berger told France 24.
  const next = speakers.find((s) => {
    if (s.start < close) return false;
    const between = sentence.slice(close, s.start);
    const rest = sentence.slice(s.end);
    return (
      // ("“…,” Biden and First Lady Jill Biden said", "he and first lady Jill Biden said": a pair speaks, neither alone)
      !PAIR_BEFORE_NAME.test(between) &&
      !speakers.some((p) => p.kind === 'PERSON' && p.start >= close && p.end <= s.start && PAIR_AND.test(sentence.slice(p.end, s.start))) &&
      // ("said the head of the Lebanese Red Cross, George Kettani": the body is the title's; its holder follows)
      !(s.kind !== 'PERSON' && /\b(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u.test(between) && holderAfter(s)) &&
      // a few words of title, or a longer title of capitalised words ("Philadelphia Fire Department First Deputy Fire Commissioner")
      (INVERTED_BEFORE_NAME.test(between) ||
        (s.kind === 'PERSON' &&
          INVERTED_TITLE_PLACE_BEFORE_NAME.test(between) &&
          !TITLE_ABOUT_ANOTHER.test(between) &&
          !speakers.some((p) => p.kind === 'PERSON' && p.start >= close && p.end <= s.start))) &&
      ((INVERTED_VERB.test(between) &&
        (/^\s*(?:[,.;!?]|$|\s(?:of|from|at|who)\b|\s(?:in\s+an?|on|to\s+(?:reporters|journalists))\s)/u.test(
          OBJECT_BEFORE_NAME.test(between) ? rest : rest.replace(BRACKET_AFTER_NAME, ' '),
        ) ||
          // ("said Judge X in the Abuja courtroom after ...": where and when; not "said UN Resident Coordinator in
          // Bangladesh Robert D Watkins", a title whose holder is named after the place)
          (INVERTED_CIRCUMSTANCE.test(rest) && !TITLE_PLACE_THEN_NAME.test(rest)))) ||
        VERB_NEXT.test(rest) ||
        // ("“…,” X, director of <a long name>, also told": an apposition the mention took in leaves its closing comma)
        (s.kind === 'PERSON' && s.text.includes(',') && VERB_NEXT.test(rest.replace(/^\s*,/u, ''))) ||
        // ("“…,” Ann Lee, leader of the Velden party said on Thursday": a job's apposition left unclosed before the verb)
        (s.kind === 'PERSON' && (JOB_APPOSITION.test(rest) || DESCRIBED_APPOSITION.test(rest)) && UNCLOSED_APPOSITION_VERB.test(rest)))
    );
  });
  if (next) return { speaker: next, pronoun: false };
  // "Describing the outcome as “…,” Indian Environment Minister X nevertheless lamented …": a quote inside the
  // participle that opens the sentence is the words of the main clause's subject, named right after it.
  if (OPENING_PARTICIPLE.test(before)) {
    const subject = speakers.find(
      (s) => s.kind !== 'COUNTRY' && s.start >= close && /^\s*,?\s*$/u.test(sentence.slice(close, s.start)) && MAIN_VERB_AFTER.test(sentence.slice(s.end)),
    );
    if (subject) return { speaker: subject, pronoun: false };
  }
  // "“…,” a Buhari supporter in the city of Kano, Mohammed Aliyu, said.": a description, then the name set off by commas.
  // ("“…,” Jordan’s Foreign Affairs Minister, Ayman Safadi, said": a title of capitalised words the same way)
  const describedBefore = (between: string) => DESCRIBED_BEFORE_NAME.test(between) || isTitleWord(between.match(TITLE_BEFORE_NAME_COMMA)?.[1] ?? '');
  const described = speakers.find(
    (s) => s.kind === 'PERSON' && s.start >= close && describedBefore(sentence.slice(close, s.start)) && NAME_THEN_SAID.test(sentence.slice(s.end)),
  );
  if (described) return { speaker: described, pronoun: false };
  // "The X Team statement said the case “…”", "X's statement read: “…”": the body or person the statement is of.
  // (a person's only with a possessive: "Team statement" after a run the finder took for a name is a body's)
  const statementOf = speakers.find(
    (s) =>
      s.kind !== 'COUNTRY' &&
      s.end <= open &&
      STATEMENT_OF_SAID.test(sentence.slice(s.end, open)) &&
      (s.kind !== 'PERSON' || /^['’]s\s/u.test(sentence.slice(s.end, open))),
  );
  // "“…,” a Turkish Foreign Ministry statement said.": the same after the quote, the body right after its article.
  const statementAfter = statementOf
    ? undefined
    : speakers.find(
        (s) =>
          s.kind !== 'COUNTRY' &&
          s.kind !== 'PERSON' &&
          s.start >= close &&
          STATEMENT_ARTICLE_BEFORE.test(sentence.slice(close, s.start - capitalisedBefore(sentence, s.start).length)) &&
          STATEMENT_OF_SAID_AFTER.test(sentence.slice(s.end)),
      );
  const author = statementOf ?? statementAfter;
  if (author) {
    // ("The National Public Health Emergency Team statement": the capitalised words the finder left before the body's name are part of it)
    const lead = author.kind === 'PERSON' ? '' : capitalisedBefore(sentence, author.start).replace(/^(?:The|A|An)\s+/u, '');
    if (!lead) return { speaker: author, pronoun: false };
    const start = author.start - lead.length;
    return { speaker: orgMention(`${lead}${author.name}`, start, author.end, sentence.slice(start, author.end)), pronoun: false };
  }
  // "“…” — Elton John, on Instagram.": a name signed after a dash, the quote's own line.
  const signed = speakers.find(
    (s) =>
      s.kind === 'PERSON' &&
      s.start >= close &&
      DASH_SIGNED.test(sentence.slice(close, s.start)) &&
      // ("— Kareem Abdul-Jabbar (@kaj33) January 27, 2020": an embedded post's signature; "- Naomi Osaka after
      // withdrawing from ...": when the words were said)
      SIGNED_NAME_END.test(sentence.slice(s.end)),
  );
  if (signed) return { speaker: signed, pronoun: false };
  const signature = after.match(DASH_NAME);
  if (signature && !speakers.some((m) => m.kind !== 'PERSON' && m.start >= close && m.start <= close + signature[0].length)) {
    const name = withoutTitles(signature[1]);
    const start = close + signature[0].length - signature[1].length + signature[1].indexOf(name);
    return { speaker: { kind: 'PERSON', start, end: start + name.length, text: name, name, title: null, country: null }, pronoun: false };
  }

  // A name the lexicons do not know, in a speaker's place.
  // (the words before the name's comma must end with a job: "said Eskom board chairperson, X")
  const jobNamed = after.match(SAID_JOB_NAME);
  const job = jobNamed ? after.slice(0, jobNamed.index! + jobNamed[0].length - jobNamed[1].length).replace(/,\s*$/u, ' ') : '';
  const named = after.match(SAID_TITLE_OF_NAME) ?? after.match(SAID_NAME) ?? after.match(NAME_SAID) ?? (jobNamed && PERSON_NOUN.test(job) ? jobNamed : null);
  // ("said Chief District Officer of Parbat, X": a title alone is no name; the name after the comma is; "Jordan’s
  // Foreign Affairs Minister, X, said": words closed by a title word and holding no given name are no name when they
  // are three or more, all titles, or hold a possessive or a country, while "Ann Constable" and "Sigrid Chancellor"
  // said theirs)
  const words = named?.[1].split(/\s+/) ?? [];
  const titleOnly =
    isTitleWord(words[words.length - 1] ?? '') &&
    !words.some((w) => givenName(w)) &&
    (words.length >= 3 || words.every((w) => isTitleWord(w)) || words.some((w) => /['’]s$/u.test(w) || COUNTRY_BY_NAME.has(w)));
  if (
    named &&
    !/^(?:The|A|An|He|She|They|It|We|I)\b/.test(named[1]) &&
    !NO_PERSON_WORD.test(named[1]) &&
    !JOB_WORD_END.test(words[words.length - 1]) &&
    !titleOnly
  ) {
    const name = withoutTitles(named[1]);
    if (name.includes(' ')) {
      const start = close + after.indexOf(name);
      return { speaker: { kind: 'PERSON', start, end: start + name.length, text: name, name, title: null, country: null }, pronoun: false };
    }
  }

  // "satirical writer X's take: "..."": the words a person's possessive introduces with a colon are theirs.
  const possessive = speakers.find((s) => s.kind === 'PERSON' && s.end <= open && POSSESSIVE_WORDS.test(sentence.slice(s.end, open)));
  if (possessive) return { speaker: possessive, pronoun: false };

  // "A statement by the Publicity Secretary, Mr X read: “…”": the author a statement is by speaks its words (a person
  // before a body: "a letter from X, head of the Y, said").
  const statement = before.match(STATEMENT_BY_READ);
  if (statement) {
    const from = statement.index! + statement[0].length - statement[1].length;
    const authors = speakers.filter((s) => s.start >= from && s.end <= open - statement[2].length && s.kind !== 'COUNTRY');
    const author = authors.find((s) => s.kind === 'PERSON') ?? (authors.length === 1 ? authors[0] : undefined);
    if (author) return { speaker: author, pronoun: false };
  }
  // "Shimon Peres: “…”", "Hamid Karzai’s spokesman Siamak Hirai: “…”": a round-up's line that opens with a name (a few
  // words of title before it) and gives the quote after a colon.
  const colonNamed = speakers.find(
    (s) => s.kind === 'PERSON' && s.end <= open && /^\s*:\s*$/.test(sentence.slice(s.end, open)) && NAME_COLON_LEAD.test(sentence.slice(0, s.start)),
  );
  if (colonNamed) return { speaker: colonNamed, pronoun: false };
  // "Richard Weber, IRS Director of Criminal Investigation: “…”": the name that opens the line, its office in apposition
  // before the colon (no verb of its own there: "X, asked about it, said:" is the verb's).
  const colonAfterOffice = speakers.find(
    (s) =>
      s.kind === 'PERSON' &&
      s.end <= open &&
      /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(sentence.slice(0, s.start)) &&
      OFFICE_COLON.test(sentence.slice(s.end, open)),
  );
  // (not when another person is named before the colon: "Tomas Reyk, whose wife Ann Velden explained: “…”")
  const another = colonAfterOffice && speakers.some((o) => o.kind === 'PERSON' && o.start > colonAfterOffice.end && o.start < open);
  if (colonAfterOffice && !another) return { speaker: colonAfterOffice, pronoun: false };
  // "The U.S. congratulated Lai, while President Joe Biden, who ..., sought to reassure Beijing by adding, "..."": a
  // participle that introduces the quote belongs to the clause it closes; that clause's subject speaks.
  const clause = PARTICIPLE_INTRO.test(before) ? allMatches(before, CLAUSE_OPENER).pop() : undefined;
  if (clause) {
    const from = clause.index! + clause[0].length;
    const subject = speakers.find((s) => s.start >= from && s.end <= open && SUBJECT_LEAD.test(sentence.slice(from, s.start)));
    if (subject && !isObject(sentence, subject)) return { speaker: subject, pronoun: false };
  }
  // X said: "..." / X, a lawyer, told Reuters "..." / X welcomed the news, saying "...": the subject of the
  // speech verb, never a name that only follows a preposition or an object verb.
  for (let i = speakers.length - 1; i >= 0; i--) {
    const s = speakers[i];
    if (s.end > open) continue;
    // An earlier quote of the same speaker may stand between ("X said he would have "preferred ..." but argued
    // that "..."): its words are skipped, an unclosed mark still stops the search.
    const between = sentence.slice(s.end, open).replace(/[“"][^“”"]*[”"]/g, ' ');
    if (/[“”"]/.test(between)) break;
    const lead = sentence.slice(Math.max(0, s.start - 40), s.start);
    // "Mary Robinson, chair of a group co-founded by Tutu, said": the agent closing an apposition is no subject.
    if (/^\s*,/.test(between) && /\bby\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(lead)) continue;
    // "A joint statement by FIFA and UEFA said", "Joe and Jill Biden said": the second of a pair speaks with the first;
    // neither alone.
    // ("he and Neil Portnow, head of NARAS, issued a statement": the same with a pronoun first)
    if (JOINT_BEFORE.test(lead) || PAIR_BEFORE_NAME.test(lead)) continue;
    // "Cuban leader X expressed condolences to the leaders of A, B and C, saying he offered “…”": a person named
    // before speaks, no country or body named in the clause after it ("the ministry condemned X, saying she had “…”"
    // keeps the ministry: no person before it).
    if (s.kind !== 'PERSON' && PERSON_PARTICIPLE.test(between) && speakers.some((p) => p.kind === 'PERSON' && p.end <= s.start)) continue;
    // "Borich highlighted the “day of democracy” that Argentina experienced, adding: “…”": the subject of a relative
    // clause is no subject of the participle that closes the sentence (after a speech verb "that" opens what was said).
    if (RELATIVE_BEFORE.test(lead) && !TO_VERB.test(between) && PARTICIPLE_TO.test(between)) continue;
    // "The Government of Venezuela, through a statement from the Foreign Ministry, stated": a name inside another's
    // apposition, before its closing comma and a verb, is not the verb's subject (its own apposition may be: "X,
    // premier of Bermuda, hailed").
    if (COMMA_VERB.test(between) && !s.text.includes(',') && sentence.slice(0, s.start).includes(',') && PREPOSITION_BEFORE.test(sentence.slice(0, s.start)))
      continue;
    // "Paul Kenny, general secretary of the GMB, said: “…”": the body in a person's job apposition is no subject; the
    // person, its closing comma and the verb after, is.
    if (
      s.kind !== 'PERSON' &&
      /^\s*,/u.test(between) &&
      // (inside that apposition: no comma between its opening and the body, "Following the arrest of X, editor of the
      // Y, the Committee to Protect Journalists said" keeps the committee)
      speakers.some(
        (p) =>
          p.kind === 'PERSON' &&
          p.end <= s.start &&
          JOB_APPOSITION.test(sentence.slice(p.end, s.start)) &&
          !/,/u.test(sentence.slice(p.end, s.start).replace(/^\s*,/u, '')),
      )
    )
      continue;
    // "Paul Kenny, general secretary of the GMB, said:", "Ian Brinkley, associate director at The Work Foundation said:".
    if (s.kind === 'PERSON' && JOB_APPOSITION.test(between) && JOB_APPOSITION_SAID.test(between) && !isObject(sentence, s))
      return { speaker: s, pronoun: false };
    if (NEW_SUBJECT_BETWEEN.test(between) && !REPORTING_OPEN.test(between)) break;
    if (
      (TO_VERB.test(between) || PARTICIPLE_TO.test(between) || COORDINATED_TO.test(between) || COLON_CLAUSE.test(between) || READ_STATEMENT.test(between)) &&
      !isObject(sentence, s)
    )
      return { speaker: s, pronoun: false };
    if (INVERTED_BEFORE.test(sentence.slice(Math.max(0, s.start - 60), s.start)) && ADDING_AFTER.test(between)) return { speaker: s, pronoun: false };
  }
  // "... a “very complex” crime scene at the market, Herold said.": a sentence closed by its speaker speaks all of it.
  const closing = speakers.find(
    (s) => s.kind === 'PERSON' && s.start >= close && /,\s*$/.test(sentence.slice(0, s.start)) && SENTENCE_CLOSE.test(sentence.slice(s.end)),
  );
  if (closing && !/[“”"]/.test(sentence.slice(closing.start))) return { speaker: closing, pronoun: false };
  // "“…,” which includes countries like Ecuador, he said.": a sentence closed by a pronoun and its verb.
  const pronounClose = after.match(PRONOUN_CLOSE);
  if (pronounClose) return { speaker: null, pronoun: true, gender: genderOf(pronounClose[1]) };
  // "..., according to Tulio de Oliveira, director of ...": the person the sentence is attributed to.
  const according = speakers.filter(
    (s) => s.kind === 'PERSON' && !TITLE_ONLY.test(s.name) && /\baccording\s+to\s+$/i.test(sentence.slice(Math.max(0, s.start - 20), s.start)),
  );
  if (according.length === 1 && maskQuotes(sentence)[according[0].start] === sentence[according[0].start] && !reporterOf(sentence.slice(according[0].end)))
    return { speaker: according[0], pronoun: false };
  // "“…,” according to the CPSC.": a body the quote is attributed to right after it.
  const accordingBody = speakers.find(
    (s) => (s.kind === 'ORG' || s.kind === 'BODY') && s.start >= close && /^[\s,.”"’]*according\s+to\s+(?:the\s+)?$/iu.test(sentence.slice(close, s.start)),
  );
  if (accordingBody) return { speaker: accordingBody, pronoun: false };
  const pronounBefore = before.match(PRONOUN_BEFORE) ?? before.match(PRONOUN_COLON) ?? before.match(PRONOUN_ACCORDING);
  if (pronounBefore && !/[“”"]/.test(before.slice(pronounBefore.index!))) return { speaker: null, pronoun: true, gender: genderOf(pronounBefore[1]) };
  const roleBefore = before.match(ROLE_SUBJECT) ?? before.match(ROLE_ACCORDING);
  if (roleBefore && !/[“”"]/.test(before.slice(roleBefore.index!))) return { speaker: null, pronoun: false, role: roleBefore[1] };
  const anaphorBefore = before.match(ANAPHOR_BEFORE);
  if (anaphorBefore && !/[“”"]/.test(before.slice(anaphorBefore.index!))) return { speaker: null, pronoun: false, anaphor: anaphorBefore[1].toLowerCase() };
  return { speaker: null, pronoun: false };
}

/** Between a quote and a name: "he" or "she" and "and" ("he and first lady "). */
export const PAIR_BEFORE_NAME = /(?<![\p{L}'’.-])(?:he|she)\s+and\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;
/** Between two names: "and", a few words of title ("Biden and First Lady Jill Biden said"). */
export const PAIR_AND = /^\s+and\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;
/** After a name: "of" and an outlet's words, as a digest names the reporter it quotes ("of the London GUARDIAN"). */
export const OF_OUTLET_AFTER = /^\s+(?:of|from|at|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s*){1,4})/u;
/** Every spelling of an outlet, lower-case and without "the": a body's name that is an outlet's. */
const OUTLET_WORDS = new Set(OUTLET_SPELLINGS.map((a) => a.replace(/^the\s+/i, '').toLowerCase()));

/**
 * "according to Peter Lalor of NEWS CORP. AUSTRALIA", "of the London GUARDIAN", "of the Guardian": a reporter of an
 * outlet (its whole name, or an outlet's word in a digest's capitals), whose quoted words are the outlet's report,
 * not what the reporter said. ("of the Environmental Protection Agency", "of the Independent Electoral Commission" are
 * no outlets.)
 */
function reporterOf(afterName: string): boolean {
  const of = afterName.match(OF_OUTLET_AFTER);
  if (!of) return false;
  const name = of[1].trim().replace(/[.,]$/u, '');
  if (OUTLET_WORDS.has(name.toLowerCase())) return true;
  return name.split(/\s+/).some((w) => /^\p{Lu}{3,}\.?$/u.test(w) && (OUTLET_WORDS.has(w.replace(/\.$/u, '').toLowerCase()) || DIGEST_OUTLET_WORD.test(w)));
}
/** An outlet's word in a digest's capitals ("NEWS CORP."). */
export const DIGEST_OUTLET_WORD = /^(?:NEWS|TIMES|POST|HERALD|TRIBUNE|JOURNAL|TELEGRAPH|GAZETTE)\.?$/u;

/** A sentence that opens with a participle and runs to the quote: "Describing the outcome as ", "Calling the cancellation ". */
export const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\b[^“”".;:!?]{0,120}$/u;
/** After a subject: its verb, a few adverbs before it ("nevertheless lamented", "also said"). */
export const MAIN_VERB_AFTER = new RegExp(
  `^(?:\\s+(?:\\p{Ll}+ly|also|nevertheless|however|then|later|further|has|had)){0,2}\\s+(?:${FINITE_VERBS}|\\p{Ll}+ed)\\b`,
  'u',
);
/** After a quote, before a name: ", a party supporter in the city of Kano, ", ", one of his lawyers, " (a description set off by commas). */
export const DESCRIBED_BEFORE_NAME = /^[”"’]?(?:\s*,)?\s*(?:an?|the|one\s+of)\s+[^,“”"]{1,80},\s?$/u;
/** A title's capitalised words after a quote (an article may open them), then a comma ("”, Ostland’s Foreign Affairs Minister, "): group 1 its last word. */
export const TITLE_BEFORE_NAME_COMMA = /^[”"’]?(?:\s*,)?\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(\p{Lu}[\p{L}-]*),\s?$/u;
/** After a name in apposition: ", said.", ", told Reuters". */
export const NAME_THEN_SAID = /^\s*,\s*(?:said|says|told|tells|added|adds)\b/u;
/** The capitalised words right before `end` (with the space after each), or '' ("The National Public Health " -> "The National Public Health "). */
function capitalisedBefore(text: string, end: number): string {
  let from = end;
  for (;;) {
    const space = text.lastIndexOf(' ', from - 2);
    const word = text.slice(space + 1, from);
    if (from - space < 3 || !/^\p{Lu}[\p{L}'’.-]*\s$/u.test(word)) break;
    from = space + 1;
    if (space < 0) break;
  }
  return text.slice(from, end);
}
/** After a body's or a person's name: " statement said the case ", "'s statement read: " (no quotation mark between). */
/** What a statement may be called before its noun ("a joint statement"). */
const STATEMENT_KIND = '(?:(?:joint|official|written|brief)\\s+)?';
/** "statement said", "joint statement read": a statement as the subject of its verb. */
const STATEMENT_SAID = `${STATEMENT_KIND}statement\\s+(?:said|says|read|reads|added|stated|noted)\\b`;
export const STATEMENT_OF_SAID = new RegExp(`^(?:['’]s)?\\s+${STATEMENT_SAID}[^“”"]{0,120}$`, 'u');

/** Between a quote and a body: "," then an article ("“…,” a Turkish Foreign Ministry statement said"). */
export const STATEMENT_ARTICLE_BEFORE = new RegExp(`^\\s*(?:,\\s*)?(?:a|an|the)\\s+${STATEMENT_KIND}$`, 'iu');
/** After a body: " statement said", " statement read". */
export const STATEMENT_OF_SAID_AFTER = new RegExp(`^\\s+${STATEMENT_SAID}`, 'u');

/** After a name: "read a statement prior to sentencing: ", "issued a brief statement:": the subject reads its words. */
export const READ_STATEMENT = /^\s+(?:(?:then|later|also)\s+)?(?:read|issued|released|posted)\s+(?:out\s+)?an?\s+(?:\p{Ll}+\s+)?statement\b[^“”"]{0,60}:\s*$/u;

/** "A statement by X read: ", "a letter from X said ": the author (group 1) and the verb of the text (group 2). */
export const STATEMENT_BY_READ =
  /\b(?:statement|letter|message|post|note|press release)\s+(?:(?:issued|released|signed|published|posted|sent)\s+)?(?:by|from)\s+((?:the\s+)?[^“”"]{1,120}?)(\s+(?:read|reads|said|says|stated|states)\s*:?\s*)$/u;

/** What may stand before a name that opens its line and introduces a quote with a colon: a few words of title (a comma among them: "Another leader, General X:"). */
/** ", IRS Director of Criminal Investigation: " after a name, before its quote: an office in apposition, no verb in it. */
const OFFICE_COLON =
  /^\s*,\s+(?![^,:]*\b(?:said|says|told|tells|added|adds|wrote|writes|tweeted|posted|stated|asked|replied|\p{Ll}+ing)\b)[^,:“”"‘’]{2,80}:\s*$/u;
export const NAME_COLON_LEAD = /^\s*(?:[\p{L}'’.-]+,?\s+){0,8}$/u;

/** After a name: "’s reaction", "'s response": the words were that person's. */
export const POSSESSED_WORDS = /^['’]s\s+(?:\p{Ll}+\s+)?(?:reaction|response|reply|message|verdict|take|comment|tweet|post|statement|words)\b/u;
/** "'s take: ", "’s statement read: ": a possessive and a noun of speech right before the quote. */
const POSSESSIVE_WORDS =
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:take|statement|response|reply|message|tweet|post|comment|verdict|words|answer|reaction|view)(?:\s+(?:read|reads|was|is))?\s*:\s*$/u;

/** A "name" that is only a title ("High Representative", "Prime Minister"): read so when a name runs on after it. */
const TITLE_ONLY =
  /^(?:High|Special|Vice|Deputy|Prime|Chief|Senior|Foreign|Home|Defen[cs]e)?\s*(?:Representative|Minister|Secretary|President|Commissioner|Envoy|Ambassador|Adviser|Advisor|Director|Chancellor|Governor)$/u;

/** What closes a sentence after a quote and a clause of its own: ", he said.", ", she added on Monday." (no other quote). */
/** A participle's clause after the verb that closes a sentence ("..., he said, calling on local people to help"). */
const PARTICIPLE_CLAUSE = '(?:,\\s*\\p{Ll}+ing\\s[^“”"]{0,160})?';
export const PRONOUN_CLOSE = new RegExp(`^[^“”"]*,\\s*(he|she)\\s+${BEFORE_AFTER_VERB}${AFTER_VERB}\\b[^“”",;]{0,60}${PARTICIPLE_CLAUSE}[.!]?\\s*$`, 'u');
/** What closes a sentence after its speaker's name: "Herold said.", "Green notes.", "he said at a news conference." */
export const SENTENCE_CLOSE = new RegExp(`^\\s+${BEFORE_AFTER_VERB}${AFTER_VERB}\\b[^“”",;]{0,60}${PARTICIPLE_CLAUSE}[.!]?\\s*$`, 'u');

/** A title with its preposition right before a name: "ambassador to Japan ", "special envoy for Syria ". */
export const TITLE_PREPOSITION =
  /\b(?:ambassador|envoy|consul|representative|minister|secretary|adviser|advisor|delegate|commissioner|rapporteur|coordinator|negotiator|spokes(?:man|woman|person))\s+(?:to|for|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/iu;
/** "Bank of Ostland " before "Governor X": a body's name with its "of", the title the mention opens with after it. */
const BODY_OF_BEFORE_TITLE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;
/**
 * Before a mention that only receives: a preposition or an object verb, a few capitalised words of title (not a day after "on":
 * "in a statement on Tuesday Labour leader X said" is X's).
 */
export const OBJECT_BEFORE = new RegExp(
  `\\b(?:to|on|like|unlike|alongside|besides|paraphrasing|echoing|told|tells|telling|informed|assured|reassured|phoned|called|visited|hosted|received|urged|urges|urging|asked|asks|thanked|thanks|met|meets|invited|congratulated|congratulates|commended|commends|praised|praises|lauded|criticised|criticized|blamed|accused|slammed|against|with|for|of|about|at|into|toward|towards|under|over|than|(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Ii]mages?|[Vv]ideo)\\s+by)\\s+(?:(?:the|a|an|his|her|their|its|\\p{Lu}[\\p{L}.-]*['’]s)\\s+)?(?:(?:new|late|former|outgoing|incoming|then)\\s+)?(?!(?<=\\bon\\s+)(?:${WEEKDAYS.join('|')})\\s)(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}$`,
  'u',
);
/** A mention that only receives: "a telegram to X", "urged X", "called on X", "with X", "X's office". */
export function isObject(sentence: string, m: Mention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 40), m.start);
  if (/['’]s\b/.test(sentence.slice(m.end, m.end + 3))) return true;
  // "US ambassador to Japan Rahm Emanuel", "envoy for Syria X": the preposition belongs to the title before the name.
  if (TITLE_PREPOSITION.test(before)) return false;
  // "a spokesperson for MFAT told RNZ": the body a spokesperson speaks for.
  if (/\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$/iu.test(before)) return false;
  // "Business Council of Australia chief executive X": the country read as the title's ends a body's name; its "of" is
  // the name's, no preposition of the sentence.
  if (m.kind === 'PERSON' && m.country && m.text.startsWith(m.country) && /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\s+of\s+$/u.test(before)) return false;
  // "Bank of England Governor Mark Carney": a body's name with its "of" before the title the mention opens with.
  // (not when the body's name is itself an object: "criticised Bank of Ostland Governor X")
  // ("Ministry of Health spokesman Joshua Malango": a spokesperson's role as the title)
  const opening = m.text.split(/\s+/)[0];
  const bodyOf = m.kind === 'PERSON' && (isTitleWord(opening) || /^spokes(?:man|woman|person)$/iu.test(opening)) ? before.match(BODY_OF_BEFORE_TITLE) : null;
  if (bodyOf && !OBJECT_BEFORE.test(before.slice(0, bodyOf.index))) return false;
  // "posted this quote by poet X": the author of words another quotes.
  if (/\b(?:quotes?|words|poem|song|lines|book|novel)\s+by\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(before)) return true;
  // "according to X", "in the words of X": X is the one who says it. (Read further back: "according to American Farm
  // Bureau Federation President X" puts more than 40 characters between them.)
  if (
    /\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?:(?:the|\p{Lu}[\p{L}.-]*['’]s)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(
      sentence.slice(Math.max(0, m.start - 90), m.start),
    )
  )
    return false;
  // "Sherif Mansour, from the Committee to Protect Journalists, said": where the person named before the comma is from.
  // (a name of two capitalised words before the comma: "Support came quickly, from Ostland President X, who said" is X's)
  if (/(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*,\s+from\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(before)) return true;
  return OBJECT_BEFORE.test(before);
}

/**
 * A sentence that only names the speaker of the quote before it: "Antonio Guterres said." / "He added." / "Prime
 * Minister X wrote on X." (a quote ending in "!" or "?" is cut from its attribution by the sentence splitter). A
 * place or a time may close it, never a clause of its own. (trimmed)
 */
export const SIGN_OFF = new RegExp(
  `^(?:(he|she)|(\\S.{1,79}?)) (?:(?:later|also|then) )?${AFTER_VERB}(?: (?:on|in|via|at|during|after|late|early|from) [^“”"‘’.,;:!?]{1,40}| (?:today|yesterday|tonight|on \\p{Lu}\\p{Ll}+day))?[.!]?$`,
  'iu',
);
