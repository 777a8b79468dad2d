// `npm run import -- <file-or-directory> [--slug s] [--headline h] [--publish] [--dry-run]`: see
// src/modules/importer/import-command.ts. Writes go to the configured database after pending migrations.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { runImport } from './commands/import.command';
import { announceWrites } from '../modules/live/announce-writes';
import { createLogger } from '../common/logger';

runImport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  progress: process.stderr,
  openDatabase: async () => {
    const config = loadConfig();
    const db = await openDatabase(config, (m) => console.error(m));
    await db.dataSource.runMigrations({ transaction: 'each' });
    // Running instances hear of the imported articles (cache invalidation, subscriptions, webhook wake-ups).
    const announcer = announceWrites(config, db.dataSource, createLogger({ ...config, logLevel: config.logLevel === 'silent' ? 'silent' : 'warn' }, process.stderr));
    return { ...db, close: async () => (await announcer.close(), await db.close()) };
  },
}).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
