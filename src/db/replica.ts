// Read replicas (DATABASE_READ_URL): where a read goes, the fallback to the primary, and what /readyz and /metrics
// say about them. Only anonymous readers' query operations read from a replica (server.ts sets their context's
// `db` to replicaManager()); everything else uses the primary, where writes are read back at once.
import type { Pool, QueryConfig } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { primaryPool } from './data-source';
import { withTimeout } from '../common/timeout';
import { isDbUnavailable } from '../common/db-errors';
import { scopeOf } from '../common/request-scope';
import { countStatement } from './query-stats';
import { RequestManager } from './request-manager';

export type ReadTarget = 'primary' | 'replica';

/** After a replica failed to answer, reads go straight to the primary this long (instead of timing out each). */
export const REPLICA_RETRY_AFTER_MS = 5000;

/** What this process knows of one replica. */
interface ReplicaHealth {
  /** Until when (epoch ms) it is skipped, after it failed to answer. */
  downUntil: number;
  /** Whether its replay lag at the last check was past the limit. */
  lagging: boolean;
}

interface ReplicaState {
  health: Map<Pool, ReplicaHealth>;
  /** The primary's WAL position over the last minutes, oldest first (the monitor's samples). */
  samples: { at: number; lsn: bigint }[];
  /** Writes waiting for every replica to replay them (replicasReplayed), and whether one loop polls for them. */
  waiters: { lsn: bigint; deadline: number; resolve: () => void }[];
  polling: boolean;
  /** Reads that a replica could not answer and the primary did. */
  fallbacks: number;
  warn: Set<ReplicaWarning>;
}

export type ReplicaWarning = (detail: Record<string, unknown>, msg: string) => void;

const states = new WeakMap<DataSource, ReplicaState>();

function stateOf(ds: DataSource): ReplicaState {
  let s = states.get(ds);
  if (!s) states.set(ds, (s = { health: new Map(), samples: [], waiters: [], polling: false, fallbacks: 0, warn: new Set() }));
  return s;
}

function replicaPools(ds: DataSource): Pool[] {
  return ((ds.driver as PostgresDriver).slaves ?? []) as Pool[];
}

function healthOf(state: ReplicaState, pool: Pool): ReplicaHealth {
  let h = state.health.get(pool);
  if (!h) state.health.set(pool, (h = { downUntil: 0, lagging: false }));
  return h;
}

/** A replica to read from: one that answered last time and is not too far behind, at random; none: the primary. */
function usableReplica(ds: DataSource, state: ReplicaState): Pool | undefined {
  const now = Date.now();
  const usable = replicaPools(ds).filter((p) => {
    const h = healthOf(state, p);
    return h.downUntil <= now && !h.lagging;
  });
  return usable.length ? usable[Math.floor(Math.random() * usable.length)] : undefined;
}

const primary = (ds: DataSource): Pool => primaryPool(ds)!;

/** The primary's current WAL position. */
async function primaryLsn(ds: DataSource, timeoutMs: number): Promise<bigint> {
  const { rows } = await withTimeout(primary(ds).query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'), timeoutMs);
  return lsnOf(rows[0].lsn);
}

/** What a replica has replayed (null: it is not in recovery); rejects when it does not answer within `timeoutMs`. */
async function replayedLsn(pool: Pool, timeoutMs: number): Promise<bigint | null> {
  const { rows } = await withTimeout(pool.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn'), timeoutMs);
  return rows[0]?.lsn ? lsnOf(rows[0].lsn) : null;
}

export function hasReplicas(ds: DataSource): boolean {
  return replicaPools(ds).length > 0;
}

/** Reports fallbacks to `warn` (a server's logger); returns the unsubscribe. */
export function onReplicaWarning(ds: DataSource, warn: ReplicaWarning): () => void {
  const set = stateOf(ds).warn;
  set.add(warn);
  return () => set.delete(warn);
}

/** Reads a replica could not answer (answered by the primary instead), since start. */
export function replicaFallbacks(ds: DataSource): number {
  return stateOf(ds).fallbacks;
}

function codeOf(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e.code ?? e.driverError?.code;
}

/**
 * Runs one read statement on the server `db` reads from: a replica for replicaManager() (one that answers and is
 * not further behind than DATABASE_READ_MAX_LAG_SECONDS), the primary otherwise. A replica that cannot be reached
 * (down, restarting, refusing connections) costs one retry on the primary and a warning, and is skipped for
 * REPLICA_RETRY_AFTER_MS: public reads get slower, not 503s.
 */
export async function routeRead<R>(db: EntityManager, read: (pool: Pool, target: ReadTarget) => Promise<R>): Promise<R> {
  const ds = db.connection;
  const state = stateOf(ds);
  const replica = db instanceof ReplicaManager ? usableReplica(ds, state) : undefined;
  if (!replica) return read(primary(ds), 'primary');
  try {
    const result = await read(replica, 'replica');
    const scope = scopeOf(db);
    if (scope) scope.replicaStatements = (scope.replicaStatements ?? 0) + 1;
    return result;
  } catch (err) {
    // A hot standby cancels a statement that conflicts with what it replays (40001, or 40P01 for a deadlock with
    // the startup process): the primary answers that one.
    const code = codeOf(err);
    if (code === '40001' || code === '40P01') return read(primary(ds), 'primary');
    if (!isDbUnavailable(err)) throw err;
    healthOf(state, replica).downUntil = Date.now() + REPLICA_RETRY_AFTER_MS;
    state.fallbacks++;
    const detail = { err: (err as Error).message, requestId: scopeOf(db)?.requestId };
    for (const warn of state.warn) warn(detail, 'read replica unavailable: reading from the primary');
    return read(primary(ds), 'primary');
  }
}

/**
 * An EntityManager whose plain `query()` statements (the compiled read statements, the loaders) run on a replica.
 * Everything else it is asked for still goes to the primary: transactions create a master query runner, and
 * find()/QueryBuilder SELECTs use the data source's defaultMode, 'master'.
 */
export class ReplicaManager extends RequestManager {
  // TypeORM's own signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query<T = any>(sql: string, parameters?: any[]): Promise<T> {
    return routeRead(this, (pool) => pooledQuery(this, pool, { text: sql, values: parameters }) as Promise<T>);
  }
}

/**
 * Runs one statement on `pool` (a replica's, or the primary's outside TypeORM's query runners), logged and counted
 * like every statement TypeORM sends (request log, statement counts).
 */
export async function pooledQuery<R>(db: EntityManager, pool: Pool, query: QueryConfig): Promise<R[]> {
  const ds = db.connection;
  ds.logger.logQuery(query.text, query.values);
  countStatement(scopeOf(db));
  try {
    return (await pool.query(query)).rows as R[];
  } catch (err) {
    ds.logger.logQueryError(err as Error, query.text, query.values);
    throw err;
  }
}

/** The manager for a request's anonymous reads: a ReplicaManager when replicas are configured, else `db` as it is. */
export function replicaManager(db: RequestManager): EntityManager {
  const ds = db.connection;
  return hasReplicas(ds) ? new ReplicaManager(ds, db.scope) : db;
}

export interface ReplicaStatus {
  /** lagging: answers, but further behind than DATABASE_READ_MAX_LAG_SECONDS, so not read from. */
  status: 'ok' | 'lagging' | 'unreachable';
  /** Seconds since the primary had WAL the replica has not replayed yet (0: it has replayed all of it). */
  lagSeconds?: number;
}

/** An LSN ('16/B374D848') as a number. */
function lsnOf(text: string): bigint {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

const SAMPLES_KEPT_MS = 10 * 60_000;
const SAMPLE_EVERY_MS = 500;
const REPLAY_POLL_TIMEOUT_MS = 1000;

/**
 * How far behind a replica is, in seconds: since when the primary has had WAL the replica has not replayed (from
 * the monitor's samples of the primary's position). Measured against the primary, not by the replica about itself:
 * a replica cut off from its primary has replayed all it received and would call itself up to date; and an idle
 * primary leaves an up-to-date replica at 0 however old its last transaction.
 */
function lagOf(state: ReplicaState, replayed: bigint, now: number): number {
  const behind = state.samples.find((s) => s.lsn > replayed);
  return behind ? Math.round(now - behind.at) / 1000 : 0;
}

/**
 * Samples the primary's WAL position and asks every replica what it has replayed (for /readyz and the monitor).
 * A replica that answers is used again at once; one that does not (refused, or silent past `timeoutMs`) is
 * skipped for REPLICA_RETRY_AFTER_MS; one further behind than `maxLagSeconds` (when > 0) is left out until it is not.
 */
export async function replicaStatus(ds: DataSource, timeoutMs: number, maxLagSeconds = 0): Promise<ReplicaStatus[]> {
  const state = stateOf(ds);
  const now = Date.now();
  try {
    const lsn = await primaryLsn(ds, timeoutMs);
    // At most one sample per SAMPLE_EVERY_MS, however often /readyz is asked: the list stays a few hundred long.
    const last = state.samples[state.samples.length - 1];
    if (!last || now - last.at >= SAMPLE_EVERY_MS) state.samples.push({ at: now, lsn });
    while (state.samples.length > 1 && state.samples[0].at < now - SAMPLES_KEPT_MS) state.samples.shift();
  } catch {
    // the primary is away: /readyz says so; the replicas' lag is measured against the samples there are
  }
  return Promise.all(
    replicaPools(ds).map(async (pool): Promise<ReplicaStatus> => {
      const health = healthOf(state, pool);
      try {
        const replayed = await replayedLsn(pool, timeoutMs);
        const lagSeconds = replayed === null ? 0 : lagOf(state, replayed, Date.now());
        health.downUntil = 0;
        if (maxLagSeconds > 0) health.lagging = lagSeconds > maxLagSeconds;
        return { status: health.lagging ? 'lagging' : 'ok', lagSeconds };
      } catch {
        health.downUntil = Date.now() + REPLICA_RETRY_AFTER_MS;
        return { status: 'unreachable' };
      }
    }),
  );
}

/** Checks the replicas every `everyMs` (lag, reachability) so reads avoid one too far behind; returns the stop. */
export function monitorReplicas(ds: DataSource, opts: { everyMs: number; maxLagSeconds: number; timeoutMs: number }): () => void {
  if (!hasReplicas(ds)) return () => undefined;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void replicaStatus(ds, opts.timeoutMs, opts.maxLagSeconds).finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, opts.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Resolves once every replica has replayed all the primary had written when called (a committed write, say), or
 * after `maxWaitMs`, or at once without replicas. The response cache invalidates again at that point: an anonymous
 * read that hit a replica between the write's commit and its replay would otherwise keep the old answer cached.
 * One loop per process polls for all waiting writes together, asking every replica at once; a replica that does
 * not answer holds nobody up (it is not read from until it answers again, and then the monitor measures it).
 */
export async function replicasReplayed(ds: DataSource, opts: { maxWaitMs: number; pollMs: number; stopped: () => boolean }): Promise<void> {
  if (!hasReplicas(ds)) return;
  const state = stateOf(ds);
  let lsn: bigint;
  try {
    lsn = await primaryLsn(ds, REPLAY_POLL_TIMEOUT_MS);
  } catch {
    return; // the primary is away: nothing was written since
  }
  await new Promise<void>((resolve) => {
    state.waiters.push({ lsn, deadline: Date.now() + opts.maxWaitMs, resolve });
    if (!state.polling) void pollReplays(ds, state, opts);
  });
}

async function pollReplays(ds: DataSource, state: ReplicaState, opts: { pollMs: number; stopped: () => boolean }): Promise<void> {
  state.polling = true;
  try {
    while (state.waiters.length > 0) {
      if (opts.stopped()) break;
      const replayed = await Promise.all(replicaPools(ds).map((pool) => replayedLsn(pool, REPLAY_POLL_TIMEOUT_MS).catch(() => null)));
      const now = Date.now();
      const done = (w: ReplicaState['waiters'][number]) => now >= w.deadline || replayed.every((r) => r === null || r >= w.lsn);
      for (const w of state.waiters.filter(done)) w.resolve();
      state.waiters = state.waiters.filter((w) => !done(w));
      if (state.waiters.length > 0) await new Promise((r) => setTimeout(r, opts.pollMs).unref());
    }
  } finally {
    for (const w of state.waiters.splice(0)) w.resolve();
    state.polling = false;
  }
}
