// No PostgreSQL connection of the process lacks an 'error' listener: a connection that breaks (PostgreSQL
// killed while the connection is idle or just made) fails its owner's next query and never ends the process with
// "Unhandled error. (error: terminating connection due to unexpected postmaster exit". Each kind of connection
// meets a fake server that ends the start-up with that FATAL in the ReadyForQuery packet, in a process of its own.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function runChild(kind: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'pg-connection-errors.child.ts'), kind],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a connection that PostgreSQL ends as it is made', () => {
  it.each(['data-source', 'plain-client', 'listen'])(
    '%s: the owner sees a failure, the process keeps running',
    (kind) => {
      const r = runChild(kind);
      expect(r.stderr).not.toMatch(/Unhandled error/);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { kind: string; connections: number; result: string };
      expect(out.connections).toBeGreaterThanOrEqual(kind === 'listen' ? 3 : 1);
      // The break reaches the owner as a rejected promise (a query on a connection that is gone), not as a crash.
      if (kind === 'data-source') expect(out.result).toMatch(/^rejected: /);
      if (kind === 'plain-client') expect(out.result).toMatch(/^rejected: .*; rejected: /);
    },
    150_000,
  );
});
