// Every regular expression of the importer and of the input validators, collected from the source (so a new
// one is covered without editing this file), meets adversarial lines of 10,000 characters and must finish each
// well under 100 ms. A catastrophic backtracker (the old MD_HEADING took ~1 s at 1,000 spaces) takes seconds.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

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

const N = 10_000;
const rep = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
// Runs that make nested or adjacent quantifiers over the same characters try every split of the run.
const ADVERSARIAL = [
  `# a${' '.repeat(N)}b`,
  `## ${'#'.repeat(N)} x`,
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
  `Q${' '.repeat(N)}`,
  `By ${'A '.repeat(N / 2)}`,
  `KYIV${', A'.repeat(N / 3)}`,
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

function run(re: RegExp, input: string): void {
  const r = new RegExp(re.source, re.flags);
  if (r.global || r.sticky) {
    let guard = 0;
    for (let m = r.exec(input); m && guard < 20_000; m = r.exec(input), guard++) if (m[0] === '') r.lastIndex++;
  } else {
    r.exec(input);
  }
}

describe('regular expressions of the importer and the validators', () => {
  const found = collect();

  it('are collected from the source: literals, exported constants and *Pattern builders', () => {
    // The importer alone holds well over a hundred; a collector that silently found none would prove nothing.
    expect(found.length).toBeGreaterThan(150);
    const { MD_HEADING } = require('../../src/importer/layout') as typeof import('../../src/importer/layout');
    expect(found.filter((f) => f.get().some((re) => re.source === MD_HEADING.source)).length).toBe(1);
  });

  it('each finishes every adversarial 10,000-character line in well under 100 ms', () => {
    const slow: string[] = [];
    for (const f of found) {
      for (const re of f.get()) {
        for (const [i, input] of ADVERSARIAL.entries()) {
          // The best of up to three runs: a linear expression delayed once by the machine's other work is no finding.
          let ms = Infinity;
          for (let attempt = 0; attempt < 3 && ms > 100; attempt++) {
            const t0 = performance.now();
            run(re, input);
            ms = Math.min(ms, performance.now() - t0);
          }
          if (ms > 100) slow.push(`${f.where} /${re.source.slice(0, 80)}/ on input ${i}: ${ms.toFixed(0)} ms`);
        }
      }
    }
    expect(slow).toEqual([]);
  });

  it('MD_HEADING: the reported line (# a + 1,000 spaces + b) and a 10k one are headings, read in linear time', () => {
    const { readLayout } = require('../../src/importer/layout') as typeof import('../../src/importer/layout');
    const layout = readLayout(`Headline\n\nLead paragraph here.\n\n## a${' '.repeat(10_000)}b ##\n\nBody text.`, new Date('2024-01-01'));
    expect(layout.sections.map((s) => s.heading)).toEqual([null, `a${' '.repeat(10_000)}b`]);
  });
});
