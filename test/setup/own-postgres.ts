// A PostgreSQL of its own for tests that kill and restart the database under a running server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pgClient } from '../../src/db/pg-client';

const ROOT = path.resolve(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface OwnPostgres {
  url: string;
  /** Its data directory (a replica is copied from it). */
  dir: string;
  /** kill -9 the postmaster, as a crash or an OOM kill would. */
  kill(): void;
  /** Starts it again on the same data and port. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

function launch(dir: string, port: number): Promise<{ child: ChildProcess; url: string; dataDir: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'pg-cluster.ts'), dir, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /ready (\S+) (\S+)\n/.exec(out);
      if (m) resolve({ child, url: m[1], dataDir: m[2] });
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`pg-cluster exited with ${code}: ${out}`)));
  });
}

export async function ownPostgres(name: string): Promise<OwnPostgres> {
  const dir = path.join(ROOT, '.data', `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  let { child, url, dataDir } = await launch(dir, port);
  const admin = pgClient({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE DATABASE app');
  await admin.end();
  const appUrl = url.replace(/\/postgres$/, '/app');
  return {
    url: appUrl,
    dir: dataDir,
    kill() {
      const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
    },
    async start() {
      ({ child, dataDir } = await launch(dir, port));
    },
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      });
      for (const d of new Set([dir, dataDir])) {
        fs.rmSync(d, { recursive: true, force: true });
        fs.rmSync(`${d}.owner`, { force: true });
      }
    },
  };
}
