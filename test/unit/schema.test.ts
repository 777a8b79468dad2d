import fs from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the code emits (run `npm run schema:emit` after changing the API)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema());
  });

  it('describes every object type and every root field', () => {
    const sdl = printSortedSchema();
    const undocumented = [...sdl.matchAll(/(^|\n)(type|interface|enum|input) (\w+)/g)]
      .filter((m) => !sdl.slice(0, m.index! + m[1].length).trimEnd().endsWith('"""'))
      .map((m) => m[3])
      .filter((name) => !['Query', 'Mutation', 'OrderDirection'].includes(name) && !name.endsWith('Filter') && !/Args$|Order$|Range$/.test(name));
    expect(undocumented).toEqual([]);
  });
});
