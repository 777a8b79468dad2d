// Reads one sentence for what it attributes: citations (a sentence attributed to an outlet or a state body),
// direct quotes with speaker and carrier, reactions (an actor as the subject of a response verb) and figure
// statements (a number of people killed, injured... given by someone).
import nlp from 'compromise';
import { VALENCE, valence } from './valence';
import { Stance } from './vocabulary';
import { COUNTRY_BY_CAPITAL, ROLES, WEEKDAYS } from './lexicon';
import { esc, isTitleWord, orgMention, PERSON_NOUN, type Mention } from './mentions';

/** A capitalised word of a name ("Industry", "Ai", "O’Brien", "U.S."). */
const CAP_NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’&.-]*";
import { maskQuotes } from './quote-mask';
import { quoteSpans } from './quote-spans';
import { speakerOf, type Gender } from './speakers';
import { allMatches } from './matches';

export interface Attribution {
  /** Outlets the sentence attributes facts to, in order. */
  outlets: Mention[];
  /** A state body or organisation facts are attributed to, when no outlet is. */
  body: Mention | null;
}

export interface QuoteFound {
  text: string;
  speaker: Mention | null;
  /** "he", "she": the speaker is the person last named before. */
  pronoun: boolean;
  gender?: Gender;
  /** "the US president said": a role to resolve to a person named before. */
  role?: string;
  /** "it said", "the company said", "the statement read": a body named before. */
  anaphor?: string;
  source: Mention | null;
}

export interface ReactionFound {
  actor: Mention;
  stance: Stance;
  summary: string;
  source: Mention | null;
}

const SPEECH = [
  'lauded',
  'lauds',
  'heralded',
  'heralds',
  'saluted',
  'salutes',
  'applauded',
  'applauds',
  'commended',
  'commends',
  'celebrated',
  'lamented',
  'laments',
  'thanked',
  'thanks',
  'echoed',
  'questioned',
  'said',
  'says',
  'say',
  'stated',
  'states',
  'claimed',
  'claims',
  'announced',
  'announces',
  'insisted',
  'insists',
  'maintained',
  'maintains',
  'alleged',
  'alleges',
  'accused',
  'accuses',
  'denied',
  'denies',
  'warned',
  'warns',
  'added',
  'argued',
  'argues',
  'tweeted',
  'wrote',
  'writes',
  'posted',
  'told',
  'tells',
  'reported',
  'reports',
  'confirmed',
  'confirms',
  'estimated',
  'estimates',
  'stressed',
  'stresses',
  'noted',
  'notes',
  'replied',
  'responded',
  'countered',
  'acknowledged',
  'admitted',
  'defended',
  'defends',
];
const ACTION = [
  'expressed',
  'expresses',
  'voiced',
  'voices',
  'called',
  'calls',
  'urged',
  'urges',
  'condemned',
  'condemns',
  'denounced',
  'denounces',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'offered',
  'offers',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'welcomed',
  'welcomes',
  'praised',
  'praises',
  'backed',
  'backs',
  'supported',
  'supports',
  'spoke',
  'speaks',
  'appealed',
  'appeals',
  'demanded',
  'demands',
  'blamed',
  'blames',
  'rejected',
  'rejects',
  'vowed',
  'vows',
  'threatened',
  'threatens',
  'imposed',
  'imposes',
  'summoned',
  'summons',
  'proposed',
  'proposes',
  'described',
  'dismissed',
  'dismisses',
  'hailed',
  'hails',
  'reiterated',
  'reiterates',
  'deplored',
  'deplores',
  'slammed',
  'slams',
  'recognised',
  'recognized',
  'refused',
  'refuses',
  'sent',
  'sends',
  'asked',
  'asks',
  'invited',
  'conveyed',
  'conveys',
  'agreed',
  'agrees',
  'pressed',
  'presses',
  'mourned',
  'condoled',
  'condoles',
  'congratulated',
  'suspended',
  'suspends',
  'froze',
  'expelled',
  'recalled',
  'cancelled',
  'canceled',
  'announced',
  'put',
  'declared',
  'prayed',
  'paid',
];
const SPEECH_SET = new Set(SPEECH);
/**
 * The plural present of a list's response ("Chile and Peru condemn the vote", "A and B send condolences"): taken only
 * after two subjects or more (one subject before it is a noun's: "UK pay growth", "The EU offer was rejected"), or as
 * the base form after "was among the first to" or "took to Twitter to".
 */
const PLURAL_RESPONSE = new Set([
  'condemn',
  'denounce',
  'deplore',
  'slam',
  'criticise',
  'criticize',
  'congratulate',
  'mourn',
  'salute',
  'applaud',
  'hail',
  'praise',
  'laud',
  'commend',
  'thank',
  'urge',
  'welcome',
]);
/** The same verbs of giving, only with a response as their object ("send condolences", not "send most of their copper"). */
const PLURAL_GIVING = new Set(['send', 'pay', 'offer', 'express', 'voice', 'pledge', 'extend']);
const RESPONSE_OBJECT =
  /^\s+(?:(?:their|its|his|her|our|the|deep(?:est)?|heartfelt|sincere|warm(?:est)?|full|strong|profound|last|a)\s+){0,3}(?:condolences?|congratulations|tributes?|sympath(?:y|ies)|support|solidarity|concerns?|regrets?|shock|grief|(?:best\s+)?wishes|prayers|thoughts|greetings|felicitations|homage|respects|aid|help|assistance)\b/iu;
/** Whether a list's plural present responds: "hail from", "welcome about 10,000 refugees a year" are facts. */
function pluralResponse(verb: string, rest: string): boolean {
  // ("thank-you notes": a word of a compound noun; "thank you for reading": a sign-off)
  if (/^-/u.test(rest) || (verb === 'thank' && /^\s+you\s+for\s+(?:reading|listening|watching|subscribing)\b/u.test(rest))) return false;
  if (PLURAL_RESPONSE.has(verb))
    return !(verb === 'hail' && /^\s+from\b/u.test(rest)) && !(verb === 'welcome' && /^\s+(?:about|some|around|more|up|over|nearly|\d)/u.test(rest));
  return PLURAL_GIVING.has(verb) && RESPONSE_OBJECT.test(rest);
}
const REACTION_VERBS = new Set([...SPEECH, ...ACTION]);
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  spoken: 'spoke',
  written: 'wrote',
  given: 'gave',
  taken: 'took',
  shown: 'showed',
  sent: 'sent',
  told: 'told',
  put: 'put',
  said: 'said',
};

/** Context words that turn a mention of an outlet into an attribution to it. */
const OUTLET_BEFORE =
  /(?:according to|citing|cited by|quoted by|reported by|analy[sz]ed by|verified by|seen by|obtained by|reviewed by|confirmed by|told|telling|interview(?:ed)? (?:with|by)|statement to|speaking to|spoke to|speaking with|reports? (?:by|from|in)|wrote (?:in|for)|writing (?:in|for)|published by|carried by|said (?:on|to))\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+)?$/iu;
const OUTLET_AFTER =
  /^(?:['’]s\s+(?:\p{L}+\s+)?(?:report|reporting|analysis|tally|investigation|count|correspondent|reporter|data|survey|poll|interview|sources)|\s*(?:,\s*)?(?:has\s+|had\s+|also\s+|later\s+|first\s+)?(?:reported|reports|report|said|says|quoted|quotes|cited|cites|wrote|writes|learned|learnt|revealed|confirmed|found|obtained|understands|estimated|estimates|counted|verified|tallied|calculated|spoke to|interviewed|was told|has learned|broadcast|aired|published)\b)/iu;
const BODY_AFTER =
  /^\s*(?:(?:union|mission|agency|office|group|body|organisation|organization)\s+)?(?:,[^,]{1,80},\s*)?(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|reported|reports|announced|stated|confirmed|claimed|added|estimated|estimates|put|puts|counted|recorded|registered|published|found|finds)\b/i;
/** Verbs by which a party, not an institution, speaks: an accusation or a denial is a reaction, never a cited fact. */
const PARTISAN = /^\s*(?:,[^,]{1,80},\s*)?(?:has\s+|had\s+|also\s+)?(?:accused|accuses|denied|denies|blamed|blames|rejected|rejects|dismissed|dismisses)\b/i;

export function attributionOf(text: string, all: Mention[]): Attribution {
  // Words inside quotation marks attribute nothing ("The measures the Russian government announced ...").
  const sentence = maskQuotes(text);
  const mentions = all.filter((m) => sentence[m.start] === text[m.start]);
  const attributed = new Set<Mention>();
  const list = mentions.filter((m) => m.kind === 'OUTLET');
  // From the last: in "The New York Times and CNN reported", the first outlet shares the verb of the second.
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    const before = sentence.slice(Math.max(0, m.start - 60), m.start);
    const after = sentence.slice(m.end, m.end + 60);
    const next = list[i + 1];
    const sharesVerb = next && attributed.has(next) && /^\s*(?:,\s*(?:and\s+)?|(?<=\s)and\s+)(?:the\s+)?$/i.test(sentence.slice(m.end, next.start));
    if (OUTLET_BEFORE.test(before) || OUTLET_AFTER.test(after) || sharesVerb) attributed.add(m);
  }
  const outlets: Mention[] = [];
  for (const m of list) if (attributed.has(m) && !outlets.some((o) => o.name === m.name)) outlets.push(m);
  let body: Mention | null = null;
  if (outlets.length === 0) {
    for (const m of mentions) {
      if (m.kind !== 'BODY' && m.kind !== 'ORG') continue;
      const before = sentence.slice(Math.max(0, m.start - 40), m.start);
      const after = sentence.slice(m.end);
      const byAccording = /according to\s+(?:the\s+)?$/i.test(before) || /^\s*(?:figures|data|estimates|statistics)\s+(?:show|suggest)/i.test(after);
      const byResearchers = /\b(?:researchers|scientists|experts|economists|analysts|doctors|academics)\s+(?:at|from)\s+(?:the\s+)?$/i.test(before);
      const speaks = (m.kind === 'BODY' || !m.org?.party) && BODY_AFTER.test(after) && !PARTISAN.test(after) && !stanceTaken(after);
      if (byAccording || byResearchers || speaks) {
        body = m;
        break;
      }
    }
  }
  return { outlets, body };
}

/** Whether what follows a subject takes a stance (then it is a reaction, not a cited fact). */
function stanceTaken(after: string): boolean {
  const s = stanceOf(after.split(/[.;]/)[0], true);
  return !takesNoStance(s);
}

/** A statement that takes no stance: a claim of fact, or any other response. */
export const takesNoStance = (s: Stance): boolean => s === Stance.CLAIM || s === Stance.OTHER;

// ——— quotes ———

/** Where the sentence stands: its paragraph and its offset there (quotes are read across the paragraph). */
export interface InParagraph {
  paragraph: string;
  start: number;
  /** Only quotes that open before this offset of the paragraph (the sentence's end when `sentence` runs on past it). */
  opensBefore?: number;
}

export function quotesOf(sentence: string, mentions: Mention[], attribution: Attribution, at?: InParagraph): QuoteFound[] {
  const out: QuoteFound[] = [];
  // (a capital speaking for its country reacts, but the words quoted after "X said Washington condemns" are X's)
  const speakers = mentions.filter((m) => m.kind !== 'OUTLET' && !(m.kind === 'COUNTRY' && COUNTRY_BY_CAPITAL.has(m.text)));
  const where = at ?? { paragraph: sentence, start: 0 };
  const spans: { open: number; close: number }[] = [];
  for (const span of quoteSpans(where.paragraph)) {
    // The quotes that open in this sentence; one that runs on past it is read against this sentence's prose.
    if (span.open < where.start || span.open >= (where.opensBefore ?? where.start + sentence.length)) continue;
    const inner = span.inner;
    const open = span.open - where.start;
    const close = Math.min(span.close - where.start, sentence.length);
    const nWords = inner.trim().split(/\s+/).length;
    // A quote holds at least four words: shorter quoted words are names, labels or scare quotes ("so-called "special
    // operation"", "Dear George," he wrote), never a direct quote of their own.
    if (nWords < 4) continue;

    const found = speakerOf(sentence, open, close, speakers);
    const speaker = found.speaker;
    const text = span.closed ? inner.trim().replace(/,$/, '') : inner.trim().replace(/[.,]$/, '');
    out.push({ text, ...found, source: attribution.outlets[0] ?? (speaker?.kind === 'BODY' ? speaker : attribution.body) });
    spans.push({ open, close });
  }
  // "“…,” and “…,” Ann Lee said": a quote joined to the next by "and" is spoken by the next one's speaker.
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    if (q.speaker || q.pronoun || q.role || q.anaphor || !JOINED_QUOTES.test(sentence.slice(spans[i].close, spans[i + 1].open))) continue;
    out[i] = { ...out[i + 1], text: q.text };
  }
  // "He promised “…” and that “…”": a second quote the same verb governs is spoken by the first one's speaker.
  for (let i = 1; i < out.length; i++) {
    const q = out[i];
    const first = out[i - 1];
    if (q.speaker || q.pronoun || q.role || q.anaphor || !(first.speaker || first.pronoun || first.role || first.anaphor)) continue;
    const between = sentence.slice(spans[i - 1].close, spans[i].open);
    if (SAME_VERB_QUOTES.test(between)) out[i] = { ...first, text: q.text };
    // "“…,” said Ann Lee, “…”": one quote the attribution splits in two; its second part is the same speaker's.
    // (not when the clause names another person than the speaker, "said X, before Ann Lee interrupted, “…”", unless as
    // the one spoken to: "X told Ann Lee, “…”")
    else if (
      (PART_ENDS_IN_COMMA.test(sentence.slice(spans[i - 1].open, spans[i - 1].close)) || between.startsWith(',')) &&
      SPLIT_QUOTE_CLAUSE.test(between) &&
      !speakers.some(
        (m) =>
          m.kind === 'PERSON' &&
          m.start >= spans[i - 1].close &&
          m.end <= spans[i].open &&
          m.name !== first.speaker?.name &&
          !TOLD_BEFORE.test(sentence.slice(spans[i - 1].close, m.start)),
      )
    )
      out[i] = { ...first, text: q.text };
  }
  return out;
}

/** "told " right before a name: the person spoken to. */
export const TOLD_BEFORE = /\b(?:told|tells)\s+$/u;
/** A quoted part whose words end in a comma inside its marks ("“We failed,”"): the sentence goes on. */
export const PART_ENDS_IN_COMMA = /,\s*[”"’'»]+$/u;

/**
 * Between the two parts of a quote its attribution splits, after the first part's comma: a clause of speech ("said Ann
 * Lee, the agency head,", "the company said in a statement,", "he goes on,") ending in a comma right before the
 * second; no clause of another subject ("said Ann Lee, while Tomas Reyk, “…,” wept").
 */
export const SPLIT_QUOTE_CLAUSE =
  /^,?\s(?=[^“”"‘]*\b(?:said|says|told|tells|added|adds|wrote|writes|continued|continues|goes\s+on|went\s+on|reminded|explained|explains|noted|notes|stated|insisted|argued|stressed|recalled|adding|saying|noting|writing)\b)(?![^“”"‘]*\b(?:and|but|or|while|whereas|as|who|which|whom)\b)[^“”"‘!?;:]{1,120},\s*$/u;

/** Between two quotes of one verb: "“…” and that “…”" (JOINED_QUOTES reads "“…,” and “…,” Ann Lee said": the next speaks). */
export const SAME_VERB_QUOTES = /^[”"’,.\s]*(?:and|or)\s+that\s*[“"‘]?$/u;

/** Between two quotes of one sentence spoken together: "“…,” and “…”", "“…” or “…”". */
export const JOINED_QUOTES = /^[”"’,.\s]*(?:and|or)\s*[“"‘]?$/u;

// ——— reactions ———

const INTRO =
  /^(?:(?:meanwhile|however|separately|earlier|later|still|instead|moreover|elsewhere|similarly|likewise|nevertheless|in response|for (?:its|his|her|their) part|in a statement|on \p{Lu}\p{L}+(?: \d{1,2})?|in \p{Lu}?[\p{L}\d]+|amid [^,]{1,80}|after [^,]{1,80}|following [^,]{1,80}|according to [^,]{1,80}|as [^,]{1,60}|at [^,]{1,60}|in a [^,]{1,60}|speaking [^,]{1,60}|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)),\s+|(?:but|and|so|yet|also|meanwhile)\s+)/iu;
const SKIP_AFTER_SUBJECT =
  /^(?:\s*,\s*(?:which|who|whose|a|an|the|one of|both|all|each|long|once|now|still|already|formerly|\p{Ll}+ed)\b[^,]*,|\s*,\s*among others\s*,|\s*\([^)]{1,40}\)|\s+and\s+(?:\d+|several|many|other|some|dozens of)\s+(?:other\s+)?(?:countries|nations|states|governments|allies|partners)(?=\s)|\s+(?:union|party|mission|group|agency|movement|alliance|militia|coalition|leaders)(?=\s)|\s*,\s*according to [^,]*,|\s*,\s*(?!according\b)\p{Ll}+ing\s[^,]{1,80},|\s*,\s*(?:along|together) with [^,]*,|\s*,\s*as well as [^,]*,|\s*,\s*(?:meanwhile|however|too|also|for (?:its|his|her|their) part|in a statement|on \p{Lu}\p{L}+|in turn|in response|separately|earlier|later)\s*,|\s*,|\s+\p{Ll}+ly(?=\s)(?!\s+(?:that|to)\b)|\s+(?:has|have|had|also|too|all|both|later|earlier|then|again|repeatedly|publicly|quickly|immediately|separately|itself|himself|herself|previously|now|swiftly|strongly|on \p{Lu}\p{L}+day|on \p{Lu}\p{L}+|in a statement|in (?:a|an|his|her|its|their) (?:[\p{Ll}-]+ ){0,3}(?:tweet|post|message|letter|video|briefing|interview|speech|address|release|communiqu[ée])(?: on \p{Lu}\p{L}+)?|on (?:Twitter|X|Facebook|Instagram|social media))|\s+[“"‘]\p{Ll}+ly[”"’](?=\s)|\s+in\s+\p{Lu}\p{Ll}+(?=\s+(?:in\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){1,4})?(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b))(?=[\s,])/u;

/**
 * "A, B and C were among the world leaders who (on Wednesday) condemned ...", "... were among those congratulating":
 * the listed actors respond; the verb follows.
 */
const AMONG_RESPONDERS =
  /^\s+(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:leaders|figures|people|countries|nations|governments|those|politicians|first|others|stars|celebrities|officials|dignitaries|players|athletes|clubs|teams|parties|groups|organi[sz]ations|heads\s+of\s+(?:state|government))(?:\s+(?:who|that|which|to))?(?=\s)/u;
/** "took to Twitter to", "have taken to social media to": the platform a response was posted on, before its verb. */
export const TOOK_TO =
  /^\s+(?:took|takes|take|taken|(?:has|have|had)\s+taken)\s+to\s+(?:[Tt]witter|X|[Ii]nstagram|[Ff]acebook|LinkedIn|Threads|Weibo|TikTok|YouTube|[Ss]ocial\s+media|the\s+microblogging\s+(?:site|platform))(?:,\s+formerly\s+(?:known\s+as\s+)?Twitter,|\s+on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?)?\s+to(?=\s)/u;
/** Participles whose past the lexicon holds in another form than "-ed". */
const PARTICIPLE_PAST: Record<string, string> = { sending: 'sent', paying: 'paid', speaking: 'spoke', saying: 'said' };

const CEASEFIRE =
  /\b(call(?:ed|s|ing)?|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|appeal(?:ed|s|ing)?|press(?:ed|es|ing)?|plead(?:ed|s)?|ask(?:ed|s)?|push(?:ed|es)?)\b[^.;]{0,80}?\b(cease-?fire|truce|cessation of hostilities|(?:end|halt|stop)(?:ping)?(?: to)? (?:the )?(?:fighting|hostilities|violence|attacks|war|shelling)|de-?escalat\w*|restraint|calm)/i;
const MEDIATION =
  /\b(offer(?:ed|s|ing)?|propos(?:ed|es|ing)|ready|willing|prepared|volunteer(?:ed|s)?)\b[^.;]{0,80}?\b(mediat\w*|good offices|host(?:ing)? (?:peace )?(?:talks|negotiations)|broker\w*|facilitat\w*)/i;
const CONDEMNATION =
  /\b(condemn\w*|sanction(?:s|ed)\b|denounc\w*|deplor\w*|criticis\w*|criticiz\w*|slam(?:med|s)?|censur\w*|outrage\w*|unacceptable|unconscionable|reprehensible|atrocit\w*|war crimes?|blam(?:ed|es|ing)|barbar\w*|despicable|cowardly|vicious|heinous|horrif\w*|horrendous|evil|senseless|disgust\w*|lash(?:ed|es)? out|acts? of (?:war|terror\w*)|this is war|unpunished|(?:bring|brought)\b[^.;]{0,40}\bto justice|attack on (?:all of )?humanity|appall\w*|shameful|disgrace\w*|abhorr\w*|intolerable|(?:cannot|can ?not|will not|won't) be tolerated|inexcusable|indefensible|scandal\w*|betray\w*|irresponsible|reckless|vile|inhuman\w*|uncivili[sz]ed|affront|cold-blooded|brutal\w*|abominable|monstrous|callous|(?:clear|flagrant|blatant|gross|serious) violations? of|violat\w* (?:\w+ )?(?:international law|human rights|sovereignty)|demand\w* (?:\w+ ){0,3}release|(?:direct |brazen )?assault on|slap (?:in|on) the\b|in the strongest (?:possible )?terms|indignation|black day|sham|farce|travesty|antisemit\w*|absurd|illegitimate|(?:lost|lacks?|without) (?:all |any )?legitimacy)\b/i;
const SUPPORT =
  /\b(support\w*|back(?:ed|s|ing)|solidarity|stand(?:s|ing)? (?:with|by)|welcom\w*|prais\w*|hail(?:ed|s)?|pledg\w*|endors\w*|aid package|congratulat\w*|felicitat\w*|pray\w*|condolence\w*|condol(?:ed|es|ing)|tribut\w*|homage|sympath\w*|sorrow|(?:thoughts|prayers|hearts?)\b[^.;]{0,30}\b(?:are|were|go|goes|went) (?:out )?(?:to|with)|stand\w*\s+(?:\w+\s+){0,3}?(?:with|by|alongside)|laud\w*|salut\w*|applaud\w*|commend\w*|celebrat\w*|herald\w*|happy|pleased|grateful|important step|step forward|ready to (?:help|assist)|assistance|look(?:ed|s|ing)? forward to (?:working|cooperat\w*|strengthen\w*|deepen\w*|renewing|building|further)|(?:true|great|good|dear|reliable|close) friends?|thank\w*|thrilled|relieved|delighted|proud|inspir\w*|statesman|visionary|legend(?:ary)?|(?:will|shall) (?:\w+ )?miss|rest in peace|best wishes|greetings|long live|humanitarian|mourn(?:ed|s)|(?:good|best|warm) wishes|admir\w*|(?:hope[sd]?|vow\w*|pledg\w*|forward to)\b[^.;]{0,30}\bwork(?:ing)? (?:constructively |closely |together )?with|(?:offer\w*|willing\w*|ready|pledg\w*)\b[^.;]{0,30}\bhelp|greatest|patriot\w*|wise decision|in aid|aid (?:to|for)|mobili[sz]\w* (?:\w+ )?aid|work(?:ing)? closely|strengthen\w* (?:\w+ )?(?:relations|ties|cooperation|partnership)|win-win)\b|\b(?:sent|send|sending|sends)\b[^.;]{0,40}\b(?:aid|weapons|help|teams|firefighters|rescuers|supplies|experts|doctors|equipment)\b/i;
const CONCERN =
  /\b(concerns?|concerned|dangerous escalation|code red|threat to (?:\w+ )?(?:peace|security|stability)|worr(?:y|ied|ies|ying)|alarm\w*|disturb\w*|troubl\w*|anxi\w*|dismay\w*|unease|regret\w*|shaken|shock\w*|disappoint\w*|sad(?:ness|dened|dens)?|lament\w*|griev\w*|grave(?:ly)?|devastat\w*|heartbr\w*|saddened|tragic|tragedy)\b/i;

/** " along with <name>" (the name escaped). */
export function alongWithPattern(name: string): RegExp {
  return new RegExp(`(?<!\\s)\\s+(?:along|together)\\s+with\\s+${esc(name)}`);
}

/** "I never, ever criticize a jury", "we are not happy": a negated stance word takes no stance. */
const NEGATED = /\b(?:never|not|no)(?:,?\s+ever)?,?\s+\p{L}+|n['’]t\s+\p{L}+/giu;

/**
 * The stance a statement takes, by its words: the strongest of the lexicon's stances, else (when `weighed`) the
 * valence of its words, else a claim (speech) or nothing in particular.
 */
export function stanceOf(text: string, speech: boolean, weighed = false): Stance {
  const predicate = text.replace(NEGATED, ' ');
  if (CEASEFIRE.test(predicate)) return Stance.CALL_FOR_CEASEFIRE;
  if (MEDIATION.test(predicate)) return Stance.MEDIATION_OFFER;
  if (CONDEMNATION.test(predicate) && !/\baccus\w*/i.test(predicate.split(/\s+/)[0])) return Stance.CONDEMNATION;
  if (SUPPORT.test(predicate)) return Stance.SUPPORT;
  if (CONCERN.test(predicate)) return Stance.CONCERN;
  // Words of no stance the lexicon knows: their valence, where asked (a round-up's quotes), tells praise or blame.
  const v = weighed ? valence(text) : 0;
  if (v >= VALENCE.support) return Stance.SUPPORT;
  if (v <= VALENCE.condemnation) return Stance.CONDEMNATION;
  return speech ? Stance.CLAIM : Stance.OTHER;
}

function pastTense(verb: string, hadAux: boolean): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR_PARTICIPLES[lower]) return IRREGULAR_PARTICIPLES[lower];
  if (hadAux || /ed$/.test(lower)) return lower;
  const past = (nlp(lower).verbs() as unknown as { toPastTense(): { text(): string } }).toPastTense().text();
  return past || lower;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Removes a trailing attribution (", according to X", ", X reported") and the final stop. */
function trimPredicate(p: string): string {
  return p
    .replace(/(?<![\s.!?])\s*[.!?]+["”’]?$/, (m) => (/["”’]$/.test(m) ? m.replace(/^\s*[.!?]+/, '') : ''))
    .replace(/,\s*(?:according to [^,]+|(?:the\s+)?[\p{Lu}][\p{L} ]{1,40}\s+(?:reported|reports|said|says))\s*$/u, '')
    .trim();
}

export interface SubjectParse {
  subjects: Mention[];
  verb: string;
  verbStart: number;
  hadAux: boolean;
  /**
   * The verb follows a frame that gives the response as a base form or a participle: the subjects were "among" those
   * who respond ("were among the leaders who condemned", "... the first to send"), or they "took to Twitter to" respond
   * (TOOK_TO sets it too).
   */
  among?: boolean;
}

/** A generic subject that lists its members after it: "Cricketers including ", "World leaders such as ". */
export const INCLUDING = /^(?:[\p{L}’'-]+,?\s+){1,8}?(?:including|such as|among them)\s+/u;
/** "The leaders of", "Foreign ministries of", "the governments of": the offices of the countries named after. */
export const OFFICES_OF =
  /^(?:the\s+)?(?:leaders|governments|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|foreign\s+(?:affairs\s+)?(?:ministers|ministries|offices))\s+(?:of|from)\s+(?:the\s+)?/iu;

/** A few words that describe the person named after them (no clause: no comma, no quote). */
const DESCRIBED_BY = /^(?:[\p{L}'’.-]+\s+){1,6}$/u;

/** A word of a title people hold ("secretary", "minister"), in any case; jobs ("negotiator") are PERSON_NOUN's. */
export const ROLE_WORD = new RegExp(
  `^(?:${[...new Set(ROLES.flatMap((r) => r.split(/[\\s-]+/)))].filter((w) => w.length > 3 && !/^(?:state|general|first)$/.test(w)).join('|')})$`,
  'iu',
);

/** "The head of the X, ", "President of the European Council, ": an office of a body, in apposition before the holder's name. */
const OFFICE_OF_BEFORE_NAME =
  /^(?:the\s+)?(?:(?:former|then|acting|deputy|vice|interim|executive)\s+)?(?:head|chief|president|leader|chair(?:man|woman|person)?|director(?:[- ]general)?|secretary[- ]general|secretary|spokes(?:man|woman|person)|governor|commissioner)\s+of\s+(?:the\s+)?\p{Lu}[^,;:“"]{1,80},\s+/iu;

/** Words that open a capitalised run and no organisation's name ("Several", "Monday's" is a possessive). */
const NOT_ORGANISATION_OPENING = new Set([
  ...'Several Some Many All Both Each Every Other Most Few No Any Another This That These Those Its Their His Her Our One Two Three Four Five'.split(' '),
  ...WEEKDAYS,
]);
/**
 * An organisation's name no lexicon knows, read by the word it ends with ("Australian Industry Group", "Council of
 * Europe"-like names with "of", "for", "and"): capitalised words, the last one a word organisations are named with.
 */
export const ORGANISATION_START = new RegExp(
  `^${CAP_NAME_WORD}(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?${CAP_NAME_WORD}){0,6}?\\s+(?:Group|Association|Council|Union|Federation|Chamber|Alliance|Foundation|Institute|Society|Network|Confederation|Coalition|Movement|Front|Committee|League|Forum|Trust|Caucus|Conference|Organi[sz]ation)(?=[\\s,.;:]|$)(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP_NAME_WORD}(?:\\s+${CAP_NAME_WORD}){0,3})?`,
  'u',
);

/** The words before a name end on a title ("Health Secretary ", "Chief EU negotiator ") or a possessive ("Hungary's "). */
function titleBefore(words: string): boolean {
  const last = words.trim().split(/\s+/).pop() ?? '';
  return isTitleWord(last) || ROLE_WORD.test(last) || /^\p{Lu}[\p{L}.-]*['’]s$/u.test(last);
}

/** The actor(s) at the start of the sentence (after an introductory phrase) and the verb they govern. */
export function parseSubject(sentence: string, mentions: Mention[], from = 0, lastPerson: Mention | null = null): SubjectParse | null {
  let i = from;
  for (let guard = 0; guard < 4; guard++) {
    const m = sentence.slice(i).match(INTRO);
    if (!m) break;
    i += m[0].length;
  }
  // "Cricketers including A, B and C paid tribute", "Leaders such as A and B condemned": the listed actors are the subjects.
  const including = sentence.slice(i).match(INCLUDING);
  if (including && !mentions.some((x) => x.start >= i && x.start < i + including[0].length)) i += including[0].length;
  // "The leaders of France, Germany and Italy issued", "Foreign ministries of A and B condemned": the countries speak.
  const officesOf = sentence.slice(i).match(OFFICES_OF);
  if (officesOf && mentions.some((x) => x.start === i + officesOf[0].length && x.kind === 'COUNTRY')) i += officesOf[0].length;
  const list = subjectListAt(sentence, mentions, i);
  const subjects = list.subjects;
  let pos = list.end;
  if (subjects.length === 0) {
    // "He called...", "She said...": the person named last.
    const pronoun = sentence.slice(pos).match(/^(?:he|she)\b/i);
    if (!pronoun || !lastPerson) return null;
    subjects.push(lastPerson);
    pos += pronoun[0].length;
  }
  let hadAux = false;
  let among = false;
  let bareAmong = false;
  for (let guard = 0; guard < 8; guard++) {
    const skipped = sentence.slice(pos).match(SKIP_AFTER_SUBJECT);
    const m = skipped ?? (among ? null : sentence.slice(pos).match(AMONG_RESPONDERS));
    if (!m) break;
    if (/\b(has|have|had)\b/.test(m[0])) hadAux = true;
    if (!skipped) {
      among = true;
      // ("were among the countries criticised by the UN": without "who", a participle after is passive, no response)
      bareAmong = !/\s(?:who|that|which|to)$/u.test(m[0]);
    }
    pos += m[0].length;
  }
  // ("took to Twitter to pay tribute": the infinitive is the response, as after "were among the first to")
  const tookTo = among ? null : sentence.slice(pos).match(TOOK_TO);
  if (tookTo) {
    pos += tookTo[0].length;
    among = true;
  }
  const vm = sentence.slice(pos).match(/^\s*(\p{L}+)/u);
  if (!vm || (bareAmong && !/ing$/u.test(vm[1]))) return null;
  // ("were among world leaders congratulating ...": the participle is the response, in the past as the lexicon has it)
  const verb = among && /ing$/u.test(vm[1]) ? (PARTICIPLE_PAST[vm[1].toLowerCase()] ?? `${vm[1].slice(0, -3)}ed`) : vm[1];
  return { subjects, verb, verbStart: pos + vm[0].length - vm[1].length, hadAux, among };
}

/**
 * The actors named one after another from `from` ("France, Germany and the European Union", "Health Secretary Matt
 * Hancock"): each a person after a few words of title, a body no lexicon knows by the word its name ends with, or a
 * mention; `end` is where the list stops.
 */
function subjectListAt(sentence: string, mentions: Mention[], from: number): { subjects: Mention[]; end: number } {
  const subjects: Mention[] = [];
  let pos = from;
  // "Former Derby County captain Dave Mackay lauded ...", "Health Secretary Matt Hancock told ...", "Hungary's Viktor
  // Orban hailed ...": a person after a few words of job or title, or after a possessive.
  const described = (p: number) =>
    mentions.find(
      (x) =>
        x.kind === 'PERSON' &&
        x.start > p &&
        x.start - p <= 60 &&
        DESCRIBED_BY.test(sentence.slice(p, x.start)) &&
        // (or the person was read with the title: "IOC |President Thomas Bach|", "Federal |health minister Greg Hunt|")
        (PERSON_NOUN.test(sentence.slice(p, x.start)) ||
          titleBefore(sentence.slice(p, x.start)) ||
          (x.text !== x.name && x.text.endsWith(x.name) && x.start - p <= 30)),
    );
  const at = (p: number) => {
    const lead = sentence.slice(p).match(/^(?:(?:the|its|his|her|their)\s+)?/i)![0];
    // "The head of the African Union Commission, Moussa Faki Mahamat, expressed": the person after the office's apposition.
    const office = sentence.slice(p).match(OFFICE_OF_BEFORE_NAME);
    if (office) {
      const person = mentions.find((x) => x.kind === 'PERSON' && x.start === p + office[0].length && /^\s*,/u.test(sentence.slice(x.end)));
      if (person) return person;
    }
    const first = mentions.find((x) => (x.start === p || x.start === p + lead.length) && x.kind !== 'OUTLET');
    // "The Australian Industry Group, a key representative of manufacturers, has welcomed": an organisation no lexicon
    // knows, by the word its name ends with; past a country its name opens with ("The Kenya Red Cross Society").
    const org = sentence.slice(p + lead.length).match(ORGANISATION_START);
    if (org && (!first || (first.kind === 'COUNTRY' && first.end < p + lead.length + org[0].length))) {
      const start = p + lead.length;
      // ("Eurasia Group president Ian Bremmer welcomed": the person the organisation and the title describe)
      const person = described(p);
      if (person && person.start >= start + org[0].length) return person;
      const inside = mentions.filter((x) => x.start >= start && x.start < start + org[0].length);
      // (not a list, "the United States and the European Union", nor an office, "President of the X Association")
      const listed = inside.some((x) => x.start > start || /^\s+and\s/u.test(sentence.slice(x.end)));
      // (nor a possessive's, "Australia's Industry Group", nor a run a determiner opens, "Several Conference delegates")
      const opening = org[0].split(/\s+/)[0];
      const possessive = /['’]s\s/u.test(org[0]);
      if (!listed && !possessive && !NOT_ORGANISATION_OPENING.has(opening) && !isTitleWord(opening) && !ROLE_WORD.test(opening))
        return orgMention(org[0], start, start + org[0].length);
    }
    // ("EU negotiator Michel Barnier", "Hungary's Viktor Orban": the body or the country qualifies the person)
    if (first && first.kind !== 'PERSON') {
      const person = described(p);
      if (person && person.start >= first.end) return person;
    }
    return first ?? described(p);
  };
  for (;;) {
    const m = at(pos);
    if (!m) break;
    subjects.push(m);
    pos = m.end;
    const conj = sentence.slice(pos).match(/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?\p{Lu})/u);
    if (!conj || !at(pos + conj[0].length)) break;
    pos += conj[0].length;
  }
  return { subjects, end: pos };
}

export function reactionsOf(sentence: string, mentions: Mention[], attribution: Attribution, lastPerson: Mention | null = null): ReactionFound[] {
  const out = reactionsFrom(sentence, mentions, attribution, lastPerson, 0);
  // "..., and the United States said it would send experts": a second actor in a coordinated clause.
  for (const m of allMatches(sentence, /(?:,\s+(?:and|but|while)|;)\s+/g)) {
    const at = m.index! + m[0].length;
    for (const r of reactionsFrom(sentence, mentions, attribution, null, at, true)) {
      if (!out.some((o) => o.actor.name === r.actor.name && o.stance === r.stance)) out.push(r);
    }
  }
  for (const r of listedResponses(sentence, mentions, attribution)) if (!out.some((o) => o.actor.name === r.actor.name)) out.push(r);
  return out;
}

/**
 * "Condemnation also came from the United States, Australia and Japan", "Messages of condolence poured in from A and
 * B": the response is a noun that opens the sentence, its actors are listed after "from" (no comma between the noun
 * and "came": "Condemnation was swift, and the aid came from A" is no response of A). Not bare "support", which is
 * as often money or arms ("Financial support for the project came from A").
 */
export const RESPONSE_FROM =
  /^(?:(?:meanwhile|however|but|and|also|elsewhere|internationally),?\s+)?((?:the\s+)?(?:condemnation|criticism|condolences|praise|congratulations|tributes|sympathy|solidarity|messages?\s+of\s+\p{L}+|calls?\s+for\s+[^,.;]{1,40}?)\b[^,.;:“”"]{0,60}?)\s+(?:also\s+|quickly\s+|swiftly\s+|soon\s+)?(?:came|poured\s+in|flowed\s+in|flooded\s+in|arrived)\s+(?:in\s+)?from\s+/iu;
/**
 * "Among the leaders who extended their condolences were A, B and C", "Others who condemned the arrest include A and
 * B": the clause after "who" is the response when it opens with a verb of response (not "who were condemned by the
 * UN", "who the rebels criticised", "that have faced criticism"); its actors are listed after the verb.
 */
export const AMONG_WHO =
  /^(?:(?:meanwhile|however|also),\s+)?(?:among\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:leaders|countries|nations|governments|those|officials|figures|politicians|dignitaries)|(?:the\s+)?others)\s+(?:who|that|which)\s+([^,;:“”"]{3,120}?)\s+(?:were|are|was|is|include|included|includes)\s+/iu;
/** The verb that opens an "among ... who" clause, after its auxiliaries and adverbs. */
const CLAUSE_VERB = /^(?:(?:have|has|had|also|all|quickly|swiftly|publicly|strongly|openly)\s+)*(\p{L}+)/iu;
/** What may follow a list of responders at the sentence's end: "among others", when or where, the full stop. */
const LIST_ENDS = /^(?:\s*,\s*among\s+others)?(?:(?:\s*,)?\s+(?:on|in|at|over|last|this|earlier|later)\s+[^,.;:“”"]{1,40})?(?:\s*[.!])?\s*$/iu;
/** A clause after the list: "..., and the United States stayed silent", "..., Tomas Reyk said". */
const CLAUSE_AFTER_LIST = /^\s*,\s*(?:(?:and|but|while|as|though|although|whereas)\s|[^,.;:“”"]{1,60}?\s(?:said|says|told|added|noted|reported)\b)/iu;

/**
 * The responders of a list read from `from`: the whole list when the sentence ends after it, else the names before a
 * clause that follows it ("from A and B, and C stayed silent": A and B; "from A and B, X said": A and B), else none.
 */
function respondersListed(sentence: string, mentions: Mention[], from: number): Mention[] {
  const { subjects } = subjectListAt(sentence, mentions, from);
  if (subjects.length > 0 && LIST_ENDS.test(sentence.slice(subjects[subjects.length - 1].end))) return subjects;
  for (let k = subjects.length - 1; k > 0; k--) if (CLAUSE_AFTER_LIST.test(sentence.slice(subjects[k - 1].end))) return subjects.slice(0, k);
  return [];
}

/** A state body that takes a stance speaks for its country ("South African Foreign Ministry" -> South Africa). */
const countryOf = (body: Mention, country: string): Mention => ({ ...body, kind: 'COUNTRY', name: country });

/** The actors of a response a noun or an "among ... who" clause names, listed after it (RESPONSE_FROM, AMONG_WHO). */
function listedResponses(sentence: string, mentions: Mention[], attribution: Attribution): ReactionFound[] {
  let response: string;
  let at: number;
  const from = sentence.match(RESPONSE_FROM);
  if (from) {
    // ("The criticism that came from France surprised X": the noun's own clause)
    if (/\b(?:that|which|who)\b/iu.test(from[1])) return [];
    response = from[1];
    at = from.index! + from[0].length;
  } else {
    const among = sentence.match(AMONG_WHO);
    if (!among) return [];
    const verb = among[1].match(CLAUSE_VERB)!;
    const word = verb[1].toLowerCase();
    response = among[1].slice(verb[0].length - verb[1].length);
    const extended = /^extend(?:ed|s)$/.test(word) && EXTENDED_RESPONSE.test(response);
    if (!REACTION_VERBS.has(word) && !extended) return [];
    at = among.index! + among[0].length;
  }
  const stance = stanceOf(response, false);
  if (takesNoStance(stance)) return [];
  const actors: Mention[] = [];
  for (const a of respondersListed(sentence, mentions, at)) {
    if (a.kind === 'OUTLET') continue;
    if (a.kind !== 'BODY') actors.push(a);
    else if (a.country) actors.push(countryOf(a, a.country));
  }
  // (the sentence is the summary: "Condemnation." alone would say little)
  const summary = sentence.trim().replace(/\s+/g, ' ');
  return actors.map((actor) => ({ actor, stance, summary, source: attribution.outlets[0] ?? null }));
}

function reactionsFrom(
  sentence: string,
  mentions: Mention[],
  attribution: Attribution,
  lastPerson: Mention | null,
  from: number,
  clause = false,
): ReactionFound[] {
  const source = attribution.outlets[0] ?? null;
  let parse = parseSubject(sentence, mentions, from, lastPerson);
  if (clause && (!parse || parse.subjects[0].start > from + 4)) return [];
  // "BBC reported that X said ...": read the reported clause.
  if (!parse && !clause) {
    const outletLead = sentence.match(/^(?:[^,]{0,40},\s+)?(?:the\s+)?[\p{Lu}][\p{L} ]{1,40}?\s+(?:reported|reports|said|says|quoted)\s+that\s+/u);
    if (outletLead) parse = parseSubject(sentence, mentions, outletLead[0].length);
  }
  if (!parse) return [];
  let verb = parse.verb.toLowerCase();
  // ("extended his congratulations": a response; "extended the deadline", "extended sanctions": none)
  const extended = /^extend(?:ed|s)$/.test(verb) && EXTENDED_RESPONSE.test(sentence.slice(parse.verbStart));
  // ("issued a statement expressing regret", "released a joint statement saying ...": the statement is the response)
  const issued = /^(?:issued|released)$/.test(verb) && STATEMENT_ISSUED.test(sentence.slice(parse.verbStart));
  const plural = (parse.subjects.length >= 2 || parse.among === true) && pluralResponse(verb, sentence.slice(parse.verbStart + parse.verb.length));
  if (!REACTION_VERBS.has(verb) && !extended && !issued && !plural) {
    // "has about 1,500 troops in Niger and condemned the coup": the response is the coordinated verb.
    const rest = sentence.slice(parse.verbStart).split(/[;:]/)[0];
    const co = allMatches(rest, /\band\s+(?:also\s+)?(\p{L}+)/gu).find((m) => REACTION_VERBS.has(m[1].toLowerCase()) && /ed$|^(?:said|sent|spoke)$/.test(m[1]));
    if (!co) return aidSent(sentence.slice(parse.verbStart), parse.subjects, source);
    verb = co[1].toLowerCase();
    parse = { ...parse, verb: co[1], verbStart: parse.verbStart + co.index! + co[0].length - co[1].length };
  }
  const predicate = trimPredicate(sentence.slice(parse.verbStart));
  if (/\b(each other|one another)\b/i.test(predicate)) return [];
  const speech = SPEECH_SET.has(verb) || issued;
  // What others made of it (", remarks that drew criticism") is not the actor's stance.
  const own = predicate.split(/,\s+(?:remarks|comments|a move|a decision|words|statements|a step)\b|,\s+which\b/)[0];
  const stance = stanceOf(own, speech);
  const partisan = /^(?:accused|accuses|denied|denies|blamed|blames|rejected|rejects|dismissed|dismisses)$/.test(verb);
  // An institution stating facts is cited, not a reacting actor.
  const institution = (m: Mention) => m.kind === 'ORG' && m.org && !m.org.party && !partisan && takesNoStance(stance);
  const out: ReactionFound[] = [];
  const actors = parse.subjects.filter((s) => s.kind !== 'BODY' && !institution(s));
  // A state body stating facts is a cited source, not a reaction; taking a stance or denying, it speaks for its country.
  for (const s of parse.subjects.filter((x) => x.kind === 'BODY')) {
    if ((partisan || !takesNoStance(stance)) && s.country) actors.push(countryOf(s, s.country));
  }

  const coActor = predicate.match(/(?<!\s)\s+(?:along|together)\s+with\s+(?:the\s+)?/);
  let coMention: Mention | null = null;
  if (coActor) {
    const at = parse.verbStart + coActor.index! + coActor[0].length;
    coMention = mentions.find((m) => m.start === at || m.start === at - 4) ?? null;
  }
  const [verbWord, ...restWords] = predicate.split(/\s+/);
  const verbPast = pastTense(verbWord, parse.hadAux);
  const rest = restWords.join(' ').replace(/^that\s+/i, speech ? '' : 'that ');
  const summary = `${cap(verbPast)}${rest ? ` ${rest}` : ''}.`;
  for (const a of actors) out.push({ actor: a, stance, summary, source });
  if (coMention && coMention.kind !== 'OUTLET' && actors.length > 0) {
    const without = rest.replace(alongWithPattern(coMention.text), '');
    const main = actors.map((a) => a.name).join(' and ');
    out.push({ actor: coMention, stance, summary: `${cap(verbPast)}, with ${main}, ${without}.`, source });
  }
  return out;
}

/**
 * "extended his warmest congratulations", "extends its condolences", "extended his message of condolence": "extend"
 * whose object is a response.
 */
const EXTENDED_RESPONSE =
  /^extend(?:ed|s)\s+(?:(?:his|her|its|their|our|my|the|a|an|warm|warmest|deep|deepest|heartfelt|heartiest|sincere|sincerest|best|full|profound)\s+){0,3}(?:congratulations|condolences|sympath(?:y|ies)|support|greetings|felicitations|prayers|wishes|solidarity|gratitude|thanks|messages?\s+of\s+(?:condolences?|congratulations?|support|solidarity|sympathy)|congratulatory\s+messages?)\b/iu;

/** "issued a statement expressing regret", "released a joint statement on Monday saying": a statement that responds. */
export const STATEMENT_ISSUED = new RegExp(
  `^(?:issued|released)\\s+(?:(?:an?|its|their|the)\\s+)?(?:(?:joint|brief|separate|short|official|public|strong(?:ly)?[- ]worded)\\s+){0,2}statements?\\s+(?:on\\s+(?:${WEEKDAYS.join('|')})\\s*)?,?\\s*(?:expressing|condemning|welcoming|voicing|calling|urging|saying|offering|extending|denouncing|deploring|praising|congratulating|supporting)\\b`,
  'u',
);

/** "India has already begun sending relief", "China flew in rescue teams": a country that sends aid supports. */
const AID_SENT =
  /^(?:[\p{L}-]+\s+){0,3}?(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?|deliver(?:s|ed|ing)?|fl(?:ew|own|ies|ying))\s+(?:in\s+|out\s+)?(?:[\p{L}\d,-]+\s+){0,4}?(?:aid|relief|rescuers|rescue teams?|supplies|medical teams?|doctors|troops to help|humanitarian assistance)\b/iu;

function aidSent(predicate: string, subjects: Mention[], source: Mention | null): ReactionFound[] {
  if (!AID_SENT.test(predicate)) return [];
  const summary = `${cap(trimPredicate(predicate))}.`;
  return subjects.filter((s) => s.kind === 'COUNTRY').map((actor) => ({ actor, stance: Stance.SUPPORT, summary, source }));
}

/** "according to <actor>, <clause>": a claim by the actor. */
export function accordingToActor(sentence: string, mentions: Mention[]): { actor: Mention; clause: string } | null {
  for (const m of mentions) {
    if (m.kind === 'OUTLET') continue;
    const before = sentence.slice(Math.max(0, m.start - 25), m.start);
    if (!/according to\s+(?:the\s+)?$/i.test(before)) continue;
    const after = sentence.slice(m.end);
    const comma = after.match(/^\s*,\s*/);
    if (comma) return { actor: m, clause: trimPredicate(after.slice(comma[0].length)) };
    const head = sentence.slice(0, Math.max(0, m.start - before.length)).replace(/^.*\bthat\s+/i, '');
    return { actor: m, clause: trimPredicate(head.replace(/,\s*according to\s*$/i, '')) };
  }
  return null;
}

// ——— figures ———

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const SCALE: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, k: 1e3 };
const NOUNS =
  'people|persons|soldiers|troops|servicemen|service members|civilians|fighters|militants|protesters|protestors|demonstrators|children|migrants|refugees|residents|workers|patients|officers|police officers|casualties|deaths|dead|bodies|marchers|participants|voters';
export const FIGURE_RE = new RegExp(
  `(?<![\\d.,])((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s*(million|billion|thousand|bn|m|k)\\b)?\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${NOUNS})\\b`,
  'giu',
);
const OUTCOMES: [RegExp, string][] = [
  [/\b(killed|died|dead|deaths?|lost their lives|death toll|perished)\b/i, 'killed'],
  [/\b(wounded|injured|hurt)\b/i, 'injured'],
  [/\b(displaced|fled|evacuated|forced from their homes)\b/i, 'displaced'],
  [/\b(arrested|detained|were held|been held|being held)\b/i, 'detained'],
  [/\b(missing)\b/i, 'missing'],
  [/\b(marched|took part|joined|attended|turned out|protested|rallied|demonstrated|took to the streets)\b/i, 'took part'],
];

export interface FigureInSentence {
  value: number;
  unit: string;
  outcome: string;
  noun: string;
}

export function figuresIn(clause: string): FigureInSentence[] {
  const out: FigureInSentence[] = [];
  for (const m of allMatches(clause, FIGURE_RE)) {
    const raw = m[1].toLowerCase();
    let value = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    if (m[2]) value *= SCALE[m[2].toLowerCase()];
    const tail = clause.slice(m.index! + m[0].length, m.index! + m[0].length + 90);
    const head = clause.slice(Math.max(0, m.index! - 30), m.index!).replace(/^.*[,;]/, '');
    const noun = m[4].toLowerCase();
    const found = OUTCOMES.find(([re]) => re.test(tail) || re.test(noun) || re.test(head));
    if (!found || !Number.isFinite(value)) continue;
    // "in 2020" is a year, not a count.
    if (!m[2] && value >= 1900 && value <= 2100 && !/,/.test(m[1])) continue;
    out.push({ value, unit: noun === 'dead' || noun === 'deaths' ? 'people' : noun, outcome: found[1], noun });
  }
  return out;
}
