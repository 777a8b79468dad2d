// Where the CPU of one write goes, per server (docs/performance.md, "Where a section edit's CPU goes"): builds of
// explainer-api, PostGraphile and the SQL floor, each loaded by the benchmark's 20 UpdateSection editors in
// interleaved rounds (warm-up 1 s, then `seconds` measured), and per write: the server's CPU, PostgreSQL's (every
// process of the cluster: the backends, and what exited meanwhile through the postmaster's children times, which
// puts an autovacuum worker's run into the round it ended in), and this process's (the load generator). On two
// cores the sum bounds the writes per second a server can reach; the split says whose part to cut.
//   npm run build && npx tsx bench/write-cpu.ts <pg port> <first server port> <rounds> <seconds> <build directory>...
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clusterPids, datasetDatabase, startCluster, type Cluster } from './lib/cluster';
import { closedLoop } from './lib/closed-loop';
import { startBuild } from './lib/build-server';
import { cpuMs } from './lib/proc';
import { prepareWrites, writeLoad, type WriteServer } from './writes';

const [pgPortS, portS, roundsS, secondsS, ...builds] = process.argv.slice(2);
const ROOT = path.resolve(__dirname, '..');
const TICK_MS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU ms so far of the cluster: the postmaster (with its reaped children's), and its live children. */
function clusterCpu(cluster: Cluster): number {
  const [postmaster, ...children] = clusterPids(cluster);
  const f = fs.readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1].split(' ');
  let total = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS;
  for (const pid of children) {
    const ms = cpuMs(pid);
    if (!Number.isNaN(ms)) total += ms;
  }
  return total;
}

async function peer(script: string[], port: number, url: string): Promise<{ base: string; proc: ChildProcess }> {
  const proc = spawn('taskset', ['-c', '1', process.execPath, ...script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', PORT: String(port), DB_POOL_SIZE: '10', DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`${base}/__stats`);
      break;
    } catch {
      await sleep(100);
    }
  }
  return { base, proc };
}

async function main() {
  const pg = await startCluster(ROOT, Number(pgPortS), console.log);
  const url = await datasetDatabase(pg, 10000, console.log);
  const setup = await prepareWrites(url, 20);
  let port = Number(portS);
  const servers: { label: string; kind: WriteServer; base: string; proc: ChildProcess }[] = [];
  try {
    for (const b of builds) {
      const { base, server } = await startBuild(b, { url, port: String(port++), pool: 10 });
      servers.push({ label: `explainer-api ${path.basename(path.resolve(b))}`, kind: 'explainer-api', base, proc: server });
    }
    const pgl = await peer(['-r', './bench/peers/polyfill.cjs', 'bench/peers/postgraphile.cjs'], port++, url);
    servers.push({ label: 'PostGraphile v5', kind: 'PostGraphile', ...pgl });
    const floor = await peer(['bench/peers/sql-floor.cjs'], port++, url);
    servers.push({ label: 'SQL floor', kind: 'SQL floor', ...floor });

    const sums = new Map<string, { writes: number; server: number; pg: number; load: number; rps: number[] }>();
    for (let round = 0; round < Number(roundsS); round++) {
      for (const s of servers) {
        const load = writeLoad(url, setup, 'UpdateSection', s.kind);
        await load.start();
        await closedLoop(s.base, 20, round === 0 ? 3 : 1, load.next);
        const s0 = cpuMs(s.proc.pid!);
        const p0 = clusterCpu(pg);
        const l0 = process.cpuUsage();
        const m = await closedLoop(s.base, 20, Number(secondsS), load.next);
        const l = process.cpuUsage(l0);
        const r = sums.get(s.label) ?? { writes: 0, server: 0, pg: 0, load: 0, rps: [] };
        r.writes += m.requests;
        r.server += cpuMs(s.proc.pid!) - s0;
        r.pg += clusterCpu(pg) - p0;
        r.load += (l.user + l.system) / 1000;
        r.rps.push(Math.round(m.rps));
        sums.set(s.label, r);
      }
    }
    console.log(`\n| server | writes/s per round | server CPU ms/write | PostgreSQL CPU ms/write | load generator ms/write | sum |`);
    console.log('|---|---|---:|---:|---:|---:|');
    for (const [label, r] of sums) {
      const per = (x: number) => (x / r.writes).toFixed(2);
      console.log(`| ${label} | ${r.rps.join(', ')} | ${per(r.server)} | ${per(r.pg)} | ${per(r.load)} | ${per(r.server + r.pg + r.load)} |`);
    }
  } finally {
    for (const s of servers) s.proc.kill('SIGTERM');
    await sleep(1000);
    await pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
