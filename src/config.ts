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
  /** Human-readable logs (pino-pretty, a development dependency); default: in development on a terminal. */
  LOG_PRETTY: bool.optional(),
  /** Prometheus metrics at GET /metrics. */
  METRICS_ENABLED: bool.default('true'),
  /** The commit this build runs, for GET /version; when unset, `git rev-parse HEAD` in the project at start. */
  GIT_COMMIT: z.string().regex(/^[0-9a-f]{7,40}$|^unknown$/, 'a git commit hash').optional(),
  /** Defaults depend on NODE_ENV: on outside production. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_PLAYGROUND: bool.optional(),
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
  logPretty: boolean;
  metricsEnabled: boolean;
  /** From GIT_COMMIT; src/ops/version.ts asks git when unset. */
  gitCommit?: string;
  graphql: { introspection: boolean; playground: boolean };
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
    logPretty: e.LOG_PRETTY ?? (e.NODE_ENV === 'development' && Boolean(process.stdout.isTTY)),
    metricsEnabled: e.METRICS_ENABLED,
    gitCommit: e.GIT_COMMIT,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? dev,
      playground: e.GRAPHQL_PLAYGROUND ?? dev,
    },
    projectRoot,
  };
}
