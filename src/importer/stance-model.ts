// The stance a reaction takes, as the corpus's annotators read it: a softmax (multinomial logistic) model over the
// stance the lexicon rules gave (`stanceOf` in extract.ts, merged per actor and section by reactions.ts), whether the
// reaction is a quote or a sentence, and the words of its summary. Trained on the development split of the evaluation
// corpus (`npm run import:train`), never on the test split. The rules stay the model's strongest evidence; the words
// move a reaction the rules read as a bare claim ("said the ruling was a mistake") or misread ("a horrific tragedy":
// condolences, not condemnation) where the annotated texts say so.
import { STANCE_MODEL } from './stance-weights';
import { STANCE_ORDER } from './reactions';
import { Stance } from './vocabulary';

/** The model's classes, in the order of each feature's weights: every stance, strongest first (reactions.ts). */
export const STANCES = STANCE_ORDER;

export interface StanceModel {
  /** Per feature, one weight per class of STANCES; a feature without weights counts for nothing. */
  weights: Record<string, readonly number[]>;
  /** One per class of STANCES. */
  bias: readonly number[];
  /**
   * How far another class's score must pass the rules' stance's for the model to give it: the rules' reading stands
   * unless the words weigh clearly against it (cross-validation chooses it with the regularisation).
   */
  margin: number;
}

/** A reaction the model judged: who, what it says, the rules' stance, its features, the stance the model gave. */
export interface StanceCandidate {
  /** The section's index in the draft. */
  section: number;
  actor: string;
  summary: string;
  rule: Stance;
  features: string[];
  stance: Stance;
}

/**
 * Whether the model judges a reaction the rules gave this stance: not a call for a ceasefire or an offer to mediate,
 * which the rules read from a phrase that says just that ("urged both sides to show restraint", "offered to host
 * talks") and which the corpus annotates too rarely to weigh against it.
 */
export function judged(rule: Stance): boolean {
  return rule !== Stance.CALL_FOR_CEASEFIRE && rule !== Stance.MEDIATION_OFFER;
}

/** What a quote's reaction summary opens with (reactions.ts): "Said: “…”." */
const QUOTED = /^Said: “/u;

/**
 * The features of a reaction: the rules' stance, its form (a quote or a sentence), its first word (a sentence's verb:
 * "condemned", "urged") and each word of its summary written in lower case, lower-cased.
 */
export function stanceFeatures(rule: Stance, summary: string): string[] {
  const quoted = QUOTED.test(summary);
  // (not the words written with a capital after the first: names tell what a story is about, not what stance it takes)
  const words = (summary.replace(QUOTED, '').match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [])
    .filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase());
  const features = [`rule:${rule}`, quoted ? 'form:quote' : 'form:sentence'];
  if (words.length > 0) features.push(`v:${words[0]}`);
  for (const w of new Set(words)) features.push(`w:${w}`);
  return features;
}

/** Each class's score (before the softmax), in the order of STANCES. */
export function stanceScores(features: readonly string[], model: StanceModel = STANCE_MODEL): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k];
  }
  return z;
}

/**
 * The stance the model gives a reaction the rules read as `rule`: the class of highest score (the first of STANCES on a
 * tie) when it passes the rule's score by more than the model's margin, else the rule's.
 */
export function modelStance(rule: Stance, features: readonly string[], model: StanceModel = STANCE_MODEL): Stance {
  return stanceByScores(rule, stanceScores(features, model), model.margin);
}

/** The stance scores give, by the rule above (for training: scores computed once, margins tried on them). */
export function stanceByScores(rule: Stance, z: readonly number[], margin: number): Stance {
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k] > z[best]) best = k;
  const r = STANCES.indexOf(rule);
  return r >= 0 && z[best] - z[r] > margin ? STANCES[best] : rule;
}
