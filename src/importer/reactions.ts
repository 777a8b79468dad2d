// One reaction per actor and section (the corpus scheme): the actor's statements in the section, from the
// sentences where it responds and from the quotes it speaks, with the strongest stance among them.
import { Stance } from './vocabulary';
import { stanceOf, takesNoStance } from './extract';

export interface SectionReaction {
  actor: string;
  stance: Stance;
  summary: string;
  source?: string | null;
}

export interface SectionQuote {
  text: string;
  speaker?: string | null;
  source?: string | null;
}

/** Strongest first, as the corpus README orders them. */
export const STANCE_ORDER: readonly Stance[] = [
  Stance.CALL_FOR_CEASEFIRE,
  Stance.MEDIATION_OFFER,
  Stance.CONDEMNATION,
  Stance.SUPPORT,
  Stance.CONCERN,
  Stance.CLAIM,
  Stance.OTHER,
];
const rank = (s: Stance) => STANCE_ORDER.indexOf(s);

/**
 * Merges the section's reactions by actor and, where the quotes count as reactions (a round-up's section),
 * adds the quotes' speakers: each actor once, with the strongest stance of its sentences and quotes.
 * `speaks(name)` tells whether a quote's speaker is an actor who reacts (not an outlet or an expert quoted).
 */
export function reactionsBySection(
  reactions: SectionReaction[],
  quotes: SectionQuote[],
  quotesReact: boolean,
  speaks: (name: string) => boolean,
  /** Who reacts when a quote's speaker speaks: a state body's stance is its country's ("South African Foreign Ministry" -> South Africa). */
  reactor: (name: string) => string = (name) => name,
  /** The stance the round-up's headline announces: a quote's when its words take none. */
  announced: Stance | null = null,
): SectionReaction[] {
  const out: SectionReaction[] = [];
  const put = (r: SectionReaction) => {
    const i = out.findIndex((o) => o.actor === r.actor);
    if (i < 0) out.push(r);
    else if (rank(r.stance) < rank(out[i].stance)) out[i] = { ...out[i], stance: r.stance };
  };
  if (quotesReact) reactions.forEach((r) => put(r.stance === Stance.CLAIM && announced ? { ...r, stance: announced } : r));
  // Outside a round-up each statement keeps its sentence (two claims of one actor are two facts), but a claim gives
  // way to the same actor's stance in the section ("said the deal must be undone", then "called it cowardly").
  else out.push(...reactions.filter((r) => !(takesNoStance(r.stance) && reactions.some((o) => o.actor === r.actor && !takesNoStance(o.stance)))));
  for (const q of quotes) {
    if (!q.speaker || !speaks(q.speaker)) continue;
    const actor = reactor(q.speaker);
    // Outside a round-up, reactions stay with their sentences; a quote is the words of an actor who responds once
    // in the section ("Blair said the world must “fight this evil”": the stronger stance wins), and makes a new
    // reaction only when it takes a stance (“We're disappointed with the verdict,” the attorney said).
    if (!quotesReact) {
      const own = out.filter((o) => o.actor === actor);
      const stance = stanceOf(q.text, true);
      if (own.length === 1 && rank(stance) < rank(own[0].stance)) out[out.indexOf(own[0])] = { ...own[0], stance };
      if (own.length > 0 || rank(stance) >= rank(Stance.CLAIM)) continue;
    }
    const words = q.text.length > 200 ? `${q.text.slice(0, 199)}…` : q.text;
    // In a round-up every quote is a reaction: words of praise or blame the stance lexicon lacks ("Thank you for
    // everything", "utterly ludicrous") weigh by their valence.
    const own = stanceOf(q.text, true, quotesReact);
    put({ actor, stance: own === Stance.CLAIM && announced ? announced : own, summary: `Said: “${words}”.`, source: q.source ?? null });
  }
  return out;
}

/** A sentence whose subject is a pronoun or a role ("He", "The German leader", "The ministry"), not a name. */
const ROLE_SUBJECT =
  /^(?:(?:he|she|they|it)\s|the\s+(?:[\p{L}-]+\s+){0,3}?(?:leader|president|premier|chancellor|minister|secretary(?:-general)?|king|queen|pope|prince|monarch|government|ministry|office|chief|head|spokes(?:man|woman|person)|official|envoy|ambassador|governor|mayor|senator|commissioner)\s)/iu;

/**
 * The first person of a statement printed under its actor's heading without quotation marks, doing what a statement
 * does ("I congratulate ...", "We strongly condemn ..."): not a reporter's "We asked" or "Our correspondent".
 */
const FIRST_PERSON =
  /^(?:I|We)\s+(?:(?:strongly|warmly|also|fully|deeply|firmly|sincerely|heartily|therefore)\s+)?(?:congratulat|welcom|condemn|deplor|denounc|applaud|salut|send|extend|offer|express|stand|call|urg|reject|regret|mourn|thank|look forward|wish|hope)/u;

/**
 * Under a round-up heading that names an actor, a sentence about "he" or "the German leader" is the heading
 * actor's statement: its stance, when it takes one, counts towards the actor's reaction.
 */
export function headingActorStance(sentence: string): Stance | null {
  if (!ROLE_SUBJECT.test(sentence) && !FIRST_PERSON.test(sentence)) return null;
  const stance = stanceOf(sentence, false);
  return takesNoStance(stance) ? null : stance;
}
