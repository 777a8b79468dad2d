// One reaction per actor and section (the corpus scheme): the actor's statements in the section, from the
// sentences where it responds and from the quotes it speaks, with the strongest stance among them.
import { Stance } from './vocabulary';
import { stanceOf } from './extract';

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
const ORDER: Stance[] = [Stance.CALL_FOR_CEASEFIRE, Stance.MEDIATION_OFFER, Stance.CONDEMNATION, Stance.SUPPORT, Stance.CONCERN, Stance.CLAIM, Stance.OTHER];
const rank = (s: Stance) => ORDER.indexOf(s);

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
): SectionReaction[] {
  const out: SectionReaction[] = [];
  const put = (r: SectionReaction) => {
    const i = out.findIndex((o) => o.actor === r.actor);
    if (i < 0) out.push(r);
    else if (rank(r.stance) < rank(out[i].stance)) out[i] = { ...out[i], stance: r.stance };
  };
  // Outside a round-up, a reaction stays with its sentence.
  if (!quotesReact) return reactions;
  for (const r of reactions) put(r);
  for (const q of quotes) {
    if (!q.speaker || !speaks(q.speaker)) continue;
    const words = q.text.length > 200 ? `${q.text.slice(0, 199)}…` : q.text;
    put({ actor: q.speaker, stance: stanceOf(q.text, true), summary: `Said: “${words}”.`, source: q.source ?? null });
  }
  return out;
}
