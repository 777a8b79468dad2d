// `explainer-api seed [sets...]` (npm run seed): loads named fixture sets; explainers already there are left alone.
import { Command } from 'commander';
import { loadConfig } from '../../config';
import { announceWrites } from '../../modules/live/announce-writes';
import { createLogger } from '../../common/logger';
import { openDatabase } from '../../db/database';
import { loadFixtures } from '../../db/seed/seed';
import { FIXTURES, type FixtureName } from '../../db/seed/armenia-azerbaijan.fixture';
import { UsageError, type CliIo } from '../io';
import { startProgress } from '../progress';

const KNOWN = Object.keys(FIXTURES) as FixtureName[];

export function seedCommand(io: CliIo): Command {
  return new Command('seed')
    .description('apply pending migrations, then load named fixture sets (idempotent: existing explainers are skipped)')
    .argument('[sets...]', `fixture sets to load: ${KNOWN.join(', ')}`, ['armenia-azerbaijan'])
    .option('--all', 'load every fixture set')
    .option('--no-migrate', 'do not apply pending migrations first')
    .action(async (sets: string[], opts: { all?: boolean; migrate: boolean }) => {
      const names = opts.all ? KNOWN : sets;
      const unknown = names.filter((n) => !KNOWN.includes(n as FixtureName));
      if (unknown.length) throw new UsageError(`unknown fixture set ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${KNOWN.join(', ')}`);
      const config = loadConfig(io.env);
      const db = await openDatabase(config, (m) => io.err(`${m}\n`));
      // Running instances hear of the seeded articles (cache invalidation, subscriptions, webhook wake-ups).
      const logger = createLogger({ ...config, logLevel: config.logLevel === 'silent' ? 'silent' : 'warn' }, { write: (line: string) => io.err(line) });
      const announcer = announceWrites(config, db.dataSource, logger);
      try {
        if (opts.migrate) await db.dataSource.runMigrations({ transaction: 'each' });
        const progress = startProgress(io, 'seed', names.length);
        const results: string[] = [];
        try {
          for (const name of names as FixtureName[]) {
            const { inserted, skipped } = await loadFixtures(db.dataSource, name);
            progress.tick(name);
            results.push(`${JSON.stringify({ fixture: name, inserted, skipped })}\n`);
          }
        } finally {
          progress.stop(); // before the results, so that they do not land inside the bar's line
          results.forEach(io.out);
        }
      } finally {
        await announcer.close();
        await db.close();
      }
    });
}
