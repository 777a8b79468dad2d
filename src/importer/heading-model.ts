// Whether a line that could be a section heading is one: a logistic model over the line's form and its
// neighbours, trained on the development split of the evaluation corpus (`npm run import:train`), never on the
// test split. Lines marked as headings (Markdown "##", bold, "Q:", numbered questions) do not go through it.
import { HEADING_MODEL } from './heading-weights';

/** The form that made a line a heading candidate. */
export type HeadingKind =
  'markdown' | 'bold' | 'q-prefix' | 'numbered' | 'dashed' | 'colon-label' | 'bullet-question' | 'quoted-label' | 'question' | 'label' | 'none';

/** Named features of one candidate line, each a number (mostly 0/1). */
export type Features = Record<string, number>;

export interface HeadingModel {
  /** Weight per feature name; a feature without a weight counts for nothing. */
  weights: Record<string, number>;
  bias: number;
  /** The probability from which a candidate is taken as a heading. */
  threshold: number;
}

/** A candidate seen by the layout: the line, the heading it would give, its features. For training and tracing. */
export interface HeadingCandidate {
  line: string;
  heading: string;
  features: Features;
  /** The model's probability. */
  p: number;
}

export function headingProbability(features: Features, model: HeadingModel = HEADING_MODEL): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) {
    if (value !== 0) z += (model.weights[name] ?? 0) * value;
  }
  return 1 / (1 + Math.exp(-z));
}

export function isHeading(features: Features, model: HeadingModel = HEADING_MODEL): { heading: boolean; p: number } {
  const p = headingProbability(features, model);
  return { heading: p >= model.threshold, p };
}
