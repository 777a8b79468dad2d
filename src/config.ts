// The only reader of process.env: parsed and validated once, then passed around as a typed object.
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Any PostgreSQL; when unset, an embedded PostgreSQL is started under EMBEDDED_PG_DIR. */
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/pg'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Load the seed explainer when the database holds no article yet. */
  SEED_ON_START: bool.default('true'),
  /** Run pending migrations at start. */
  MIGRATE_ON_START: bool.default('true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Defaults depend on NODE_ENV: on outside production. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_PLAYGROUND: bool.optional(),
  // Response cache and HTTP caching of anonymous reads (see src/common/cache).
  RESPONSE_CACHE: bool.default('true'),
  /** When set, cached responses and persisted queries live in this Redis (shared by instances); else in memory. */
  REDIS_URL: z.string().url().optional(),
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(65536).default(64),
  /** Safety net for writes made outside the API; API writes invalidate at once. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  /** Cache-Control max-age of anonymous query responses (CDNs, browsers). */
  CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Adds `x-sql-statements` (statements the request sent) to GraphQL responses, for `npm run bench`. */
  BENCH_STATS: bool.default('false'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: {
    /** Set when an external PostgreSQL is used. */
    url?: string;
    poolSize: number;
    embedded: { dir: string; port: number };
  };
  seedOnStart: boolean;
  migrateOnStart: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  graphql: { introspection: boolean; playground: boolean };
  cache: { enabled: boolean; redisUrl?: string; maxBytes: number; ttlSeconds: number; maxAge: number };
  benchStats: boolean;
  /** Root of the project: embedded data lives under it (initdb needs a traversable parent). */
  projectRoot: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const projectRoot = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');
  const dev = e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DB_POOL_SIZE,
      embedded: { dir: path.resolve(projectRoot, e.EMBEDDED_PG_DIR), port: e.EMBEDDED_PG_PORT },
    },
    seedOnStart: e.SEED_ON_START,
    migrateOnStart: e.MIGRATE_ON_START,
    logLevel: e.NODE_ENV === 'test' && env.LOG_LEVEL === undefined ? 'silent' : e.LOG_LEVEL,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? dev,
      playground: e.GRAPHQL_PLAYGROUND ?? dev,
    },
    cache: {
      enabled: e.RESPONSE_CACHE,
      redisUrl: e.REDIS_URL,
      maxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
      ttlSeconds: e.RESPONSE_CACHE_TTL_SECONDS,
      maxAge: e.CACHE_MAX_AGE_SECONDS,
    },
    benchStats: e.BENCH_STATS,
    projectRoot,
  };
}
