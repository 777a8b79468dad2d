// Trains the stance model (stance-model.ts) on annotated texts. Every reaction the parser finds is a candidate; it is
// an example when the annotation gives its actor exactly one stance in that text (an actor annotated with two stances,
// or not at all, teaches nothing about the one found). Softmax regression with L2, Adam steps on the mean loss over
// every example at once, from zero weights, in a fixed order: the same texts give the same weights. The
// regularisation comes from cross-validation over whole texts (folds by position), judged by what import:quality
// counts: reactions whose actor and stance both match the annotation.
import { STANCES, stanceByScores, stanceScores, type StanceModel } from './stance-model';
import { nameKey, parseCase, type ParsedCase, type QualityCase } from './quality';
import type { Stance } from './vocabulary';

export interface StanceExample {
  features: string[];
  /** The actor as the scorer compares it. */
  actor: string;
  rule: Stance;
  /** The annotated stance, when the annotation gives the actor one. */
  label: Stance | null;
}

export interface StanceTextExamples {
  name: string;
  /** The annotated reactions, "actor|stance" with the actor as the scorer compares it. */
  gold: string[];
  candidates: StanceExample[];
}

export function stanceExamples(c: QualityCase, parsed: ParsedCase = parseCase(c)): StanceTextExamples {
  const stances = new Map<string, Set<Stance>>();
  for (const r of c.expected.reactions) {
    const k = nameKey(r.actor);
    stances.set(k, (stances.get(k) ?? new Set()).add(r.stance as Stance));
  }
  const candidates = parsed.stances.map((s) => {
    const actor = nameKey(s.actor);
    const annotated = stances.get(actor);
    return { features: s.features, actor, rule: s.rule, label: annotated?.size === 1 ? [...annotated][0] : null };
  });
  return { name: c.name, gold: c.expected.reactions.map((r) => `${nameKey(r.actor)}|${r.stance}`), candidates };
}

export interface StanceTrainOptions {
  l2: number;
  iterations: number;
  rate: number;
  /** A word is a feature when this many training examples hold it (the rules' stance and the form always are). */
  minCount: number;
}

export const DEFAULT_STANCE_TRAIN: StanceTrainOptions = { l2: 10, iterations: 300, rate: 0.1, minCount: 20 };

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function trainStance(examples: StanceExample[], opts: StanceTrainOptions = DEFAULT_STANCE_TRAIN, margin = 0): StanceModel {
  const labelled = examples.filter((e) => e.label !== null);
  const counts = new Map<string, number>();
  for (const e of labelled) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= opts.minCount || /^(?:rule|form):/u.test(f)).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const K = STANCES.length;
  const D = names.length;
  const rows = labelled.map((e) => {
    const y = STANCES.indexOf(e.label!);
    if (y < 0) throw new Error(`stance model: no class for the annotated stance ${e.label}`);
    return { cols: e.features.filter((f) => index.has(f)).map((f) => index.get(f)!), y };
  });
  // Weights by feature then class; the last K are the biases.
  const w = new Float64Array((D + 1) * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const n = Math.max(1, rows.length);
  const z = new Float64Array(K);
  for (let t = 1; t <= opts.iterations; t++) {
    const g = new Float64Array(w.length);
    for (const r of rows) {
      for (let k = 0; k < K; k++) {
        z[k] = w[D * K + k];
        for (const c of r.cols) z[k] += w[c * K + k];
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k] - max);
        sum += z[k];
      }
      for (let k = 0; k < K; k++) {
        const err = z[k] / sum - (k === r.y ? 1 : 0);
        for (const c of r.cols) g[c * K + k] += err;
        g[D * K + k] += err;
      }
    }
    for (let i = 0; i < w.length; i++) {
      const grad = g[i] / n + (i < D * K ? (opts.l2 * w[i]) / n : 0);
      m[i] = b1 * m[i] + (1 - b1) * grad;
      v[i] = b2 * v[i] + (1 - b2) * grad * grad;
      w[i] -= (opts.rate * (m[i] / (1 - b1 ** t))) / (Math.sqrt(v[i] / (1 - b2 ** t)) + eps);
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, i) => {
    const row = Array.from(w.subarray(i * K, (i + 1) * K), round);
    if (row.some((x) => x !== 0)) weights[name] = row;
  });
  return { bias: Array.from(w.subarray(D * K), round), weights, margin };
}

/** The margins cross-validation tries: how far the words must weigh against the rules' stance to change it. */
export const MARGINS = [0, 0.5, 1, 1.5];

/** The stance of each candidate by out-of-fold scores and a margin. */
export function stancesAt(texts: StanceTextExamples[], scores: number[][][], margin: number): (text: number, candidate: number) => Stance {
  return (t, i) => stanceByScores(texts[t].candidates[i].rule, scores[t][i], margin);
}

/** Reactions whose actor and stance match the annotation, as import:quality counts them (a multiset match). */
export function scoreStances(texts: StanceTextExamples[], stance: (text: number, candidate: number) => Stance): number {
  let matched = 0;
  for (const [ti, t] of texts.entries()) {
    const left = [...t.gold];
    t.candidates.forEach((c, i) => {
      const k = left.indexOf(`${c.actor}|${stance(ti, i)}`);
      if (k >= 0) {
        left.splice(k, 1);
        matched++;
      }
    });
  }
  return matched;
}

/** Out-of-fold scores: each text's candidates scored by a model trained on the other folds (by position). */
export function stanceOutOfFold(texts: StanceTextExamples[], folds: number, opts: StanceTrainOptions): number[][][] {
  const out: number[][][] = texts.map(() => []);
  for (let k = 0; k < folds; k++) {
    const model = trainStance(
      texts.filter((_, i) => i % folds !== k).flatMap((t) => t.candidates),
      opts,
    );
    texts.forEach((t, i) => {
      if (i % folds === k) out[i] = t.candidates.map((c) => stanceScores(c.features, model));
    });
  }
  return out;
}
