// Valence: how positive or negative a statement's words are, from the AFINN-165 word list (Finn Årup Nielsen's
// ratings of English words from -5 to +5, shipped with the `sentiment` package together with its negation rule:
// "not happy" counts against). A list made for general English, not fitted to this project's texts: the stance
// lexicon's fallback for a round-up's quotes that use none of its words ("Thank you for everything, boss",
// "Utterly ludicrous after his first bad run").
import Sentiment from 'sentiment';

const analyzer = new Sentiment();

/** The summed valence of the text's words. */
export function valence(text: string): number {
  return analyzer.analyze(text).score;
}

/**
 * At or above `support` a statement praises (SUPPORT), at or below `condemnation` it blames (CONDEMNATION). The two
 * cut-offs are the only numbers chosen on the corpus: the best of +1…+5 and -2…-6 on the dev split's reactions.
 */
export const VALENCE = { support: 2, condemnation: -4 } as const;
