// `npm run import:quality [-- --verbose]`: recall and precision of the importer on the hand-annotated set in
// test/fixtures/explainers (a development tool: it reads the repository's test fixtures).
import path from 'node:path';
import { loadConfig } from '../config';
import { formatTable, KINDS, loadQualitySet, scoreCase } from '../importer/quality';

const verbose = process.argv.includes('--verbose');
const dir = path.join(loadConfig().projectRoot, 'test', 'fixtures', 'explainers');
const scores = loadQualitySet(dir).map(scoreCase);
console.log(`importer quality on ${scores.length} annotated explainers (${path.relative(process.cwd(), dir) || dir})\n`);
console.log(formatTable(scores));
if (verbose) {
  for (const s of scores) {
    for (const kind of KINDS) {
      for (const m of s.missed[kind]) console.log(`${s.name}  ${kind}  MISSED  ${m}`);
      for (const e of s.extra[kind]) console.log(`${s.name}  ${kind}  EXTRA   ${e}`);
    }
  }
}
