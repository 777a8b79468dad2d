// Every regular expression of the importer and of the input validators, collected from the source (so a new
// one is covered without editing this file), meets adversarial lines and must take time linear in their length.
// The criterion is the growth of the time with the length, not a number of milliseconds, so that a linear
// expression passes on a machine as busy as it gets and a super-linear one fails on the fastest: each
// expression runs on a line of 312, 1,250, 5,000 and 20,000 characters (x4 each step); linear time grows x4 per
// step, quadratic x16, and the old MD_HEADING (~1 s at 1,000 spaces) grew ~x60. See `growth` below.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import ts from 'typescript';

// V8 compiles a pattern without its optimisations once a process holds more than a megabyte of compiled patterns
// (or the pattern itself is over 20 KB), and some optimisations hide a super-linear pattern (a variable-length
// lookbehind, "(?<!\bon\s+)", read quadratic in a busy test worker and linear in a fresh one). The audit measures
// every pattern compiled without them, so that it judges the same on any machine and in any worker: the flag
// holds for the patterns compiled while this file runs (each is compiled anew from a source of its own, see
// `growth`), and is set back after.
//
// The compiled code can also change under a measurement. V8 runs a new pattern in its bytecode interpreter first
// and compiles it to machine code after one run (at once on a subject of 1,000+ characters), and a collection can
// drop the compiled code; the interpreter is ~4x slower, so one size run interpreted and the next compiled reads x16
// for a linear pattern. Clean-clone CI saw that once: three linear patterns of mentions.ts read x13 to x16.5, each
// the interpreter's time at one size over the compiled code's at the size before (measured here with
// --regexp-interpret-all); every run before and since passed and no local run reproduced it. Turning the
// interpreter off at run time crashes V8, so a suspicious growth is measured again on a pattern compiled afresh
// (see `growth`), both sizes interleaved on the same code.
v8.setFlagsFromString('--no-regexp-optimization');
afterAll(() => v8.setFlagsFromString('--regexp-optimization'));

const ROOT = path.resolve(__dirname, '..', '..');
const FILES = [
  ...fs.readdirSync(path.join(ROOT, 'src', 'importer')).map((f) => path.join('src', 'importer', f)),
  ...fs.readdirSync(path.join(ROOT, 'src', 'modules')).flatMap((d) =>
    fs.statSync(path.join(ROOT, 'src', 'modules', d)).isDirectory()
      ? fs
          .readdirSync(path.join(ROOT, 'src', 'modules', d))
          .filter((f) => /\.dto\.ts$/.test(f) || d === 'importer')
          .map((f) => path.join('src', 'modules', d, f))
      : [],
  ),
].filter((f) => f.endsWith('.ts'));

interface Found {
  where: string;
  /** How to get the expression(s): a literal's, an exported constant's, or an exported builder's result. */
  get: () => RegExp[];
}

// Runs that make nested or adjacent quantifiers over the same characters try every split of the run; each is
// built at length N.
const rep = (unit: string) => (N: number) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const ADVERSARIAL: ((N: number) => string)[] = [
  (N) => `# a${' '.repeat(N)}b`,
  (N) => `## ${'#'.repeat(N)} x`,
  rep(' '),
  rep('\t '),
  rep('a'),
  rep('A'),
  rep('Aa '),
  rep('A '),
  rep('a '),
  rep('Aa, '),
  rep('Aaa-'),
  rep('The '),
  rep('Mr '),
  rep('#'),
  rep('.'),
  rep('. '),
  rep(','),
  rep(', '),
  rep('-'),
  rep('"'),
  rep('“a '),
  rep('‘a’'),
  rep('('),
  rep('1'),
  rep('1,000 '),
  rep("A'"),
  rep('**'),
  rep('a said '),
  rep('according to A '),
  (N) => `Q${' '.repeat(N)}`,
  (N) => `By ${'A '.repeat(Math.floor(N / 2))}`,
  (N) => `KYIV${', A'.repeat(Math.floor(N / 3))}`,
];

function collect(): Found[] {
  const out: Found[] = [];
  for (const rel of FILES) {
    const file = path.join(ROOT, rel);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const load = () => require(file) as Record<string, unknown>;
    const topLevelName = (node: ts.Node): { name: string; fn: boolean } | null => {
      let n: ts.Node = node;
      let fn = false;
      while (n.parent && n.parent !== source) {
        if (ts.isFunctionLike(n) || ts.isArrowFunction(n)) fn = true;
        n = n.parent;
      }
      if (ts.isVariableStatement(n)) {
        const d = n.declarationList.declarations[0];
        return ts.isIdentifier(d.name) ? { name: d.name.text, fn } : null;
      }
      if (ts.isFunctionDeclaration(n) && n.name) return { name: n.name.text, fn: true };
      return null;
    };
    const visit = (node: ts.Node) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const where = `${rel}:${line}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        const re = new RegExp(text.slice(1, slash), text.slice(slash + 1));
        out.push({ where, get: () => [re] });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const owner = topLevelName(node);
        if (!owner) throw new Error(`${where}: new RegExp outside a named top-level constant or function`);
        if (!owner.fn) {
          // A constant built from other constants: it must be exported so that its built value can be tested.
          out.push({
            where: `${where} (${owner.name})`,
            get: () => {
              const value = load()[owner.name];
              const list = Array.isArray(value) ? value.flat(2) : [value];
              const res = list.filter((v): v is RegExp => v instanceof RegExp);
              if (res.length === 0) throw new Error(`${where}: export ${owner.name} so the audit can test the expression it builds`);
              return res;
            },
          });
        } else {
          // Built in a function from input: only exported builders named *Pattern, called with adversarial names.
          out.push({
            where: `${where} (${owner.name})`,
            get: () => {
              const builder = load()[owner.name];
              if (typeof builder !== 'function' || !owner.name.endsWith('Pattern')) {
                throw new Error(`${where}: a RegExp built in ${owner.name}: build it in an exported function named *Pattern`);
              }
              const names = ['Aaa Bbb', `${'A'.repeat(40)} a (x)`, 'a.b*c+?[] \\'];
              return names.map((n) => (builder.length >= 2 ? builder([n, n.split(' ').pop()], n.split(' ')) : builder(n)) as RegExp);
            },
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** One run of `re` over `input` (a global or sticky expression: every match, as a replace or split would). */
function run(re: RegExp, input: string): void {
  re.lastIndex = 0;
  if (re.global || re.sticky) {
    for (let m = re.exec(input), guard = 0; m && guard <= input.length; m = re.exec(input), guard++) if (m[0] === '') re.lastIndex++;
  } else {
    re.exec(input);
  }
}

/**
 * The least CPU time of `runs` runs of `re` over `input`, in ms. CPU time, not the clock: while other processes
 * have the cores the clock runs on and the CPU time does not, so a busy machine does not make an expression look
 * slow (the least of a few runs drops what a pause of garbage collection or a cache miss adds).
 */
function best(re: RegExp, input: string, runs: number): number {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run(re, input);
    const used = process.cpuUsage(before);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return ms;
}

const SIZES = [312, 1250, 5000, 20_000];
/** Growth per x4 of the length above which an expression is super-linear: linear is 4, quadratic 16. */
export const MAX_GROWTH = 8;
/**
 * At 5,000 characters and more, a CPU time under this is linear whatever the machine: a quadratic expression
 * makes 25 million steps there (tens of ms on the fastest machine); so the growth is only measured above it.
 */
const FAST_MS = 1;
/** Below this CPU time a ratio is mostly the clock's granularity: the growth is judged from here up. */
const MEASURABLE_MS = 0.2;
/** A size that took this much CPU time is not followed by a 4x larger one (a backtracker would take minutes there). */
const STOP_MS = 250;

/** How many times a suspicious growth is measured again, and the pause before each time but the first. */
const CONFIRMATIONS = 3;
const PAUSE_MS = 250;

/** Sleeps `ms` on this thread (no event loop turn: the measurement is synchronous). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The least CPU time of `runs` runs of an expression over an input, in ms (`best`; a test passes its own). */
export type Measure = (re: RegExp, input: string, runs: number) => number;

/**
 * How `re`'s time on `make(n)` grows from one size to the next (x4 the length), or null when it is too fast at
 * 5,000+ characters to be super-linear. A suspicious growth is measured again, the two sizes interleaved with
 * more runs each, on the pattern compiled afresh, up to CONFIRMATIONS times a moment apart, and the least growth
 * counts: a super-linear pattern grows too fast every time, while a disturbance passes (a pause of the machine
 * during one size's runs, a host taking the CPU from its virtual machine, compiled code dropped and the pattern run
 * in V8's ~4x slower interpreter for a while).
 */
export function growth(re: RegExp, make: (n: number) => string, measure: Measure = best): { from: number; to: number; ratio: number } | null {
  // (a source of its own, "(?:…)", so that no compiled code of the same pattern from another test is reused)
  const r = new RegExp(`(?:${re.source})`, re.flags);
  let prev: { n: number; ms: number } | undefined;
  for (const n of SIZES) {
    const ms = measure(r, make(n), 3);
    if (n >= 5000 && ms < FAST_MS) return null;
    if (!prev) {
      if (ms > STOP_MS) return { from: n, to: n, ratio: Infinity };
    } else if (ms >= MEASURABLE_MS) {
      let ratio = ms / Math.max(prev.ms, 0.001);
      if (ratio > MAX_GROWTH) {
        const [small, large] = [make(prev.n), make(n)];
        let [a, b] = [Infinity, Infinity];
        for (let k = 1; k <= CONFIRMATIONS; k++) {
          if (k > 1) pause(PAUSE_MS);
          const fresh = new RegExp(`${'(?:'.repeat(k + 1)}${re.source}${')'.repeat(k + 1)}`, re.flags);
          let [x, y] = [Infinity, Infinity];
          for (let i = 0; i < 5; i++) [x, y] = [Math.min(x, measure(fresh, small, 1)), Math.min(y, measure(fresh, large, 1))];
          if (k === 1 || y / Math.max(x, 0.001) < b / Math.max(a, 0.001)) [a, b] = [x, y];
          if (b / Math.max(a, 0.001) <= MAX_GROWTH) break;
        }
        // A smaller size too fast to measure says nothing about growth (a linear pattern read x1,530 from ~0.001
        // ms on a busy machine): judge it from this size to the next, both measurable, instead.
        if (a < MEASURABLE_MS && n < SIZES[SIZES.length - 1]) {
          prev = { n, ms: b };
          continue;
        }
        ratio = b / Math.max(a, 0.001);
      }
      if (ratio > MAX_GROWTH || ms > STOP_MS) return { from: prev.n, to: n, ratio };
    }
    prev = { n, ms };
  }
  return null;
}

describe('regular expressions of the importer and the validators', () => {
  const found = collect();

  it('are collected from the source: literals, exported constants and *Pattern builders', () => {
    // The importer alone holds well over a hundred; a collector that silently found none would prove nothing.
    expect(found.length).toBeGreaterThan(150);
    const { MD_HEADING } = require('../../src/importer/layout') as typeof import('../../src/importer/layout');
    expect(found.filter((f) => f.get().some((re) => re.source === MD_HEADING.source)).length).toBe(1);
  });

  it('each takes time linear in the length of every adversarial line (x4 the length: at most x8 the time)', () => {
    const superLinear: string[] = [];
    for (const f of found) {
      for (const re of f.get()) {
        for (const [i, make] of ADVERSARIAL.entries()) {
          const g = growth(re, make);
          if (g && g.ratio > MAX_GROWTH)
            superLinear.push(`${f.where} /${re.source.slice(0, 80)}/ on input ${i}: x${g.ratio.toFixed(1)} from ${g.from} to ${g.to} characters`);
        }
      }
    }
    expect(superLinear).toEqual([]);
  });

  it('the criterion tells a linear expression from a quadratic and a backtracking one', () => {
    const spaces = (n: number) => `# a${' '.repeat(n)}b`;
    expect(growth(/^(#{1,6})[ \t]+(\S.*)$/, spaces)).toBeNull();
    // Linear however slow: 200 alternatives tried at every character (so the 1 ms shortcut does not apply).
    const slowLinear = new RegExp(`(?:${Array.from({ length: 200 }, (_, i) => `x${i}y`).join('|')})`, 'g');
    const linear = growth(slowLinear, spaces);
    expect(linear === null || linear.ratio <= MAX_GROWTH).toBe(true);
    // Quadratic: from every start, a run of spaces is scanned to its end for a `c` that is not there.
    expect(growth(/ +c/g, spaces)?.ratio).toBeGreaterThan(MAX_GROWTH);
    // The old MD_HEADING: adjacent quantifiers over the spaces try every split of the run.
    expect(growth(/^(#{1,6})\s+(.+?)\s*#*\s*$/, spaces)?.ratio).toBeGreaterThan(MAX_GROWTH);
  });

  it("a disturbance during one size's runs is measured again a moment later, not taken for growth", () => {
    // Made-up clocks: a linear cost whose 20,000-character runs read x4 slow for the first measurement and the first
    // confirmation (what clean-clone CI once saw), and a quadratic cost, slow every time.
    let disturbed = 1 + 5;
    const linear: Measure = (_re, input) => (input.length / 5000) * (input.length === 20_000 && disturbed-- > 0 ? 4 : 1);
    expect(growth(/x/g, rep('a'), linear)).toBeNull();
    expect(disturbed).toBeLessThan(0);
    const quadratic: Measure = (_re, input) => (input.length / 5000) ** 2;
    expect(growth(/x/g, rep('a'), quadratic)).toEqual({ from: 5000, to: 20_000, ratio: 16 });
  });

  it('MD_HEADING: the reported line (# a + 1,000 spaces + b) and a 10k one are headings, read in linear time', () => {
    const { readLayout } = require('../../src/importer/layout') as typeof import('../../src/importer/layout');
    const layout = readLayout(`Headline\n\nLead paragraph here.\n\n## a${' '.repeat(10_000)}b ##\n\nBody text.`, new Date('2024-01-01'));
    expect(layout.sections.map((s) => s.heading)).toEqual([null, `a${' '.repeat(10_000)}b`]);
  });
});
