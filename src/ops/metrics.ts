// Prometheus metrics (prom-client): requests by route, operation and status; SQL statements per request; the
// connection pool; cache lookups; and the process's default metrics. Served at GET /metrics.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { VersionInfo } from './version';
import { replicaFallbacks } from '../db/replica';
import { countingLogger, primaryPool } from '../db/data-source';
import type { Pool } from 'pg';

export const METRIC_PREFIX = 'explainer_';

const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/version', '/']);
// Operation names come from clients: past this many distinct names, new ones are counted as `(other)`.
const MAX_OPERATION_LABELS = 200;
export const OTHER_OPERATION = '(other)';

export interface RequestObservation {
  path: string;
  /** Unset for requests that are not GraphQL operations (health, metrics, the playground page). */
  operation?: string;
  status: number;
  seconds: number;
  sqlStatements: number;
  /** Of those, the statements a read replica answered. */
  replicaStatements?: number;
  /** query, mutation or subscription; unset when no operation was resolved. */
  operationType?: string;
}

export interface CacheMetrics {
  hit(): void;
  miss(): void;
}

export interface Metrics {
  observeRequest(r: RequestObservation): void;
  /** Counts lookups of a named cache (the response cache arrives with the performance work). */
  cache(name: string): CacheMetrics;
  /** Counts a live event this instance received (from any instance's write), by transport. */
  liveEvent(transport: string): void;
  /** Where the in-flight gauge reads its value (the server's count of requests received and not yet answered). */
  httpInFlight(read: () => number): void;
  render(): Promise<{ contentType: string; body: string }>;
}

// Process metrics describe the process, not an app: one registry for however many apps it runs (tests run several).
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export function createMetrics(dataSource: DataSource, opts: { version: VersionInfo }): Metrics {
  const registry = new Registry();
  const labelNames = ['route', 'operation', 'status'] as const;
  const requests = new Counter({
    name: `${METRIC_PREFIX}http_requests_total`,
    help: 'HTTP requests by route, GraphQL operation name and status.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'Time from the request to the end of the response, by route, GraphQL operation name and status.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const statements = new Histogram({
    name: `${METRIC_PREFIX}sql_statements_per_request`,
    help: 'SQL statements one request sent, by route and GraphQL operation name (a read is one per root field).',
    labelNames: ['route', 'operation'] as const,
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 32, 64],
    registers: [registry],
  });
  const gauge = (name: string, help: string, read: (p: Pool) => number) =>
    new Gauge({
      name: `${METRIC_PREFIX}db_pool_${name}`,
      help,
      registers: [registry],
      collect() {
        const pool = primaryPool(dataSource);
        this.set(pool ? read(pool) : 0);
      },
    });
  gauge('connections', 'Open connections in the PostgreSQL pool (busy and idle).', (p) => p.totalCount);
  gauge('idle', 'Idle connections in the PostgreSQL pool.', (p) => p.idleCount);
  gauge('waiting', 'Queries waiting for a free connection.', (p) => p.waitingCount);
  gauge('max', 'Most connections the pool opens (DB_POOL_SIZE).', (p) => p.options.max);
  // The replica read share is reads{target="replica"} / all reads (docs/scale-out-and-replicas.md, "Read replicas").
  const reads = new Counter({
    name: `${METRIC_PREFIX}db_reads_total`,
    help: 'SQL statements sent for GraphQL query operations, by the server that answered them (primary or replica).',
    labelNames: ['target'] as const,
    registers: [registry],
  });
  reads.inc({ target: 'primary' }, 0);
  reads.inc({ target: 'replica' }, 0);
  new Counter({
    name: `${METRIC_PREFIX}db_replica_fallbacks_total`,
    help: 'Reads a read replica could not answer (unreachable), answered by the primary instead.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(replicaFallbacks(dataSource));
    },
  });
  // All statements, requests or not (subscription payloads, listeners, jobs): what a live event costs shows here.
  new Counter({
    name: `${METRIC_PREFIX}sql_statements_total`,
    help: 'SQL statements this instance sent to PostgreSQL through its data source, for any reason.',
    registers: [registry],
    collect() {
      this.reset();
      // A data source not made by createDataSource (tests, embedders) has no counting logger: nothing to report.
      const total = (countingLogger(dataSource) as { total?: number } | undefined)?.total;
      if (typeof total === 'number') this.inc(total);
    },
  });
  const cacheLookups = new Counter({
    name: `${METRIC_PREFIX}cache_lookups_total`,
    help: 'Cache lookups by cache and result (hit or miss).',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });
  const liveEvents = new Counter({
    name: `${METRIC_PREFIX}live_events_received_total`,
    help: 'Live events this instance received (writes through any instance), by transport (postgres: NOTIFY, redis: pub/sub).',
    labelNames: ['transport'] as const,
    registers: [registry],
  });
  let readInFlight = () => 0;
  new Gauge({
    name: `${METRIC_PREFIX}http_requests_in_flight`,
    help: 'HTTP requests received and not answered yet (this scrape included); a graceful shutdown waits for them.',
    registers: [registry],
    collect() {
      this.set(readInFlight());
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}build_info`,
    help: 'The running version and git commit (always 1).',
    labelNames: ['version', 'commit'] as const,
    registers: [registry],
  })
    .labels(opts.version.version, opts.version.commit)
    .set(1);

  const operations = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (name === undefined) return '';
    if (operations.has(name)) return name;
    if (operations.size >= MAX_OPERATION_LABELS) return OTHER_OPERATION;
    operations.add(name);
    return name;
  };

  return {
    observeRequest(r) {
      const route = ROUTES.has(r.path) ? r.path : 'other';
      const operation = operationLabel(r.operation);
      const labels = { route, operation, status: String(r.status) };
      requests.inc(labels);
      duration.observe(labels, r.seconds);
      statements.observe({ route, operation }, r.sqlStatements);
      if (r.operationType === 'query') {
        const replica = r.replicaStatements ?? 0;
        reads.inc({ target: 'replica' }, replica);
        reads.inc({ target: 'primary' }, r.sqlStatements - replica);
      }
    },
    cache(name) {
      return { hit: () => cacheLookups.inc({ cache: name, result: 'hit' }), miss: () => cacheLookups.inc({ cache: name, result: 'miss' }) };
    },
    liveEvent(transport) {
      liveEvents.inc({ transport });
    },
    httpInFlight(read) {
      readInFlight = read;
    },
    async render() {
      const merged = Registry.merge([processMetrics(), registry]);
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
}
