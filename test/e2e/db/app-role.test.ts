// The embedded PostgreSQL of `npm start`: the app connects as its own role, which owns the database and what the
// migrations make but is no superuser (no COPY ... PROGRAM); its password is random, in a 0600 file of the data dir.
// A data dir made before (database and tables owned by postgres, superuser password "postgres") is handed over.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../../src/config';
import { createDataSource } from '../../../src/db/data-source';
import { EMBEDDED_APP_ROLE, EMBEDDED_APP_SECRET, EMBEDDED_DATABASE, openDatabase, type Database } from '../../../src/db/database';
import { ensureDatabase, startEmbeddedPostgres } from '../../../src/db/embedded-postgres';
import { freePort } from '../../setup/own-postgres';

const DIR = path.resolve(__dirname, '..', '..', '..', '.data', `test-app-role-${process.pid}`);
let db: Database | undefined;

afterAll(async () => {
  await db?.close();
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.rmSync(`${DIR}.owner`, { force: true });
});

it('runs the app as a non-superuser owner, with a 0600 password file, and hands over an older data dir', async () => {
  const port = await freePort();
  // The data dir as the code before this change left it: everything owned by the superuser, password "postgres".
  const old = await startEmbeddedPostgres({ dir: DIR, port, persistent: true });
  await ensureDatabase(old.url(), EMBEDDED_DATABASE);
  const legacy = createDataSource({ url: old.url(EMBEDDED_DATABASE), poolSize: 1 });
  await legacy.initialize();
  await legacy.runMigrations({ transaction: 'each' });
  await legacy.query(`ALTER ROLE postgres PASSWORD 'postgres'`);
  await legacy.destroy();
  await old.stop();
  fs.rmSync(path.join(old.dir, 'explainer-superuser.password'));

  db = await openDatabase(loadConfig({ NODE_ENV: 'test', EMBEDDED_PG_DIR: DIR, EMBEDDED_PG_PORT: String(port) }));
  const ds = db.dataSource;
  expect(await ds.query(`SELECT current_user AS "user", rolsuper AS super FROM pg_roles WHERE rolname = current_user`)).toEqual([
    { user: EMBEDDED_APP_ROLE, super: false },
  ]);
  await expect(ds.query(`COPY (SELECT 1) TO PROGRAM 'true'`)).rejects.toMatchObject({ driverError: { code: '42501' } });

  // Everything the migrations made is the app's now; it still migrates (nothing pending) and writes.
  const owners = await ds.query(`SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`);
  expect(owners).toEqual([{ owner: EMBEDDED_APP_ROLE }]);
  expect(await ds.runMigrations({ transaction: 'each' })).toEqual([]);
  await ds.query(`CREATE TABLE app_role_probe (id int)`);
  await ds.query(`DROP TABLE app_role_probe`);

  // Secrets: 0600 files in the data dir; the superuser's old, well-known password no longer works.
  const dataDir = old.dir;
  for (const file of [EMBEDDED_APP_SECRET, 'explainer-superuser.password']) {
    expect(fs.statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dataDir, file), 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{32}$/);
  }
  const guess = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await expect(guess.connect()).rejects.toMatchObject({ code: '28P01' });
  await guess.end().catch(() => undefined);
}, 120_000);
