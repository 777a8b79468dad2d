// Import cycles between folders of src/: its top folders (http, common, db, cli, importer, ops), its top files
// (context, schema, config...) and each feature folder under src/modules. A file-level check (import-x/no-cycle,
// madge) misses a cycle that runs through different files of the same folders (articles/a -> sections/b ->
// articles/c); this one collapses every file into its folder first. Type-only imports vanish when compiled and are
// left out, as in the file-level rule (`--types` counts them too). Run by `npm run lint` (also `npm run deps:folders`);
// exits 1 on a cycle.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Edge {
  from: string;
  to: string;
}

/** The folder a file of src/ belongs to: `modules/<feature>` for a feature, the top folder or file otherwise. */
export function unitOf(relative: string): string {
  const parts = relative.split(/[\\/]/);
  const strip = (name: string) => name.replace(/\.ts$/, '');
  if (parts[0] === 'modules') return parts.length > 2 ? `modules/${parts[1]}` : `modules/${strip(parts[1])}`;
  return parts.length > 1 ? parts[0] : strip(parts[0]);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find((f) => f.endsWith('.ts') && fs.existsSync(f));
}

/** The module specifiers a file imports at run time (or also for types only, with `withTypes`). */
export function importsOf(fileName: string, text: string, withTypes = false): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (withTypes || !typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly ||
        (!!node.exportClause &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      if (withTypes || !typeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      if (withTypes || !node.isTypeOnly) out.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every import between two different folders of `srcDir`, as file pairs relative to it. */
export function folderEdges(srcDir: string, withTypes = false): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(srcDir)) {
    for (const spec of importsOf(file, fs.readFileSync(file, 'utf8'), withTypes)) {
      const target = resolveImport(file, spec);
      if (!target || !target.startsWith(srcDir + path.sep)) continue;
      const from = path.relative(srcDir, file);
      const to = path.relative(srcDir, target);
      if (unitOf(from) !== unitOf(to)) edges.push({ from, to });
    }
  }
  return edges;
}

/** The groups of folders that import each other in a circle (strongly connected components of two or more). */
export function folderCycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = unitOf(from);
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(unitOf(to));
    if (!next.has(unitOf(to))) next.set(unitOf(to), new Set());
  }
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return groups;
}

/** A readable report: each circle's folders and, for each link inside it, the file imports that make it. */
export function describeCycles(edges: Edge[], groups: string[][]): string {
  return groups
    .map((group, i) => {
      const members = new Set(group);
      const links = new Map<string, string[]>();
      for (const e of edges) {
        const a = unitOf(e.from);
        const b = unitOf(e.to);
        if (!members.has(a) || !members.has(b)) continue;
        const key = `${a} -> ${b}`;
        links.set(key, [...(links.get(key) ?? []), `${e.from} -> ${e.to}`]);
      }
      const lines = [...links.entries()].sort().map(([k, v]) => `  ${k}: ${v.join(', ')}`);
      return [`cycle ${i + 1} among ${group.length} folders: ${group.join(', ')}`, ...lines].join('\n');
    })
    .join('\n');
}

if (require.main === module) {
  // `tsx scripts/folder-cycles.ts [--types] [dir]`: dir defaults to this project's src/.
  const args = process.argv.slice(2);
  const withTypes = args.includes('--types');
  const src = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', 'src'));
  const edges = folderEdges(src, withTypes);
  const groups = folderCycles(edges);
  if (groups.length === 0) {
    console.log(
      `folder cycles: none (${new Set(edges.flatMap((e) => [unitOf(e.from), unitOf(e.to)])).size} folders${withTypes ? ', type-only imports counted' : ''})`,
    );
  } else {
    console.error(describeCycles(edges, groups));
    console.error(`folder cycles: ${groups.length} (${groups.reduce((n, g) => n + g.length, 0)} folders in them)`);
    process.exitCode = 1;
  }
}
