// What a server holds in memory before anyone asks for the playground or an import: neither GraphiQL's bundle
// (about 60 MB once loaded) nor the importer's language data (compromise, chrono-node, world-countries: about 40 MB).
// Run in a child process so that the modules this test process has loaded do not count.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const HEAVY = /node_modules\/(@graphql-yoga\/render-graphiql|compromise|chrono-node|world-countries)\//;

function heavyModulesAfter(script: string): string[] {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '-e', `require('reflect-metadata'); ${script}; console.log(JSON.stringify(Object.keys(require.cache)))`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  const loaded: string[] = JSON.parse(out.trim().split('\n').pop()!);
  return [...new Set(loaded.filter((k) => HEAVY.test(k)).map((k) => k.match(HEAVY)![1]))].sort();
}

describe('memory footprint', () => {
  it('a server and its schema load neither GraphiQL nor the importer language data', () => {
    expect(heavyModulesAfter(`require('./src/server'); require('./src/schema').buildSchema()`)).toEqual([]);
  });

  it('they are loaded by the first playground page and the first import', () => {
    expect(
      heavyModulesAfter(
        `require('./src/playground').playgroundHtml(); require('./src/importer/parse-explainer').parseExplainer('Headline\\n\\nA lead paragraph about the talks in Geneva.')`,
      ),
    ).toEqual(['@graphql-yoga/render-graphiql', 'chrono-node', 'compromise', 'world-countries']);
  });
});
