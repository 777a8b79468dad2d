// Starts one embedded PostgreSQL for the whole run; workers inherit its URL through the environment.
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return; // an external server was given
  const port = await freePort();
  const dir = path.resolve(__dirname, '..', '..', '.data', `test-pg-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const handle = await startEmbeddedPostgres({ dir, port, persistent: false });
  process.env.TEST_DATABASE_URL = handle.url();
  (globalThis as { __EMBEDDED_PG__?: { stop: () => Promise<void>; dir: string } }).__EMBEDDED_PG__ = { stop: handle.stop, dir };
}
