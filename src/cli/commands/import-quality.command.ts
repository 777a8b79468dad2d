// `explainer-api import-quality [--verbose] [--steps] [--split dev|test|fixtures | --dir <path>]` (npm run import:quality): recall and
// precision of the importer per split of the corpus (test/fixtures/corpus: dev, the split it is tuned on, and
// test, never tuned on) and on the older hand-written set (test/fixtures/explainers). A development tool.
// The test split prints its totals only: what was missed, extra or given the wrong speaker there (--verbose) and
// its speakers per resolver step (--steps) are what tuning on it would look at, so they are shown for the other
// sets (dev, fixtures, a --dir batch) and never for it.
import path from 'node:path';
import { Command } from 'commander';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { formatSteps, formatTable, KINDS, loadCorpusSplit, loadQualitySet, scoreCase, type QualityCase } from '../../importer/quality';
import { BadUserInputError } from '../../common/errors';

/** The checkout: the corpus and the sources beside it, from src/ or from dist/. */
export const ROOT = path.resolve(__dirname, '..', '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

/** The split that is never tuned on: its totals only. */
export const HELD_OUT = 'test';

export function qualitySets(root = ROOT): { name: string; cases: QualityCase[] }[] {
  const corpus = path.join(root, 'test', 'fixtures', 'corpus');
  return [
    { name: 'dev', cases: loadCorpusSplit(corpus, 'dev') },
    { name: 'test', cases: loadCorpusSplit(corpus, 'test') },
    { name: 'fixtures', cases: loadQualitySet(path.join(root, 'test', 'fixtures', 'explainers')) },
  ];
}

export function importQualityCommand(io: CliIo): Command {
  return new Command('import-quality')
    .description('Score the importer on the annotated corpus: per split (dev, test) and on the older fixtures')
    .option('--verbose', 'list what was missed, what was extra and every wrong speaker')
    .option('--split <name>', 'only this set: dev, test or fixtures')
    .option('--steps', 'quote speakers per resolver step (right, wrong, missing)')
    .option('--dir <path>', 'score a directory of texts with .expected.json beside them instead (a batch not yet in the corpus)')
    .action((opts: { verbose?: boolean; split?: string; steps?: boolean; dir?: string }) => {
      const sets = opts.dir
        ? [{ name: opts.dir, cases: loadQualitySet(path.resolve(opts.dir)) }]
        : qualitySets().filter((s) => !opts.split || s.name === opts.split);
      if (sets.length === 0) throw new UsageError(`unknown split ${opts.split}: dev, test or fixtures`);
      const refused: string[] = [];
      for (const set of sets) {
        // A text the importer refuses (empty, binary, no paragraphs) is listed and left out; the others are scored.
        const scores = set.cases.flatMap((c) => {
          try {
            return [scoreCase(c)];
          } catch (err) {
            if (!(err instanceof BadUserInputError)) throw err;
            refused.push(`${set.name}: ${c.name}: ${err.message}`);
            return [];
          }
        });
        io.out(`\n== ${set.name}: ${scores.length} annotated texts ==\n${formatTable(scores)}\n`);
        if (!opts.dir && set.name === HELD_OUT) {
          if (opts.steps || opts.verbose) io.out(`(the ${HELD_OUT} split is never tuned on: totals only, no --steps or --verbose)\n`);
          continue;
        }
        if (opts.steps) io.out(`${formatSteps(scores)}\n`);
        if (!opts.verbose) continue;
        for (const s of scores) {
          for (const kind of KINDS) {
            for (const m of s.missed[kind]) io.out(`${s.name}  ${kind}  MISSED  ${m}\n`);
            for (const e of s.extra[kind]) io.out(`${s.name}  ${kind}  EXTRA   ${e}\n`);
          }
          for (const w of s.wrongSpeakers) io.out(`${s.name}  speaker  WRONG   ${w}\n`);
          if (s.headline.want !== null && !s.headline.right) io.out(`${s.name}  headline  WRONG   ${s.headline.got ?? '-'} (expected ${s.headline.want})\n`);
        }
      }
      if (refused.length > 0) {
        for (const r of refused) io.err(`refused: ${r}\n`);
        throw new Error(`the importer refused ${refused.length} text(s), left out of the scores above`);
      }
    });
}
