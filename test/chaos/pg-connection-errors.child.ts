// Run by pg-connection-errors.test.ts in a process of its own (an unhandled 'error' event ends a process, and
// jest's sandbox would catch it first): `tsx pg-connection-errors.child.ts <kind>`. A fake PostgreSQL answers
// every connection's start-up with ReadyForQuery and, in the same packet, the FATAL 57P01 a backend sends when it
// sees its postmaster die (then closes the socket), which is what a connection made as PostgreSQL is killed gets.
// Each kind of connection the process makes is opened against it; the script prints one JSON line and exits 0,
// unless an 'error' event found no listener (the process then dies of the uncaught exception, exit code 1).
import net from 'node:net';
import pino from 'pino';
import { createDataSource } from '../../src/db/data-source';
import { ensureDatabase } from '../../src/db/embedded-postgres';
import { pgClient } from '../../src/db/pg-client';
import { LiveHub } from '../../src/modules/live/live.events';

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}
const fields = (f: Record<string, string>) =>
  Buffer.from(
    `${Object.entries(f)
      .map(([k, v]) => `${k}${v}\0`)
      .join('')}\0`,
    'utf8',
  );
const int32 = (...n: number[]) => Buffer.concat(n.map((x) => Buffer.from([x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255])));
const GREETING_THEN_DEATH = Buffer.concat([
  message('R', int32(0)), // AuthenticationOk
  message('K', int32(4242, 1)), // BackendKeyData
  message('Z', Buffer.from('I')), // ReadyForQuery: connect() is done
  message('E', fields({ S: 'FATAL', V: 'FATAL', C: '57P01', M: 'terminating connection due to unexpected postmaster exit' })),
]);

async function main(): Promise<void> {
  const kind = process.argv[2];
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write(GREETING_THEN_DEATH);
      setTimeout(() => socket.destroy(), 50);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `postgres://app:secret@127.0.0.1:${(server.address() as net.AddressInfo).port}/app`;
  const outcome = async (p: Promise<unknown>) =>
    p.then(
      () => 'resolved',
      (err: Error) => `rejected: ${err.message}`,
    );
  let result: string;
  if (kind === 'data-source') {
    // TypeORM's pool: initialize() checks a connection out (a query runner) and queries on it.
    const ds = createDataSource({ url, poolSize: 2, connectTimeoutMs: 2000 });
    result = await outcome(ds.initialize());
    if (ds.isInitialized) await ds.destroy();
  } else if (kind === 'plain-client') {
    // The start-up's own clients (embedded-postgres.ts, database.ts) go through pgClient().
    result = await outcome(ensureDatabase(url, 'explainer'));
    const c = pgClient(url);
    result += `; ${await outcome(c.connect().then(() => c.query('SELECT 1')))}`;
    await c.end().catch(() => undefined);
  } else if (kind === 'listen') {
    // The live hub's LISTEN connection retries until it listens: let it meet three broken connections.
    const hub = new LiveHub({ transport: 'postgres', pg: { connectionString: url } }, pino({ level: 'silent' }));
    void hub.start();
    while (connections < 3) await new Promise((r) => setTimeout(r, 20));
    await hub.close();
    result = 'closed';
  } else {
    throw new Error(`unknown kind ${kind}`);
  }
  // Let the sockets' closes arrive (each is a second 'error' event on a client that did not end itself).
  await new Promise((r) => setTimeout(r, 200));
  server.close();
  console.log(JSON.stringify({ kind, connections, result }));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
