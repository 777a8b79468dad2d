// `npm run bench [-- --articles N] [--quick] [--scale]`: explainer-api side by side with PostGraphile v5, the SQL
// floor and the HTTP floor, on one PostgreSQL and one dataset, in one run. Servers run on core 1 and this load
// generator (autocannon) on core 0 (taskset); PostgreSQL is not pinned. Every server's answers are checked to
// be the same data before anything is timed. Prints a table; writes bench/results/latest.{json,md}.
// --scale: explainer-api alone, operations 1 and 4, p50 at 1,000 and at 100,000 articles (results/scale.*).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { BENCH_PG_PORT, datasetDatabase, startCluster, type Cluster } from './lib/cluster';
import { OPERATIONS, type Operation, type Sample } from './operations';

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results');
const POOL_SIZE = 10;

interface Options {
  articles: number;
  quick: boolean;
  scale: boolean;
  connections: number;
  warmup: number;
  duration: number;
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
    warmup: Number(get('--warmup') ?? (quick ? 0.5 : 5)),
    duration: Number(get('--duration') ?? (quick ? 1 : 15)),
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
interface Measure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  bytesPerRequest: number;
}

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
  p50: number;
  p99: number;
  statements: number | null;
  rssMb: number;
  vsPostGraphile?: number;
  vsSqlFloor?: number;
  note?: string;
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const ratio = (n: number | undefined) => (n === undefined ? '' : `${n.toFixed(2)}x`);

function table(rows: Row[]): string {
  const head = ['op', 'server', 'req/s', 'p50 ms', 'p99 ms', 'SQL/op', 'RSS MB', 'vs PostGraphile', 'vs floor'];
  const lines = rows.map((r) => [
    r.op,
    r.server,
    fmt(r.rps),
    fmt(r.p50, 1),
    fmt(r.p99, 1),
    r.statements === null ? '' : fmt(r.statements, r.statements % 1 ? 1 : 0),
    fmt(r.rssMb),
    ratio(r.vsPostGraphile),
    ratio(r.vsSqlFloor),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [row(head), `|${widths.map((w, i) => (i >= 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...lines.map(row)].join('\n');
}

function pgVersion(url: string): Promise<string> {
  const c = new Client({ connectionString: url });
  return c
    .connect()
    .then(() => c.query('SHOW server_version'))
    .then((r) => r.rows[0].server_version as string)
    .finally(() => c.end());
}

// ---- the comparison ------------------------------------------------------------------------------------------
async function compare(cluster: Cluster, o: Options): Promise<void> {
  const url = await datasetDatabase(cluster, o.articles, log);
  const samples = await loadSamples(url);
  log(`${samples.length} published articles; ${o.connections} connections, ${o.warmup} s warm-up, ${o.duration} s per run; pinned: ${canPin}`);

  const servers: Server[] = [];
  const rows: Row[] = [];
  const checks: Record<string, OpCheck> = {};
  try {
    const api = await startServer('explainer-api', ['dist/src/main.js'], apiEnv(url, false), '/readyz');
    servers.push(api);
    const pgl = await startServer('PostGraphile', ['-r', './bench/peers/polyfill.cjs', 'bench/peers/postgraphile.cjs'], { DATABASE_URL: url }, '/__stats');
    servers.push(pgl);
    const floor = await startServer('SQL floor', ['bench/peers/sql-floor.cjs'], { DATABASE_URL: url }, '/__stats');
    servers.push(floor);

    const checkSamples = samples.slice(0, o.quick ? 3 : 25);
    for (const op of OPERATIONS) {
      checks[op.name] = await verify(op, checkSamples, api, pgl, floor);
      log(`${op.name}: same data from all three on ${checkSamples.length} requests; ~${fmt(checks[op.name].responseBytes)} bytes`);
    }

    const uncached: Record<string, Measure> = {};
    for (const op of OPERATIONS) {
      const mApi = await timed(
        api,
        posts(samples, (s) => apiBody(op, s)),
        o,
      );
      const mPgl = await timed(
        pgl,
        posts(samples, (s) => pglBody(op, s)),
        o,
      );
      const mFloor = await timed(
        floor,
        posts(samples, (s) => apiBody(op, s)),
        o,
      );
      uncached[op.name] = mApi;
      const c = checks[op.name];
      rows.push(
        {
          op: op.name,
          server: 'explainer-api',
          ...pick(mApi),
          statements: c.apiStatements,
          rssMb: api.peakRss,
          vsPostGraphile: mApi.rps / mPgl.rps,
          vsSqlFloor: mApi.rps / mFloor.rps,
        },
        { op: op.name, server: 'PostGraphile v5', ...pick(mPgl), statements: c.pglStatements, rssMb: pgl.peakRss },
        { op: op.name, server: 'SQL floor', ...pick(mFloor), statements: c.floorStatements, rssMb: floor.peakRss },
      );
      log(`${op.name}: explainer-api ${fmt(mApi.rps)} req/s, PostGraphile ${fmt(mPgl.rps)}, SQL floor ${fmt(mFloor.rps)}`);
    }
    const uncachedRss = api.peakRss;
    await api.stop();
    await pgl.stop();
    await floor.stop();

    // The HTTP floor answers with an explainer-sized body (an explainer-api answer to operation 1).
    const bodyFile = path.join(os.tmpdir(), `bench-body-${process.pid}.json`);
    const cachedApi = await startServer('explainer-api (cached)', ['dist/src/main.js'], apiEnv(url, true), '/readyz');
    servers.push(cachedApi);
    fs.writeFileSync(bodyFile, (await post(cachedApi.url, apiBody(OPERATIONS[0], samples[0]))).text);
    const httpFloor = await startServer('HTTP floor', ['bench/peers/http-floor.cjs'], { BODY_FILE: bodyFile }, '/');
    servers.push(httpFloor);
    const mHttp = await timed(httpFloor, [{ method: 'GET', path: '/graphql', headers: {} }], o);

    // Cached: GET with the persisted query's hash only, over a pool of articles all already in the cache.
    const pool = samples.slice(0, o.quick ? 200 : CACHED_SPREAD);
    const preflight = { 'apollo-require-preflight': 'true' };
    for (const op of OPERATIONS) {
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
      const m = await timed(
        cachedApi,
        pool.map((s) => ({ method: 'GET' as const, path: persistedPath(op, s), headers: preflight })),
        o,
      );
      rows.push({
        op: op.name,
        server: 'explainer-api cached (GET+APQ)',
        ...pick(m),
        statements: Number(hit.headers.get('x-sql-statements')),
        rssMb: cachedApi.peakRss,
        note: `${(m.rps / uncached[op.name].rps).toFixed(1)}x uncached, ${(m.rps / mHttp.rps).toFixed(2)}x HTTP floor`,
      });
      log(`${op.name} cached: ${fmt(m.rps)} req/s`);
    }
    rows.push({ op: '-', server: 'HTTP floor (fixed body)', ...pick(mHttp), statements: 0, rssMb: httpFloor.peakRss });
    fs.rmSync(bodyFile, { force: true });

    const byKey = (op: string, server: string) => rows.find((r) => r.op === op && r.server === server)!;
    const e1 = byKey('Explainer', 'explainer-api');
    const p1 = byKey('Explainer', 'PostGraphile v5');
    const f1 = byKey('Explainer', 'SQL floor');
    const cachedRows = rows.filter((r) => r.server.startsWith('explainer-api cached'));
    const targets = [
      { target: 'op 1 uncached throughput >= 1.0x PostGraphile', value: e1.rps / p1.rps, met: e1.rps / p1.rps >= 1.0 },
      { target: 'op 1 uncached p99 <= 1.2x PostGraphile', value: e1.p99 / p1.p99, met: e1.p99 / p1.p99 <= 1.2 },
      { target: 'op 1 uncached throughput >= 0.5x SQL floor', value: e1.rps / f1.rps, met: e1.rps / f1.rps >= 0.5 },
      ...cachedRows.map((r) => ({ target: `op ${r.op} cached >= 10x uncached`, value: r.rps / uncached[r.op].rps, met: r.rps / uncached[r.op].rps >= 10 })),
      ...cachedRows.map((r) => ({ target: `op ${r.op} cached >= 0.3x HTTP floor`, value: r.rps / mHttp.rps, met: r.rps / mHttp.rps >= 0.3 })),
      ...OPERATIONS.map((op) => ({
        target: `op ${op.name}: SQL statements per request = 1`,
        value: checks[op.name].apiStatements,
        met: checks[op.name].apiStatements === 1,
      })),
      { target: 'server RSS under load < 300 MB', value: Math.max(uncachedRss, cachedApi.peakRss), met: Math.max(uncachedRss, cachedApi.peakRss) < 300 },
    ];

    const env = {
      date: new Date().toISOString(),
      articles: o.articles,
      publishedArticles: samples.length,
      node: process.version,
      postgres: await pgVersion(url),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      pinned: canPin,
      connections: o.connections,
      warmupSeconds: o.warmup,
      durationSeconds: o.duration,
      poolSize: POOL_SIZE,
      quick: o.quick,
    };
    const text = table(rows);
    const targetLines = targets.map((t) => `- ${t.met ? 'met' : 'NOT met'}: ${t.target}: ${Number.isInteger(t.value) ? t.value : t.value.toFixed(2)}`);
    const notes = rows.filter((r) => r.note).map((r) => `- ${r.op} cached: ${r.note}`);
    console.log(`\n${text}\n\n${notes.join('\n')}\n\nTargets:\n${targetLines.join('\n')}\n`);

    fs.mkdirSync(RESULTS, { recursive: true });
    const name = o.quick ? 'quick' : 'latest';
    fs.writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify({ env, rows, targets, checks }, null, 2)}\n`);
    fs.writeFileSync(
      path.join(RESULTS, `${name}.md`),
      `# npm run bench${o.quick ? ' -- --quick' : ''}: ${env.date}\n\n` +
        `${o.articles.toLocaleString('en-US')} articles (${samples.length.toLocaleString('en-US')} published), Node ${env.node}, PostgreSQL ${env.postgres}, ` +
        `${env.cpus} cores${env.pinned ? ' (servers on core 1, autocannon on core 0, PostgreSQL unpinned)' : ''}, ` +
        `${o.connections} connections, ${o.warmup} s warm-up + ${o.duration} s per run, pool of ${POOL_SIZE}.\n` +
        `Ratios are explainer-api's throughput over the peer's, from this one run.\n\n${text}\n\n${notes.join('\n')}\n\n## Targets\n\n${targetLines.join('\n')}\n`,
    );
    log(`wrote ${path.relative(ROOT, path.join(RESULTS, `${name}.json`))} and .md`);
    if (!o.quick) updateReadme('latest', fs.readFileSync(path.join(RESULTS, 'latest.md'), 'utf8'));
  } finally {
    for (const s of servers) await s.stop();
  }
}

function pick(m: Measure) {
  return { rps: m.rps, p50: m.p50, p99: m.p99 };
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
    if (o.scale) await scale(cluster, o);
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
