// The only reader of process.env: parsed and validated once, then passed around as a typed object.
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Any PostgreSQL; when unset, an embedded PostgreSQL is started under EMBEDDED_PG_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Read replicas of DATABASE_URL (comma-separated URLs): anonymous readers' queries are answered there. */
  DATABASE_READ_URL: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url('a postgres:// URL'))),
  /** A replica further behind than this (seconds of replay lag) is not read from until it catches up; 0: no limit. */
  DATABASE_READ_MAX_LAG_SECONDS: z.coerce.number().min(0).default(30),
  /** How often the replica monitor measures each replica's health and replay lag (ms). */
  DATABASE_READ_MONITOR_MS: z.coerce.number().int().min(100).default(1000),
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
  /** The build's commit, tag or `git describe` output, for GET /version; when unset, `git rev-parse HEAD` at start. */
  GIT_COMMIT: z
    .string()
    .regex(/^[\w.+/@-]{1,100}$/, 'a git commit hash, tag or `git describe` output (at most 100 letters, digits and . _ - + / @)')
    .optional(),
  /** Defaults depend on NODE_ENV: on outside production. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_PLAYGROUND: bool.optional(),
  /** "Did you mean ...?" hints in validation errors; they reveal the schema when introspection is off. */
  GRAPHQL_FIELD_SUGGESTIONS: bool.optional(),
  // Operation limits, checked before execution (HTTP 400 with a coded error).
  LIMIT_DEPTH: z.coerce.number().int().min(1).default(8),
  LIMIT_ALIASES: z.coerce.number().int().min(0).default(15),
  LIMIT_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  LIMIT_TOKENS: z.coerce.number().int().min(1).default(1000),
  LIMIT_QUERY_CHARS: z.coerce.number().int().min(1).default(15_000),
  LIMIT_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(1024 * 1024),
  LIMIT_COST: z.coerce.number().int().min(1).default(5000),
  /** Lists without a `first` argument count as this many items in the cost. */
  LIMIT_COST_LIST_SIZE: z.coerce.number().int().min(1).default(5),
  /** Representations one federation `_entities` call may resolve (each costs what it selects, like `first` items). */
  LIMIT_ENTITIES: z.coerce.number().int().min(1).default(100),
  /** After a 413, the rest of the body is read and dropped up to this many bytes or this long, then the connection closes. */
  LIMIT_BODY_LINGER_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(10 * 1024 * 1024),
  LIMIT_BODY_LINGER_MS: z.coerce.number().int().min(0).default(5000),
  // WebSocket subscriptions: open subscriptions per connection, and connections per client IP on one instance.
  LIMIT_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(25),
  LIMIT_SOCKETS_PER_IP: z.coerce.number().int().min(1).default(50),
  // Rate limits: a sustained rate per second plus a burst allowance per 10 s, per API key and per client IP.
  RATE_LIMIT_ENABLED: bool.default('true'),
  RATE_LIMIT_ANON_PER_SECOND: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_ANON_BURST: z.coerce.number().int().min(0).default(200),
  RATE_LIMIT_KEY_PER_SECOND: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_KEY_BURST: z.coerce.number().int().min(0).default(1000),
  /** The steady window: the *_PER_SECOND budgets are per this many seconds (1: per second). */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(1),
  /** Take the client IP from X-Forwarded-For (only behind a proxy you run). */
  TRUST_PROXY: bool.default('false'),
  /** With TRUST_PROXY: how many proxies you run in front of the API; the client is the X-Forwarded-For entry this many from the right. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Rate limits, the response cache, persisted queries and (by default) live events go to Redis when set. */
  REDIS_URL: z.string().url().optional(),
  /** How live events (subscriptions, cross-instance cache invalidation) cross instances; default: redis when REDIS_URL is set. */
  LIVE_TRANSPORT: z.enum(['postgres', 'redis']).optional(),
  /** The LISTEN connection sends SELECT 1 this often; no answer before the next one is due: it reconnects (an event gap). */
  LIVE_LISTEN_HEARTBEAT_MS: z.coerce.number().int().min(50).default(10_000),
  /** Comma-separated origins allowed by CORS, or * for any; empty: no cross-origin browser access. */
  CORS_ORIGINS: z.string().default(''),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Longest a graceful shutdown waits for in-flight requests. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(8000),
  // Response cache and HTTP caching of anonymous reads (see src/common/cache).
  RESPONSE_CACHE: bool.default('true'),
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(65536).default(64),
  /** Safety net for writes made outside the API; API writes invalidate at once. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  /** Cache-Control max-age of anonymous query responses (CDNs, browsers). */
  CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Adds `x-sql-statements` (statements the request sent) to GraphQL responses, for `npm run bench`. */
  BENCH_STATS: bool.default('false'),
  // Webhooks: each instance delivers pending events from the outbox (FOR UPDATE SKIP LOCKED shares the work).
  WEBHOOK_DISPATCH: bool.default('true'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(10).default(5000),
  /** Deliver to loopback, private, link-local (metadata) and reserved addresses too: for tests and closed networks only. */
  WEBHOOK_ALLOW_PRIVATE: bool.default('false'),
  /** Bytes of an endpoint's answer read at most (the status decides; the rest is dropped). */
  WEBHOOK_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024),
  /** A delivery is marked DEAD after this many failed tries. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  /** Retry n waits min(base * 2^(n-1), max), with up to half of it taken off at random (jitter). */
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(1000),
  WEBHOOK_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(5 * 60_000),
  /** Deliveries in flight at once per instance. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How often an idle dispatcher looks for due retries (new events wake it at once). */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1000),
  // Scheduled publishing and embargoes: graphile-worker jobs in the database (schema graphile_worker, installed at start).
  /** Run the job queue on this instance (scheduled publish/unpublish, embargo ends); jobs are shared by every instance that runs it. */
  JOBS_ENABLED: bool.default('true'),
  /** Jobs one instance runs at once. */
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** How often the queue looks for jobs whose time has come (new due jobs wake it at once): the lateness bound of a scheduled time. */
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** importExplainer parses in a worker thread; one that takes longer is stopped (BAD_USER_INPUT, nothing written). */
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: {
    /** Set when an external PostgreSQL is used. */
    url?: string;
    /** Read replicas (DATABASE_READ_URL); empty: every read on the primary. */
    readUrls: string[];
    /** Replay lag past which a replica is left out (0: never for lag). */
    readMaxLagSeconds: number;
    readMonitorMs: number;
    /** Connections in the pool of each server (primary and every replica). */
    poolSize: number;
    embedded: { dir: string; port: number };
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    idleTimeoutMs: number;
  };
  seedOnStart: boolean;
  migrateOnStart: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  graphql: { introspection: boolean; playground: boolean; fieldSuggestions: boolean };
  limits: {
    depth: number;
    aliases: number;
    directives: number;
    tokens: number;
    queryChars: number;
    bodyBytes: number;
    cost: number;
    costListSize: number;
    /** Representations per `_entities` call on /subgraph. */
    entities: number;
    /** Lingering close after a 413: the rest of the body is drained up to these bounds. */
    bodyLingerBytes: number;
    bodyLingerMs: number;
    subscriptionsPerSocket: number;
    socketsPerIp: number;
  };
  rateLimit: {
    enabled: boolean;
    anonymous: { perSecond: number; burst: number };
    apiKey: { perSecond: number; burst: number };
    /** The steady budgets (perSecond) are per this many seconds. */
    windowSeconds: number;
  };
  trustProxy: boolean;
  trustProxyHops: number;
  redisUrl?: string;
  /** postgres: pg_notify in each write's transaction, LISTEN on every instance; redis: published after COMMIT, SUBSCRIBE. */
  live: { transport: 'postgres' | 'redis'; redisUrl?: string; listenHeartbeatMs: number };
  /** '*' or a list of origins. */
  corsOrigins: '*' | string[];
  shutdownGraceMs: number;
  webhooks: {
    dispatch: boolean;
    timeoutMs: number;
    /** WEBHOOK_ALLOW_PRIVATE: deliveries may go to loopback, private and link-local addresses. */
    allowPrivate: boolean;
    maxResponseBytes: number;
    maxAttempts: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    concurrency: number;
    pollMs: number;
  };
  logPretty: boolean;
  metricsEnabled: boolean;
  /** From GIT_COMMIT; src/ops/version.ts asks git when unset. */
  gitCommit?: string;
  cache: { enabled: boolean; redisUrl?: string; maxBytes: number; ttlSeconds: number; maxAge: number };
  benchStats: boolean;
  /** Root of the project: embedded data lives under it (initdb needs a traversable parent). */
  projectRoot: string;
  importer: { timeoutMs: number };
  /** The job queue of scheduled publishing (graphile-worker). */
  jobs: { enabled: boolean; concurrency: number; pollMs: number };
}

export class ConfigError extends Error {}

/** The environment a child program (PostgreSQL's own binaries) inherits, with `extra` set over it. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.LIVE_TRANSPORT === 'redis' && !e.REDIS_URL) throw new ConfigError('Invalid configuration:\n  LIVE_TRANSPORT: redis needs REDIS_URL');
  const projectRoot = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');
  const dev = e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: {
      url: e.DATABASE_URL,
      readUrls: e.DATABASE_READ_URL,
      readMaxLagSeconds: e.DATABASE_READ_MAX_LAG_SECONDS,
      readMonitorMs: e.DATABASE_READ_MONITOR_MS,
      poolSize: e.DB_POOL_SIZE,
      embedded: { dir: path.resolve(projectRoot, e.EMBEDDED_PG_DIR), port: e.EMBEDDED_PG_PORT },
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleTimeoutMs: e.DB_IDLE_TIMEOUT_MS,
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
      fieldSuggestions: e.GRAPHQL_FIELD_SUGGESTIONS ?? dev,
    },
    limits: {
      depth: e.LIMIT_DEPTH,
      aliases: e.LIMIT_ALIASES,
      directives: e.LIMIT_DIRECTIVES,
      tokens: e.LIMIT_TOKENS,
      queryChars: e.LIMIT_QUERY_CHARS,
      bodyBytes: e.LIMIT_BODY_BYTES,
      cost: e.LIMIT_COST,
      costListSize: e.LIMIT_COST_LIST_SIZE,
      entities: e.LIMIT_ENTITIES,
      bodyLingerBytes: e.LIMIT_BODY_LINGER_BYTES,
      bodyLingerMs: e.LIMIT_BODY_LINGER_MS,
      subscriptionsPerSocket: e.LIMIT_SUBSCRIPTIONS_PER_SOCKET,
      socketsPerIp: e.LIMIT_SOCKETS_PER_IP,
    },
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      anonymous: { perSecond: e.RATE_LIMIT_ANON_PER_SECOND, burst: e.RATE_LIMIT_ANON_BURST },
      apiKey: { perSecond: e.RATE_LIMIT_KEY_PER_SECOND, burst: e.RATE_LIMIT_KEY_BURST },
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    },
    trustProxy: e.TRUST_PROXY,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    redisUrl: e.REDIS_URL,
    live: { transport: e.LIVE_TRANSPORT ?? (e.REDIS_URL ? 'redis' : 'postgres'), redisUrl: e.REDIS_URL, listenHeartbeatMs: e.LIVE_LISTEN_HEARTBEAT_MS },
    corsOrigins:
      e.CORS_ORIGINS.trim() === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    cache: {
      enabled: e.RESPONSE_CACHE,
      redisUrl: e.REDIS_URL,
      maxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
      ttlSeconds: e.RESPONSE_CACHE_TTL_SECONDS,
      maxAge: e.CACHE_MAX_AGE_SECONDS,
    },
    benchStats: e.BENCH_STATS,
    webhooks: {
      dispatch: e.WEBHOOK_DISPATCH,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      maxResponseBytes: e.WEBHOOK_MAX_RESPONSE_BYTES,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffBaseMs: e.WEBHOOK_BACKOFF_BASE_MS,
      backoffMaxMs: e.WEBHOOK_BACKOFF_MAX_MS,
      concurrency: e.WEBHOOK_CONCURRENCY,
      pollMs: e.WEBHOOK_POLL_MS,
    },
    projectRoot,
    importer: { timeoutMs: e.IMPORT_TIMEOUT_MS },
    jobs: { enabled: e.JOBS_ENABLED, concurrency: e.JOBS_CONCURRENCY, pollMs: e.JOBS_POLL_MS },
  };
}
