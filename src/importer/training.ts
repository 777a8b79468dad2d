// Trains the heading model (heading-model.ts) on annotated texts: every candidate line the layout judges is an
// example, a heading when the annotation lists it. L2-regularised logistic regression by full-batch gradient
// descent, deterministic (no random start, folds by position), so that the same texts give the same weights.
// Model choices (the regularisation, the threshold) come from cross-validation over whole texts.
import type { Features, HeadingModel } from './heading-model';
import { headingProbability } from './heading-model';
import { parseCase, ws, type ParsedCase, type QualityCase } from './quality';

export interface Example {
  features: Features;
  heading: boolean;
}

/** One text's candidates, and the headings the layout took without the model (marked ones). */
export interface TextExamples {
  name: string;
  gold: string[];
  candidates: (Example & { text: string })[];
  marked: string[];
}

export function textExamples(c: QualityCase, parsed: ParsedCase = parseCase(c)): TextExamples {
  const gold = c.expected.headings.map(ws);
  const goldSet = new Set(gold);
  const candidates = parsed.candidates.map((h) => ({ features: h.features, heading: goldSet.has(ws(h.heading)), text: ws(h.heading) }));
  const judged = new Set(candidates.map((x) => x.text));
  const marked = parsed.draft.sections.flatMap((s) => (s.heading && !judged.has(ws(s.heading)) ? [ws(s.heading)] : []));
  return { name: c.name, gold, candidates, marked };
}

export interface TrainOptions {
  l2: number;
  iterations: number;
  rate: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 1, iterations: 600, rate: 0.5 };

/** Logistic regression on the examples: bias and one weight per feature name. Adam steps on the mean loss. */
export function train(examples: Example[], opts: TrainOptions = DEFAULT_TRAIN): Omit<HeadingModel, 'threshold'> {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({ cols: Object.entries(e.features).map(([n, v]) => [index.get(n)!, v] as const), y: e.heading ? 1 : 0 }));
  const dim = names.length + 1; // the last is the bias
  const w = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const n = Math.max(1, rows.length);
  for (let t = 1; t <= opts.iterations; t++) {
    const g = new Float64Array(dim);
    for (const r of rows) {
      let z = w[dim - 1];
      for (const [c, x] of r.cols) z += w[c] * x;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (const [c, x] of r.cols) g[c] += err * x;
      g[dim - 1] += err;
    }
    for (let c = 0; c < dim; c++) {
      const grad = g[c] / n + (c < dim - 1 ? (opts.l2 * w[c]) / n : 0);
      m[c] = b1 * m[c] + (1 - b1) * grad;
      v[c] = b2 * v[c] + (1 - b2) * grad * grad;
      const mh = m[c] / (1 - b1 ** t);
      const vh = v[c] / (1 - b2 ** t);
      w[c] -= (opts.rate * mh) / (Math.sqrt(vh) + eps) / Math.sqrt(t);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const rounded = Math.round(w[i] * 1e4) / 1e4;
    if (rounded !== 0) weights[name] = rounded;
  });
  return { bias: Math.round(w[dim - 1] * 1e4) / 1e4, weights };
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
}

/** Headings found against headings expected, as import:quality counts them (a multiset match). */
export function scoreHeadings(texts: TextExamples[], p: (text: number, candidate: number) => number, threshold: number): Score {
  let expected = 0;
  let found = 0;
  let matched = 0;
  for (const [ti, t] of texts.entries()) {
    const got = [...t.marked, ...t.candidates.filter((_, i) => p(ti, i) >= threshold).map((c) => c.text)];
    const left = [...t.gold];
    for (const h of got) {
      const k = left.indexOf(h);
      if (k >= 0) {
        left.splice(k, 1);
        matched++;
      }
    }
    expected += t.gold.length;
    found += got.length;
  }
  return { expected, found, matched, recall: expected ? matched / expected : 1, precision: found ? matched / found : 1 };
}

const f1 = (s: Score) => (s.recall + s.precision > 0 ? (2 * s.recall * s.precision) / (s.recall + s.precision) : 0);

/** The heading precision target: a setting that keeps it is judged by its recall, which is what falls short. */
export const PRECISION_TARGET = 0.9;

/**
 * How good a setting's cross-validated headings are: any that keeps precision at the target beats any that does
 * not, and among those the higher recall wins; below the target, F1.
 */
export function merit(s: Score): number {
  return s.precision >= PRECISION_TARGET ? 1 + s.recall : f1(s);
}

/** Out-of-fold probabilities: each text's candidates scored by a model trained on the other folds (by position). */
export function outOfFold(texts: TextExamples[], folds: number, opts: TrainOptions): number[][] {
  const probs: number[][] = texts.map(() => []);
  for (let k = 0; k < folds; k++) {
    const trainSet = texts.filter((_, i) => i % folds !== k).flatMap((t) => t.candidates);
    const model = { ...train(trainSet, opts), threshold: 0.5 };
    texts.forEach((t, i) => {
      if (i % folds === k) probs[i] = t.candidates.map((c) => headingProbability(c.features, model));
    });
  }
  return probs;
}

/** The threshold (0.05 to 0.95) with the best merit (recall at the precision target, else F1) on the given probabilities. */
export function bestThreshold(texts: TextExamples[], probs: number[][]): { threshold: number; score: Score } {
  let best = { threshold: 0.5, score: scoreHeadings(texts, (t, i) => probs[t][i], 0.5) };
  for (let th = 0.05; th <= 0.951; th += 0.05) {
    const threshold = Math.round(th * 100) / 100;
    const score = scoreHeadings(texts, (t, i) => probs[t][i], threshold);
    if (merit(score) > merit(best.score) + 1e-9) best = { threshold, score };
  }
  return best;
}
