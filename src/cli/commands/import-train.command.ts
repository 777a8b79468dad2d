// `explainer-api import-train [--check]` (npm run import:train): trains the importer's two models on the corpus's dev
// split and the older hand-written set, never on the test split, and writes their weights: the heading model to
// src/importer/heading-weights.ts (it prints the cross-validated heading scores of each regularisation it tried, five
// folds over whole texts, and keeps the highest recall that keeps precision at the 90% target, else the best
// F1) and the stance model to src/importer/stance-weights.ts (it prints how many reactions match with the rules'
// stances alone and out of fold with each regularisation and margin, and keeps the largest margin within one standard
// error of the most). `--check` writes nothing and fails
// when the weights in the tree are not the ones training gives. A development tool.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { CliIo } from '../io';
import { qualitySets, HELD_OUT, ROOT } from './import-quality.command';
import { bestThreshold, merit, outOfFold, textExamples, train, DEFAULT_TRAIN, type TextExamples } from '../../importer/training';
import { parseCase, type ParsedCase, type QualityCase } from '../../importer/quality';
import { DEFAULT_STANCE_TRAIN, MARGINS, scoreStances, stanceExamples, stanceOutOfFold, stancesAt, trainStance } from '../../importer/stance-training';
import type { HeadingModel } from '../../importer/heading-model';

const L2 = [0.3, 1, 3, 10, 30];
const STANCE_L2 = [1, 3, 10, 30];
const FOLDS = 5;

export function weightsFile(root = ROOT): string {
  return path.join(root, 'src', 'importer', 'heading-weights.ts');
}

export function stanceWeightsFile(root = ROOT): string {
  return path.join(root, 'src', 'importer', 'stance-weights.ts');
}

/**
 * Trains the stance model on every set but the held-out one; returns the file's text and what cross-validation
 * measured (reactions matched with the rules' stances alone, and out of fold with each regularisation tried).
 */
export function trainStanceModel(
  root = ROOT,
  /** The regularisation cross-validation chose before: training only, no cross-validation. */
  chosen?: { l2: number; margin: number },
  parse: (c: QualityCase) => ParsedCase = parseCase,
): { source: string; report: string[]; texts: number } {
  const sets = qualitySets(root).filter((s) => s.name !== HELD_OUT);
  const texts = sets.flatMap((s) => s.cases.map((c) => stanceExamples(c, parse(c))));
  const report: string[] = [];
  const found = texts.reduce((n, t) => n + t.candidates.length, 0);
  const expected = texts.reduce((n, t) => n + t.gold.length, 0);
  const rules = scoreStances(texts, (t, i) => texts[t].candidates[i].rule);
  const line = (what: string, matched: number) =>
    `${what}: ${matched} of ${found} reactions found match (${expected} expected; recall ${(100 * (matched / expected)).toFixed(1)}%, precision ${(100 * (matched / found)).toFixed(1)}%)`;
  // The most reactions matched out of fold decides, within its standard error (the one-standard-error rule): among the
  // settings that close, the largest margin, the one that leaves the rules' stance most often (the rules can be read
  // and were checked one by one; the model must clearly earn a change).
  let best: { l2: number; margin: number; matched: number } | null = chosen ? { ...chosen, matched: 0 } : null;
  if (!chosen) {
    report.push(line("the rules' stances", rules));
    const tried: { l2: number; margin: number; matched: number }[] = [];
    for (const l2 of STANCE_L2) {
      const scores = stanceOutOfFold(texts, FOLDS, { ...DEFAULT_STANCE_TRAIN, l2 });
      for (const margin of MARGINS) {
        const matched = scoreStances(texts, stancesAt(texts, scores, margin));
        report.push(line(`l2 ${String(l2).padEnd(4)} margin ${margin.toFixed(1)} out of fold`, matched));
        tried.push({ l2, margin, matched });
      }
    }
    if (found === 0) throw new Error('stance model: the parser found no reaction to learn from');
    const top = Math.max(...tried.map((t) => t.matched));
    const se = Math.sqrt(found * (top / found) * (1 - top / found));
    best = tried.filter((t) => t.matched >= top - se).sort((a, b) => b.margin - a.margin || b.matched - a.matched)[0];
    report.push(`best ${top} matched, standard error ${se.toFixed(1)}: the largest margin within it`);
  }
  const model = trainStance(
    texts.flatMap((t) => t.candidates),
    { ...DEFAULT_STANCE_TRAIN, l2: best!.l2 },
    best!.margin,
  );
  const labelled = texts.reduce((n, t) => n + t.candidates.filter((c) => c.label !== null).length, 0);
  report.push(`kept l2 ${best!.l2}, margin ${best!.margin}: ${labelled} labelled reactions, ${Object.keys(model.weights).length} features`);
  const source = weightsSource({
    texts: texts.length,
    type: 'StanceModel',
    from: 'stance-model',
    trainingDoc: "The regularisation cross-validation chose (the margin it chose is the model's), and the texts trained on.",
    training: `STANCE_TRAINING = { l2: ${best!.l2}, texts: ${texts.length} }`,
    model: 'STANCE_MODEL',
    fields: [`bias: [${model.bias.join(', ')}]`, `margin: ${model.margin}`],
    weights: Object.entries(model.weights).map(([k, v]) => `${JSON.stringify(k)}: [${v.join(', ')}]`),
  });
  return { source, report, texts: texts.length };
}

/** Trains on every set but the held-out one; returns the file's text and what cross-validation measured. */
export function trainHeadingModel(
  root = ROOT,
  /** The regularisation and threshold cross-validation chose before: training only, no cross-validation. */
  chosen?: { l2: number; threshold: number },
  /** How a text is parsed: a caller that has parsed the corpus already passes its parses. */
  parse: (c: QualityCase) => ParsedCase = parseCase,
): { source: string; report: string[]; texts: number; model: HeadingModel } {
  const sets = qualitySets(root).filter((s) => s.name !== HELD_OUT);
  const texts: TextExamples[] = sets.flatMap((s) => s.cases.map((c) => textExamples(c, parse(c))));
  const report: string[] = [];
  let best: { l2: number; threshold: number; merit: number } | null = chosen ? { ...chosen, merit: 0 } : null;
  for (const l2 of chosen ? [] : L2) {
    const opts = { ...DEFAULT_TRAIN, l2 };
    const { threshold, score } = bestThreshold(texts, outOfFold(texts, FOLDS, opts));
    const value = merit(score);
    report.push(
      `l2 ${String(l2).padEnd(4)} threshold ${threshold.toFixed(2)}  headings recall ${(100 * score.recall).toFixed(1)}% precision ${(100 * score.precision).toFixed(1)}% (${score.matched}/${score.expected}, ${score.found} found)`,
    );
    if (!best || value > best.merit + 1e-9) best = { l2, threshold, merit: value };
  }
  const model = {
    ...train(
      texts.flatMap((t) => t.candidates),
      { ...DEFAULT_TRAIN, l2: best!.l2 },
    ),
    threshold: best!.threshold,
  };
  report.push(`kept l2 ${best!.l2}, threshold ${best!.threshold}: ${Object.keys(model.weights).length} weights`);
  const source = weightsSource({
    texts: texts.length,
    type: 'HeadingModel',
    from: 'heading-model',
    trainingDoc: "The regularisation cross-validation chose (the threshold it chose is the model's), and the texts trained on.",
    training: `HEADING_TRAINING = { l2: ${best!.l2}, texts: ${texts.length} }`,
    model: 'HEADING_MODEL',
    fields: [`bias: ${model.bias}`, `threshold: ${model.threshold}`],
    weights: Object.entries(model.weights).map(([k, v]) => `${JSON.stringify(k)}: ${v}`),
  });
  return { source, report, texts: texts.length, model };
}

/** The text of a generated weights file: the same header for both models, the training's settings, the model. */
function weightsSource(o: {
  texts: number;
  type: string;
  from: string;
  trainingDoc: string;
  training: string;
  model: string;
  fields: string[];
  weights: string[];
}): string {
  return [
    `// Generated by \`npm run import:train\` from the dev split of test/fixtures/corpus and test/fixtures/explainers`,
    `// (${o.texts} texts; never the test split). Do not edit by hand: train again.`,
    `import type { ${o.type} } from './${o.from}';`,
    ``,
    `/** ${o.trainingDoc} */`,
    `export const ${o.training};`,
    ``,
    `export const ${o.model}: ${o.type} = {`,
    ...o.fields.map((f) => `  ${f},`),
    `  weights: {`,
    ...o.weights.map((w) => `    ${w},`),
    `  },`,
    `};`,
    ``,
  ].join('\n');
}

export function importTrainCommand(io: CliIo): Command {
  return new Command('import-train')
    .description("Train the importer's heading and stance models on the dev split (never the test split) and write their weights")
    .option('--check', 'write nothing; fail when the weights in the tree are not the ones training gives')
    .action((opts: { check?: boolean }) => {
      // Each text parsed once for both models (each trainer loads the sets anew: keyed by name and text).
      const parses = new Map<string, ParsedCase>();
      const parse = (c: QualityCase) => parses.get(`${c.name}\n${c.text}`) ?? parses.set(`${c.name}\n${c.text}`, parseCase(c)).get(`${c.name}\n${c.text}`)!;
      const heading = trainHeadingModel(ROOT, undefined, parse);
      io.out(`heading model: ${heading.texts} training texts, ${FOLDS}-fold cross-validation over whole texts\n${heading.report.join('\n')}\n`);
      // The stance model learns from the reactions of the sections the heading model reads: with a heading model that
      // training has just changed, the texts are parsed again with it (else the weights written would not be the ones
      // training gives once the new heading weights are in the tree).
      const headingChanged = fs.readFileSync(weightsFile(), 'utf8') !== heading.source;
      const withNewHeadings = (c: QualityCase) => parseCase(c, { headingModel: heading.model });
      const stance = trainStanceModel(ROOT, undefined, headingChanged ? withNewHeadings : parse);
      io.out(`stance model: ${stance.texts} training texts, ${FOLDS}-fold cross-validation over whole texts\n${stance.report.join('\n')}\n`);
      const files = [
        [weightsFile(), heading.source],
        [stanceWeightsFile(), stance.source],
      ] as const;
      if (opts.check) {
        for (const [file, source] of files)
          if (fs.readFileSync(file, 'utf8') !== source) throw new Error(`${file} is not what training gives: run npm run import:train`);
        io.out('the weights in the tree are the trained ones\n');
        return;
      }
      for (const [file, source] of files) {
        fs.writeFileSync(file, source);
        io.out(`wrote ${file}\n`);
      }
    });
}
