// The folder-level cycle check of `npm run lint` (scripts/folder-cycles.ts): what it counts as a folder, which
// imports it follows, that it finds a circle through different files, and that src/ has none.
import path from 'node:path';
import { describeCycles, folderCycles, folderEdges, importsOf, unitOf } from '../../scripts/folder-cycles';

describe('folders', () => {
  it('a feature is its folder under modules/, anything else its top folder or top file', () => {
    expect(
      ['modules/articles/article.read.ts', 'modules/visibility.read.ts', 'common/sql/run.ts', 'http/gate.ts', 'context.ts', 'db/seed/seed.ts'].map(unitOf),
    ).toEqual(['modules/articles', 'modules/visibility.read', 'common', 'http', 'context', 'db']);
  });
});

describe('imports followed', () => {
  const text = [
    "import { a } from './a';",
    "import type { B } from './b';",
    "import { type C, type D } from './c';",
    "import { type E, f } from './e';",
    "export { g } from './g';",
    "export type { H } from './h';",
    "const i = require('./i');",
    "const j = () => import('./j');",
    "import './k';",
  ].join('\n');

  it('run-time imports only: type-only ones vanish when compiled', () => {
    expect(importsOf('x.ts', text)).toEqual(['./a', './e', './g', './i', './j', './k']);
  });

  it('with type-only imports when asked', () => {
    expect(importsOf('x.ts', text, true)).toEqual(['./a', './b', './c', './e', './g', './h', './i', './j', './k']);
  });
});

describe('cycles', () => {
  it('finds a circle that runs through different files of the same folders', () => {
    const edges = [
      { from: 'modules/articles/article.resolver.ts', to: 'modules/sections/section.entity.ts' },
      { from: 'modules/sections/section.read.ts', to: 'modules/articles/article.read.ts' },
      { from: 'modules/quotes/quote.entity.ts', to: 'modules/sections/section.entity.ts' },
      { from: 'http/server.ts', to: 'schema.ts' },
    ];
    const groups = folderCycles(edges);
    expect(groups).toEqual([['modules/articles', 'modules/sections']]);
    expect(describeCycles(edges, groups)).toBe(
      [
        'cycle 1 among 2 folders: modules/articles, modules/sections',
        '  modules/articles -> modules/sections: modules/articles/article.resolver.ts -> modules/sections/section.entity.ts',
        '  modules/sections -> modules/articles: modules/sections/section.read.ts -> modules/articles/article.read.ts',
      ].join('\n'),
    );
  });

  it('reports each circle once, with all its folders', () => {
    const edges = [
      { from: 'db/data-source.ts', to: 'modules/webhooks/webhook.entity.ts' },
      { from: 'modules/webhooks/webhook.dispatcher.ts', to: 'context.ts' },
      { from: 'context.ts', to: 'db/prepared.ts' },
      { from: 'modules/a/a.ts', to: 'modules/b/b.ts' },
      { from: 'modules/b/b.ts', to: 'modules/a/a.ts' },
    ];
    expect(folderCycles(edges)).toEqual([
      ['context', 'db', 'modules/webhooks'],
      ['modules/a', 'modules/b'],
    ]);
  });

  it('src/ has none: items -> sections -> articles -> sources, features never import db/', () => {
    const edges = folderEdges(path.resolve(__dirname, '..', '..', 'src'));
    // The check reads the real tree: it must see the imports the architecture is about.
    expect(edges).toContainEqual({ from: 'modules/quotes/quote.resolver.ts', to: 'modules/sections/section.entity.ts' });
    expect(describeCycles(edges, folderCycles(edges))).toBe('');
  });
});
