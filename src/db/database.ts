// Resolves the database for a config: the external DATABASE_URL, or an embedded PostgreSQL started here.
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './data-source';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { isDbUnavailable } from '../common/db-errors';

export const EMBEDDED_DATABASE = 'explainer';

export function embeddedUrl(config: Config): string {
  return `postgres://postgres:postgres@127.0.0.1:${config.database.embedded.port}/${EMBEDDED_DATABASE}`;
}

export interface Database {
  dataSource: DataSource;
  /** Whether this process started the PostgreSQL it uses. */
  embedded: boolean;
  close: () => Promise<void>;
}

export async function openDatabase(config: Config, log: (msg: string) => void = () => undefined): Promise<Database> {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let url = config.database.url;
  if (!url) {
    log(`starting embedded PostgreSQL (data in ${config.database.embedded.dir}, port ${config.database.embedded.port})`);
    const pg = await startEmbeddedPostgres({ ...config.database.embedded, persistent: true });
    stopEmbedded = pg.stop;
    await ensureDatabase(pg.url(), EMBEDDED_DATABASE);
    url = pg.url(EMBEDDED_DATABASE);
  }
  const options = {
    url,
    poolSize: config.database.poolSize,
    connectTimeoutMs: config.database.connectTimeoutMs,
    statementTimeoutMs: config.database.statementTimeoutMs,
    idleTimeoutMs: config.database.idleTimeoutMs,
  };
  let dataSource = createDataSource({ ...options, readUrls: config.database.readUrls });
  try {
    try {
      await dataSource.initialize();
    } catch (err) {
      // TypeORM connects to every replica at start: one that is down must not keep the API from starting.
      // Without it every read is on the primary until the next start (README "Read replicas").
      if (!config.database.readUrls.length || !isDbUnavailable(err)) throw err;
      const reachable = await reachableUrls(config.database.readUrls, config.database.connectTimeoutMs);
      dataSource = createDataSource({ ...options, readUrls: reachable });
      await dataSource.initialize();
      const left = reachable.length ? `reading from the other ${reachable.length}` : 'every read on the primary';
      log(`read replica unreachable at start (${(err as Error).message}): ${left} until restart`);
    }
  } catch (err) {
    if (stopEmbedded) await stopEmbedded();
    throw err;
  }
  return {
    dataSource,
    embedded: Boolean(stopEmbedded),
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}

/** The URLs a connection can be opened to now (each tried once, in parallel). */
async function reachableUrls(urls: string[], timeoutMs: number): Promise<string[]> {
  const ok = await Promise.all(
    urls.map(async (connectionString) => {
      const client = new Client({ connectionString, connectionTimeoutMillis: timeoutMs });
      try {
        await client.connect();
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    }),
  );
  return urls.filter((_, i) => ok[i]);
}
