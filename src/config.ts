// The only reader of process.env: parsed and validated once, then passed around as a typed object.
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

export const envSchema = z.object({
  /** development: playground, introspection and field suggestions on; production: off by default, and DATABASE_URL required; test: logs silent. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Address the HTTP server listens on. */
  HOST: z.string().default('0.0.0.0'),
  /** Port of the HTTP server (GraphQL, WebSocket, /subgraph, health and metrics routes); 0: any free port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Any PostgreSQL; when unset, an embedded PostgreSQL is started under EMBEDDED_PG_DIR (outside production, which requires it). */
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
  /** Data directory of the embedded PostgreSQL (used when DATABASE_URL is unset), relative to the project. */
  EMBEDDED_PG_DIR: z.string().default('.data/pg'),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Connections in the pool of each server (the primary and every read replica). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Load the seed explainer when the database holds no article yet. */
  SEED_ON_START: bool.default('true'),
  /** Run pending migrations at start. */
  MIGRATE_ON_START: bool.default('true'),
  /** pino log level: one JSON line per request (request id, operation, status, ms, SQL statements); silent by default under NODE_ENV=test. */
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
  /** Schema introspection (`__schema`, `__type`); default: on outside production. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  /** The GraphiQL playground at GET /graphql; default: on outside production. */
  GRAPHQL_PLAYGROUND: bool.optional(),
  /** "Did you mean ...?" hints in validation errors; they reveal the schema when introspection is off. */
  GRAPHQL_FIELD_SUGGESTIONS: bool.optional(),
  // Operation limits, checked before execution (HTTP 400 with a coded error).
  /** Deepest selection an operation may have (QUERY_TOO_DEEP). */
  LIMIT_DEPTH: z.coerce.number().int().min(1).default(8),
  /** Aliases per operation (TOO_MANY_ALIASES). */
  LIMIT_ALIASES: z.coerce.number().int().min(0).default(15),
  /** Directives per operation (TOO_MANY_DIRECTIVES). */
  LIMIT_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  /** Tokens the parser reads per document (TOO_MANY_TOKENS). */
  LIMIT_TOKENS: z.coerce.number().int().min(1).default(1000),
  /** Characters of query text (QUERY_TOO_LARGE). */
  LIMIT_QUERY_CHARS: z.coerce.number().int().min(1).default(15_000),
  /** Largest request body, and largest WebSocket message (HTTP 413 PAYLOAD_TOO_LARGE; WebSocket close 1009). */
  LIMIT_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(1024 * 1024),
  /** Highest cost of an operation, a list counting its `first` items (QUERY_TOO_COMPLEX). */
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
  /** After a 413: how long the rest of the body is read and dropped before the connection closes. */
  LIMIT_BODY_LINGER_MS: z.coerce.number().int().min(0).default(5000),
  // WebSocket subscriptions: open subscriptions per connection, and connections per client IP on one instance.
  /** Subscriptions one WebSocket connection may hold open (SUBSCRIPTION_LIMIT). */
  LIMIT_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(25),
  /** WebSocket connections per client IP on one instance (close code 4429). */
  LIMIT_SOCKETS_PER_IP: z.coerce.number().int().min(1).default(50),
  // Rate limits: a sustained rate per second plus a burst allowance per 10 s, per API key and per client IP.
  /** Rate limits on (per client IP and per API key; 429 RATE_LIMITED with Retry-After). */
  RATE_LIMIT_ENABLED: bool.default('true'),
  /** Requests per window (RATE_LIMIT_WINDOW_SECONDS) of an anonymous client IP. */
  RATE_LIMIT_ANON_PER_SECOND: z.coerce.number().int().min(1).default(20),
  /** Extra requests an anonymous client IP may make per 10 s above its steady rate. */
  RATE_LIMIT_ANON_BURST: z.coerce.number().int().min(0).default(200),
  /** Requests per window (RATE_LIMIT_WINDOW_SECONDS) of one API key. */
  RATE_LIMIT_KEY_PER_SECOND: z.coerce.number().int().min(1).default(100),
  /** Extra requests one API key may make per 10 s above its steady rate. */
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
  /** Longest wait for a new database connection (the pool's connect timeout). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  /** PostgreSQL statement_timeout of the app's connections: a statement running longer is cancelled. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** An idle pooled connection is closed after this long. */
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Longest a graceful shutdown waits for in-flight requests. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(8000),
  // Response cache and HTTP caching of anonymous reads (see src/common/cache).
  /** Cache the answers to anonymous queries (invalidated by every write); in memory, or in Redis with REDIS_URL. */
  RESPONSE_CACHE: bool.default('true'),
  /** Size of the in-memory response cache (an LRU). */
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(65536).default(64),
  /** Safety net for writes made outside the API; API writes invalidate at once. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  /** Cache-Control max-age of anonymous query responses (CDNs, browsers). */
  CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Adds `x-sql-statements` (statements the request sent) to GraphQL responses, for `npm run bench`. */
  BENCH_STATS: bool.default('false'),
  // Webhooks: each instance delivers pending events from the outbox (FOR UPDATE SKIP LOCKED shares the work).
  /** Run this instance's webhook dispatcher (every instance may: rows are claimed with FOR UPDATE SKIP LOCKED). */
  WEBHOOK_DISPATCH: bool.default('true'),
  /** Time one webhook delivery attempt may take before it counts as failed. */
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
  /** Longest wait between two tries of a webhook delivery. */
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
  // News page distribution (src/modules/distribution): canonical URLs, images, JSON-LD, feeds and sitemaps.
  /** Canonical URL of an explainer on the newsroom's site: an http(s) URL with `{slug}` (Article.url, feeds, sitemaps, JSON-LD). */
  PUBLIC_URL_TEMPLATE: z
    .string()
    .default('https://news.example/explainers/{slug}')
    .refine((t) => t.includes('{slug}') && httpUrl(t.replaceAll('{slug}', 'x')), 'an http(s) URL containing {slug}'),
  /** Image CDN URL of an image at a width: an http(s) URL with `{path}` (the image's path) and `{width}` (pixels); no image processing here. */
  IMAGE_URL_TEMPLATE: z
    .string()
    .default('https://img.example/{path}?w={width}')
    .refine(
      (t) => t.includes('{path}') && t.includes('{width}') && httpUrl(t.replaceAll('{path}', 'a/b.jpg').replaceAll('{width}', '1')),
      'an http(s) URL containing {path} and {width}',
    ),
  /** Widths of Image.renditions when the query gives none (comma-separated pixels, 16 to 8192). */
  IMAGE_RENDITION_WIDTHS: z
    .string()
    .default('320,640,1024,1600')
    .transform((v) => v.split(',').map((w) => Number(w.trim())))
    .pipe(z.array(z.number().int().min(16).max(8192)).min(1).max(10)),
  /** The publisher of JSON-LD (schema.org Organization), the feeds' author and the Google News publication name. */
  PUBLISHER_NAME: z.string().min(1).max(200).default('Explainer Desk'),
  /** The publisher's home page (JSON-LD publisher.url, the feeds' site link). */
  PUBLISHER_URL: z.string().url().default('https://news.example/'),
  /** Logo of the publisher in JSON-LD and the feeds (an http(s) URL of an image); none when unset. */
  PUBLISHER_LOGO_URL: z.string().url().optional(),
  /** Language of the explainers (BCP 47, e.g. en or en-GB): feeds, JSON-LD inLanguage, the Google News sitemap. */
  PUBLICATION_LANGUAGE: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or en-GB')
    .default('en'),
  /** Where this API's /feeds and /sitemaps are reached publicly (feeds' self links, sitemap index entries); default: PUBLISHER_URL's origin. */
  DISTRIBUTION_BASE_URL: z.string().url().optional(),
  /** URLs per page of /sitemaps/explainers.xml; with more published explainers it becomes a sitemap index of pages (the protocol's limit is 50,000). */
  SITEMAP_PAGE_SIZE: z.coerce.number().int().min(1).max(50_000).default(50_000),
});

function httpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

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
  distribution: DistributionConfig;
}

/** Canonical URLs, image renditions, publisher and feed/sitemap settings (src/modules/distribution). */
export interface DistributionConfig {
  publicUrlTemplate: string;
  imageUrlTemplate: string;
  renditionWidths: number[];
  publisher: { name: string; url: string; logoUrl?: string };
  language: string;
  /** Origin (and path prefix) of /feeds and /sitemaps, without a trailing slash. */
  baseUrl: string;
  sitemapPageSize: number;
}

export class ConfigError extends Error {}

/** The environment a child program (PostgreSQL's own binaries) inherits, with `extra` set over it. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
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
    distribution: {
      publicUrlTemplate: e.PUBLIC_URL_TEMPLATE,
      imageUrlTemplate: e.IMAGE_URL_TEMPLATE,
      renditionWidths: e.IMAGE_RENDITION_WIDTHS,
      publisher: { name: e.PUBLISHER_NAME, url: e.PUBLISHER_URL, logoUrl: e.PUBLISHER_LOGO_URL },
      language: e.PUBLICATION_LANGUAGE,
      baseUrl: (e.DISTRIBUTION_BASE_URL ?? new URL(e.PUBLISHER_URL).origin).replace(/\/+$/, ''),
      sitemapPageSize: e.SITEMAP_PAGE_SIZE,
    },
    jobs: { enabled: e.JOBS_ENABLED, concurrency: e.JOBS_CONCURRENCY, pollMs: e.JOBS_POLL_MS },
  };
}
