// Lint: typescript-eslint's recommended rules, no import cycles, and the directions of the architecture
// (docs: "Where things are" in the README). Formatting is Prettier's (.prettierrc.json), checked by `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

const sqlRunner = ['**/common/sql/run', '**/common/sql/json-query', '**/common/sql/loaders', '**/db/prepared'];

export default tseslint.config(
  // (every directory .gitignore names too: the suite's PostgreSQL data under .data/ comes and goes while ESLint walks
  // the tree, and a directory removed mid-walk failed the lint with ENOENT)
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'examples/**', 'bench/results/**', 'coverage/**', '.ci/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      // A cycle among files (type-only imports aside: they vanish when compiled).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // Tests and the benchmark read JSON answers of any shape and load package.json and CommonJS peers.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Only src/config.ts reads the environment.
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from src/config.ts.' }],
    },
  },
  {
    // common/ is the bottom layer: the request context, the features and the database layer build on it.
    files: ['src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/context', '**/context.ts'],
              message: 'common/ must not import the request context: take a narrow interface (common/sql/session.ts).',
            },
            { group: ['**/modules/**'], message: 'common/ must not import a feature.' },
            { group: ['**/db/**'], message: 'common/ must not import the database layer.' },
          ],
        },
      ],
    },
  },
  {
    // db/ composes the features (the entity list, the seed) and is handed to them through the request context or
    // a DataSource parameter: a feature importing db/ would close a folder cycle (scripts/folder-cycles.ts).
    // Before the resolvers' block, which repeats this restriction with its own.
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/**'], message: 'Features do not import the database layer: take the EntityManager or DataSource you are given.' }] },
      ],
    },
  },
  {
    // Resolvers check arguments and call a service; services own the database and the SQL runner.
    files: ['src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'pg', message: 'Resolvers call services; services own the database.' },
            { name: 'typeorm', importNames: ['DataSource', 'EntityManager', 'QueryRunner'], message: 'Resolvers call services; services own the database.' },
          ],
          patterns: [
            { group: sqlRunner, message: 'Resolvers call services; services call the SQL runner.' },
            { group: ['**/db/**'], message: 'Resolvers call services; services own the database.' },
          ],
        },
      ],
    },
  },
  {
    // Migrations hold frozen SQL: an entity's constant edited later must not change an old migration.
    files: ['src/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**'], message: 'Migrations hold their SQL as text.' }] }],
    },
  },
  {
    // The benchmark drives the API as a client does, through the package's public entry (src/index.ts).
    files: ['bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/*', '!**/src/index'], message: 'bench imports src/index.ts only.' }] }],
    },
  },
);
