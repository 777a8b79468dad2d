// Live fan-out: N graphql-ws subscribers (one socket each) follow one published article; an editor changes it.
// Delivery is timed from the commit, as a LISTEN client on the live channel sees it (PostgreSQL delivers a NOTIFY
// at commit), to each subscriber's message; the write's statements (the server's explainer_sql_statements_total)
// and the server's CPU time (utime + stime from /proc) are read around each write.
import { Client } from 'pg';
import { RawSubscriber } from './lib/raw-subscriber';
import { percentile } from './lib/rounds';
import { cpuMs } from './lib/proc';

/** The channel explainer-api's writes notify (src/modules/live/live.events.ts). */
const LIVE_CHANNEL = 'explainer_events';
const FOLLOW = `subscription Follow($slug: String!) { articleUpdated(slug: $slug) { slug version sections { key heading body } } }`;
const EDIT = `mutation Edit($id: ID!, $v: Int!, $body: String!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: $body }) { version } }`;

export interface FanoutResult {
  subscribers: number;
  writes: number;
  /** Milliseconds from the commit to each subscriber's message, over all writes. */
  p50: number;
  p99: number;
  max: number;
  /** Per write (medians): statements the server sent, its CPU milliseconds, and the mutation's own latency. */
  statementsPerWrite: number;
  cpuMsPerWrite: number;
  mutationMs: number;
  /** Per write (median): this process's CPU milliseconds, the subscribers' receiving of their messages (parsed after the timing). */
  clientCpuMsPerWrite: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** explainer-api's explainer_sql_statements_total (every statement its data source sent). */
export async function sqlStatementsTotal(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = /^explainer_sql_statements_total (\d+)/m.exec(text);
  if (!m) throw new Error('explainer_sql_statements_total is missing from /metrics');
  return Number(m[1]);
}

async function until(what: string, done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`fan-out: ${what} (waited ${ms} ms)`);
    await sleep(2);
  }
}

export async function fanout(opts: {
  base: string;
  pid: number;
  dbUrl: string;
  apiKey: string;
  slug: string;
  subscribers: number;
  writes: number;
  log: (m: string) => void;
}): Promise<FanoutResult> {
  const { base, pid, dbUrl, apiKey, slug, subscribers, writes } = opts;
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  const { rows } = await db.query(
    `SELECT a.id, a.version, s.id AS section FROM article a JOIN section s ON s.article_id = a.id AND s.key = 'lead' WHERE a.slug = $1`,
    [slug],
  );
  let version: number = rows[0].version;
  const sectionId = Buffer.from(`Section:${rows[0].section}`, 'utf8').toString('base64');

  let committedAt = 0;
  await db.query(`LISTEN ${LIVE_CHANNEL}`);
  db.on('notification', (n) => {
    if (n.channel === LIVE_CHANNEL && n.payload?.includes(rows[0].id)) committedAt = performance.now();
  });

  const clients: RawSubscriber[] = [];
  const failure = () => clients.find((c) => c.failure !== undefined)?.failure;
  const url = `${base.replace(/^http/, 'ws')}/graphql`;
  try {
    for (let i = 0; i < subscribers; i++) {
      clients.push(new RawSubscriber(url, FOLLOW, { slug }));
      if (i % 100 === 99) await until(`${i + 1} sockets connected`, () => clients.every((c) => c.acknowledged) || failure() !== undefined, 20_000);
    }
    await until(`${subscribers} sockets connected`, () => clients.every((c) => c.acknowledged) || failure() !== undefined, 20_000);
    const failed = failure();
    if (failed) throw failed instanceof Error ? failed : new Error(`subscriber failed: ${JSON.stringify(failed)}`);

    const edit = async (n: number) => {
      const t0 = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query: EDIT,
          variables: { id: sectionId, v: version, body: `A live edit (${n}, ${Date.now()}): what changed since the first report.` },
        }),
      });
      const body = (await res.json()) as any;
      if (body.errors || !body.data) throw new Error(`fan-out write: ${JSON.stringify(body)}`);
      version = body.data.updateSection.version;
      return performance.now() - t0;
    };
    const all = (k: number) => () => clients.every((c) => c.arrivals.length >= k) || failure() !== undefined;
    // Every subscriber's `k`th event, parsed once all are in: no errors, the article's new version.
    const check = (k: number) => {
      for (const c of clients) {
        const payload = c.event(k) as { data: { articleUpdated: { version: number } } };
        if (payload.data.articleUpdated.version !== version) throw new Error(`event ${k}: version ${payload.data.articleUpdated.version}, expected ${version}`);
      }
    };

    // The first write proves every subscription is in place (graphql-ws does not acknowledge a subscribe).
    await edit(0);
    await until(`all ${subscribers} subscribers got the first event`, all(1), 30_000);
    check(0);
    const delays: number[] = [];
    const stmts: number[] = [];
    const cpu: number[] = [];
    const mutation: number[] = [];
    const clientCpu: number[] = [];
    const ownCpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    for (let w = 1; w <= writes; w++) {
      await sleep(200);
      committedAt = 0;
      const s0 = await sqlStatementsTotal(base);
      const c0 = cpuMs(pid);
      const own0 = ownCpuMs();
      mutation.push(await edit(w));
      await until(`all ${subscribers} subscribers got event ${w + 1}`, all(w + 1), 30_000);
      clientCpu.push(ownCpuMs() - own0);
      const failed = failure();
      if (failed) throw failed instanceof Error ? failed : new Error(JSON.stringify(failed));
      check(w);
      await until('the commit notification', () => committedAt > 0, 5000);
      cpu.push(cpuMs(pid) - c0);
      // minus the write's own request (the mutation) is not done: its statements count too, as the issue asks
      stmts.push((await sqlStatementsTotal(base)) - s0);
      for (const c of clients) delays.push(c.arrivals[w] - committedAt);
    }
    return {
      subscribers,
      writes,
      p50: percentile(delays, 50),
      p99: percentile(delays, 99),
      max: Math.max(...delays),
      statementsPerWrite: median(stmts),
      cpuMsPerWrite: median(cpu),
      mutationMs: median(mutation),
      clientCpuMsPerWrite: median(clientCpu),
    };
  } finally {
    for (const c of clients) c.close();
    await db.end();
  }
}
