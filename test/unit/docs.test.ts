// The docs beside the code: the generated pages match the code, and every link of the README and docs/ leads somewhere.
import fs from 'node:fs';
import path from 'node:path';
import { isInterfaceType, isObjectType } from 'graphql';
import { CONFIG_DOC, commentsOf, renderConfigDoc, settings } from '../../scripts/docs/config-doc';
import { FIELDS_DOC, renderFieldsDoc } from '../../scripts/docs/fields-doc';
import { buildSchema } from '../../src/schema';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

// Pages other branches add (news page, living explainers, structure): the README links them before they are merged here. Once a
// file exists it is checked like every other link.

/** The staleness check, with the command that fixes it and the first line that differs in the failure message. */
function expectCurrent(file: string, generated: string, command: string): void {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const stale = committed !== generated;
  const [was, now] = [committed.split('\n'), generated.split('\n')];
  const line = was.findIndex((l, i) => l !== now[i]);
  const difference = stale
    ? { line: (line < 0 ? was.length : line) + 1, committed: was[line] ?? null, generated: now[line < 0 ? was.length : line] ?? null }
    : null;
  expect({ file: path.relative(ROOT, file), stale, fix: stale ? `run \`${command}\` and commit the file` : '', difference }).toEqual({
    file: path.relative(ROOT, file),
    stale: false,
    fix: '',
    difference: null,
  });
}

describe('docs/configuration.md', () => {
  it('is what `npm run docs:config` generates from the zod schema in src/config.ts', () => {
    expectCurrent(CONFIG_DOC, renderConfigDoc(), 'npm run docs:config');
  });

  it('lists every variable of the schema with its default and description', () => {
    const doc = read('docs/configuration.md');
    const list = settings();
    expect(list.length).toBeGreaterThan(50);
    for (const s of list) expect(doc).toContain(`| \`${s.name}\` |`);
    const port = list.find((s) => s.name === 'PORT');
    expect(port).toEqual({ name: 'PORT', type: 'integer 0..65535', defaultValue: '4000', description: expect.stringContaining('Port') });
    expect(list.find((s) => s.name === 'DATABASE_URL')).toMatchObject({ type: 'URL', defaultValue: undefined });
    expect(list.find((s) => s.name === 'RESPONSE_CACHE')).toMatchObject({ type: 'boolean', defaultValue: 'true' });
    expect(list.find((s) => s.name === 'LOG_LEVEL')?.type).toBe('`debug` \\| `info` \\| `warn` \\| `error` \\| `silent`');
  });

  it('refuses a variable without a description, naming it (so the page cannot silently lose one)', () => {
    const source = read('src/config.ts');
    expect(commentsOf(source).get('HOST')).toBeTruthy();
    const withoutHostDoc = source.replace(/\/\*\*[^*]*\*\/\n(\s*HOST:)/, '$1');
    expect(withoutHostDoc).not.toBe(source);
    expect(() => settings(withoutHostDoc)).toThrow(/no description for HOST\b/);
  });
});

describe('docs/fields.md', () => {
  it('is what `npm run docs:fields` generates from the schema metadata', () => {
    expectCurrent(FIELDS_DOC, renderFieldsDoc(), 'npm run docs:fields');
  });

  it('names every Type.field of the schema, with a link to its source (the link check below sees that it exists)', () => {
    const doc = read('docs/fields.md');
    const schema = buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const name of Object.keys(type.getFields())) {
        const row = doc.split('\n').find((l) => l.startsWith(`| \`${type.name}.${name}\` |`));
        if (!row || !/\]\(\.\.\/src\/[^)]+\.ts\)/.test(row)) missing.push(`${type.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every file it names holds what the row says: the resolver class and method, the property, the service call, the read spec', () => {
    const wrong: string[] = [];
    const has = (file: string, pattern: RegExp, what: string, key: string) => {
      if (!pattern.test(read(file))) wrong.push(`${key}: ${file} has no ${what}`);
    };
    let rows = 0;
    for (const line of read('docs/fields.md').split('\n')) {
      const key = /^\| `(\w+)\.(\w+)` \|/.exec(line);
      if (!key) continue;
      rows++;
      const [, type, field] = key;
      const name = `${type}.${field}`;
      for (const [, cls, method, file] of line.matchAll(/`(\w+)\.(\w+)` in \[([^\]]+)\]/g)) {
        if (file.endsWith('.service.ts')) has(file, new RegExp(`\\b${method}\\b`), `${method}`, name);
        else has(file, new RegExp(`class ${cls}\\b[\\s\\S]*\\b${method}\\(`), `class ${cls} with ${method}()`, name);
      }
      for (const [, cls, file] of line.matchAll(/property of `(\w+)` in \[([^\]]+)\]/g)) {
        has(file, new RegExp(`class ${cls}\\b[\\s\\S]*\\b${field}\\b`), `class ${cls} with ${field}`, name);
      }
      for (const [, file] of line.matchAll(/\[([^\]]+\.read\.ts)\]\((?:[^)]+)\) \((?:`(\w+)`|[^)]*)\)/g)) {
        const root = ['Query', 'Mutation', 'Subscription'].includes(type);
        const result = root ? /\.read\.ts\) \(`(\w+)`\)/.exec(line)?.[1] : type;
        has(file, new RegExp(`(type|edgeType): '${result}'`), `read spec for ${result}`, name);
      }
    }
    expect(rows).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });
});

/** Relative links of a markdown file (no URLs, no in-page anchors), resolved against the file's folder. */
function relativeLinks(file: string): string[] {
  const text = read(file).replace(/```[\s\S]*?```/g, '');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  return targets
    .filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#'))
    .map((t) => path.posix.normalize(path.posix.join(path.posix.dirname(file), t.split('#')[0])));
}

describe('README.md and docs/', () => {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);

  it('link only to files that exist (pages announced by other branches aside until they land)', () => {
    const broken = ['README.md', ...docs].flatMap((file) =>
      relativeLinks(file)
        .filter((target) => !fs.existsSync(path.join(ROOT, target)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('link to headings that exist (anchors as GitHub makes them: lower case, punctuation dropped, spaces as hyphens)', () => {
    const slug = (heading: string) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const anchors = (file: string) => new Set([...read(file).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
    const broken = ['README.md', ...docs].flatMap((file) => {
      const text = read(file).replace(/```[\s\S]*?```/g, '');
      return [...text.matchAll(/\]\(([^)\s]*)#([^)\s]+)\)/g)]
        .map(([, target, anchor]) => ({ target: target ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target)) : file, anchor }))
        .filter(({ target }) => target.endsWith('.md') && fs.existsSync(path.join(ROOT, target)))
        .filter(({ target, anchor }) => !anchors(target).has(anchor))
        .map(({ target, anchor }) => `${file} -> ${target}#${anchor}`);
    });
    expect(broken).toEqual([]);
  });

  it('name only files and folders of the project that exist (`src/...`, `test/...` and the like in backticks)', () => {
    const named = ['README.md', ...docs].flatMap((file) =>
      [...read(file).matchAll(/`((?:src|test|bench|scripts|examples|deploy|schema|docs|\.ci)\/[\w./-]*)`/g)].map((m) => ({ file, target: m[1] })),
    );
    expect(named.length).toBeGreaterThan(50);
    // What runs create (installs, CI output) is not in a checkout.
    const made = (target: string) => target.includes('node_modules') || target.startsWith('.ci/out/');
    expect(named.filter(({ target }) => !made(target) && !fs.existsSync(path.join(ROOT, target))).map(({ file, target }) => `${file}: ${target}`)).toEqual([]);
  });

  it('the README links every page of docs/ and stays short', () => {
    const linked = new Set(relativeLinks('README.md'));
    const unlinked = docs.filter((d) => !linked.has(d)).map((d) => `${d}: add a line for it to the README's Docs list`);
    expect(unlinked).toEqual([]);
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(220);
  });

  it('the README starts with the two commands', () => {
    const start = read('README.md').split('\n').slice(0, 6).join('\n');
    expect(start).toContain('npm ci && npm start');
    expect(start).toContain('npm test');
  });

  it("docs/frontend.md shows the reader example's own codegen config", () => {
    const block = /The codegen config[\s\S]*?```ts\n([\s\S]*?)```/.exec(read('docs/frontend.md'))?.[1];
    const own = read('examples/reader/codegen.ts').replace(/^\/\/.*\n/, '');
    expect(block).toBe(own);
  });

  it('docs/importing.md holds the latest import:quality run, of the corpus in the tree (its dev and test sizes)', () => {
    // (an edit that emptied the page once went unseen: every link to it still resolved)
    const doc = read('docs/importing.md');
    const open = doc.indexOf('<!-- import-quality:latest -->\n');
    const close = doc.indexOf('<!-- /import-quality:latest -->', open);
    expect({ open: open >= 0, close: close > open }).toEqual({ open: true, close: true });
    const texts = (JSON.parse(read('test/fixtures/corpus/manifest.json')) as { texts: { split: string }[] }).texts;
    const run = doc.slice(open, close);
    for (const split of ['dev', 'test']) {
      const size = texts.filter((t) => t.split === split).length;
      expect([split, new RegExp(`== ${split}: (\\d+) annotated texts ==`).exec(run)?.[1]]).toEqual([split, String(size)]);
    }
  });

  it('docs/performance.md holds the blocks `npm run bench` rewrites', () => {
    const perf = read('docs/performance.md');
    for (const name of ['latest', 'scale']) {
      const open = perf.indexOf(`<!-- bench:${name} -->\n`);
      expect({ name, open: open >= 0, close: perf.indexOf(`<!-- /bench:${name} -->`, open) > open }).toEqual({ name, open: true, close: true });
    }
  });
});
