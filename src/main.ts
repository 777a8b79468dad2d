// Process entry: config -> database (embedded unless DATABASE_URL) -> migrations -> seed -> server -> listen.
import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './common/logger';
import { openDatabase } from './db/database';
import { seedIfEmpty } from './db/seed/seed';
import { createServer } from './server';
import { announceWrites } from './modules/live/announce-writes';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase(config, (msg) => logger.info(msg));
  if (config.migrateOnStart) {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  }
  if (config.seedOnStart) {
    // Other instances already running hear of the seed like of any write (the server's own hooks come later).
    const announcer = announceWrites(config, db.dataSource, logger);
    try {
      const seeded = await seedIfEmpty(db.dataSource);
      if (seeded.length) logger.info({ seeded }, 'seed explainer loaded');
    } finally {
      await announcer.close();
    }
  }
  const app = await createServer(config, db.dataSource, logger);
  await new Promise<void>((resolve) => app.httpServer.listen(config.port, config.host, resolve));
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(`explainer-api ready at http://${shown}:${config.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.stop();
      logger.info('server stopped');
      await db.close();
      logger.info('database closed');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
