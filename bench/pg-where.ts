// Where PostgreSQL's time goes under the UpdateSection load, for one build (docs/performance.md, "What PostgreSQL
// spends on one edit"): the benchmark's cluster restarted with pg_stat_statements (nested statements too: the
// triggers'), 20 editors for `seconds` after a 5 s warm-up, pg_stat_activity's wait events sampled every 20 ms,
// then pg_stat_statements, the tables' scans, and EXPLAIN (ANALYZE, BUFFERS) of the edit statement (the generic
// plan the pool runs, warm: the last of 48 executions, rolled back, then the medians of the last 40).
//   npm run build && npx tsx bench/pg-where.ts <build directory> <pg port> <server port> [seconds] [SQL to run first]
import path from 'node:path';
import { Client } from 'pg';
import { datasetDatabase, startCluster } from './lib/cluster';
import { closedLoop } from './lib/closed-loop';
import { startBuild } from './lib/build-server';
import { prepareWrites, writeLoad } from './writes';

const [buildRoot, pgPortS, portS, secondsS, setupSql] = process.argv.slice(2);
const ROOT = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const pg = await startCluster(ROOT, Number(pgPortS), console.log, [
    'shared_preload_libraries=pg_stat_statements',
    'track_io_timing=on',
    'pg_stat_statements.track=all',
  ]);
  const url = await datasetDatabase(pg, 10000, console.log);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  // a change to try before the load (an index option, a setting), as the 5th argument
  if (setupSql) await admin.query(setupSql);
  const { base, server } = await startBuild(buildRoot, { url, port: portS, pool: 10, benchStats: true });
  try {
    const setup = await prepareWrites(url, 20);
    const load = writeLoad(url, setup, 'UpdateSection', 'explainer-api');
    await load.start();
    console.log('warm-up', await closedLoop(base, 20, 5, load.next));
    await admin.query('SELECT pg_stat_statements_reset()');
    await admin.query('SELECT pg_stat_reset()');
    await load.start();
    const waits = new Map<string, number>();
    let samples = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await admin.query(
          `SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') || ' ' || state AS w, left(query, 30) AS q
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND application_name NOT LIKE 'bench%'`,
        );
        samples++;
        for (const r of rows) {
          const k = `${r.w} | ${r.w.endsWith('idle') || r.w.includes('idle in') ? '' : r.q}`;
          waits.set(k, (waits.get(k) ?? 0) + 1);
        }
        await sleep(20);
      }
    })();
    const m = await closedLoop(base, 20, Number(secondsS ?? 15), load.next);
    sampling = false;
    await sampler;
    console.log('timed', m);
    console.log(`\nwait events (${samples} samples of the 10 pool connections; count = connection-samples):`);
    for (const [k, n] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(n).padStart(6), (n / samples).toFixed(2), k);
    const { rows } = await admin.query(
      `SELECT calls, round(total_exec_time::numeric, 0) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms, round(max_exec_time::numeric, 1) AS max_ms, round(stddev_exec_time::numeric, 2) AS sd_ms,
        round(total_plan_time::numeric, 0) AS plan_ms, shared_blks_hit AS hit, shared_blks_read AS read, shared_blks_dirtied AS dirtied,
        shared_blks_written AS written, rows, wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS q
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT 20`,
    );
    console.table(rows);
    const tables = await admin.query(
      `SELECT relname, seq_scan, seq_tup_read, idx_scan, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, n_live_tup, n_dead_tup
       FROM pg_stat_user_tables WHERE seq_scan > 0 OR n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY seq_tup_read DESC`,
    );
    console.table(tables.rows);
    const edit = await admin.query(`SELECT query FROM pg_stat_statements WHERE query LIKE 'WITH sec AS%' ORDER BY calls DESC LIMIT 1`);
    if (edit.rows[0]) {
      const e = setup.editors[0];
      const v: number = (await admin.query('SELECT version FROM article WHERE id = $1', [e.articleId])).rows[0].version;
      await admin.query('SET plan_cache_mode = force_generic_plan');
      await admin.query('BEGIN');
      await admin.query(`PREPARE ed AS ${edit.rows[0].query}`);
      let plan: string[] = [];
      // one plan is one sample: the medians of 40 executions after the 8 that warm up are what compares builds
      const times: Record<string, number[]> = { statement: [], 'CTE ins': [], 'CTE v': [], 'search document trigger': [], buffers: [] };
      const ms = (re: RegExp, text: string) => Number(re.exec(text)?.[1] ?? NaN);
      for (let i = 0; i < 48; i++) {
        const { rows: r } = await admin.query(
          `EXPLAIN (ANALYZE, BUFFERS) EXECUTE ed('${e.sectionId}', 'bench', 'updateSection', true, null, null, null, 'Edit ${i}.', ${v + i})`,
        );
        plan = r.map((x) => x['QUERY PLAN'] as string);
        if (i < 8) continue;
        const text = plan.join('\n');
        times.statement.push(ms(/Execution Time: ([\d.]+) ms/, text));
        times['CTE ins'].push(ms(/CTE ins\n.*?actual time=[\d.]+\.\.([\d.]+)/, text));
        times['CTE v'].push(ms(/CTE v\n.*?actual time=[\d.]+\.\.([\d.]+)/, text));
        times['search document trigger'].push(ms(/Trigger section_search_document_update on section: time=([\d.]+)/, text) || 0);
        times.buffers.push(ms(/^\s*Buffers: shared hit=(\d+)/m, text));
      }
      await admin.query('ROLLBACK');
      console.log(plan.join('\n'));
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      console.log('\nEXPLAIN ANALYZE of the edit statement, medians of 40 warm executions (ms; buffers: shared hits of the top node):');
      for (const [k, xs] of Object.entries(times)) console.log(`  ${k.padEnd(26)} ${median(xs)}`);
    }
  } finally {
    server.kill('SIGTERM');
    await admin.end();
    await sleep(1000);
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
