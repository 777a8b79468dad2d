// Imported first by src/main.ts: a Node outside package.json's `engines` stops here with one line, before any
// dependency that needs a newer Node fails in its own words.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

/** package.json's `engines.node`, found upwards from this file (src/ or dist/src/). */
export function enginesRange(from = __dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { engines?: { node?: string } }).engines?.node;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The line to print when `version` does not satisfy `range`, else null. */
export function nodeVersionProblem(version: string, range: string | undefined): string | null {
  if (!range || semver.satisfies(version, range)) return null;
  return `explainer-api needs Node ${range} (package.json "engines") and this is Node ${version}: install Node 22 LTS (e.g. \`nvm install 22\`) and run it again`;
}

const problem = nodeVersionProblem(process.versions.node, enginesRange());
if (problem) {
  console.error(problem);
  process.exit(1);
}
