// A streaming replica of an embedded PostgreSQL, for the read-replica tests. The embedded package ships no
// pg_basebackup (and Debian's, v15, refuses a v18 server), so this is the documented low-level base backup:
// a replication slot (keeps the WAL from the backup on), pg_backup_start(), a copy of the data directory without
// what must not be copied, the backup_label that pg_backup_stop() returns, then standby.signal and
// primary_conninfo; the copy is started on another port with the embedded `postgres` binary.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pgClient } from '../../src/db/pg-client';
import { freePort } from './own-postgres';
import { binDir } from '../../src/db/embedded-postgres';

// The embedded binaries the primary runs from (as root in a directory closed to the postgres user, their copy).
const postgres = () => path.join(binDir(), 'postgres');

// Not copied (PostgreSQL docs, "Making a Base Backup Using the Low Level API"): the standby makes its own.
const SKIP = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'standby.signal']);
// Copied as empty directories.
const EMPTY = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);

/** Copies a live data directory: files that go away while it runs (temporary ones) are left out. */
function copyTree(src: string, dst: string, top: boolean): void {
  fs.mkdirSync(dst, { mode: 0o700 });
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(src, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('pgsql_tmp') || (top && SKIP.has(entry.name))) continue;
    const from = path.join(src, entry.name);
    const to = path.join(dst, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTY.has(entry.name)) fs.mkdirSync(to, { mode: 0o700 });
      else copyTree(from, to, false);
    } else if (entry.isSymbolicLink()) {
      fs.symlinkSync(fs.readlinkSync(from), to);
    } else {
      try {
        fs.copyFileSync(from, to);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.lchownSync(p, uid, gid);
  }
}

export interface Replica {
  /** The replica's URL for the primary's database of `primary.url`. */
  url: string;
  /** Stops it (fast shutdown): a replica that is down. */
  stop(): Promise<void>;
  /** Starts it again on its data; it catches up from its slot. */
  start(): Promise<void>;
  /** Stops it if it runs and deletes its data. */
  remove(): Promise<void>;
}

/** Starts a hot standby of `primary` (a cluster of test/setup/own-postgres.ts) that streams from it. */
export async function startReplica(primary: { url: string; dir: string }, name: string): Promise<Replica> {
  // Beside the primary's data dir, which the postgres user can reach.
  const dir = path.join(path.dirname(primary.dir), `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  const p = new URL(primary.url);
  const slot = name.replace(/[^a-z0-9_]/g, '_');
  const admin = pgClient({ connectionString: primary.url });
  await admin.connect();
  try {
    await admin.query('SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    // Non-exclusive backup: it belongs to this session, which must stay open until pg_backup_stop().
    await admin.query('SELECT pg_backup_start($1, true)', [name]);
    copyTree(primary.dir, dir, true);
    const { rows } = await admin.query<{ labelfile: string; spcmapfile: string | null }>('SELECT labelfile, spcmapfile FROM pg_backup_stop(false)');
    fs.writeFileSync(path.join(dir, 'backup_label'), rows[0].labelfile);
    if (rows[0].spcmapfile) fs.writeFileSync(path.join(dir, 'tablespace_map'), rows[0].spcmapfile);
  } finally {
    await admin.end();
  }
  fs.mkdirSync(path.join(dir, 'pg_wal', 'archive_status'), { mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'standby.signal'), '');
  const conninfo = `host=${p.hostname} port=${p.port} user=${decodeURIComponent(p.username)} password=${decodeURIComponent(p.password)} application_name=${slot}`;
  fs.appendFileSync(
    path.join(dir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\nhot_standby = on\ncluster_name = '${slot}'\n`,
  );
  // The embedded cluster runs as the owner of its data directory (a `postgres` user when the tests run as root).
  const owner = fs.statSync(primary.dir);
  if (process.getuid?.() === 0) chownTree(dir, owner.uid, owner.gid);

  let child: ChildProcess | undefined;
  let log = '';
  const launch = () => {
    child = spawn(postgres(), ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {}),
    });
    child.stderr!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-8000)));
  };
  const url = new URL(primary.url);
  url.port = String(port);
  // Ready once it accepts read-only connections as a standby.
  const start = async () => {
    launch();
    for (let attempt = 0; ; attempt++) {
      const c = pgClient({ connectionString: url.toString() });
      try {
        await c.connect();
        const { rows } = await c.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
        if (!rows[0].r) throw new Error('the copy is not a standby');
        return;
      } catch (err) {
        if (attempt > 300 || child!.exitCode !== null) throw new Error(`replica did not start: ${(err as Error).message}\n${log}`, { cause: err });
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        await c.end().catch(() => undefined);
      }
    }
  };
  await start();
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      c.on('exit', () => resolve());
      c.kill('SIGINT');
    });
  };
  return {
    url: url.toString(),
    stop,
    start,
    async remove() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the replica has replayed everything the primary wrote so far. */
export async function caughtUp(primaryUrl: string, replicaUrl: string): Promise<void> {
  const primary = pgClient({ connectionString: primaryUrl });
  const replica = pgClient({ connectionString: replicaUrl });
  await Promise.all([primary.connect(), replica.connect()]);
  try {
    const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    for (let attempt = 0; ; attempt++) {
      const r = await replica.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [rows[0].lsn]);
      if (r.rows[0].done) return;
      if (attempt > 500) throw new Error(`replica did not reach ${rows[0].lsn}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await Promise.all([primary.end(), replica.end()]);
  }
}
