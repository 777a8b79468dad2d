// Resolves the database for a config: the external DATABASE_URL, or an embedded PostgreSQL started here.
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './data-source';
import { pgClient } from './pg-client';
import { ensureDatabase, movedDataDir, readOrCreateSecret, startEmbeddedPostgres } from './embedded-postgres';
import { isDbUnavailable } from '../common/db-errors';
import { StartupError } from '../common/startup-error';

export const EMBEDDED_DATABASE = 'explainer';
/** The embedded cluster's role for the app: owns its database and schema, and is no superuser (no COPY ... PROGRAM). */
export const EMBEDDED_APP_ROLE = 'explainer_app';
/** The app role's password: random, in a 0600 file of the data dir. */
export const EMBEDDED_APP_SECRET = 'explainer-app.password';

/** The app's URL on the embedded cluster of `config` once `npm start` has made it (for the TypeORM CLI, ormconfig.ts). */
export function embeddedUrl(config: Config): string {
  const { dir, port } = config.database.embedded;
  const file = [dir, movedDataDir(dir)].map((d) => path.join(d, EMBEDDED_APP_SECRET)).find((f) => fs.existsSync(f));
  const password = file ? fs.readFileSync(file, 'utf8').trim() : '';
  return `postgres://${EMBEDDED_APP_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
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
  if (!url && config.env === 'production') {
    // The image ships no PostgreSQL binaries (the embedded packages are left out): say so instead of failing later.
    throw new StartupError(
      'DATABASE_URL is not set: in production (NODE_ENV=production) the API needs a PostgreSQL server; set DATABASE_URL=postgres://user:password@host:5432/database',
    );
  }
  if (!url) {
    log(`starting embedded PostgreSQL (data in ${config.database.embedded.dir}, port ${config.database.embedded.port})`);
    const pg = await startEmbeddedPostgres({ ...config.database.embedded, persistent: true, notice: log });
    stopEmbedded = pg.stop;
    try {
      url = await ensureAppRole(pg.url, pg.dir, pg.port);
    } catch (err) {
      await pg.stop();
      throw err;
    }
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
    throw connectError(err, url);
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
      const client = pgClient({ connectionString, connectionTimeoutMillis: timeoutMs });
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

/**
 * The app's role on the embedded cluster (made or brought up to date at each start) and its URL: the owner of the
 * app's database and of everything in its `public` schema, so migrations run as it, but no superuser. A database
 * made before this role existed (owned by postgres) is handed over.
 */
async function ensureAppRole(adminUrl: (db?: string) => string, dataDir: string, port: number): Promise<string> {
  const password = readOrCreateSecret(dataDir, EMBEDDED_APP_SECRET);
  const role = EMBEDDED_APP_ROLE;
  const admin = pgClient({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role}; END IF; END $$`);
    await admin.query(`ALTER ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(password)}`);
  } finally {
    await admin.end();
  }
  await ensureDatabase(adminUrl(), EMBEDDED_DATABASE, role);
  const db = pgClient({ connectionString: adminUrl(EMBEDDED_DATABASE) });
  await db.connect();
  try {
    await db.query(`ALTER DATABASE ${EMBEDDED_DATABASE} OWNER TO ${role}`);
    await db.query(`ALTER SCHEMA public OWNER TO ${role}`);
    // Tables, views and free-standing sequences (a serial's sequence follows its table), functions, enums.
    const { rows } = await db.query<{ sql: string }>(
      `SELECT format('ALTER %s %s OWNER TO ${role}', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, c.oid::regclass) AS sql
         FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> '${role}'::regrole
          AND (c.relkind <> 'S' OR NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
       UNION ALL
       SELECT format('ALTER ROUTINE %s OWNER TO ${role}', p.oid::regprocedure) FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '${role}'::regrole
       UNION ALL
       SELECT format('ALTER TYPE %s OWNER TO ${role}', t.oid::regtype) FROM pg_type t
        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd') AND t.typowner <> '${role}'::regrole`,
    );
    for (const { sql } of rows) await db.query(sql);
  } finally {
    await db.end();
  }
  return `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

/** A failed first connection as what happened and what to do (the URL's password left out). */
export function connectError(err: unknown, url: string): unknown {
  if (err instanceof StartupError) return err;
  const e = err as { code?: string; message?: string };
  let where: string;
  let database = '';
  let user = '';
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}`;
    database = decodeURIComponent(u.pathname.slice(1));
    user = decodeURIComponent(u.username);
  } catch {
    where = 'DATABASE_URL';
  }
  if (e.code === '28P01' || e.code === '28000') {
    return new StartupError(`PostgreSQL at ${where} refused the login of "${user}" (${e.message}): fix the user or password in DATABASE_URL`);
  }
  if (e.code === '3D000') {
    return new StartupError(`database "${database}" does not exist on ${where}: create it (createdb -O ${user} ${database}) or fix DATABASE_URL`);
  }
  if (isDbUnavailable(err) || e.code === 'EAI_AGAIN' || e.code === 'ENETUNREACH') {
    return new StartupError(`cannot reach PostgreSQL at ${where} (${e.code ?? e.message}): start it, or fix the host and port in DATABASE_URL`);
  }
  return err;
}
