// Read replicas (DATABASE_READ_URL): where a read goes, the fallback to the primary, and what /readyz and /metrics
// say about them. Only anonymous readers' query operations read from a replica (server.ts sets their context's
// `db` to replicaManager()); everything else uses the primary, where writes are read back at once.
import type { Pool } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { isDbUnavailable } from '../common/db-errors';
import { requestScope } from './query-stats';

export type ReadTarget = 'primary' | 'replica';

/** After a replica failed to answer, reads go straight to the primary this long (instead of timing out each). */
export const REPLICA_RETRY_AFTER_MS = 5000;

interface ReplicaState {
  /** Until when (epoch ms) the replicas are skipped, after a connection failure. */
  downUntil: number;
  /** Reads that a replica could not answer and the primary did. */
  fallbacks: number;
  manager?: ReplicaManager;
  warn: Set<ReplicaWarning>;
}

export type ReplicaWarning = (detail: Record<string, unknown>, msg: string) => void;

const states = new WeakMap<DataSource, ReplicaState>();

function stateOf(ds: DataSource): ReplicaState {
  let s = states.get(ds);
  if (!s) states.set(ds, (s = { downUntil: 0, fallbacks: 0, warn: new Set() }));
  return s;
}

function replicaPools(ds: DataSource): Pool[] {
  return ((ds.driver as PostgresDriver).slaves ?? []) as Pool[];
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

/** The pool of `target`: the primary's, or one of the replicas' (at random, as TypeORM picks them). */
export function poolOf(ds: DataSource, target: ReadTarget): Pool {
  const replicas = replicaPools(ds);
  if (target === 'replica' && replicas.length) return replicas[Math.floor(Math.random() * replicas.length)];
  return (ds.driver as PostgresDriver).master as Pool;
}

function codeOf(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e.code ?? e.driverError?.code;
}

/**
 * Runs one read statement on the server `db` reads from: a replica for replicaManager(), the primary otherwise.
 * A replica that cannot be reached (down, restarting, refusing connections) costs one retry on the primary and
 * a warning, and is skipped for REPLICA_RETRY_AFTER_MS: public reads get slower, not 503s.
 */
export async function routeRead<R>(db: EntityManager, read: (target: ReadTarget) => Promise<R>): Promise<R> {
  const ds = db.connection;
  const state = stateOf(ds);
  if (!(db instanceof ReplicaManager) || !hasReplicas(ds) || Date.now() < state.downUntil) return read('primary');
  try {
    const result = await read('replica');
    const scope = requestScope.getStore();
    if (scope) scope.replicaStatements = (scope.replicaStatements ?? 0) + 1;
    return result;
  } catch (err) {
    // A hot standby cancels a statement that conflicts with what it replays (40001): the primary answers that one.
    if (codeOf(err) === '40001') return read('primary');
    if (!isDbUnavailable(err)) throw err;
    state.downUntil = Date.now() + REPLICA_RETRY_AFTER_MS;
    state.fallbacks++;
    const detail = { err: (err as Error).message, requestId: requestScope.getStore()?.requestId };
    for (const warn of state.warn) warn(detail, 'read replica unavailable: reading from the primary');
    return read('primary');
  }
}

/**
 * An EntityManager whose plain `query()` statements (the compiled read statements, the loaders) run on a replica.
 * Everything else it is asked for still goes to the primary: transactions create a master query runner, and
 * find()/QueryBuilder SELECTs use the data source's defaultMode, 'master'.
 */
export class ReplicaManager extends EntityManager {
  override async query<T = any>(sql: string, parameters?: any[]): Promise<T> {
    return routeRead(this, async (target) => {
      const runner = this.connection.createQueryRunner(target === 'replica' ? 'slave' : 'master');
      try {
        return (await runner.query(sql, parameters)) as T;
      } finally {
        await runner.release();
      }
    });
  }
}

/** The manager for anonymous reads: a ReplicaManager when replicas are configured, else the data source's own. */
export function replicaManager(ds: DataSource): EntityManager {
  if (!hasReplicas(ds)) return ds.manager;
  const state = stateOf(ds);
  return (state.manager ??= new ReplicaManager(ds));
}

export interface ReplicaStatus {
  status: 'ok' | 'unreachable';
  /** Seconds since the last transaction it replayed, 0 when it has replayed all it received. */
  lagSeconds?: number;
}

/** Asks every replica whether it answers and how far behind it is (for /readyz); a replica that answers is used again at once. */
export async function replicaStatus(ds: DataSource, timeoutMs: number): Promise<ReplicaStatus[]> {
  const state = stateOf(ds);
  return Promise.all(
    replicaPools(ds).map(async (pool): Promise<ReplicaStatus> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const probe = pool.query<{ lag: number | null }>(
          `SELECT CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                  ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END AS lag`,
        );
        const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)));
        const { rows } = await Promise.race([probe, timeout]);
        if (state.downUntil > Date.now()) state.downUntil = 0;
        return { status: 'ok', lagSeconds: Math.round(Number(rows[0]?.lag ?? 0) * 1000) / 1000 };
      } catch {
        return { status: 'unreachable' };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}

/**
 * Resolves once every replica has replayed all the primary had written when called (a committed write, say), or
 * after `maxWaitMs`, or at once without replicas or when one cannot be asked (it is skipped for reads then).
 * The response cache invalidates again at that point: an anonymous read that hit a replica between the write's
 * commit and its replay would otherwise keep the old answer in the cache until its TTL.
 */
export async function replicasReplayed(ds: DataSource, opts: { maxWaitMs: number; pollMs: number; stopped: () => boolean }): Promise<void> {
  const replicas = replicaPools(ds);
  if (!replicas.length) return;
  const deadline = Date.now() + opts.maxWaitMs;
  try {
    const master = (ds.driver as PostgresDriver).master as Pool;
    const { rows } = await master.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    for (const pool of replicas) {
      while (!opts.stopped() && Date.now() < deadline) {
        const r = await pool.query<{ done: boolean }>('SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) AS done', [rows[0].lsn]);
        if (r.rows[0].done) break;
        await new Promise((resolve) => setTimeout(resolve, opts.pollMs).unref());
      }
    }
  } catch {
    // a replica that does not answer is not read from (routeRead); the primary has the write
  }
}
