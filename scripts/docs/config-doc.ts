// Renders docs/configuration.md from the zod schema of src/config.ts: every variable with its type, default and
// description. A description is the schema entry's `.describe()` text or, as config.ts writes them, the `/** ... */`
// comment above the entry (read with the TypeScript compiler API, since comments do not survive compilation).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { envSchema } from '../../src/config';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CONFIG_DOC = path.join(ROOT, 'docs', 'configuration.md');
const CONFIG_SOURCE = path.join(ROOT, 'src', 'config.ts');

/** The boolean spelling config.ts accepts: an enum of these strings turned into a boolean. */
const BOOL_WORDS = ['true', 'false', '1', '0', 'yes', 'no'];

export interface Setting {
  name: string;
  type: string;
  /** The default as it would be written in the environment; undefined when the variable may stay unset. */
  defaultValue?: string;
  description: string;
}

/** `/** ... *\/` comments above each entry of the `envSchema` object literal in src/config.ts, by variable name. */
export function commentsOf(source: string): Map<string, string> {
  const file = ts.createSourceFile('config.ts', source, ts.ScriptTarget.Latest, true);
  const found = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'envSchema' && node.initializer) {
      const literal = firstObjectLiteral(node.initializer);
      for (const prop of literal?.properties ?? []) {
        if (!ts.isPropertyAssignment(prop) || !prop.name || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
        const comments = ts.getLeadingCommentRanges(source, prop.getFullStart()) ?? [];
        const doc = comments.map((c) => source.slice(c.pos, c.end)).filter((c) => c.startsWith('/**'));
        if (doc.length > 0) found.set(prop.name.text, cleanJsDoc(doc[doc.length - 1]));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function firstObjectLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(node)) return node;
  return ts.forEachChild(node, firstObjectLiteral);
}

function cleanJsDoc(comment: string): string {
  return comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Type and default of one schema entry, in the words of someone setting an environment variable. */
export function describeType(entry: z.ZodTypeAny): { type: string; defaultValue?: string; description?: string } {
  let t = entry;
  let defaultValue: string | undefined;
  const description = entry.description;
  for (;;) {
    if (t instanceof z.ZodDefault) {
      defaultValue = String(t._def.defaultValue());
      t = t._def.innerType;
    } else if (t instanceof z.ZodOptional) t = t._def.innerType;
    else break;
  }
  return { type: typeName(t), defaultValue, description };
}

function typeName(t: z.ZodTypeAny): string {
  if (t instanceof z.ZodEffects) {
    const inner = t._def.schema;
    if (inner instanceof z.ZodEnum && sameWords(inner.options, BOOL_WORDS)) return 'boolean';
    return typeName(inner);
  }
  if (t instanceof z.ZodPipeline) {
    const out = t._def.out;
    if (out instanceof z.ZodArray) return `comma-separated list of ${plural(typeName(out._def.type))}`;
    return typeName(out);
  }
  if (t instanceof z.ZodEnum) return (t.options as string[]).map((o) => `\`${o}\``).join(' \\| ');
  if (t instanceof z.ZodNumber) {
    const checks = t._def.checks;
    const int = checks.some((c) => c.kind === 'int');
    const min = checks.find((c) => c.kind === 'min');
    const max = checks.find((c) => c.kind === 'max');
    const word = int ? 'integer' : 'number';
    if (min && max) return `${word} ${min.value}..${max.value}`;
    if (min) return `${word} >= ${min.value}`;
    if (max) return `${word} <= ${max.value}`;
    return word;
  }
  if (t instanceof z.ZodString) {
    const checks = t._def.checks;
    if (checks.some((c) => c.kind === 'url')) return 'URL';
    return 'string';
  }
  if (t instanceof z.ZodBoolean) return 'boolean';
  return t._def.typeName.replace(/^Zod/, '').toLowerCase();
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w) => b.includes(w));
const plural = (type: string) => (type === 'URL' ? 'URLs' : `${type} values`);

/** Every variable of the schema, in its order. Throws when one has no description (add it in src/config.ts). */
export function settings(source = fs.readFileSync(CONFIG_SOURCE, 'utf8')): Setting[] {
  const comments = commentsOf(source);
  const missing: string[] = [];
  const list = Object.entries(envSchema.shape as Record<string, z.ZodTypeAny>).map(([name, entry]) => {
    const { type, defaultValue, description } = describeType(entry);
    const text = description ?? comments.get(name);
    if (!text) missing.push(name);
    return { name, type, defaultValue, description: text ?? '' };
  });
  if (missing.length > 0) {
    throw new Error(`src/config.ts: no description for ${missing.join(', ')}: add a /** ... */ comment above each (or .describe('...'))`);
  }
  return list;
}

/** Text for a table cell: pipes escaped, one line, and `*` outside code spans kept from turning into emphasis. */
export function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/\*/g, '\\*') : part))
    .join('`')
    .replace(/\|/g, '\\|');
}

const defaultCell = (value: string | undefined) => (value === undefined ? 'unset' : value === '' ? 'empty' : `\`${value}\``);

export function renderConfigDoc(list: Setting[] = settings()): string {
  const rows = list.map((s) => `| \`${s.name}\` | ${s.type} | ${defaultCell(s.defaultValue)} | ${cell(s.description)} |`);
  return [
    '# Configuration',
    '',
    '<!-- Generated by `npm run docs:config` from the zod schema in src/config.ts; do not edit by hand. -->',
    '',
    'Every setting is an environment variable, read and validated once by `src/config.ts`, the only reader of',
    '`process.env`. An invalid value stops the server (exit code 1) or the CLI (exit code 2) with one',
    '`Invalid configuration:` message naming the variable. Booleans are `true` or `false` (also `1` / `0`, `yes` / `no`).',
    '"unset" means the variable may stay unset; its description says what happens then.',
    '',
    `This page is generated (${list.length} variables): to change it, edit the schema in \`src/config.ts\` (each entry has a`,
    '`/** ... */` description) and run `npm run docs:config`; `test/unit/docs.test.ts` fails while it is stale.',
    '',
    '| variable | type | default | description |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
