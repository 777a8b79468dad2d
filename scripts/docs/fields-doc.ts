// Renders docs/fields.md: every `Type.field` of the GraphQL schema with the file that resolves it and, where the
// value comes from the compiled one-statement read path, the read spec (`<x>.read.ts`) that says its SQL.
// Who resolves what comes from type-graphql's metadata (resolver classes, field resolvers, object types); where a
// class, a read spec or an enum is written comes from the TypeScript compiler API over src/**/*.ts.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildSchema } from '../../src/schema';
import { findObjectSpec } from '../../src/common/sql/json-query';
import { ROOT, cell } from './config-doc';

export const FIELDS_DOC = path.join(ROOT, 'docs', 'fields.md');
const SRC = path.join(ROOT, 'src');
const SQL_COMPILER = 'src/common/sql/json-query.ts';
const SUBGRAPH = 'src/modules/federation/subgraph.schema.ts';

/** A class of src/ as the compiler sees it: where it is, and the GraphQL name its type-graphql decorator gives. */
interface ClassSite {
  file: string;
  decorators: string[];
  graphqlName?: string;
}

/** What the source says, found without running it. */
export interface SourceIndex {
  classes: Map<string, ClassSite[]>;
  /** `<Name>Connection` / `<Name>Edge` -> the file whose `connectionOf(X, '<Name>')` made them. */
  connectionSites: Map<string, string>;
  /** GraphQL type (object, connection or edge) -> the read spec file that defines it (`defineObject` / `defineConnection`). */
  readSpecs: Map<string, string>;
  /** Enum name -> the file that registers it (`registerEnumType`). */
  enums: Map<string, string>;
  /** `Class.method` -> the services it calls (functions or methods of objects imported from `*.service.ts` files). */
  serviceCalls: Map<string, { call: string; file: string }[]>;
}

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f))
    .sort();
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function stringOf(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function propertyOf(obj: ts.Node | undefined, name: string): ts.Expression | undefined {
  if (!obj || !ts.isObjectLiteralExpression(obj)) return undefined;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  }
  return undefined;
}

export function indexSources(files: string[] = sourceFiles(SRC)): SourceIndex {
  const index: SourceIndex = { classes: new Map(), connectionSites: new Map(), readSpecs: new Map(), enums: new Map(), serviceCalls: new Map() };
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = rel(file);
    const services = serviceImports(source, file);
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name && services.size > 0) {
        for (const member of node.members) {
          if (!ts.isMethodDeclaration(member) || !member.body || !ts.isIdentifier(member.name)) continue;
          const calls = callsInto(member.body, services);
          if (calls.length > 0) index.serviceCalls.set(`${node.name.text}.${member.name.text}`, calls);
        }
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const site: ClassSite = { file: where, decorators: [] };
        for (const d of ts.getDecorators(node) ?? []) {
          if (!ts.isCallExpression(d.expression)) continue;
          const name = calleeName(d.expression);
          if (name) site.decorators.push(name);
          site.graphqlName ??= stringOf(d.expression.arguments[0]);
        }
        const list = index.classes.get(node.name.text) ?? [];
        list.push(site);
        index.classes.set(node.name.text, list);
      }
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        const [first, second] = node.arguments;
        if (name === 'connectionOf') {
          const base = stringOf(second);
          if (base) {
            index.connectionSites.set(`${base}Connection`, where);
            index.connectionSites.set(`${base}Edge`, where);
          }
        } else if (name === 'defineObject' || name === 'defineConnection') {
          const type = stringOf(propertyOf(first, 'type'));
          if (type) index.readSpecs.set(type, where);
          // A connection spec also builds its edges (cursor and node).
          const edgeType = stringOf(propertyOf(first, 'edgeType'));
          if (edgeType) index.readSpecs.set(edgeType, where);
        } else if (name === 'registerEnumType') {
          const enumName = stringOf(propertyOf(second, 'name'));
          if (enumName) index.enums.set(enumName, where);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return index;
}

/** Names imported from `*.service.ts` files of src/, with the file each comes from. */
function serviceImports(source: ts.SourceFile, file: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith('.') || !/\.service$/.test(spec)) continue;
    const target = rel(path.resolve(path.dirname(file), `${spec}.ts`));
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) if (!element.isTypeOnly) found.set(element.name.text, target);
  }
  return found;
}

/** `service.method(...)` and `serviceFunction(...)` calls in a method body, in order, each once. */
function callsInto(body: ts.Node, services: Map<string, string>): { call: string; file: string }[] {
  const calls = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const e = node.expression;
      if (ts.isIdentifier(e) && services.has(e.text)) calls.set(e.text, services.get(e.text)!);
      if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && services.has(e.expression.text)) {
        calls.set(`${e.expression.text}.${e.name.text}`, services.get(e.expression.text)!);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return [...calls].map(([call, file]) => ({ call, file }));
}

// The parts of type-graphql's metadata read here (its storage is typed loosely across releases).
type Target = { name: string };
interface FieldMeta {
  schemaName: string;
  target: Target;
}
interface ClassMeta {
  name: string;
  target: Target;
  fields?: FieldMeta[];
  interfaceClasses?: Target[];
}
interface HandlerMeta {
  schemaName: string;
  methodName: string;
  target: Target;
  getObjectType?: () => Target | undefined;
}
interface Storage {
  objectTypes: ClassMeta[];
  interfaceTypes: ClassMeta[];
  inputTypes: ClassMeta[];
  queries: HandlerMeta[];
  mutations: HandlerMeta[];
  subscriptions: HandlerMeta[];
  fieldResolvers: HandlerMeta[];
}

const link = (file: string) => `[${file}](../${file})`;

/** The file(s) of a class: by its name, narrowed by the type-graphql decorator that names it when names repeat. */
function fileOfClass(index: SourceIndex, className: string, graphqlName?: string, decorator?: string): string {
  let sites = index.classes.get(className) ?? [];
  if (sites.length > 1 && decorator) {
    const decorated = sites.filter((s) => s.decorators.includes(decorator));
    if (decorated.length > 0) sites = decorated;
  }
  if (sites.length > 1 && graphqlName) {
    const named = sites.filter((s) => s.graphqlName === graphqlName);
    if (named.length > 0) sites = named;
  }
  // Not declared as `class X` under src/: the row shows no file, and test/unit/docs.test.ts names the field.
  if (sites.length === 0) return `\`${className}\` (declaration not found under src/)`;
  return [...new Set(sites.map((s) => s.file))].map(link).join(' or ');
}

function typeRef(field: GraphQLField<unknown, unknown>): string {
  return `\`${String(field.type)}\``;
}

export function renderFieldsDoc(schema: GraphQLSchema = buildSchema(), index: SourceIndex = indexSources()): string {
  const storage = getMetadataStorage() as unknown as Storage;
  const classOfType = new Map<string, { meta: ClassMeta; decorator: string }>();
  for (const meta of storage.objectTypes) classOfType.set(meta.name, { meta, decorator: 'ObjectType' });
  for (const meta of storage.interfaceTypes) classOfType.set(meta.name, { meta, decorator: 'InterfaceType' });
  const inputOfType = new Map(storage.inputTypes.map((m) => [m.name, m]));
  const typeNameOfClass = new Map<Target, string>([...classOfType.values()].map(({ meta }) => [meta.target, meta.name]));
  const fieldResolvers = new Map<string, HandlerMeta>();
  for (const fr of storage.fieldResolvers) {
    const target = fr.getObjectType ? safeTarget(fr) : undefined;
    const typeName = target ? typeNameOfClass.get(target) : undefined;
    if (typeName) fieldResolvers.set(`${typeName}.${fr.schemaName}`, fr);
  }
  const resolverFile = (h: HandlerMeta) => fileOfClass(index, h.target.name, undefined, 'Resolver');
  const specOf = (typeName: string) => index.readSpecs.get(typeName);

  const lines: string[] = [
    '# Fields: where each is resolved',
    '',
    "<!-- Generated by `npm run docs:fields` from type-graphql's metadata and the read specs; do not edit by hand. -->",
    '',
    'Every `Type.field` of the GraphQL schema (`schema/schema.graphql`) with the code that gives its value. Search this',
    'page for the name (`Article.sections`). Columns:',
    '',
    '- **resolved by**: the resolver method (a class decorated with `@Resolver`) for root fields and field resolvers,',
    '  or the class property (`@Field`) that declares a plain field.',
    '- **calls** (root fields): the services the resolver method calls (`<x>.service.ts`: they own the database).',
    '- **SQL**: the read spec (`src/modules/<feature>/<x>.read.ts`) that turns the field into SQL on the read path: the',
    `  root field's whole answer is one statement compiled from the selection by \`${SQL_COMPILER}\`. A relation`,
    '  field without arguments is read straight from that JSON (`src/schema.ts`, `readPreloadedDirectly`); its field',
    '  resolver (`preloaded()`) only runs for a parent that came from elsewhere, through a request DataLoader. For a root',
    "  field it is the read spec of the field's result type (mutations read their answer back through it too).",
    '',
    `The federation subgraph's own root fields \`_service\` and \`_entities\` (served at \`/subgraph\` only) are in ${link(SUBGRAPH)}.`,
    'This page is generated: run `npm run docs:fields` after changing the schema; `test/unit/docs.test.ts` fails while',
    'it is stale.',
    '',
  ];

  const roots: [string, HandlerMeta[]][] = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ];
  for (const [rootName, handlers] of roots) {
    const type = schema.getType(rootName);
    if (!type || !isObjectType(type)) continue;
    lines.push(`## ${rootName}`, '', '| field | type | resolved by | calls | SQL |', '|---|---|---|---|---|');
    for (const field of sortedFields(type.getFields())) {
      const handler = handlers.find((h) => h.schemaName === field.name);
      const by = handler ? `\`${handler.target.name}.${handler.methodName}\` in ${resolverFile(handler)}` : 'not found in the metadata';
      const result = getNamedType(field.type).name;
      const spec = specOf(result);
      const calls = handler ? (index.serviceCalls.get(`${handler.target.name}.${handler.methodName}`) ?? []) : [];
      const called = calls.map((c) => `\`${c.call}\` in ${link(c.file)}`).join(', ');
      lines.push(`| \`${rootName}.${field.name}\` | ${typeRef(field)} | ${by} | ${called} | ${spec ? `${link(spec)} (\`${result}\`)` : ''} |`);
    }
    lines.push('');
  }

  const rootNames = new Set(roots.map(([n]) => n));
  const outputTypes = Object.values(schema.getTypeMap())
    .filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__') && !rootNames.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const type of outputTypes) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const found = classOfType.get(type.name);
    const spec = specOf(type.name);
    const objectSpec = findObjectSpec(type.name);
    lines.push(`## ${type.name}`, '');
    const about: string[] = [];
    if (found) {
      const kind = isInterfaceType(type) ? 'Interface' : 'Object type';
      about.push(`${kind} declared by class \`${found.meta.target.name}\` in ${fileOfClass(index, found.meta.target.name, type.name, found.decorator)}`);
    }
    const site = index.connectionSites.get(type.name);
    if (site) about.push(`made by \`connectionOf\` in ${link(site)}`);
    if (spec) about.push(`read by ${objectSpec ? 'the object spec' : 'the connection spec'} in ${link(spec)}`);
    if (about.length > 0) lines.push(`${about.join('; ')}.`, '');
    lines.push('| field | type | resolved by | SQL |', '|---|---|---|---|');
    for (const field of sortedFields(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const fr = fieldResolvers.get(key);
      let by: string;
      if (fr) by = `\`${fr.target.name}.${fr.methodName}\` in ${resolverFile(fr)}`;
      else {
        const declared = declaringClass(found?.meta, field.name, storage);
        by = declared ? `property of \`${declared.name}\` in ${fileOfClass(index, declared.name, typeNameOfClass.get(declared))}` : '';
      }
      let sql = '';
      if (objectSpec && spec) {
        if (field.name === 'id') sql = `${link(spec)} (global id)`;
        else if (field.name in objectSpec.scalars) sql = `${link(spec)} (column)`;
        else if (field.name in objectSpec.relations)
          sql = `${link(spec)} (${objectSpec.relations[field.name].kind} \`${objectSpec.relations[field.name].target}\`)`;
      } else if (spec) sql = `${link(spec)} (connection)`;
      lines.push(`| \`${key}\` | ${typeRef(field)} | ${by} | ${sql} |`);
    }
    lines.push('');
  }

  const inputTypes = Object.values(schema.getTypeMap())
    .filter(isInputObjectType)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  if (inputTypes.length > 0) {
    lines.push('## Input types', '', '| input field | type | declared in |', '|---|---|---|');
    for (const type of inputTypes) {
      const meta = inputOfType.get(type.name);
      const file = meta ? fileOfClass(index, meta.target.name, type.name, 'InputType') : '';
      for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
        lines.push(`| \`${type.name}.${field.name}\` | \`${String(field.type)}\` | ${file} |`);
      }
    }
    lines.push('');
  }

  const enums = Object.values(schema.getTypeMap())
    .filter((t) => isEnumType(t) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  if (enums.length > 0) {
    lines.push('## Enums', '', '| enum | values | registered in |', '|---|---|---|');
    for (const e of enums) {
      if (!isEnumType(e)) continue;
      const file = index.enums.get(e.name);
      lines.push(
        `| \`${e.name}\` | ${cell(
          e
            .getValues()
            .map((v) => v.name)
            .join(', '),
        )} | ${file ? link(file) : ''} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

function safeTarget(h: HandlerMeta): Target | undefined {
  try {
    return h.getObjectType?.();
  } catch {
    return undefined;
  }
}

function sortedFields<T extends { name: string }>(fields: Record<string, T>): T[] {
  return Object.values(fields).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The class whose `@Field` declares the field: the type's own class, or an interface class it implements. */
function declaringClass(meta: ClassMeta | undefined, fieldName: string, storage: Storage): Target | undefined {
  if (!meta) return undefined;
  const own = meta.fields?.find((f) => f.schemaName === fieldName);
  if (own) return own.target;
  for (const iface of meta.interfaceClasses ?? []) {
    const ifaceMeta = storage.interfaceTypes.find((m) => m.target === iface);
    const found = declaringClass(ifaceMeta, fieldName, storage);
    if (found) return found;
  }
  return undefined;
}
