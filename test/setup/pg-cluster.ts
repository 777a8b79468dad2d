// Runs an embedded PostgreSQL in a process of its own (jest's sandbox cannot load the ES module):
// `tsx test/setup/pg-cluster.ts <dir> <port>` prints `ready <url>`, and stops the database on SIGTERM.
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

async function main(): Promise<void> {
  const [dir, port] = process.argv.slice(2);
  let handle;
  for (let attempt = 0; ; attempt++) {
    try {
      handle = await startEmbeddedPostgres({ dir, port: Number(port), persistent: true });
      break;
    } catch (err) {
      // after a kill -9 the old backends take a moment to exit and free the shared memory
      if (attempt > 50) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const stop = () => handle.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The data dir in use (as root it may have moved to where the postgres user can reach it).
  console.log(`ready ${handle.url()} ${handle.dir}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
