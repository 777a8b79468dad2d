// The HTTP layer is on top: nothing below src/http imports it, the request context knows no feature, and no
// import cycle runs through src/http (the same graph as `npm run deps:cycles`, from madge).
import path from 'node:path';

// madge ships no types: the two calls used here.
type MadgeResult = { obj(): Record<string, string[]>; circular(): string[][] };
const madge: (dir: string, opts: { fileExtensions: string[]; tsConfig: string }) => Promise<MadgeResult> = require('madge');

const ROOT = path.join(__dirname, '..', '..', '..');

describe('layering of src/http', () => {
  let graph: Record<string, string[]>;
  let cycles: string[][];
  beforeAll(async () => {
    const result = await madge(path.join(ROOT, 'src'), { fileExtensions: ['ts'], tsConfig: path.join(ROOT, 'tsconfig.json') });
    graph = result.obj();
    cycles = result.circular();
  }, 120_000);

  it('sees the whole source tree', () => {
    expect(graph['http/server.ts']).toEqual(expect.arrayContaining(['http/gate.ts', 'http/lifecycle.ts', 'http/websocket.ts', 'schema.ts']));
    expect(graph['http/websocket.ts']).toContain('http/gate.ts');
    expect(graph['http/graphql.ts']).toContain('http/gate.ts');
  });

  it('nothing but the entry points imports src/http', () => {
    const importers = Object.entries(graph)
      .filter(([file, deps]) => !file.startsWith('http/') && deps.some((d) => d.startsWith('http/')))
      .map(([file]) => file)
      .sort();
    expect(importers).toEqual(['server.ts']);
  });

  it('the request context imports nothing from the features', () => {
    expect(graph['context.ts'].filter((d) => d.startsWith('modules/'))).toEqual([]);
  });

  it('no import cycle runs through src/http', () => {
    expect(cycles.filter((c) => c.some((f) => f.startsWith('http/')))).toEqual([]);
  });
});
