// parseExplainer: plain text in, an explainer as data out (no database). Every quote is a slice of the text,
// every citation excerpt one of its sentences, and the section bodies hold every paragraph in order.
import { ActorKind, ArticleStatus, SLUG, SourceKind, Stance } from './vocabulary';
import { BadUserInputError } from '../common/errors';
import type { ActorInput, ContestedFigureInput, ExplainerSectionInput, SourceInput } from '../modules/articles/explainer-input';
import type { ExplainerDraft, ImportWarning, ParseOptions, SpeakerStep } from './types';
import { checkText, kebab, OUTRAGE_HEADLINE, readLayout, ROUNDUP_HEADLINE } from './layout';
import { blocksToText, detectFormat, INPUT_FORMATS, readBlocks } from './blocks';
import { splitSentences, type Sentence } from './sentences';
import nlp from 'compromise';
import {
  capitalWords,
  esc,
  findMentions,
  givenName,
  headlineCase,
  isTitleWord,
  type NamedBody,
  namedOnceSpeakers,
  orgMention,
  particlesLowered,
  readableCase,
  withoutTitles,
  type Mention,
  type PersonRecord,
} from './mentions';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, type Outlet } from './lexicon';
import { attributionOf, figuresIn, parseSubject, quotesOf, reactionsOf, accordingToActor } from './extract';
import { namesFromByline } from './bylines';
import { citationsOf, companyByText, INSTITUTION_WORD, partyToStory, sourceMemory, type SourceFound, withItsCountry, wordPattern } from './citations';
import { headingActorStance, reactionsBySection, STANCE_ORDER } from './reactions';
import { judged, modelStance, stanceFeatures } from './stance-model';
import { fullerName, OUTLET_LIKE, SpeakerResolver } from './resolve-speakers';
import { quoteSpans } from './quote-spans';
import { maskQuotes } from './quote-mask';
import { ANAPHOR_CLAUSE, isObject, OUTLET_NAME_WORD } from './speakers';
import { followedToEnd, fullNameOf } from './full-names';
import { allMatches } from './matches';

/**
 * The resolver steps whose speakers are flagged for an editor to check (`QUOTE_SPEAKER_INFERRED`): on text the
 * project had never seen, scored before anyone looked (the batches joined as d532...d723, at the code of the day),
 * about one speaker in six they gave was wrong (pronoun 49 right and 10 wrong, continued 17 and 3, "the company
 * said" 5 and 1, a role 1 and 1), against one in twenty for a speaker named in the quote's own sentence.
 */
const INFERRED_STEPS = new Map<SpeakerStep, string>([
  ['pronoun', 'a pronoun ("he said")'],
  ['continued', 'the speaker of the quotes before'],
  ['anaphor', 'a body referred back to ("it said")'],
  ['role', 'a title ("the president said")'],
]);

/** A quote's first 60 characters, for a warning. */
const opening = (quote: string) => `${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''}`;

/** The verbs by which a sentence gives its words' origin ("...," the ministry said / stated / told Reuters). */
const ATTRIBUTION_VERB = /\b(?:said|says|told|tells|stated|states|added|adds|wrote|writes|according to|read|reads)\b/;

interface Unit {
  section: number;
  /** Order of the paragraph in the whole text. */
  paragraph: number;
  sentence: Sentence;
  mentions: Mention[];
  /** Order of the sentence in the whole text. */
  order: number;
}

interface Claim {
  section: number;
  order: number;
  side: Mention;
  statedBy: Mention | null;
  source: Mention | null;
  value: number;
  unit: string;
  noun: string;
  outcome: string;
  excerpt: string;
}

export function parseExplainer(text: string, options: ParseOptions = {}): ExplainerDraft {
  checkText(text);
  if (options.slug != null && (!SLUG.test(options.slug) || options.slug.length > 120)) {
    throw new BadUserInputError('slug: lower-case letters, digits and single dashes, at most 120 characters', { reason: 'BAD_SLUG', argument: 'slug' });
  }
  if (options.format !== undefined && !INPUT_FORMATS.includes(options.format)) {
    throw new BadUserInputError(`format: one of ${INPUT_FORMATS.join(', ')}`, { reason: 'BAD_FORMAT', argument: 'format' });
  }
  const format = options.format ?? detectFormat(text);
  const doc = format === 'text' ? null : readBlocks(text, format);
  const layout = readLayout(doc ? blocksToText(doc) : text, options.referenceDate ?? new Date(), options.onHeadingCandidate, options.headingModel);
  const warnings: ImportWarning[] = [...layout.warnings];

  const units: Unit[] = [];
  let paragraphs = 0;
  const paragraphText = [''];
  layout.sections.forEach((s, si) => {
    for (const p of s.paragraphs) {
      paragraphs++;
      paragraphText.push(p);
      for (const sentence of splitSentences(p)) units.push({ section: si, paragraph: paragraphs, sentence, mentions: [], order: units.length });
    }
  });

  // Pass 1: the people the text names, with the best title it gives them, so that "Blinken said" resolves, and
  // the country it is mostly about.
  const { all: acronyms, bracketed } = acronymsOf(layout.sections.flatMap((s) => s.paragraphs));
  const people = new Map<string, PersonRecord>();
  const countries = new Map<string, number>();
  // Headings too: a round-up names its actor in full only there ("US President Barack Obama"), then "Obama said".
  const capitals = capitalWords(units.map((u) => u.sentence.text));
  const readable = (heading: string) => readableCase(heading, capitals);
  const headings = layout.sections.flatMap((s) => (s.heading ? [readable(s.heading)] : []));
  // Outlets the text introduces by what they are ("the newspaper Dagbladet"), known in every sentence after.
  const outlets = new Map<string, Outlet>();
  for (const [i, text] of [...headings, ...units.map((u) => u.sentence.text)].entries()) {
    for (const m of findMentions(text, { people: new Map(), acronyms, home: null })) {
      if (m.kind === 'OUTLET' && i >= headings.length && m.outlet && m.outlet.url === null && !outlets.has(m.name) && m.name.length >= 2)
        outlets.set(m.name, m.outlet);
      if (m.kind === 'COUNTRY') countries.set(m.name, (countries.get(m.name) ?? 0) + 1);
      if (m.kind !== 'PERSON') continue;
      // "Emergency Management Minister Bowinn Ma" is Bowinn Ma: titles the person finder kept in the name go.
      const bare = withoutTitles(m.name);
      const name = bare !== m.name && bare.includes(' ') ? bare : m.name;
      const known = people.get(name);
      if (!known || (!known.title && m.title)) people.set(name, { name, title: m.title ?? null, country: m.country });
    }
  }
  // "“…,” Raila said" after "Raila Odinga" in a sentence no finder read a person in.
  const nameWords = new Set([...people.values()].flatMap((p) => p.name.split(' ')));
  for (const name of namedOnceSpeakers(units.map((u) => u.sentence.text).join('\n'), nameWords))
    if (!people.has(name)) people.set(name, { name, title: null, country: null });
  mergeSurnames(people);
  // Names shaped like people's that the text treats as companies ("Novo Nordisk said it …", "shares of Western
  // Digital", "drugmaker Novo Nordisk"): organisations, not persons.
  const companies = new Set([...people.keys()].filter((name) => !people.get(name)!.title && companyByText(name, text)));
  for (const name of companies) people.delete(name);
  /** A person mention with the name, title and country pass 1 recorded for it (as it stands when none was). */
  const withRecord = (m: Mention): Mention => (people.has(m.name) ? { ...m, ...pick(people.get(m.name)!) } : m);
  const total = [...countries.values()].reduce((a, b) => a + b, 0);
  const [top] = [...countries.entries()].sort((a, b) => b[1] - a[1]);
  const home = top && top[1] / total >= 0.5 ? top[0] : null;
  // A body of a state the headline names ("We Will Respond To New U.S. Sanctions – Russian Foreign Ministry"): the
  // text's "the foreign ministry" is that one, whatever country the text mostly names (a round-up's bodies in its
  // paragraphs are each a country's, so only the headline's).
  const headlineLine = options.headline ?? layout.headlineLine;
  const namedBodies: NamedBody[] = headlineLine
    ? findMentions(readable(headlineLine), { people: new Map(), acronyms, home: null }).flatMap((m) =>
        m.kind === 'BODY' && m.country ? [{ name: m.name, country: m.country }] : [],
      )
    : [];
  for (const u of units) {
    // ("IAN WADDELL, UNITE NATIONAL OFFICER, SAID:": a line in capitals that leads into a quote is read in a readable
    // case, of the same length)
    const caps = !/\p{Ll}/u.test(u.sentence.text) && /\p{Lu}{3}/u.test(u.sentence.text) && /:\s*$/u.test(u.sentence.text) && !/[“”"]/u.test(u.sentence.text);
    u.mentions = findMentions(caps ? readable(u.sentence.text) : u.sentence.text, { people, acronyms, home, outlets, bodies: namedBodies }).map((m): Mention =>
      m.kind === 'PERSON' && people.has(m.name) ? withRecord(m) : m.kind === 'PERSON' && companies.has(m.name) ? orgMention(m.name, m.start, m.end, m.text) : m,
    );
  }
  // "the Food and Drug Administration said" in a text that names the "US Food and Drug Administration": one body,
  // named as the text names it in full.
  const bodies = new Set(units.flatMap((u) => u.mentions.filter((m) => m.kind === 'ORG' || m.kind === 'BODY').map((m) => m.name)));
  const fuller = new Map<string, string>();
  for (const name of bodies) {
    const longer = [...bodies].filter((l) => l.endsWith(` ${name}`) && countryPrefix(l.slice(0, -name.length - 1)));
    if (longer.length === 1) fuller.set(name, longer[0]);
  }
  if (fuller.size > 0)
    for (const u of units) u.mentions = u.mentions.map((m) => (fuller.has(m.name) && m.kind !== 'PERSON' ? { ...m, name: fuller.get(m.name)! } : m));

  // Registries: actors and sources in order of first mention; actors are kept when used or named with a title.
  const firstSeen = new Map<string, number>();
  const actorOf = new Map<string, ActorInput>();
  for (const u of units) {
    for (const m of u.mentions) {
      if (m.kind === 'OUTLET' || m.kind === 'BODY') continue;
      if (!firstSeen.has(m.name)) firstSeen.set(m.name, u.order * 1000 + m.start);
      if (!actorOf.has(m.name)) actorOf.set(m.name, toActor(m));
    }
  }
  const usedActors = new Set<string>([...people.values()].filter((p) => p.title).map((p) => p.name));
  const sources = new Map<string, SourceInput & { seen: number }>();
  const useSource = (m: Mention | null, order: number): string | null => {
    if (!m) return null;
    if (!sources.has(m.name)) {
      const kind = m.kind === 'OUTLET' ? m.outlet!.kind : m.kind === 'BODY' ? SourceKind.GOVERNMENT : SourceKind.OTHER;
      sources.set(m.name, { name: m.name, kind, url: m.outlet?.url ?? null, seen: order });
    }
    return m.name;
  };
  const useFound = (f: SourceFound, order: number): string => {
    if (!sources.has(f.name)) sources.set(f.name, { name: f.name, kind: f.kind, url: f.url, seen: order });
    return f.name;
  };
  const memory = sourceMemory(text, people.keys(), home);
  /** State bodies that speak, by name, with their country: their stance is the country's. */
  const stateBodies = new Map<string, string>();
  const useActor = (m: Mention): string => {
    if (m.kind === 'BODY' && m.country) stateBodies.set(m.name, m.country);
    if (!actorOf.has(m.name)) {
      actorOf.set(m.name, toActor(m));
      firstSeen.set(m.name, Number.MAX_SAFE_INTEGER);
    }
    usedActors.add(m.name);
    return m.name;
  };

  const sections: ExplainerSectionInput[] = layout.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    body: s.paragraphs.join('\n\n'),
    citations: [],
    quotes: [],
    reactions: [],
  }));

  // Figure statements first: a statement that becomes one side of a contested figure is not also a reaction.
  const claims: Claim[] = [];
  for (const u of units) {
    const claim = figureClaim(u);
    if (claim) claims.push(claim);
  }
  const figures = new Map<number, ContestedFigureInput[]>();
  const consumed = new Set<number>();
  for (const [si] of layout.sections.entries()) {
    const inSection = claims.filter((c) => c.section === si);
    for (const outcome of [...new Set(inSection.map((c) => c.outcome))]) {
      const group: Claim[] = [];
      for (const c of inSection.filter((x) => x.outcome === outcome)) if (!group.some((g) => g.side.name === c.side.name)) group.push(c);
      if (group.length < 2 || new Set(group.map((g) => g.value)).size < 2) continue;
      const noun = group[0].noun === 'dead' || group[0].noun === 'deaths' ? 'people' : group[0].noun;
      const list = figures.get(si) ?? [];
      list.push({
        claim: `${noun} ${outcome}`,
        claims: group.map((c) => {
          consumed.add(c.order);
          return {
            claimant: useActor(c.side),
            statedBy: c.statedBy ? useActor(c.statedBy) : null,
            value: c.value,
            unit: c.unit,
            source: useSource(c.source, c.order),
            excerpt: c.excerpt,
          };
        }),
      });
      figures.set(si, list);
    }
  }

  // Round-up headings that name an actor ("US President Joe Biden", "Kofi Annan, Secretary general"): quotes
  // below them without a named speaker are that actor's.
  const headingActor = layout.sections.map((s) => {
    if (!s.heading || s.heading.endsWith('?') || words(s.heading) > 16) return null;
    const heading = readable(s.heading);
    const mentions = findMentions(heading, { people, acronyms, home });
    const label = labelPerson(heading, mentions);
    if (label) return label;
    if (words(s.heading) > 10) return null;
    // ("Christophe Ingrain, Sarkozy’s lawyer": a possessive in the title names whom the person works for)
    const all = mentions.filter((m, i) => (m.kind === 'PERSON' || m.kind === 'ORG' || m.kind === 'BODY') && !(i > 0 && /^['’]s\b/u.test(heading.slice(m.end))));
    // "Ban Ki-moon, secretary general of the United Nations": the person first, the body only in the title after.
    // "Supreme Court Justice Sonia Sotomayor": one person, a body only in the title before the name.
    const persons = all.filter((m) => m.kind === 'PERSON');
    const titled =
      persons.length === 1 &&
      all.every((m) => m === persons[0] || (m.end <= persons[0].start && /^[\s\p{Lu}\p{Ll}.'’-]*$/u.test(heading.slice(m.end, persons[0].start))))
        ? persons
        : null;
    const lead =
      titled ?? (all[0]?.kind === 'PERSON' && all.slice(1).every((m) => m.kind !== 'PERSON' && /,/.test(heading.slice(all[0].end, m.start))) ? [all[0]] : all);
    if (lead.length !== 1) return null;
    const m = lead[0];
    const rest = (heading.slice(0, m.start) + heading.slice(m.end)).replace(/[\s,]+/g, ' ').trim();
    // The heading is the actor, perhaps with a title ("..., EU foreign policy chief"): no verb ("World pays tribute
    // as X dies" is about X, not X speaking; a hyphenated title, "president-elect", and the "United" of a name are none), short.
    return words(rest) <= 8 &&
      !/\b(?:is|are|was|were|has|have|will|says?|said)\b/i.test(rest) &&
      (nlp(rest).verbs().out('array') as string[]).every((v) => v.includes('-') || v === 'United' || titleQualifier(v, heading))
      ? withRecord(m)
      : null;
  });

  /**
   * A round-up's label line, a person's name and after a comma what they are: "Mohamed Adow, Senior Climate Advisor,
   * Christian Aid", "Republican Chris Smith, Chairman of the U.S. Congressional-Executive Commission on China (CECC)",
   * "Richard Hunter, Head of Equities at Hargreaves Lansdown Stockbrokers". At most two capitalised words before the
   * name, no verb of being or saying after it (sixteen words at most, checked by the caller); the name may be the
   * first of several mentions (`found`, the heading's).
   */
  function labelPerson(heading: string, found: Mention[]): Mention | null {
    const all = [...found];
    // ("Catherine West, British Minister for the Indo-Pacific": a first name and a surname the finder cannot read as
    // one, before the comma, are a person's name)
    const named = heading.replace(/(?<=\p{Lu})\p{Lu}+/gu, (w) => w.toLowerCase()).match(/^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s/u);
    if ((!all[0] || all[0].start > 0) && named && givenName(named[1].split(/\s+/)[0]) && !named[1].split(/\s+/).some((w) => isTitleWord(w)))
      all.unshift({ kind: 'PERSON', start: 0, end: named[1].length, text: named[1], name: named[1], country: null });
    const first = all[0];
    if (!first || first.kind !== 'PERSON') return null;
    const at = heading.indexOf(first.name, first.start);
    const nameEnd = at >= first.start && at < first.end ? at + first.name.length : first.end;
    const before = heading.slice(0, first.start).trim();
    const after = heading.slice(nameEnd);
    if (!/^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?$/u.test(before) || !/^\s*,\s*\S/u.test(after)) return null;
    // (", SAID:" closing the label leads into the quote; a verb inside makes it a sentence)
    if (/\b(?:is|are|was|were|has|have|had|will|would|says?|said|tells?|told)\b/iu.test(after.replace(/,\s*(?:said|says)\s*:?\s*$/iu, ''))) return null;
    // ("Former Man Utd, Liverpool and England Striker Michael Owen": a person's name, first name first, ending the line
    // is the one it names)
    const last = all[all.length - 1];
    if (last !== first && last.kind === 'PERSON' && /^\s*$/u.test(heading.slice(last.end)) && givenName(last.name.split(/\s+/)[0])) return null;
    return withRecord(first);
  }

  /** "State" in "State Rep. Leslie Herod" is no verb: a capitalised word right before a title word. */
  function titleQualifier(verb: string, heading: string): boolean {
    const words = heading.split(/\s+/);
    const i = words.indexOf(verb);
    return /^\p{Lu}/u.test(verb) && i >= 0 && i + 1 < words.length && isTitleWord(words[i + 1]);
  }

  const headingPerson = layout.sections.map((s) => {
    const persons = s.heading ? findMentions(readable(s.heading), { people, acronyms, home }).filter((m) => m.kind === 'PERSON') : [];
    return persons.length === 1 ? withRecord(persons[0]) : null;
  });
  const nameLines = layout.sections.map((_, si) => nameLine(si));
  const resolver = new SpeakerResolver(
    people,
    units,
    headingActor,
    (si) => signOffOf(si),
    headingPerson,
    nameLines,
    layout.sections.map((_, si) => entryName(si)),
  );
  /** The person a heading opens a round-up's entry with: the name alone or before a colon ("Nicola Sturgeon: Promises broken …"). */
  function entryName(si: number): Mention | null {
    const person = nameLines[si];
    const line = readable(layout.sections[si]?.heading ?? '');
    const rest = person && line.includes(person.text) ? line.slice(line.indexOf(person.text) + person.text.length).trim() : null;
    return person && (rest === '' || rest?.startsWith(':')) ? person : null;
  }
  /** The person a heading is the name line of ("Presiding Bishop Ann Velden"; not "Tributes for Ann Velden"): title words at most before the name. */
  function nameLine(si: number): Mention | null {
    const person = headingPerson[si];
    const heading = layout.sections[si]?.heading;
    if (!person || !heading) return null;
    const line = readable(heading);
    const at = line.indexOf(person.text);
    const lead = (at >= 0 ? line.slice(0, at) : line).trim().split(/\s+/).filter(Boolean);
    return lead.every((w) => isTitleWord(w) || /^\p{Lu}/u.test(w)) && !/[,:]\s*\S/u.test(line.slice(0, Math.max(0, at))) ? person : null;
  }
  function signOffOf(si: number): Mention | null {
    // "Javier Solana, EU foreign policy chief" on its own line after a quote: a sign-off the layout read as the
    // heading of an empty section.
    const next = layout.sections[si + 1];
    if (!next?.heading || next.paragraphs.length > 0 || words(next.heading) > 12) return null;
    const line = readable(next.heading);
    const persons = findMentions(line, { people, acronyms, home }).filter((m) => m.kind === 'PERSON');
    // (a sign-off names its person first, after title words at most: "Other key world leaders to congratulate Starmer"
    // is a heading over what follows)
    if (persons.length !== 1) return null;
    const lead = line.slice(0, persons[0].start).trim().split(/\s+/).filter(Boolean);
    if (!lead.every((w) => isTitleWord(w) || COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w))) return null;
    // (under a heading that names one person, another's name line after the quotes heads the next entry of the
    // round-up: "David Cameron" over "Prime Minister of the United Kingdom" and his quote; the person's heading may
    // stand over an empty section, the line of their title read as a heading of its own)
    const signed = withRecord(persons[0]);
    const headed = nameLines[si] ?? (si > 0 && layout.sections[si - 1].paragraphs.length === 0 ? nameLines[si - 1] : null);
    if (headed && headed.name !== signed.name) return null;
    return signed;
  }
  /**
   * The unit a sentence's quotes are read in: the sentence itself, or, when a quote that opens in it closes in a
   * later sentence of the paragraph (the sentence splitter keeps a balanced quote whole; an unbalanced paragraph
   * is split inside one), the sentences up to that one, so that the quote is seen whole with what follows it
   * ("“… . …,” she said").
   */
  function quoteUnit(u: Unit): Unit {
    const paragraph = paragraphText[u.paragraph];
    const end = u.sentence.start + u.sentence.text.length;
    const close = Math.max(0, ...quoteSpans(paragraph).flatMap((sp) => (sp.open >= u.sentence.start && sp.open < end ? [sp.close] : [])));
    let last = u.order;
    while (units[last + 1]?.paragraph === u.paragraph && units[last + 1].sentence.start < close) last++;
    if (last === u.order) return u;
    const parts = units.slice(u.order, last + 1);
    const tail = parts[parts.length - 1].sentence;
    const shift = (x: Unit) => (m: Mention) => ({
      ...m,
      start: m.start + x.sentence.start - u.sentence.start,
      end: m.end + x.sentence.start - u.sentence.start,
    });
    return {
      ...u,
      sentence: { ...u.sentence, text: paragraph.slice(u.sentence.start, tail.start + tail.text.length), end: tail.end },
      mentions: parts.flatMap((x) => x.mentions.map(shift(x))),
    };
  }
  /** The unit with the organisations only the citations read added to its mentions, where their names first stand outside a quote. */
  function withOrganisations(u: Unit, names: string[]): Unit {
    const text = u.sentence.text;
    const masked = maskQuotes(text);
    const added: Mention[] = [];
    let kept = u.mentions;
    for (const name of names) {
      const start = masked.indexOf(name);
      const end = start + name.length;
      // ("Blackpool Hospitals NHS Trust": a body's mention inside the name is part of it; one across its edge keeps it)
      // (nor a person inside it: "NASA Program Manager Steve Stich" is a person's title and name)
      if (start < 0 || kept.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end || m.kind === 'PERSON'))) continue;
      kept = kept.filter((m) => m.end <= start || m.start >= end);
      added.push(orgMention(name, start, end));
    }
    return added.length === 0 ? u : { ...u, mentions: [...kept, ...added].sort((a, b) => a.start - b.start) };
  }
  let lastPerson: Mention | null = null;
  let lastSection = -1;
  // Quotes left without a speaker that run to the end of their paragraph, unclosed: a quotation of several paragraphs,
  // each opening with a mark, whose speaker is named in a later one ("“… .\n\n“… ,” he said").
  let unclosed: { section: number; paragraph: number; quote: { text: string; speaker?: string | null }; warning: ImportWarning }[] = [];
  for (const u of units) {
    const section = sections[u.section];
    if (u.section !== lastSection) lastPerson = null;
    lastSection = u.section;
    const s = u.sentence.text;
    const attribution = attributionOf(s, u.mentions);
    const cited = citationsOf(s, u.mentions, memory);
    for (const c of cited) section.citations.push({ source: useFound({ ...c, name: withItsCountry(c.name, text, s) }, u.order), excerpt: s });
    const citedNames = new Set(cited.map((c) => c.name));
    // An organisation the sentence names and cites without a mention of it (no lexicon knows it) may speak the quotes
    // after it.
    const unread = cited
      .filter((c) => c.kind === SourceKind.OTHER && !c.outlet && s.includes(c.name) && !u.mentions.some((m) => m.name === c.name))
      .map((c) => c.name);
    resolver.noteSources(u, unread);

    // Such an organisation speaks where a name would ("Everton said the sanction was “…”", "“…,” Isme said").
    const qu = withOrganisations(quoteUnit(u), unread);
    const quoteAttribution = qu === u ? attribution : attributionOf(qu.sentence.text, qu.mentions);
    const at = { paragraph: paragraphText[u.paragraph], start: u.sentence.start, opensBefore: u.sentence.start + s.length };
    for (const q of quotesOf(qu.sentence.text, qu.mentions, quoteAttribution, at)) {
      const speaker = resolver.resolve(qu, q);
      const speakerName = speaker ? useActor(speaker) : null;
      options.onSpeaker?.(q.text, resolver.lastStep, speakerName);
      section.quotes.push({ text: q.text, speaker: speakerName, source: useSource(q.source, u.order) });
      // A body or an organisation whose words these are ("...," the company said; "...," it said in a statement):
      // the sentence cites it, as "X said" does without quotation marks.
      // Only with a verb of attribution in the sentence: a body's words under its round-up heading, or after "X
      // condemned", are its reaction.
      const attributed =
        (resolver.lastStep === 'sentence' || resolver.lastStep === 'anaphor' || resolver.lastStep === 'spokesperson') &&
        ATTRIBUTION_VERB.test(maskQuotes(qu.sentence.text));
      if (
        attributed &&
        speaker &&
        (speaker.kind === 'BODY' || speaker.kind === 'ORG') &&
        !partyToStory(speaker) &&
        !OUTLET_LIKE.test(speaker.name) &&
        !citedNames.has(speaker.name)
      ) {
        citedNames.add(speaker.name);
        section.citations.push({ source: useSource(speaker, u.order)!, excerpt: s });
      }
      if (speakerName && INFERRED_STEPS.has(resolver.lastStep))
        warnings.push({
          code: 'QUOTE_SPEAKER_INFERRED',
          message: `speaker read from ${INFERRED_STEPS.get(resolver.lastStep)}, to check: ${speakerName} for "${opening(q.text)}"`,
          section: section.key,
        });
      if (!speaker)
        warnings.push({
          code: 'QUOTE_WITHOUT_SPEAKER',
          message: `quote without speaker: "${opening(q.text)}"`,
          section: section.key,
        });
      const paragraph = paragraphText[u.paragraph];
      const continues = CONTINUATION_OPEN.test(paragraph) && paragraph.trimStart().slice(1).startsWith(q.text);
      if (!continues) unclosed = [];
      const last = unclosed[unclosed.length - 1];
      if (continues && last && (last.section !== u.section || last.paragraph !== u.paragraph - 1)) unclosed = [];
      if (speakerName && continues)
        for (const open of unclosed) {
          open.quote.speaker = speakerName;
          Object.assign(open.warning, {
            code: 'QUOTE_SPEAKER_INFERRED',
            message: `speaker read from the paragraph the quotation goes on in, to check: ${speakerName} for "${opening(open.quote.text)}"`,
          });
        }
      if (speakerName) unclosed = [];
      else if (runsToParagraphEnd(paragraph, q.text))
        unclosed.push({ section: u.section, paragraph: u.paragraph, quote: section.quotes[section.quotes.length - 1], warning: warnings[warnings.length - 1] });
    }
    // "…, the company said." / "It said …": the body the words refer back to is cited, as its quotes would cite it.
    const referred = citedNames.size === 0 ? maskQuotes(s).match(ANAPHOR_CLAUSE) : null;
    if (referred && !/statement|spokes/.test(referred[1])) {
      const body = resolver.anaphorSource(u, referred[1]);
      if (body && (body.kind === 'BODY' || body.kind === 'ORG') && !partyToStory(body) && !OUTLET_NAME_WORD.test(body.name)) {
        citedNames.add(body.name);
        section.citations.push({ source: useSource(body, u.order)!, excerpt: s });
      }
    }
    resolver.after(u);
    if (!consumed.has(u.order)) {
      const found = reactionsOf(s, u.mentions, attribution, lastPerson);
      for (const r of found) {
        section.reactions.push({ actor: useActor(r.actor), stance: r.stance, summary: r.summary, source: useSource(r.source, u.order) });
      }
      const actor = headingActor[u.section];
      const stance = actor && found.length === 0 ? headingActorStance(s) : null;
      if (actor && stance) section.reactions.push({ actor: useActor(actor), stance, summary: s, source: useSource(attribution.outlets[0] ?? null, u.order) });
    }
    const persons = u.mentions.filter((m) => m.kind === 'PERSON' && !isObject(s, m));
    if (persons.length > 0) lastPerson = persons[persons.length - 1];
  }
  // One reaction per actor and section; in a round-up (actors as headings, quotes signed off by name lines, or a
  // headline that announces responses: "World leaders react to ...") the quotes' speakers react too.
  const headlineText = headlineLine ?? paragraphText[1] ?? '';
  // (quotes signed after a dash, "“…” — former Soviet leader X", twice or more: each a reaction, as name lines sign them)
  const dashSigned = paragraphText.filter((p) => DASH_SIGNATURE.test(p)).length;
  // (or a lead that opens by announcing them: "Tributes have poured in for ...", under a headline that only names)
  const leadOpening = splitSentences(layout.sections[0]?.heading === null ? (layout.sections[0].paragraphs[0] ?? '') : '')[0]?.text ?? '';
  const roundup =
    headingActor.filter(Boolean).length >= 2 ||
    layout.signOffs >= 2 ||
    dashSigned >= 2 ||
    ROUNDUP_HEADLINE.test(headlineText) ||
    OUTRAGE_HEADLINE.test(headlineText) ||
    // (a title the layout left as the lead's first line, in headline case; not a lead's "sparked outrage over ...")
    (headlineCase(leadOpening) && OUTRAGE_HEADLINE.test(leadOpening)) ||
    ROUNDUP_HEADLINE.test(leadOpening);
  sections.forEach((s, i) => {
    s.reactions = reactionsBySection(
      s.reactions,
      s.quotes,
      roundup || headingActor[i] !== null,
      (name) => usedActors.has(name) && actorOf.get(name)?.kind !== undefined,
      (name) => {
        const country = stateBodies.get(name);
        return country ? useActor({ kind: 'COUNTRY', start: 0, end: 0, text: country, name: country, country }) : name;
      },
      roundup ? (headlineStance(headlineText) ?? headlineStance(leadOpening)) : null,
    ).map((r) => {
      // The stance as the annotated corpus reads it: the rules' stance weighed with the reaction's words.
      if (!judged(r.stance)) return r;
      const features = stanceFeatures(r.stance, r.summary);
      const stance = modelStance(r.stance, features);
      options.onStanceCandidate?.({ section: i, actor: r.actor, summary: r.summary, rule: r.stance, features, stance });
      return stance === r.stance ? r : { ...r, stance };
    });
  });
  sections.forEach((s, i) => {
    if (figures.has(i)) s.contestedFigures = figures.get(i);
  });

  const lead = layout.sections[0]?.heading === null ? layout.sections[0] : null;
  const leadSentences = lead ? lead.paragraphs.flatMap((p) => splitSentences(p).map((x) => x.text)) : [];
  let headline = headlineLine;
  let summary: string | null = leadSentences[0] ?? null;
  if (!headline) {
    const first = leadSentences[0] ?? sections.find((s) => s.body)!.body.split('\n')[0];
    headline = shorten(first.replace(/[.!]$/, ''), 300);
    summary = leadSentences[1] ?? null;
    warnings.push({ code: 'HEADLINE_FROM_LEAD', message: `no headline line: took the first sentence of the lead ("${headline.slice(0, 60)}")` });
  }
  const slug = options.slug ?? (kebab(headline) || 'explainer');

  // One body, one name: a short name the text gives in full elsewhere takes the full one (full-names.ts), in every
  // place it stands; a source or an actor already under the full name keeps its first place.
  const full = new Map<string, string>();
  const candidates = [
    ...[...sources.values()].filter((s) => s.kind === SourceKind.GOVERNMENT || s.kind === SourceKind.OTHER),
    ...[...actorOf.values()].filter((a) => a.kind === ActorKind.ORGANIZATION && usedActors.has(a.name) && !sources.has(a.name)),
  ];
  // (the acronyms the text defines in brackets, not those read off a name's initials elsewhere: full-names.ts asks those
  // of a body's name itself)
  for (const { name } of candidates) full.set(name, fullNameOf(name, text, home, roundup, memory.personTokens, headlineCase, bracketed));
  // (the name a source or an actor already has, a possessive apart, "Norway's Navy Command" for "Norway Navy Command",
  // or the one that holds it whole, "Norway's Fisheries Agency" for the "Fisheries Agency" an acronym spelled)
  const names = [...new Set([...sources.keys(), ...actorOf.keys()])];
  const byPlainName = new Map(names.map((n) => [n.replace(/['’]s\b/gu, ''), n] as const));
  for (const [name, to] of full) {
    const holders = names.filter((n) => n !== name && n.endsWith(` ${to}`));
    full.set(name, byPlainName.get(to.replace(/['’]s\b/gu, '')) ?? (holders.length === 1 ? holders[0] : to));
  }
  followedToEnd(full);
  for (const [name, to] of full) if (to === name || people.has(to)) full.delete(name);
  if (full.size > 0) renameBodies(full);

  const actors = [...actorOf.values()].filter((a) => usedActors.has(a.name)).sort((a, b) => (firstSeen.get(a.name) ?? 0) - (firstSeen.get(b.name) ?? 0));
  return {
    slug,
    headline,
    summary,
    status: options.status ?? ArticleStatus.DRAFT,
    eventDate: layout.eventDate,
    publishedAt: options.publishedAt ?? null,
    // A linked outlet is a source with its URL: the link's text names it.
    sources: [...sources.values()]
      .sort((a, b) => a.seen - b.seen)
      .map(({ seen: _seen, ...s }) => ({ ...s, url: doc?.links.find((l) => l.text === s.name || l.text.includes(s.name))?.href ?? s.url })),
    actors,
    sections,
    // The byline and writing credits, kept as contributors (matched by the slug of the name, created when new).
    ...bylineContributors(layout.meta.byline, layout.meta.credits),
    meta: { ...layout.meta, format },
    warnings,
  };

  /** Every source, speaker, actor and claimant named by a key of `to` named by its value instead. */
  function renameBodies(to: Map<string, string>): void {
    const as = (name: string) => to.get(name) ?? name;
    const maybe = (name: string | null | undefined) => (name ? as(name) : name);
    for (const s of sections) {
      s.citations = s.citations.map((c) => ({ ...c, source: as(c.source) }));
      s.quotes = s.quotes.map((q) => ({ ...q, speaker: maybe(q.speaker), source: maybe(q.source) }));
      // (a renamed body's reaction beside the same body's under the full name, in one section: one, the stronger, as
      // reactions.ts gives one per actor and section in a round-up)
      const renamed = s.reactions.map((x) => ({ reaction: { ...x, actor: as(x.actor), source: maybe(x.source) }, was: x.actor }));
      s.reactions = renamed
        .filter(
          ({ reaction: r, was }, i) =>
            !renamed.some(
              (o, j) =>
                j !== i &&
                o.reaction.actor === r.actor &&
                o.was !== was &&
                (STANCE_ORDER.indexOf(o.reaction.stance) < STANCE_ORDER.indexOf(r.stance) || (o.reaction.stance === r.stance && j < i)),
            ),
        )
        .map(({ reaction }) => reaction);
      s.contestedFigures = s.contestedFigures?.map((f) => ({
        ...f,
        claims: f.claims.map((c) => ({ ...c, claimant: as(c.claimant), statedBy: maybe(c.statedBy), source: maybe(c.source) })),
      }));
    }
    for (const [name, s] of [...sources]) {
      if (!to.has(name)) continue;
      sources.delete(name);
      const kept = sources.get(to.get(name)!);
      sources.set(to.get(name)!, kept ? { ...kept, seen: Math.min(kept.seen, s.seen) } : { ...s, name: to.get(name)! });
    }
    for (const [name, a] of [...actorOf]) {
      if (!to.has(name)) continue;
      const into = to.get(name)!;
      actorOf.delete(name);
      if (!actorOf.has(into)) actorOf.set(into, { ...a, name: into });
      firstSeen.set(into, Math.min(firstSeen.get(into) ?? Number.MAX_SAFE_INTEGER, firstSeen.get(name) ?? Number.MAX_SAFE_INTEGER));
      if (usedActors.delete(name)) usedActors.add(into);
    }
  }

  function figureClaim(u: Unit): Claim | null {
    const s = u.sentence.text;
    const attribution = attributionOf(s, u.mentions);
    const outlet = attribution.outlets[0] ?? null;
    let speaker: Mention | null;
    let clause: string;
    const according = accordingToActor(s, u.mentions);
    if (according) {
      speaker = according.actor;
      clause = according.clause;
    } else {
      const outletLead = s.match(/^(?:[^,]{0,40},\s+)?(?:the\s+)?[\p{Lu}][\p{L} ]{1,40}?\s+(?:reported|reports|said|says)\s+that\s+/u);
      const parse = parseSubject(s, u.mentions) ?? (outletLead ? parseSubject(s, u.mentions, outletLead[0].length) : null);
      if (!parse || !/^(said|says|reported|reports|claimed|claims|stated|announced|estimated|estimates|put|puts|told|confirmed|insisted)$/i.test(parse.verb))
        return null;
      speaker = parse.subjects[0];
      clause = s.slice(parse.verbStart);
    }
    const [figure] = figuresIn(clause);
    if (!figure || !speaker) return null;
    let side: Mention = speaker;
    let statedBy: Mention | null = null;
    let source: Mention | null = outlet;
    if (speaker.kind === 'PERSON' && speaker.country) {
      side = countryMention(speaker.country, speaker);
      statedBy = speaker;
    } else if (speaker.kind === 'BODY') {
      if (!speaker.country) return null;
      side = countryMention(speaker.country, speaker);
      source ??= speaker;
    }
    return { section: u.section, order: u.order, side, statedBy, source, excerpt: s, ...figure };
  }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A country's name or demonym, as a body's name may start with ("US", "U.S.", "Kenyan", "South Africa's"). */
function countryPrefix(words: string): boolean {
  const w = words.replace(/^the\s+/i, '').replace(/['’]s$/u, '');
  return COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w);
}

/** A paragraph that ends with a quote signed after a dash ("“…” — his son, former president George W Bush"). */
const DASH_SIGNATURE = /[”"]\s*[—–]\s*[^“”"]{2,120}$/u;

/**
 * "US President Biden" named before "Joe Biden": a surname alone is the one person of the text named in full with it
 * (its title kept when the full name has none), also a surname of two or three words ("Sutaj Estok" for Matus Sutaj
 * Estok, "de Oliveira" for Tulio de Oliveira, "De Mesa" opening a sentence for Arnel de Mesa). Two people sharing the
 * surname leave it as it is.
 */
function mergeSurnames(people: Map<string, PersonRecord>): void {
  for (const [key, p] of people) {
    // A surname of one word or more ("Sutaj Estok", "de Oliveira"): the last words of a longer name.
    const n = key.split(' ').length;
    if (n > 3) continue;
    const full = [...new Set(people.values())].filter((q) => {
      const parts = q.name.split(' ');
      return parts.length > n && particlesLowered(parts.slice(-n).join(' ')) === particlesLowered(key);
    });
    if (full.length !== 1) continue;
    const record = full[0];
    if (!record.title && p.title) {
      record.title = p.title;
      record.country ??= p.country;
    }
    people.set(key, record);
  }
  // "Prince Faisal" after "Prince Faisal bin Farhan", "Mohamed Azmin" beside "Mohamed Azmin Ali": a name whose words
  // stand in a row in the one longer name of the text is that person.
  // "Sheikh Mohammed" after "Sheikh Mohammed Bin Rashid Al Maktoum": the name without its title, when the longer
  // name is given the same title (no "Queen Elizabeth" for a Senator Elizabeth Warren).
  for (const [key, p] of people) {
    if (p.name !== key) continue;
    const others = new Set([...people.values()].filter((q) => q !== p));
    const bare = withoutTitles(key);
    const title = key.slice(0, key.length - bare.length).trim();
    const titled =
      bare !== key
        ? fullerName(
            bare,
            [...others].filter((q) => q.title?.split(/\s+/).includes(title)),
          )
        : null;
    const record = fullerName(key, others) ?? titled;
    if (record) people.set(key, record);
  }
}

function pick(p: PersonRecord): Pick<Mention, 'name' | 'title' | 'country'> {
  return { name: p.name, title: p.title, country: p.country };
}

function countryMention(country: string, near: Mention): Mention {
  return { kind: 'COUNTRY', start: near.start, end: near.end, text: country, name: country, country };
}

function toActor(m: Mention): ActorInput {
  if (m.kind === 'PERSON') return { name: m.name, kind: ActorKind.PERSON, title: m.title ?? null, country: m.country };
  if (m.kind === 'COUNTRY') return { name: m.name, kind: ActorKind.COUNTRY, title: null, country: m.name };
  return { name: m.name, kind: ActorKind.ORGANIZATION, title: null, country: m.country };
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * The stance a round-up's headline announces for all ("World leaders congratulate X", "Tributes pour in", "Leaders
 * condemn Y"): the stance of a quoted reaction whose own words take none.
 */
export function headlineStance(headline: string): Stance | null {
  if (/\b(?:condemn\w*|denounc\w*|slam\w*|outrage\w*)\b/i.test(headline)) return Stance.CONDEMNATION;
  if (/\b(?:congratulat\w*|tributes?|condolences?|mourns?|hails?|hailed|praises?|welcomes?|welcomed|celebrat\w*|salutes?)\b/i.test(headline))
    return Stance.SUPPORT;
  return null;
}

/** A paragraph that opens with a quotation mark: in a quotation of several paragraphs, each one does. */
export const CONTINUATION_OPEN = /^\s*[“"]/u;

/** Whether the quote's words end the paragraph with no closing mark (the quotation goes on in the next paragraph). */
function runsToParagraphEnd(paragraph: string, quote: string): boolean {
  const end = paragraph.trimEnd();
  const at = end.lastIndexOf(quote);
  return at >= 0 && /^[.,!?…]?$/u.test(end.slice(at + quote.length));
}

/** The first letters of a run's capitalised words: "Food and Drug Administration" -> "FDA". */
function initialsOf(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The initials of a name with each choice of its small words counted or not ("Conference on Trade and Development":
 * CTD, COTD, CTAD, COTAD); four small words at most are chosen among.
 */
function smallWordsInitials(words: string[]): Set<string> {
  const small = words.flatMap((w, i) => (/^\p{Ll}/u.test(w) ? [i] : [])).slice(0, 4);
  const out = new Set<string>();
  for (let mask = 0; mask < 1 << small.length; mask++)
    out.add(
      words
        .filter((w, i) => /^\p{Lu}/u.test(w) || (small.includes(i) && mask & (1 << small.indexOf(i))))
        .map((w) => w[0].toUpperCase())
        .join(''),
    );
  return out;
}

/** Whether a name's letters hold an acronym's in order ("Tokyo Electric Power Company": TEPCO). */
function lettersHold(name: string, acronym: string): boolean {
  let i = 0;
  for (const c of name.toUpperCase()) if (c === acronym[i]) i++;
  return i === acronym.length;
}

/** The initials with a hyphenated word's capitalised parts each counted: "World Anti-Doping Agency" -> WADA. */
function hyphenInitialsOf(words: string[]): string {
  return initialsOf(words.filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => w.split('-')));
}

/**
 * Whether `word` stands in `text` somewhere other than right after "and" (a name of its own, not a name's last word),
 * nor first in a sentence, where any word is capitalised ("Prevention remains the best tool").
 */
function standsAlone(text: string, word: string): boolean {
  return allMatches(text, wordPattern(word)).some((m) => !/(?:\band\s+|(?:^|[.!?]["”’]?\s+|\n\s*))$/u.test(text.slice(Math.max(0, m.index! - 5), m.index)));
}

/**
 * "Rapid Support Forces (RSF)", "National Union of Journalists in the Philippines (NUJP)", "the Foreign, Commonwealth
 * and Development Office (FCDO)" (a comma inside the name): acronyms the text defines, with their long names (`all`),
 * and of them those it defines in brackets (`bracketed`), not those read off a name's initials.
 */
function acronymsOf(paragraphs: string[]): { all: Map<string, string>; bracketed: Map<string, string> } {
  const out = new Map<string, string>();
  const defined = new Map<string, Set<string>>();
  const define = (acronym: string, long: string) => defined.set(acronym, (defined.get(acronym) ?? new Set()).add(long));
  for (const p of paragraphs) {
    // ("Department for Education (DfE)": up to two small words, "of", "the", "and", "for" or any other of three letters
    // or fewer, may stand between the name's capitalised words, each matched one way only)
    for (const m of allMatches(p, /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*,?\s+(?:\p{Ll}{1,3}\s+){0,2}){1,7})\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,2}\p{Lu}{1,2})\)/gu)) {
      const words = m[1].trim().split(/\s+/);
      const acronym = m[2];
      // ("the Communications Authority of Kenya (CA)": a country after "of" may be left out of the acronym, not of the name)
      const ofCountry = words.length > 3 && words[words.length - 2] === 'of' && COUNTRY_BY_NAME.has(words[words.length - 1]);
      // The long name is the run of words, ending before the bracket, whose initials spell the acronym.
      let spelled = false;
      for (let i = 0; i < words.length && !spelled; i++) {
        const candidate = words.slice(i);
        if (!/^\p{Lu}/u.test(candidate[0])) continue;
        const initials = initialsOf(candidate);
        // ECOWAS: "of" counts in some acronyms.
        const withSmall = candidate.map((w) => w[0].toUpperCase()).join('');
        // ("DfE", "DoJ": the small letters are the small words' initials)
        // (a body's name only: "Memorandum of Understanding (MoU)", "Line of Control (LoC)" name none)
        const mixed =
          /\p{Ll}/u.test(acronym) &&
          candidate.map((w) => w[0]).join('') === acronym &&
          (INSTITUTION_WORD.test(candidate[candidate.length - 1]) || /^(?:Department|Ministry|Office|Government|Council)$/u.test(candidate[0]));
        // ("United Nations Conference on Trade and Development (UNCTAD)": some small words count, others not)
        const some = !mixed && smallWordsInitials(candidate).has(acronym);
        const withoutCountry = ofCountry ? candidate.slice(0, -2) : [];
        const shortInitials = initialsOf(withoutCountry);
        if (
          initials === acronym ||
          withSmall === acronym ||
          mixed ||
          some ||
          hyphenInitialsOf(candidate) === acronym ||
          (withoutCountry.length > 1 && shortInitials === acronym)
        ) {
          // ("the NSW Rural Fire Service (RFS)", "the US Food and Drug Administration (FDA)": a place in capitals or a
          // country right before the name is part of it)
          const place = words[i - 1];
          const placed = place !== undefined && (/^\p{Lu}{2,4}$/u.test(place) || COUNTRY_BY_NAME.has(place));
          // (a comma before the bracket ends no name: "Halvor Board, (HB)")
          const long = candidate.join(' ').replace(/,$/u, '');
          define(acronym, placed ? `${place} ${long}` : long);
          spelled = true;
        }
      }
      // Else the shortest run of two words or more opening with the acronym's first letter whose letters hold the
      // acronym's in order, of three words or more or naming an institution: the text says what its capitals stand for
      // ("Japan Aerospace Exploration Agency's (JAXA)", "Shares of Scandinavian Airlines (SAS)", "The Tokyo Electric
      // Power Company (TEPCO)"), a possessive left off, after any comma; not two words of a person's name ("Norunn
      // Velden (NOR)", an athlete and her country's code, whatever her given name), nor a single word (a share's
      // ticker: "Nike (NKE)"; after a company's longer name, "Nike Inc (NKE)", the ticker is read as naming it).
      if (!spelled && /^\p{Lu}+$/u.test(acronym)) {
        const run = words.slice(words.findLastIndex((w) => w.endsWith(',')) + 1);
        const at = run.findLastIndex((w, i) => w[0] === acronym[0] && i < run.length - 1 && !givenName(w) && lettersHold(run.slice(i).join(' '), acronym));
        if (at >= 0) {
          const long = run
            .slice(at)
            .join(' ')
            .replace(/['’]s$/u, '');
          if (run.length - at >= 3 || INSTITUTION_WORD.test(long)) define(acronym, long);
        }
      }
    }
  }
  // (an acronym the text defines by two names stands for neither, unless the longer holds the other whole: "Norway
  // Harbour Workers (HW)" and "the Harbour Workers (HW)" are one body, under the longer name)
  for (const [acronym, longs] of defined) {
    const longest = [...longs].sort((a, b) => b.length - a.length)[0];
    if ([...longs].every((l) => l === longest || longest.endsWith(` ${l}`))) out.set(acronym, longest);
  }
  const bracketed = new Map(out);
  // "The Federal Aviation Administration says ..." then "the FAA said": a name the text spells out whose
  // capitalised words' initials are an acronym the text also uses (one such name only): the whole name or a run of
  // it ("Centers for Disease Control" in "Centers for Disease Control and Prevention"); an acronym of two letters
  // only for an institution's name ("General Motors" for GM, "Foreign Office" for FO).
  const text = paragraphs.join('\n');
  const used = new Set(
    allMatches(text, /(?<![\p{L}\p{N}&-])\p{Lu}{2,6}(?![\p{L}\p{N}&-])/gu)
      .map((m) => m[0])
      .filter((a) => !out.has(a) && !COUNTRY_BY_NAME.has(a)),
  );
  if (used.size > 0) {
    const spelled = new Map<string, Set<string>>();
    for (const m of allMatches(
      text,
      /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:(?:of|the|and|for)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,6}/gu,
    )) {
      const words = m[0].split(/\s+/);
      // Every run inside the name: "U.S. Federal Aviation Administration" holds "Federal Aviation Administration".
      for (let i = 0; i < words.length; i++) {
        if (!/^\p{Lu}/u.test(words[i])) continue;
        for (let j = i + 1; j < words.length; j++) {
          if (!/^\p{Lu}/u.test(words[j])) continue;
          const run = words.slice(i, j + 1);
          const plain = initialsOf(run);
          const initials = used.has(plain) ? plain : hyphenInitialsOf(run);
          if (!used.has(initials) || (initials.length < 3 && !INSTITUTION_WORD.test(run[run.length - 1]))) continue;
          // "Ayaan Hirsi Ali" beside "the AHA Foundation": a person's name, whose initials a body may take, is no body.
          if (givenName(run[0]) && !INSTITUTION_WORD.test(run[run.length - 1])) continue;
          // ("FO" for "Foreign Office": a state body's bare name says not whose it is; the acronym stays)
          if (
            initials.length < 3 &&
            /^(?:Foreign|Home|Interior|Defen[cs]e|Health|Finance|Justice|Cabinet)\s+(?:Office|Ministry|Department)$/u.test(run.join(' '))
          )
            continue;
          // "Centers for Disease Control and Prevention" (CDC): a last "and <Name>" belongs to the name, unless the
          // text names it elsewhere on its own ("General Motors and Stellantis" beside "officer of Stellantis").
          const tail = words.slice(j + 1);
          const joined = tail.length === 2 && tail[0] === 'and' && !standsAlone(text, tail[1]);
          const name = joined ? words.slice(i).join(' ') : run.join(' ');
          if (!spelled.has(initials)) spelled.set(initials, new Set());
          spelled.get(initials)!.add(name);
        }
      }
    }
    // "GXO Logistics" then "GXO said": the acronym is the first word of the one institution's name the text gives.
    for (const a of used) {
      if (spelled.has(a)) continue;
      const longer = new Set(
        allMatches(text, acronymLeadPattern(a))
          // ("East and North Herts NHS Trust": an acronym inside a longer name leads none)
          .filter((m) => !NAME_WORD_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index)))
          .map((m) => `${a}${m[1]}`.replace(/\s+/g, ' '))
          // ("PCB Chairman Management Committee": a title inside makes it a person's role, no name)
          // ("UCI Management Committee", "ICC Board": an organ of the body the acronym names, not its name)
          .filter(
            (n) =>
              INSTITUTION_WORD.test(n.split(' ').pop()!) &&
              !ORGAN_WORD.test(n.split(' ').pop()!) &&
              !n
                .split(' ')
                .slice(1)
                .some((w) => isTitleWord(w)),
          ),
      );
      if (longer.size === 1) spelled.set(a, longer);
    }
    for (const [acronym, names] of spelled) if (names.size === 1) out.set(acronym, [...names][0]);
  }
  return { all: out, bracketed };
}

/** The last word of a body's organ ("Management Committee", "Appeals Board", "Anti-Corruption Unit"). */
export const ORGAN_WORD = /^(?:Committee|Board|Council|Panel|Unit|Tribunal|Chamber|Commission|Secretariat|Executive)$/u;

/** A capitalised word (not an article) right before: the words after it continue a name. */
export const NAME_WORD_BEFORE = /(?<![\p{L}'’.-])(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]*[ \t]+$/u;

/** An acronym as the first word of a longer capitalised name: "GXO Logistics". */
export function acronymLeadPattern(acronym: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${esc(acronym)}((?:\\s+\\p{Lu}\\p{Ll}+){1,3})(?![\\p{L}])`, 'gu');
}

/** `contributors` when the text names any (left out otherwise, so that a re-import keeps an editor's byline). */
function bylineContributors(byline: string | null, credits: string[]): { contributors?: { name: string }[] } {
  const names = namesFromByline(byline, credits);
  return names.length > 0 ? { contributors: names } : {};
}
