// `npm run bench [-- --articles N] [--quick] [--scale] [--rounds N] [--ops A,B]`: explainer-api side by side with
// PostGraphile v5, the SQL floor and the HTTP floor, on one PostgreSQL and one dataset, in one run: reads (uncached
// POSTs and cached GETs), writes (20 concurrent editors), live fan-out (1,000 subscribers, one write) and the
// importer's parser. Every comparison is measured in interleaved rounds (A, B, C, A, B, C, ...: bench/lib/rounds)
// and reported as medians with the spread of the rounds; a spread over 15% or a floor slower than a server it
// bounds is flagged. CPU layout: the servers on core 1; this load generator (autocannon) and PostgreSQL on core 0
// (taskset; --pg-core 1 or none moves PostgreSQL). Every server's answers are checked to be the same data before
// anything is timed. Prints a table; writes bench/results/latest.{json,md}.
// --scale: explainer-api alone, operations 1 and 4, p50 at 1,000 and at 100,000 articles (results/scale.*).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { BENCH_PG_PORT, clusterPids, datasetDatabase, startCluster, type Cluster } from './lib/cluster';
import { OPERATIONS, type Operation, type Sample } from './operations';
import { interleave, median, type Contender, type Measure, type Summary } from './lib/rounds';
import { closedLoop } from './lib/closed-loop';
import { cleanupWrites, prepareWrites, WRITE_OPS, writeLoad, type WriteServer } from './writes';
import { fanout, sqlStatementsTotal, type FanoutResult } from './fanout';
import { importSpeed, type ImportSpeed } from './import-speed';
import { compare as compareProfiles, summarizeProfile, type Difference, type ProfileSummary } from './lib/profile';
import { cpuMs } from './lib/proc';

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results');
const POOL_SIZE = 10;

interface Options {
  articles: number;
  quick: boolean;
  scale: boolean;
  connections: number;
  /** Warm-up before a server's first round of an operation, and before each later round. */
  warmup: number;
  rewarm: number;
  duration: number;
  /** Interleaved rounds per comparison (each server measured this many times, in turn). */
  rounds: number;
  /** Operations to run (read and write names); default: all (ExplainerBefore only while it differs from Explainer). */
  ops: string[] | null;
  /** Where PostgreSQL runs: core 0 (with the load generator), core 1 (with the servers) or unpinned. */
  pgCore: '0' | '1' | 'none';
  /** Live fan-out subscribers. */
  subscribers: number;
  /** --profile <op>: explainer-api alone under load (a read op's POSTs, or a write op's 20 editors) with node --cpu-prof; the top frames (results/profile-<op>.md). */
  profile: string | null;
  /**
   * --baseline <dir>: another build of explainer-api (a checkout with dist/ built, e.g. the commit before a change)
   * measured in the same interleaved rounds of the reads, so a change's before/after comes from one run.
   */
  baseline: string | null;
  /** The benchmark PostgreSQL's port, and the first of the servers' ports: two checkouts can bench side by side. */
  pgPort: number;
  port: number;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const scale = argv.includes('--scale');
  return {
    quick,
    scale,
    articles: Number(get('--articles') ?? (quick ? 1000 : 10_000)),
    connections: Number(get('--connections') ?? 20),
    warmup: Number(get('--warmup') ?? (quick ? 0.5 : 4)),
    rewarm: Number(get('--rewarm') ?? (quick ? 0.2 : 1)),
    duration: Number(get('--duration') ?? (quick ? 1 : 6)),
    rounds: Number(get('--rounds') ?? (quick ? 2 : 3)),
    ops: get('--ops')?.split(',') ?? null,
    pgCore: (get('--pg-core') ?? '0') as Options['pgCore'],
    subscribers: Number(get('--subscribers') ?? (quick ? 200 : 1000)),
    profile: get('--profile') ?? null,
    baseline: get('--baseline') ?? null,
    pgPort: Number(get('--pg-port') ?? BENCH_PG_PORT),
    port: Number(get('--port') ?? 5610),
  };
}

const log = (m: string) => console.error(m);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// ---- pinning -------------------------------------------------------------------------------------------------
const canPin = os.cpus().length >= 2 && spawnSync('sh', ['-c', 'command -v taskset']).status === 0;
function pinSelf(): void {
  if (canPin) spawnSync('taskset', ['-a', '-cp', '0', String(process.pid)], { stdio: 'ignore' });
}
function pinned(cmd: string, args: string[]): [string, string[]] {
  return canPin ? ['taskset', ['-c', '1', cmd, ...args]] : [cmd, args];
}
/**
 * Pins the running PostgreSQL (postmaster and every process it has forked; later backends inherit the mask) to
 * `core`. Returns what was done, for the report.
 */
function pinPostgres(cluster: Cluster, core: Options['pgCore']): string {
  if (!canPin || core === 'none') return 'PostgreSQL unpinned';
  // (the data dir in use: a clone in a directory PostgreSQL's user cannot enter has its data moved)
  for (const pid of clusterPids(cluster)) spawnSync('taskset', ['-a', '-cp', core, String(pid)], { stdio: 'ignore' });
  return `PostgreSQL on core ${core}`;
}

// ---- servers -------------------------------------------------------------------------------------------------
interface Server {
  name: string;
  url: string;
  proc: ChildProcess;
  /** Highest resident set size seen while sampling, in MB. */
  peakRss: number;
  stop: () => Promise<void>;
}

/** The next server's port: from --port (see main). */
let nextPort = 0;

async function waitFor(url: string, proc: ChildProcess, name: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} did not start`);
}

async function startServer(name: string, script: string[], env: Record<string, string>, readyPath: string): Promise<Server> {
  const port = nextPort++;
  const [cmd, args] = pinned(process.execPath, script);
  const proc = spawn(cmd, args, {
    cwd: ROOT,
    // Rate limits off: the load generator is one client at thousands of requests per second.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      DB_POOL_SIZE: String(POOL_SIZE),
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}${readyPath}`, proc, name);
  } catch (err) {
    proc.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${stderr}`, { cause: err });
  }
  return {
    name,
    url,
    proc,
    peakRss: 0,
    stop: async () => {
      if (proc.exitCode !== null) return;
      const done = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await Promise.race([done, sleep(5000)]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}

/** RSS of the server process (the node child of taskset keeps the pid: taskset execs). */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const apiEnv = (url: string, cache: boolean): Record<string, string> => ({
  DATABASE_URL: url,
  HOST: '127.0.0.1',
  // the live fan-out opens its 1,000 subscriber sockets from one address
  LIMIT_SOCKETS_PER_IP: '5000',
  MIGRATE_ON_START: 'false',
  SEED_ON_START: 'false',
  LOG_LEVEL: 'warn',
  BENCH_STATS: 'true',
  RESPONSE_CACHE: String(cache),
});

// ---- requests ------------------------------------------------------------------------------------------------
type Body = { operationName: string; query: string; variables: Record<string, unknown> };

function apiBody(op: Operation, s: Sample): Body {
  return { operationName: op.name, query: op.query, variables: op.variables(s) };
}
function pglBody(op: Operation, s: Sample): Body {
  return { operationName: op.name, query: op.pgl.query, variables: op.pgl.variables(s) };
}

async function post(url: string, body: Body): Promise<{ status: number; json: any; headers: Headers; text: string }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text), headers: res.headers, text };
}

function persistedPath(op: Operation, s: Sample): string {
  const params = new URLSearchParams({
    operationName: op.name,
    variables: JSON.stringify(op.variables(s)),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(op.query) } }),
  });
  return `/graphql?${params}`;
}

// ---- load ----------------------------------------------------------------------------------------------------
/**
 * The requests of a run, built before it: autocannon serializes each once and every connection cycles through
 * them, so the load generator spends nothing per request on making it (it shares a core with nothing else).
 */
type Request = { method: 'GET' | 'POST'; path: string; body?: string; headers: Record<string, string> };

async function cannon(server: Server, requests: Request[], seconds: number, connections: number, sample: boolean): Promise<Measure> {
  const timer = sample ? setInterval(() => (server.peakRss = Math.max(server.peakRss, rssMb(server.proc.pid!))), 250) : undefined;
  try {
    const result = await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      pipelining: 1,
      // an overloaded machine answers slowly, not wrongly: 30 s before a request counts as failed (default 10 s)
      timeout: 30,
      requests,
    } as autocannon.Options);
    const errors = result.errors + result.timeouts + result.non2xx;
    return {
      rps: result.requests.total / (result.duration || seconds),
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      errors,
      bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
    };
  } finally {
    if (timer) clearInterval(timer);
  }
}

async function timed(server: Server, requests: Request[], o: Options): Promise<Measure> {
  if (o.warmup > 0) await cannon(server, requests, o.warmup, o.connections, false);
  const m = await cannon(server, requests, o.duration, o.connections, true);
  if (m.errors > 0) throw new Error(`${server.name}: ${m.errors} failed requests of ${m.requests}`);
  return m;
}

// Uncached runs spread over this many articles (the first of the shuffled list), cached runs over fewer, all
// already in the cache.
const SPREAD = 2000;
const CACHED_SPREAD = 1000;

function posts(samples: Sample[], body: (s: Sample) => Body): Request[] {
  const headers = { 'content-type': 'application/json' };
  return samples.slice(0, SPREAD).map((s) => ({ method: 'POST', path: '/graphql', body: JSON.stringify(body(s)), headers }));
}

// ---- samples -------------------------------------------------------------------------------------------------
/** Deterministic shuffle (mulberry32). */
function shuffle<T>(list: T[], seed = 7): T[] {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function loadSamples(url: string): Promise<Sample[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT a.slug, a.headline, a.event_date::text AS day,
        (SELECT s.key FROM section s WHERE s.article_id = a.id AND s.position = 2) AS key2
      FROM article a WHERE a.status = 'PUBLISHED' ORDER BY a.slug`);
    return shuffle(
      rows.map((r) => {
        // "Floods in Port Elmira: what we know" -> "Port Elmira Floods"
        const m = /^(.*) in (.*): /.exec(r.headline);
        return { slug: r.slug, day: r.day, key2: r.key2, q: m ? `${m[2]} ${m[1].split(' ')[0]}` : r.headline };
      }),
    );
  } finally {
    await c.end();
  }
}

// ---- checks --------------------------------------------------------------------------------------------------
async function statements(server: Server): Promise<number> {
  const res = await fetch(`${server.url}/__stats`);
  return ((await res.json()) as { statements: number }).statements;
}

interface OpCheck {
  apiStatements: number;
  pglStatements: number;
  floorStatements: number;
  responseBytes: number;
}

/** Same data from every server for `samples` requests; SQL statements each server sent per request. */
async function verify(op: Operation, samples: Sample[], api: Server, pgl: Server, floor: Server): Promise<OpCheck> {
  const canon = (d: unknown) => (op.canonical ? op.canonical(d) : d);
  let apiStatements = 0;
  let bytes = 0;
  const pglBefore = await statements(pgl);
  const floorBefore = await statements(floor);
  for (const s of samples) {
    const a = await post(api.url, apiBody(op, s));
    const p = await post(pgl.url, pglBody(op, s));
    const f = await post(floor.url, apiBody(op, s));
    for (const [who, r] of [
      ['explainer-api', a],
      ['PostGraphile', p],
      ['SQL floor', f],
    ] as const) {
      if (r.status !== 200 || r.json.errors) throw new Error(`${op.name} ${who}: HTTP ${r.status} ${JSON.stringify(r.json.errors ?? r.json).slice(0, 400)}`);
    }
    const want = canon(a.json.data);
    const fromPgl = canon(op.pgl.toApi(p.json.data));
    const fromFloor = canon(f.json.data);
    if (!isDeepStrictEqual(fromPgl, want) || !isDeepStrictEqual(fromFloor, want)) {
      const dump = path.join(RESULTS, `mismatch-${op.name}.json`);
      fs.writeFileSync(dump, JSON.stringify({ sample: s, api: want, postgraphile: fromPgl, floor: fromFloor }, null, 2));
      throw new Error(`${op.name}: the servers answer ${JSON.stringify(op.variables(s))} differently (see ${path.relative(ROOT, dump)})`);
    }
    apiStatements += Number(a.headers.get('x-sql-statements'));
    bytes += Buffer.byteLength(a.text);
  }
  return {
    apiStatements: apiStatements / samples.length,
    pglStatements: ((await statements(pgl)) - pglBefore) / samples.length,
    floorStatements: ((await statements(floor)) - floorBefore) / samples.length,
    responseBytes: bytes / samples.length,
  };
}

// ---- report --------------------------------------------------------------------------------------------------
interface Row {
  op: string;
  server: string;
  rps: number;
  /** (highest - lowest) / median throughput over the rounds. */
  spread: number;
  p50: number;
  p99: number;
  statements: number | null;
  rssMb: number;
  /** Server CPU ms per request (median of the rounds). */
  cpuMs: number;
  vsPostGraphile?: number;
  vsSqlFloor?: number;
  flags: string[];
  note?: string;
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const ratio = (n: number | undefined) => (n === undefined ? '' : `${n.toFixed(2)}x`);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const MAX_SPREAD = 0.15;

function table(rows: Row[]): string {
  const head = ['op', 'server', 'req/s', 'spread', 'p50 ms', 'p99 ms', 'CPU ms/req', 'SQL/op', 'RSS MB', 'vs PostGraphile', 'vs floor', 'flags'];
  const lines = rows.map((r) => [
    r.op,
    r.server,
    fmt(r.rps),
    pct(r.spread),
    fmt(r.p50, 1),
    fmt(r.p99, 1),
    Number.isNaN(r.cpuMs) ? '' : fmt(r.cpuMs, 2),
    r.statements === null ? '' : fmt(r.statements, r.statements % 1 ? 1 : 0),
    fmt(r.rssMb),
    ratio(r.vsPostGraphile),
    ratio(r.vsSqlFloor),
    r.flags.join('; '),
  ]);
  const left = (i: number) => i < 2 || i === head.length - 1;
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [row(head), `|${widths.map((w, i) => (left(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(row)].join('\n');
}

function pgVersion(url: string): Promise<string> {
  const c = new Client({ connectionString: url });
  return c
    .connect()
    .then(() => c.query('SHOW server_version'))
    .then((r) => r.rows[0].server_version as string)
    .finally(() => c.end());
}

/** A row of a server's medians; flags its spread. */
function rowOf(op: string, server: string, m: Summary, statements: number | null, rssMb: number, extra: Partial<Row> = {}): Row {
  const flags = m.spread > MAX_SPREAD ? [`spread ${pct(m.spread)} > 15%`] : [];
  if (m.errors > 0) flags.push(`${m.errors} failed requests`);
  return { op, server, rps: m.rps, spread: m.spread, p50: m.p50, p99: m.p99, cpuMs: m.cpuMsPerRequest, statements, rssMb, flags, ...extra };
}

/** Flags a floor row slower than a server it bounds (such a run's ratios cannot be trusted). */
function flagFloor(floor: Row, bounded: Row[]): void {
  const slower = [...new Set(bounded.filter((r) => floor.rps < r.rps).map((r) => (r.op === floor.op ? r.server : `${r.op} ${r.server}`)))];
  if (slower.length > 0) floor.flags.push(`floor slower than ${slower.join(', ')}`);
}

// ---- the comparison ------------------------------------------------------------------------------------------
const sampleRss = (server: Server) => setInterval(() => (server.peakRss = Math.max(server.peakRss, rssMb(server.proc.pid!))), 250);

/** A contender of autocannon runs; each run also reads the server's CPU time per request. */
function cannonContender(key: string, server: Server, requests: Request[], o: Options): Contender {
  return {
    key,
    run: async (seconds, sample) => {
      const c0 = cpuMs(server.proc.pid!);
      const m = await cannon(server, requests, seconds, o.connections, sample);
      return { ...m, cpuMsPerRequest: m.requests > 0 ? (cpuMs(server.proc.pid!) - c0) / m.requests : NaN };
    },
  };
}

const EDITORS = 20;

interface Target {
  target: string;
  value: number;
  met: boolean;
}

async function compare(cluster: Cluster, o: Options): Promise<void> {
  const url = await datasetDatabase(cluster, o.articles, log);
  const layout = `servers on core 1, autocannon on core 0, ${pinPostgres(cluster, o.pgCore)}`;
  const samples = await loadSamples(url);
  const wanted = (name: string) => (o.ops ? o.ops.includes(name) : true);
  const explainer = OPERATIONS.find((op) => op.name === 'Explainer')!;
  const readOps = OPERATIONS.filter((op) =>
    op.name === 'ExplainerBefore' ? (o.ops ? o.ops.includes(op.name) : op.query.replace(op.name, explainer.name) !== explainer.query) : wanted(op.name),
  );
  const writeOps = WRITE_OPS.filter(wanted);
  log(
    `${samples.length} published articles; ${o.connections} connections, ${o.rounds} interleaved rounds of ${o.duration} s ` +
      `(warm-up ${o.warmup} s, then ${o.rewarm} s per round); ${canPin ? layout : 'not pinned (no taskset or one core)'}`,
  );

  // The parser first, while no server runs (it runs in this process, on core 0).
  const imports: ImportSpeed | null = wanted('Import') ? importSpeed(ROOT, o.quick ? 2 : 5) : null;
  if (imports) log(`Import: parseExplainer ${imports.msPerKb.toFixed(2)} ms/KB over ${imports.texts} dev texts (${fmt(imports.kb)} KB)`);

  const servers: Server[] = [];
  const rows: Row[] = [];
  const targets: Target[] = [];
  const checks: Record<string, OpCheck> = {};
  const uncached: Record<string, Summary> = {};
  let fan: { many: FanoutResult; few: FanoutResult; baseline?: FanoutResult } | null = null;
  try {
    const api = await startServer('explainer-api', ['dist/src/main.js'], apiEnv(url, false), '/readyz');
    servers.push(api);
    const pgl = await startServer('PostGraphile', ['-r', './bench/peers/polyfill.cjs', 'bench/peers/postgraphile.cjs'], { DATABASE_URL: url }, '/__stats');
    servers.push(pgl);
    const floor = await startServer('SQL floor', ['bench/peers/sql-floor.cjs'], { DATABASE_URL: url }, '/__stats');
    servers.push(floor);
    const base = o.baseline ? await startServer('baseline', [path.resolve(o.baseline, 'dist', 'src', 'main.js')], apiEnv(url, false), '/readyz') : null;
    if (base) servers.push(base);

    const checkSamples = samples.slice(0, o.quick ? 3 : 25);
    for (const op of readOps) {
      checks[op.name] = await verify(op, checkSamples, api, pgl, floor);
      log(`${op.name}: same data from all three on ${checkSamples.length} requests; ~${fmt(checks[op.name].responseBytes)} bytes`);
    }

    // Reads, uncached: per operation, the three servers in interleaved rounds.
    for (const op of readOps) {
      log(`${op.name}: ${o.rounds} rounds`);
      const m = await interleave(
        [
          cannonContender(
            'explainer-api',
            api,
            posts(samples, (s) => apiBody(op, s)),
            o,
          ),
          cannonContender(
            'PostGraphile',
            pgl,
            posts(samples, (s) => pglBody(op, s)),
            o,
          ),
          cannonContender(
            'SQL floor',
            floor,
            posts(samples, (s) => apiBody(op, s)),
            o,
          ),
          ...(base
            ? [
                cannonContender(
                  'baseline',
                  base,
                  posts(samples, (s) => apiBody(op, s)),
                  o,
                ),
              ]
            : []),
        ],
        o,
        log,
      );
      const [mApi, mPgl, mFloor] = [m.get('explainer-api')!, m.get('PostGraphile')!, m.get('SQL floor')!];
      uncached[op.name] = mApi;
      const c = checks[op.name];
      const rApi = rowOf(op.name, 'explainer-api', mApi, c.apiStatements, api.peakRss, {
        vsPostGraphile: mApi.rps / mPgl.rps,
        vsSqlFloor: mApi.rps / mFloor.rps,
      });
      const rPgl = rowOf(op.name, 'PostGraphile v5', mPgl, c.pglStatements, pgl.peakRss);
      const rFloor = rowOf(op.name, 'SQL floor', mFloor, c.floorStatements, floor.peakRss);
      flagFloor(rFloor, [rApi, rPgl]);
      rows.push(rApi, rPgl, rFloor);
      const mBase = m.get('baseline');
      if (mBase) {
        const rBase = rowOf(op.name, `explainer-api baseline (${path.basename(path.resolve(o.baseline!))})`, mBase, null, base!.peakRss, {
          vsPostGraphile: mBase.rps / mPgl.rps,
          vsSqlFloor: mBase.rps / mFloor.rps,
          note:
            `this build: ${(mApi.rps / mBase.rps).toFixed(3)}x the baseline's throughput, server CPU ${mApi.cpuMsPerRequest.toFixed(3)} vs ` +
            `${mBase.cpuMsPerRequest.toFixed(3)} ms per request (${(mApi.cpuMsPerRequest / mBase.cpuMsPerRequest).toFixed(3)}x), p50 ${mApi.p50} vs ${mBase.p50} ms, p99 ${mApi.p99} vs ${mBase.p99} ms`,
        });
        flagFloor(rFloor, [rBase]);
        rows.push(rBase);
      }
      const least = op.name === 'Explainer' ? 2.5 : 1.5;
      targets.push(
        { target: `${op.name} uncached throughput >= ${least}x PostGraphile`, value: mApi.rps / mPgl.rps, met: mApi.rps / mPgl.rps >= least },
        { target: `${op.name} uncached p99 <= 0.6x PostGraphile's`, value: mApi.p99 / mPgl.p99, met: mApi.p99 / mPgl.p99 <= 0.6 },
        { target: `${op.name} uncached throughput >= 0.8x SQL floor`, value: mApi.rps / mFloor.rps, met: mApi.rps / mFloor.rps >= 0.8 },
        { target: `${op.name}: SQL statements per request = 1`, value: c.apiStatements, met: c.apiStatements === 1 },
      );
    }

    // Writes: 20 editors per server, interleaved rounds.
    if (writeOps.length > 0 || wanted('Fanout')) {
      const setup = await prepareWrites(url, EDITORS);
      try {
        for (const op of writeOps) {
          log(`${op}: ${EDITORS} editors, ${o.rounds} rounds`);
          // Statements per write, from each run: explainer-api's explainer_sql_statements_total (/metrics: every
          // statement of the request, the key lookup included), the peers' counting pools (/__stats).
          const perWrite = new Map<string, number[]>();
          const contender = (server: Server, who: WriteServer, key: string = who): Contender => {
            const load = writeLoad(url, setup, op, who);
            const count = () => (who === 'explainer-api' ? sqlStatementsTotal(server.url) : statements(server));
            return {
              key,
              run: async (seconds, sample) => {
                await load.start();
                const timer = sample ? sampleRss(server) : undefined;
                const c0 = cpuMs(server.proc.pid!);
                const s0 = await count();
                try {
                  const m = await closedLoop(server.url, EDITORS, seconds, load.next);
                  if (sample && m.requests > 0) (perWrite.get(key) ?? perWrite.set(key, []).get(key)!).push(((await count()) - s0) / m.requests);
                  return { ...m, cpuMsPerRequest: m.requests > 0 ? (cpuMs(server.proc.pid!) - c0) / m.requests : NaN };
                } finally {
                  if (timer) clearInterval(timer);
                }
              },
            };
          };
          const stmts = (key: string) => Math.round(median(perWrite.get(key) ?? [NaN]) * 10) / 10;
          const m = await interleave(
            [
              contender(api, 'explainer-api'),
              contender(pgl, 'PostGraphile'),
              contender(floor, 'SQL floor'),
              ...(base ? [contender(base, 'explainer-api', 'baseline')] : []),
            ],
            o,
            log,
          );
          const [mApi, mPgl, mFloor] = [m.get('explainer-api')!, m.get('PostGraphile')!, m.get('SQL floor')!];
          const rApi = rowOf(op, 'explainer-api', mApi, stmts('explainer-api'), api.peakRss, {
            vsPostGraphile: mApi.rps / mPgl.rps,
            vsSqlFloor: mApi.rps / mFloor.rps,
          });
          const rPgl = rowOf(op, 'PostGraphile v5 (generated mutations)', mPgl, stmts('PostGraphile'), pgl.peakRss);
          const rFloor = rowOf(op, 'SQL floor (one transaction)', mFloor, stmts('SQL floor'), floor.peakRss);
          flagFloor(rFloor, [rApi, rPgl]);
          rows.push(rApi, rPgl, rFloor);
          const mBase = m.get('baseline');
          if (mBase) {
            rows.push(
              rowOf(op, `explainer-api baseline (${path.basename(path.resolve(o.baseline!))})`, mBase, stmts('baseline'), base!.peakRss, {
                vsPostGraphile: mBase.rps / mPgl.rps,
                vsSqlFloor: mBase.rps / mFloor.rps,
                note:
                  `this build: ${(mApi.rps / mBase.rps).toFixed(3)}x the baseline's throughput, ${stmts('explainer-api')} vs ${stmts('baseline')} statements per write, ` +
                  `server CPU ${mApi.cpuMsPerRequest.toFixed(2)} vs ${mBase.cpuMsPerRequest.toFixed(2)} ms per write, p50 ${fmt(mApi.p50, 1)} vs ${fmt(mBase.p50, 1)} ms, ` +
                  `p99 ${fmt(mApi.p99, 1)} vs ${fmt(mBase.p99, 1)} ms`,
              }),
            );
          }
          targets.push({ target: `${op} (20 editors) throughput >= 1.0x PostGraphile`, value: mApi.rps / mPgl.rps, met: mApi.rps / mPgl.rps >= 1.0 });
        }

        // Live fan-out: N subscribers, then a few, on one published article; the same writes.
        if (wanted('Fanout')) {
          const slug = samples[samples.length - 1].slug;
          const run = (subscribers: number, writes: number, server: Server = api) =>
            fanout({ base: server.url, pid: server.proc.pid!, dbUrl: url, apiKey: setup.apiKey, slug, subscribers, writes, log });
          const said = (who: string, r: FanoutResult) =>
            log(
              `Fanout (${who}): ${r.subscribers} subscribers, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms from commit; ${r.statementsPerWrite} statements, ${r.cpuMsPerWrite} ms CPU per write (the subscribers' process: ${r.clientCpuMsPerWrite.toFixed(0)} ms)`,
            );
          const many = await run(o.subscribers, o.quick ? 3 : 10);
          said('this build', many);
          // The baseline right after, on the same article: its before/after from one run.
          const baseline = base ? await run(o.subscribers, o.quick ? 3 : 10, base) : undefined;
          if (baseline) said('baseline', baseline);
          const few = await run(10, 3);
          log(`Fanout: 10 subscribers, ${few.statementsPerWrite} statements per write`);
          fan = { many, few, baseline };
          targets.push(
            { target: `Fanout: p99 delivery from commit <= 100 ms (${many.subscribers} subscribers)`, value: many.p99, met: many.p99 <= 100 },
            {
              target: `Fanout: statements per write independent of subscribers (${many.subscribers} vs 10: ${many.statementsPerWrite} vs ${few.statementsPerWrite})`,
              value: many.statementsPerWrite - few.statementsPerWrite,
              met: many.statementsPerWrite === few.statementsPerWrite,
            },
          );
        }
      } finally {
        await cleanupWrites(url);
      }
    }
    const uncachedRss = api.peakRss;
    await api.stop();
    await pgl.stop();
    await floor.stop();

    // Cached: GET with the persisted query's hash only, over a pool of articles all already in the cache, and the
    // HTTP floor (an explainer-sized fixed body for the same requests), interleaved.
    if (readOps.length === 0) {
      targets.push({ target: 'server RSS under load < 250 MB', value: uncachedRss, met: uncachedRss < 250 });
    } else {
      const bodyFile = path.join(os.tmpdir(), `bench-body-${process.pid}.json`);
      const cachedApi = await startServer('explainer-api (cached)', ['dist/src/main.js'], apiEnv(url, true), '/readyz');
      servers.push(cachedApi);
      fs.writeFileSync(bodyFile, (await post(cachedApi.url, apiBody(explainer, samples[0]))).text);
      const httpFloor = await startServer('HTTP floor', ['bench/peers/http-floor.cjs'], { BODY_FILE: bodyFile }, '/');
      servers.push(httpFloor);
      const pool = samples.slice(0, o.quick ? 200 : CACHED_SPREAD);
      const preflight = { 'apollo-require-preflight': 'true' };
      const hits: Record<string, number> = {};
      for (const op of readOps) {
        await post(cachedApi.url, { ...apiBody(op, pool[0]), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(op.query) } } } as Body);
        for (const s of pool) {
          const res = await fetch(`${cachedApi.url}${persistedPath(op, s)}`, { headers: preflight });
          const text = await res.text();
          if (res.status !== 200 || text.includes('"errors"')) throw new Error(`cached ${op.name}: HTTP ${res.status} ${text.slice(0, 300)}`);
        }
        const hit = await fetch(`${cachedApi.url}${persistedPath(op, pool[0])}`, { headers: preflight });
        if (hit.headers.get('x-cache') !== 'HIT') {
          throw new Error(`cached ${op.name}: not served from the cache (x-cache ${hit.headers.get('x-cache')}): ${(await hit.text()).slice(0, 300)}`);
        }
        hits[op.name] = Number(hit.headers.get('x-sql-statements'));
      }
      log(`cached: ${o.rounds} rounds`);
      const cm = await interleave(
        [
          ...readOps.map((op) =>
            cannonContender(
              op.name,
              cachedApi,
              pool.map((s) => ({ method: 'GET' as const, path: persistedPath(op, s), headers: preflight })),
              o,
            ),
          ),
          // The floor is sent the very requests the cached rows send (every operation's persisted-query GETs, with
          // their header): what it costs to read and answer them at all. (Until 2026-12-03 it was sent one short
          // `GET /graphql`, a cheaper request to parse and to send than the ones it bounds.)
          cannonContender(
            'HTTP floor',
            httpFloor,
            readOps.flatMap((op) => pool.map((s) => ({ method: 'GET' as const, path: persistedPath(op, s), headers: preflight }))),
            o,
          ),
          // The floor as it was measured before, for comparison with earlier runs (not a target's denominator).
          cannonContender('HTTP floor, short request', httpFloor, [{ method: 'GET', path: '/graphql', headers: {} }], o),
        ],
        o,
        log,
      );
      const mHttp = cm.get('HTTP floor')!;
      const httpRow = rowOf('-', 'HTTP floor (fixed body, same requests)', mHttp, 0, httpFloor.peakRss);
      const mShort = cm.get('HTTP floor, short request')!;
      const shortRow = rowOf('-', 'HTTP floor (fixed body, one short GET)', mShort, 0, httpFloor.peakRss);
      const cachedRows = readOps.map((op) => {
        const m = cm.get(op.name)!;
        return rowOf(op.name, 'explainer-api cached (GET+APQ)', m, hits[op.name], cachedApi.peakRss, {
          note: `${(m.rps / uncached[op.name].rps).toFixed(1)}x uncached, ${(m.rps / mHttp.rps).toFixed(2)}x HTTP floor (${(m.rps / mShort.rps).toFixed(2)}x its one short GET)`,
        });
      });
      flagFloor(httpRow, cachedRows);
      rows.push(...cachedRows, httpRow, shortRow);
      fs.rmSync(bodyFile, { force: true });
      targets.push(...cachedRows.map((r) => ({ target: `${r.op} cached >= 0.7x HTTP floor`, value: r.rps / mHttp.rps, met: r.rps / mHttp.rps >= 0.7 })), {
        target: 'server RSS under load < 250 MB',
        value: Math.max(uncachedRss, cachedApi.peakRss),
        met: Math.max(uncachedRss, cachedApi.peakRss) < 250,
      });
    }

    const env = {
      date: new Date().toISOString(),
      articles: o.articles,
      publishedArticles: samples.length,
      node: process.version,
      postgres: await pgVersion(url),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      pinned: canPin,
      layout: canPin ? layout : 'not pinned',
      loadAverage: os.loadavg(),
      connections: o.connections,
      rounds: o.rounds,
      warmupSeconds: o.warmup,
      rewarmSeconds: o.rewarm,
      durationSeconds: o.duration,
      poolSize: POOL_SIZE,
      quick: o.quick,
    };
    const flagged = rows.filter((r) => r.flags.length > 0);
    const text = table(rows);
    const targetLines = targets.map((t) => `- ${t.met ? 'met' : 'NOT met'}: ${t.target}: ${Number.isInteger(t.value) ? t.value : t.value.toFixed(2)}`);
    const notes = [
      ...rows.filter((r) => r.note).map((r) => `- ${r.op} ${r.server.startsWith('explainer-api baseline') ? 'against the baseline' : 'cached'}: ${r.note}`),
      ...rows.filter((r) => WRITE_OPS.includes(r.op as never) && r.server === 'explainer-api').map((r) => `- ${r.op} (20 editors): p99 ${fmt(r.p99, 1)} ms`),
      ...(fan
        ? [
            `- Live fan-out: ${fan.many.subscribers} graphql-ws subscribers on one article, ${fan.many.writes} writes: delivery from commit p50 ${fan.many.p50.toFixed(1)} ms, ` +
              `p99 ${fan.many.p99.toFixed(1)} ms, max ${fan.many.max.toFixed(1)} ms; per write ${fan.many.statementsPerWrite} SQL statements (10 subscribers: ` +
              `${fan.few.statementsPerWrite}), ${fan.many.cpuMsPerWrite} ms of server CPU (10 subscribers: ${fan.few.cpuMsPerWrite} ms), the mutation itself ${fan.many.mutationMs.toFixed(1)} ms, ` +
              `the subscribers' own process (the bench, receiving the messages; parsed after they are timed) ${fan.many.clientCpuMsPerWrite.toFixed(0)} ms of CPU per write`,
            ...(fan.baseline
              ? [
                  `- Live fan-out against the baseline (${path.basename(path.resolve(o.baseline!))}), same run: p50 ${fan.many.p50.toFixed(1)} vs ${fan.baseline.p50.toFixed(1)} ms, ` +
                    `p99 ${fan.many.p99.toFixed(1)} vs ${fan.baseline.p99.toFixed(1)} ms, ${fan.many.statementsPerWrite} vs ${fan.baseline.statementsPerWrite} statements, ` +
                    `${fan.many.cpuMsPerWrite} vs ${fan.baseline.cpuMsPerWrite} ms of server CPU per write`,
                ]
              : []),
          ]
        : []),
      ...(imports
        ? [
            `- Import: parseExplainer ${imports.msPerKb.toFixed(2)} ms per KB (median of ${imports.passes} passes, spread ${pct(imports.spread)}) over the ` +
              `${imports.texts} dev texts of test/fixtures/corpus (${fmt(imports.kb)} KB); slowest text ${imports.slowest.id} ${imports.slowest.msPerKb.toFixed(2)} ms/KB`,
          ]
        : []),
    ];
    const verdict =
      flagged.length === 0
        ? `No flags: every spread <= 15% and every floor above what it bounds.`
        : `FLAGGED (${flagged.length} rows): ${flagged.map((r) => `${r.op} ${r.server}: ${r.flags.join(', ')}`).join('; ')}. Ratios of flagged rows are not to be trusted.`;
    console.log(`\n${text}\n\n${notes.join('\n')}\n\n${verdict}\n\nTargets:\n${targetLines.join('\n')}\n`);

    fs.mkdirSync(RESULTS, { recursive: true });
    // Only a whole default run is "the latest run" (and goes into the docs); a partial one (--ops, --baseline) is not.
    const partial = o.ops !== null || o.baseline !== null;
    const name = o.quick ? 'quick' : partial ? 'partial' : 'latest';
    fs.writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify({ env, rows, targets, checks, fanout: fan, imports }, null, 2)}\n`);
    const load = os.loadavg().map((x) => x.toFixed(2));
    fs.writeFileSync(
      path.join(RESULTS, `${name}.md`),
      `# npm run bench${o.quick || partial ? ` -- ${process.argv.slice(2).join(' ')}` : ''}: ${env.date}\n\n` +
        `${o.articles.toLocaleString('en-US')} articles (${samples.length.toLocaleString('en-US')} published), Node ${env.node}, PostgreSQL ${env.postgres}, ` +
        `${env.cpus} cores (${env.layout}), load average at the end ${load.join(', ')}; ` +
        `${o.connections} connections (writes: ${EDITORS} editors), pool of ${POOL_SIZE}; ${o.rounds} interleaved rounds of ${o.duration} s per server ` +
        `(warm-up ${o.warmup} s before the first, ${o.rewarm} s before each later one).\n` +
        `Figures are medians over the rounds; spread is (highest - lowest) / median throughput; ratios are explainer-api's median throughput over the peer's.\n\n` +
        `${text}\n\n${notes.join('\n')}\n\n${verdict}\n\n## Targets\n\n${targetLines.join('\n')}\n`,
    );
    log(`wrote ${path.relative(ROOT, path.join(RESULTS, `${name}.json`))} and .md`);
    if (name === 'latest') updateReadme('latest', fs.readFileSync(path.join(RESULTS, 'latest.md'), 'utf8'));
  } finally {
    for (const s of servers) await s.stop();
  }
}

// ---- p50 at 1k vs 100k ----------------------------------------------------------------------------------------
async function scale(cluster: Cluster, o: Options): Promise<void> {
  const sizes = [1000, 100_000];
  const ops = OPERATIONS.filter((op) => op.name === 'Explainer' || op.name === 'Search');
  const p50: Record<string, Record<number, Measure>> = {};
  for (const size of sizes) {
    const url = await datasetDatabase(cluster, size, log);
    const samples = await loadSamples(url);
    const api = await startServer('explainer-api', ['dist/src/main.js'], apiEnv(url, false), '/readyz');
    try {
      for (const op of ops) {
        const m = await timed(
          api,
          posts(samples, (s) => apiBody(op, s)),
          o,
        );
        (p50[op.name] ??= {})[size] = m;
        log(`${size} articles, ${op.name}: p50 ${m.p50} ms, ${fmt(m.rps)} req/s`);
      }
    } finally {
      await api.stop();
    }
  }
  const lines = ops.map((op) => {
    const [small, large] = sizes.map((s) => p50[op.name][s]);
    const r = large.p50 / small.p50;
    return `| ${op.name} | ${small.p50} | ${large.p50} | ${r.toFixed(2)}x | ${r <= 1.5 ? 'met' : 'NOT met'} | ${fmt(small.rps)} | ${fmt(large.rps)} |`;
  });
  const text = [
    '| op | p50 ms at 1k | p50 ms at 100k | ratio (target <= 1.5x) | | req/s at 1k | req/s at 100k |',
    '|---|---:|---:|---:|---|---:|---:|',
    ...lines,
  ].join('\n');
  console.log(`\n${text}\n`);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, 'scale.json'),
    `${JSON.stringify({ date: new Date().toISOString(), connections: o.connections, duration: o.duration, p50 }, null, 2)}\n`,
  );
  fs.writeFileSync(
    path.join(RESULTS, 'scale.md'),
    `# npm run bench -- --scale: ${new Date().toISOString()}\n\nexplainer-api uncached, ${o.connections} connections, ${o.duration} s per run.\n\n${text}\n`,
  );
  updateReadme('scale', fs.readFileSync(path.join(RESULTS, 'scale.md'), 'utf8'));
}

// ---- profile ---------------------------------------------------------------------------------------------------
interface Profiled {
  label: string;
  m: Measure;
  /** The server process's CPU time per request while measured (from /proc: not inflated by other processes). */
  cpuMsPerRequest: number;
  p: ProfileSummary;
  file: string;
}

/** How a profiled server is loaded: `run` sends `seconds` of it (recorded or not) and says what it did. */
interface ProfileLoad {
  what: string;
  run(api: Server, seconds: number, record: boolean): Promise<Measure>;
}

/** One build (its dist/src/main.js) alone under load with node --cpu-prof. */
async function profileBuild(label: string, script: string, url: string, load: ProfileLoad, o: Options, dir: string): Promise<Profiled> {
  const own = fs.mkdtempSync(path.join(dir, 'build-'));
  const api = await startServer(label, ['--cpu-prof', '--cpu-prof-dir', own, script], apiEnv(url, false), '/readyz');
  let m: Measure;
  let warm: Measure;
  let cpu: number;
  try {
    warm = await load.run(api, o.warmup, false);
    const c0 = cpuMs(api.proc.pid!);
    m = await load.run(api, o.duration * o.rounds, true);
    cpu = (cpuMs(api.proc.pid!) - c0) / m.requests;
  } finally {
    await api.stop();
  }
  // The profile holds the warm-up's requests too: per-request figures divide by both.
  m = { ...m, requests: m.requests + warm.requests };
  const name = fs.readdirSync(own).find((f) => f.endsWith('.cpuprofile'));
  if (!name) throw new Error(`no CPU profile written in ${own} (did the server exit cleanly?)`);
  const file = path.join(own, name);
  return { label, m, cpuMsPerRequest: cpu, p: summarizeProfile(file, 30), file };
}

const usPerRequest = (ms: number, requests: number) => fmt((ms * 1000) / requests, 1);

function profileTables(r: Profiled): string[] {
  const { p, m } = r;
  return [
    `${r.label}: ${fmt(m.rps)} req/s while profiled, ${fmt(m.requests)} requests (with the warm-up's); idle ${pct(p.idleShare)} of ` +
      `${fmt(p.totalMs)} ms sampled, the server's start (${fmt(p.startupMs)} ms) left out.`,
    '',
    '| by package or folder (self) | ms | share | µs/request |',
    '|---|---:|---:|---:|',
    ...p.groups.map((g) => `| ${g.group} | ${fmt(g.ms)} | ${(g.share * 100).toFixed(1)}% | ${usPerRequest(g.ms, m.requests)} |`),
    '',
    '| function (self) | ms | share | µs/request |',
    '|---|---:|---:|---:|',
    ...p.functions.map((f) => `| \`${f.frame}\` | ${fmt(f.ms)} | ${(f.share * 100).toFixed(1)}% | ${usPerRequest(f.ms, m.requests)} |`),
    '',
    '| function (total: self and callees) | ms | share | µs/request |',
    '|---|---:|---:|---:|',
    ...p.inclusive.map((f) => `| \`${f.frame}\` | ${fmt(f.ms)} | ${(f.share * 100).toFixed(1)}% | ${usPerRequest(f.ms, m.requests)} |`),
  ];
}

function differenceTable(title: string, rows: Difference[]): string[] {
  return [
    `| ${title} | this build µs/request | baseline µs/request | difference |`,
    '|---|---:|---:|---:|',
    ...rows.map((d) => `| \`${d.name}\` | ${fmt(d.us, 1)} | ${fmt(d.baseUs, 1)} | ${d.us >= d.baseUs ? '+' : ''}${fmt(d.us - d.baseUs, 1)} |`),
  ];
}

/**
 * explainer-api alone (uncached POSTs of one operation) under node --cpu-prof; writes the top frames. With
 * --baseline, the baseline build is profiled the same way right after, and the frames whose time per request
 * differs most between the two are listed first.
 */
async function profileOp(cluster: Cluster, o: Options, name: string): Promise<void> {
  const op = OPERATIONS.find((x) => x.name === name);
  const writeOp = WRITE_OPS.find((x) => x === name);
  if (!op && !writeOp && name !== 'Fanout')
    throw new Error(`--profile: no operation ${name} (${[...OPERATIONS.map((x) => x.name), ...WRITE_OPS, 'Fanout'].join(', ')})`);
  const url = await datasetDatabase(cluster, o.articles, log);
  pinPostgres(cluster, o.pgCore);
  const samples = await loadSamples(url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
  let load: ProfileLoad;
  let setup: Awaited<ReturnType<typeof prepareWrites>> | null = null;
  if (op) {
    const requests = posts(samples, (s) => apiBody(op, s));
    load = { what: `${op.name} uncached POSTs, ${o.connections} connections`, run: (api, secs, record) => cannon(api, requests, secs, o.connections, record) };
  } else if (!writeOp) {
    // Live fan-out: the subscribers of one article and one write at a time (bench/fanout.ts); a "request" is a write.
    // The profile holds the subscribers' connections and subscribes too: more writes than the comparison's 10.
    const writes = await prepareWrites(url, EDITORS);
    setup = writes;
    const slug = samples[samples.length - 1].slug;
    load = {
      what: `one write at a time with ${o.subscribers} graphql-ws subscribers of its article (a request: one write and its fan-out)`,
      run: async (api, _secs, record) => {
        const t0 = performance.now();
        const n = record ? (o.quick ? 5 : 30) : 3;
        const r = await fanout({ base: api.url, pid: api.proc.pid!, dbUrl: url, apiKey: writes.apiKey, slug, subscribers: o.subscribers, writes: n, log });
        log(`Fanout (profiled): p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms from commit, ${r.cpuMsPerWrite} ms CPU per write`);
        return { rps: n / ((performance.now() - t0) / 1000), p50: r.p50, p99: r.p99, requests: n, errors: 0, bytesPerRequest: 0 };
      },
    };
  } else {
    // A write: the same closed loop of 20 editors as the comparison (bench/writes.ts), its articles deleted after.
    const writes = await prepareWrites(url, EDITORS);
    setup = writes;
    load = {
      what: `${writeOp} by ${EDITORS} editors`,
      run: async (api, secs) => {
        const l = writeLoad(url, writes, writeOp!, 'explainer-api');
        await l.start();
        return closedLoop(api.url, EDITORS, secs, l.next);
      },
    };
  }
  const runs: Profiled[] = [];
  try {
    runs.push(await profileBuild('this build', 'dist/src/main.js', url, load, o, dir));
    if (o.baseline) {
      const script = path.resolve(o.baseline, 'dist', 'src', 'main.js');
      runs.push(await profileBuild(`baseline (${path.basename(path.resolve(o.baseline))})`, script, url, load, o, dir));
    }
  } finally {
    if (setup) await cleanupWrites(url);
  }
  const [mine, base] = runs;
  const cpuUs = (r: Profiled) => usPerRequest(r.p.totalMs * (1 - r.p.idleShare), r.m.requests);
  const lines = [
    // the baseline by its folder's name only: no machine path in a results file
    `# npm run bench -- --profile ${name}${o.baseline ? ` --baseline <${path.basename(path.resolve(o.baseline))}>` : ''}: ${new Date().toISOString()}`,
    '',
    `explainer-api alone, ${load.what}, ${o.duration * o.rounds} s under node --cpu-prof ` +
      `per build, ${o.articles.toLocaleString('en-US')} articles, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')}. Server CPU per request (profiler on): ${runs.map((r) => `${r.label} ${fmt(r.cpuMsPerRequest * 1000)} µs`).join(', ')}; ` +
      `sampled (not idle, which counts time the process waited for a core on a busy machine): ${runs.map((r) => `${r.label} ${cpuUs(r)} µs`).join(', ')}.`,
    '',
    ...(base
      ? [
          '## Where the builds differ (per request)',
          '',
          ...differenceTable(
            'by package or folder (self)',
            compareProfiles(mine.p, mine.m.requests, base.p, base.m.requests, (s) => s.all.groups, 15),
          ),
          '',
          ...differenceTable(
            'function (self)',
            compareProfiles(mine.p, mine.m.requests, base.p, base.m.requests, (s) => s.all.self, 25),
          ),
          '',
          ...differenceTable(
            'function (total)',
            compareProfiles(mine.p, mine.m.requests, base.p, base.m.requests, (s) => s.all.total, 25),
          ),
          '',
        ]
      : []),
    ...runs.flatMap((r) => [...(base ? [`## ${r.label}`, ''] : []), ...profileTables(r), '']),
  ].join('\n');
  console.log(lines);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, `profile-${name}.md`), lines);
  fs.copyFileSync(mine.file, path.join(RESULTS, `profile-${name}.cpuprofile`));
  if (base) fs.copyFileSync(base.file, path.join(RESULTS, `profile-${name}-baseline.cpuprofile`));
  fs.rmSync(dir, { recursive: true, force: true });
  log(`wrote bench/results/profile-${name}.md (and the .cpuprofile files for Chrome DevTools)`);
}

/** Puts a results file (without its title line) between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` in docs/performance.md. */
function updateReadme(name: string, markdown: string): void {
  const file = path.join(ROOT, 'docs', 'performance.md');
  const readme = fs.readFileSync(file, 'utf8');
  const open = `<!-- bench:${name} -->\n`;
  const close = `<!-- /bench:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  if (start < 0 || end < 0) return log(`docs/performance.md has no ${open.trim()} ... ${close} block: not updated`);
  const body = markdown
    .replace(/^# .*\n+/, '')
    .replace(/^## Targets$/m, '**Targets** (from this run):')
    .trimEnd();
  fs.writeFileSync(file, `${readme.slice(0, start + open.length)}${body}\n${readme.slice(end)}`);
  log(`docs/performance.md: ${name} results updated`);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  pinSelf();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'main.js'))) throw new Error('run `npm run build` first (npm run bench does)');
  nextPort = o.port;
  const cluster = await startCluster(ROOT, o.pgPort, log);
  const stop = async () => {
    await cluster.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    if (o.profile) await profileOp(cluster, o, o.profile);
    else if (o.scale) await scale(cluster, o);
    else await compare(cluster, o);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
