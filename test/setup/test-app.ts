// Test harness: a fresh database per test file (made by the real migrations) and the real HTTP server on it.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pgClient } from '../../src/db/pg-client';
import type { DataSource } from 'typeorm';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { createDataSource, countingLogger } from '../../src/db/data-source';
import { createServer, type App } from '../../src/server';
import { loadFixtures } from '../../src/db/seed/seed';
import type { FixtureName } from '../../src/db/seed/armenia-azerbaijan.fixture';
import { apiKeyService } from '../../src/modules/auth/api-key.service';
import type { Role } from '../../src/modules/auth/api-key.entity';

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup starts PostgreSQL)');
  return url;
}

export function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase {
  ds: DataSource;
  name: string;
  drop: () => Promise<void>;
}

/** An empty database; `migrate: false` leaves it without tables. */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = pgClient({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const ds = createDataSource({ url: urlFor(name), poolSize: 5 });
  await ds.initialize();
  if (opts.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return {
    ds,
    name,
    drop: async () => {
      if (ds.isInitialized) await ds.destroy();
      const c = pgClient({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface TestApp extends TestDatabase {
  app: App;
  config: Config;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Headers carrying a new API key of this role. */
  as(role: 'EDITOR' | 'ADMIN', name?: string): Promise<Record<string, string>>;
  /** Runs `fn` and returns how many SQL statements the data source sent meanwhile. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
  close: () => Promise<void>;
}

export async function createTestApp(opts: { fixtures?: FixtureName[]; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  for (const f of opts.fixtures ?? []) await loadFixtures(db.ds, f);
  // Rate limits and the response cache are off unless a test turns them on: suites send hundreds of requests
  // from one address, and most count the SQL statements a request sends.
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE: 'false', ...opts.env });
  // TEST_LOG_LEVEL=error npx jest ... shows what the server logged (unexpected errors in full).
  const app = await createServer(config, db.ds, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  keepConnections(app);
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    ...db,
    app,
    config,
    url,
    async gql(query, variables = {}, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: JSON.parse(text) };
    },
    async as(role, name) {
      const { key } = await apiKeyService.create({ db: db.ds.manager }, name ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}`, role as Role);
      return { authorization: `Bearer ${key}` };
    },
    async countStatements(fn) {
      const logger = countingLogger(db.ds);
      const before = logger.total;
      await fn();
      return logger.total - before;
    },
    close: async () => {
      await app.stop();
      await db.drop();
    },
  };
}

/**
 * The test's client (fetch) shares the server's event loop: a stall of the process (GC, a busy machine) can let
 * the server's idle timer close a keep-alive connection just as the client sends on it again (ECONNRESET, a request
 * never read). A long keep-alive moves that boundary past the idle times tests have.
 */
function keepConnections(app: App): void {
  app.httpServer.keepAliveTimeout = TEST_KEEP_ALIVE_MS;
}
const TEST_KEEP_ALIVE_MS = 120_000;

/** The data of a response, failing the test with the errors when there are any. */
/** The codes of a response's errors, in order (empty when there is none). */
export const codes = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => (res.body.errors ?? []).map((e) => e.extensions?.code);

export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (res.body.errors?.length || res.status !== 200) {
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body.errors)}`);
  }
  return res.body.data as T;
}

/** A second instance of the API beside `t`'s: its own pool on the same database, the same config, its own port. */
export async function secondInstance(t: TestApp, poolSize = 3): Promise<{ app: App; url: string; ds: DataSource; close: () => Promise<void> }> {
  const ds = createDataSource({ url: urlFor(t.name), poolSize });
  await ds.initialize();
  const app = await createServer(t.config, ds, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  keepConnections(app);
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return { app, url, ds, close: async () => (await app.stop(), await ds.destroy()) };
}
