// The edit statement of several builds compared in one session (docs/performance.md, "A section edit from its
// previous revision"): each build's server makes a few UpdateSection writes (its statement text is then read from
// pg_stat_statements), then the statements are run alternately, round by round on the bench drafts, under EXPLAIN
// (ANALYZE, BUFFERS) with the generic plan, each round in a rolled-back transaction (3 edits, the 3rd measured);
// prints the quartiles of the statement, its revision insert, the search-document trigger, buffers and WAL.
//   npm run build && npx tsx bench/pg-edit-compare.ts <pg port> <server port> <rounds> <build directory>...
import path from 'node:path';
import { Client } from 'pg';
import { datasetDatabase, startCluster } from './lib/cluster';
import { closedLoop } from './lib/closed-loop';
import { startBuild } from './lib/build-server';
import { prepareWrites, writeLoad } from './writes';

const [pgPortS, portS, roundsS, ...builds] = process.argv.slice(2);
const ROOT = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function statementOf(build: string, url: string, admin: Client): Promise<string> {
  const { base, server } = await startBuild(build, { url, port: portS, pool: 2 });
  try {
    const setup = await prepareWrites(url, 2);
    const load = writeLoad(url, setup, 'UpdateSection', 'explainer-api');
    await load.start();
    await closedLoop(base, 2, 1, load.next);
    // (an entry made when the statement is parsed has its constants replaced: reset after the pool prepared it)
    await admin.query('SELECT pg_stat_statements_reset()');
    await closedLoop(base, 2, 1, load.next);
    const { rows } = await admin.query(`SELECT query FROM pg_stat_statements WHERE query LIKE 'WITH sec AS%' ORDER BY calls DESC LIMIT 1`);
    return rows[0].query;
  } finally {
    server.kill('SIGTERM');
    await sleep(500);
  }
}

async function main() {
  const pg = await startCluster(ROOT, Number(pgPortS), console.log, ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all']);
  const url = await datasetDatabase(pg, 10000, console.log);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const sqls: string[] = [];
    for (const b of builds) sqls.push(await statementOf(b, url, admin));
    const setup = await prepareWrites(url, 20);
    await admin.query('SET plan_cache_mode = force_generic_plan');
    const times = builds.map(() => ({ statement: [] as number[], ins: [] as number[], trigger: [] as number[], hits: [] as number[], wal: [] as number[] }));
    const ms = (re: RegExp, text: string) => Number(re.exec(text)?.[1] ?? NaN);
    const rounds = Number(roundsS);
    for (let b = 0; b < builds.length; b++) await admin.query(`PREPARE ed${b} AS ${sqls[b]}`);
    for (let r = 0; r < rounds; r++) {
      for (let b = 0; b < builds.length; b++) {
        const e = setup.editors[r % setup.editors.length];
        await admin.query('BEGIN');
        const v: number = (await admin.query('SELECT version FROM article WHERE id = $1', [e.articleId])).rows[0].version;
        // three edits of the lead, the third measured: its previous revision is the previous version (the 2nd edit's)
        for (let i = 0; i < 3; i++) {
          const lsn = (await admin.query('SELECT pg_current_wal_insert_lsn() AS l')).rows[0].l;
          const { rows } = await admin.query(
            `EXPLAIN (ANALYZE, BUFFERS) EXECUTE ed${b}('${e.sectionId}', 'bench', 'updateSection', true, null, null, null, 'Edit ${r}.${i}.', ${v + i})`,
          );
          const text = rows.map((x) => x['QUERY PLAN'] as string).join('\n');
          const wal = Number((await admin.query('SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1) AS d', [lsn])).rows[0].d);
          if (i < 2 || r < 5) continue; // (the first rounds warm up)
          times[b].statement.push(ms(/Execution Time: ([\d.]+) ms/, text));
          times[b].ins.push(ms(/CTE ins\n.*?actual time=[\d.]+\.\.([\d.]+)/, text));
          times[b].trigger.push(ms(/Trigger section_search_document_update on section: time=([\d.]+)/, text) || 0);
          times[b].wal.push(wal);
          times[b].hits.push(ms(/^\s*Buffers: shared hit=(\d+)/m, text));
        }
        await admin.query('ROLLBACK');
      }
    }
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)];
    for (let b = 0; b < builds.length; b++) {
      console.log(builds[b]);
      for (const [k, xs] of Object.entries(times[b]))
        console.log(`  ${k.padEnd(10)} p25 ${q(xs, 0.25)}  median ${q(xs, 0.5)}  p75 ${q(xs, 0.75)}  (n=${xs.length})`);
    }
  } finally {
    await admin.end();
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
