// `npm run migration:generate -- Name` | `migration:run` | `migration:revert`.
// Generation diffs the entities against a database with every existing migration applied: DATABASE_URL when
// set, otherwise a throwaway embedded PostgreSQL, so it never depends on the state of a developer's database.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';

function render(name: string, timestamp: number, up: string[], down: string[]): string {
  const q = (sql: string) => `        await queryRunner.query(\`${sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\`);`;
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
    name = '${name}${timestamp}';

    public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
    }
}
`;
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  const base = loadConfig();
  const generating = command === 'generate';
  if (generating && !/^[A-Z][A-Za-z0-9]*$/.test(name ?? '')) {
    console.error('usage: npm run migration:generate -- PascalCaseName');
    return 2;
  }
  const config = generating && !base.database.url
    ? { ...base, database: { ...base.database, embedded: { dir: path.join(base.projectRoot, '.data', 'migration-gen'), port: base.database.embedded.port + 1 } } }
    : base;
  if (generating) fs.rmSync(config.database.embedded.dir, { recursive: true, force: true });
  const db = await openDatabase(config, (m) => console.error(m));
  try {
    const ds = db.dataSource;
    if (command === 'run' || generating) {
      const done = await ds.runMigrations({ transaction: 'each' });
      console.error(`applied ${done.length} migration(s)${done.map((m) => `\n  ${m.name}`).join('')}`);
    }
    if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.error('reverted the last migration');
    }
    if (generating) {
      const sql = await ds.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.error('no changes in the entities: nothing to generate');
        return 0;
      }
      const ts = Date.now();
      const file = path.join(base.projectRoot, 'src', 'db', 'migrations', `${ts}-${name}.ts`);
      const up = sql.upQueries.map((x) => x.query);
      const down = sql.downQueries.map((x) => x.query).reverse();
      fs.writeFileSync(file, render(name!, ts, up, down));
      console.error(`wrote ${path.relative(base.projectRoot, file)}`);
    }
    if (!['run', 'revert', 'generate'].includes(command ?? '')) {
      console.error('usage: migration.js generate <Name> | run | revert');
      return 2;
    }
    return 0;
  } finally {
    await db.close();
    if (generating) fs.rmSync(config.database.embedded.dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
