// `npm run import -- <file-or-directory> [--slug s] [--headline h] [--publish] [--dry-run]`: see
// src/modules/importer/import-command.ts. Writes go to the configured database after pending migrations.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { runImport } from '../modules/importer/import-command';

runImport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  progress: process.stderr,
  openDatabase: async () => {
    const db = await openDatabase(loadConfig(), (m) => console.error(m));
    await db.dataSource.runMigrations({ transaction: 'each' });
    return db;
  },
}).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
