// `explainer-api migrate run | revert | generate <Name>` (npm run migration:run, migration:revert, migration:generate).
// Generation diffs the entities against a database with every existing migration applied: DATABASE_URL when
// set, otherwise a throwaway embedded PostgreSQL, so it never depends on the state of a developer's database.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { UsageError, type CliIo } from '../io';

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

export function migrateCommand(io: CliIo): Command {
  const log = (m: string) => io.err(`${m}\n`);
  const migrate = new Command('migrate').description('apply, undo or generate database migrations (DATABASE_URL, or the embedded PostgreSQL)');

  migrate
    .command('run')
    .description('apply every pending migration, each in its own transaction')
    .action(async () => {
      const db = await openDatabase(loadConfig(io.env), log);
      try {
        const done = await db.dataSource.runMigrations({ transaction: 'each' });
        io.out(`applied ${done.length} migration(s)${done.map((m) => `\n  ${m.name}`).join('')}\n`);
      } finally {
        await db.close();
      }
    });

  migrate
    .command('revert')
    .description('undo the last applied migration')
    .action(async () => {
      const db = await openDatabase(loadConfig(io.env), log);
      try {
        const before = await db.dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1').catch(() => []);
        if (before.length === 0) {
          io.out('no migration to revert\n');
          return;
        }
        await db.dataSource.undoLastMigration({ transaction: 'each' });
        io.out(`reverted ${before[0].name}\n`);
      } finally {
        await db.close();
      }
    });

  migrate
    .command('generate')
    .description('write src/db/migrations/<timestamp>-<Name>.ts from the difference between the entities and the migrated schema')
    .argument('<Name>', 'PascalCase name of the migration, e.g. AddApiKeys')
    .action(async (name: string) => {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new UsageError(`migration name "${name}" is not PascalCase, e.g. AddApiKeys`);
      const base = loadConfig(io.env);
      const config = base.database.url
        ? base
        : {
            ...base,
            database: {
              ...base.database,
              embedded: { dir: path.join(base.projectRoot, '.data', 'migration-gen'), port: base.database.embedded.port + 1 },
            },
          };
      if (!base.database.url) fs.rmSync(config.database.embedded.dir, { recursive: true, force: true });
      const db = await openDatabase(config, log);
      try {
        const ds = db.dataSource;
        const done = await ds.runMigrations({ transaction: 'each' });
        log(`applied ${done.length} migration(s) before diffing`);
        const sql = await ds.driver.createSchemaBuilder().log();
        if (sql.upQueries.length === 0) {
          io.out('no changes in the entities: nothing to generate\n');
          return;
        }
        const ts = Date.now();
        const file = path.join(base.projectRoot, 'src', 'db', 'migrations', `${ts}-${name}.ts`);
        const up = sql.upQueries.map((x) => x.query);
        const down = sql.downQueries.map((x) => x.query).reverse();
        fs.writeFileSync(file, render(name, ts, up, down));
        io.out(`wrote ${path.relative(base.projectRoot, file)}\n`);
      } finally {
        await db.close();
        if (!base.database.url) fs.rmSync(config.database.embedded.dir, { recursive: true, force: true });
      }
    });

  return migrate;
}
