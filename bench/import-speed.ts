// Import speed: parseExplainer (the importer's parser, in this process) over the importer corpus's dev split
// (test/fixtures/corpus, manifest.json; the test split stays unseen, as the corpus README asks). One pass warms
// the parser up (language data is loaded on first use); then `passes` timed passes over every text.
import fs from 'node:fs';
import path from 'node:path';
import { parseExplainer } from '../src';
import { median } from './lib/rounds';

export interface ImportSpeed {
  texts: number;
  kb: number;
  passes: number;
  /** Median over the passes of (pass time / corpus KB). */
  msPerKb: number;
  /** The spread of the passes' ms/KB: (max - min) / median. */
  spread: number;
  /** The slowest text, in ms per KB (median over the passes). */
  slowest: { id: string; msPerKb: number };
}

export function importSpeed(root: string, passes: number): ImportSpeed {
  const dir = path.join(root, 'test', 'fixtures', 'corpus');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { texts: { id: string; split: string; file: string }[] };
  const texts = manifest.texts.filter((t) => t.split === 'dev').map((t) => ({ id: t.id, text: fs.readFileSync(path.join(dir, t.file), 'utf8') }));
  if (texts.length === 0) throw new Error('no dev texts in test/fixtures/corpus/manifest.json');
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1024;
  for (const t of texts) parseExplainer(t.text);
  const perPass: number[] = [];
  const perText = new Map<string, number[]>(texts.map((t) => [t.id, []]));
  for (let p = 0; p < passes; p++) {
    const started = performance.now();
    for (const t of texts) {
      const t0 = performance.now();
      parseExplainer(t.text);
      perText.get(t.id)!.push((performance.now() - t0) / (Buffer.byteLength(t.text) / 1024));
    }
    perPass.push((performance.now() - started) / kb);
  }
  const msPerKb = median(perPass);
  const slowest = [...perText].map(([id, xs]) => ({ id, msPerKb: median(xs) })).sort((a, b) => b.msPerKb - a.msPerKb)[0];
  return { texts: texts.length, kb, passes, msPerKb, spread: (Math.max(...perPass) - Math.min(...perPass)) / msPerKb, slowest };
}
