// Process entry: config -> database (embedded unless DATABASE_URL) -> migrations -> seed -> server -> listen.
import './node-version';
import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig, ConfigError, type Config } from './config';
import { StartupError } from './common/startup-error';
import { createLogger } from './common/logger';
import { openDatabase, type Database } from './db/database';
import { seedIfEmpty } from './db/seed/seed';
import { createServer } from './server';
import { announceWrites } from './modules/live/announce-writes';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase(config, (msg) => logger.info(msg));
  // Whatever fails from here on stops the embedded PostgreSQL this process started before exiting.
  const running = await serve(config, db, logger).catch(async (err: unknown) => {
    await db.close().catch(() => undefined);
    throw err;
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await running.stop();
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

async function serve(config: Config, db: Database, logger: ReturnType<typeof createLogger>) {
  if (config.migrateOnStart) {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' }).catch((err: unknown) => {
      throw migrationError(err);
    });
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
  try {
    await listen(app.httpServer, config.port, config.host);
  } catch (err) {
    await app.stop().catch(() => undefined);
    throw err;
  }
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(`explainer-api ready at http://${shown}:${config.port}/graphql`);
  return app;
}

/** listen(), with the errors a user can fix (port taken, privileged port, unknown host) as StartupErrors. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new StartupError(`port ${port} on ${host} is already in use by another program: stop it, or set PORT to a free port`));
      else if (err.code === 'EACCES') reject(new StartupError(`port ${port} needs privileges this user lacks: set PORT to a port above 1023`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new StartupError(`cannot listen on ${host} (${err.code}): set HOST to an address of this machine (0.0.0.0 for all)`));
      else reject(err);
    };
    // The WebSocket server re-emits the HTTP server's errors, and graphql-ws prints them with a stack: while
    // listening, ours is the only listener; theirs come back once it listens.
    const others = server.listeners('error') as ((err: Error) => void)[];
    server.removeAllListeners('error');
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      for (const l of others) server.on('error', l);
      resolve();
    });
  });
}

/** A migration refused for want of rights (the role owns neither the database nor its schema) as what to do. */
function migrationError(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  if (e.code !== '42501') return err;
  return new StartupError(
    `migrations need the database role to own its database and schema (${e.message}): ALTER DATABASE ... OWNER TO <role> and ALTER SCHEMA public OWNER TO <role>, or migrate as the owner (explainer-api migrate run) and start with MIGRATE_ON_START=false`,
  );
}

main().catch((err) => {
  // What the person starting it can fix is one line; anything else is a defect, printed in full.
  if (err instanceof ConfigError || err instanceof StartupError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
