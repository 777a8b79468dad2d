// Read replicas on a real streaming replica of an embedded PostgreSQL 18: anonymous readers' queries are answered
// by the replica, editors and mutations by the primary (proved with replay paused: only the primary has the
// write), the metrics count reads by server, and a replica that goes down only sends reads to the primary.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../../src/config';
import { countingLogger, createDataSource } from '../../../src/db/data-source';
import { openDatabase } from '../../../src/db/database';
import { hasReplicas } from '../../../src/db/replica';
import { createServer, type App } from '../../../src/server';
import { toGlobalId } from '../../../src/common/node';
import { apiKeyService } from '../../../src/modules/auth/api-key.service';
import { Role } from '../../../src/modules/auth/api-key.entity';
import { explainer, given } from '../../fixtures/factory';
import { freePort, ownPostgres, type OwnPostgres } from '../../setup/own-postgres';
import { caughtUp, startReplica, type Replica } from '../../setup/replica';

let primary: OwnPostgres;
let replica: Replica;
let ds: DataSource;
let app: App;
let url: string;
let editor: Record<string, string>;
const warnings: { msg: string; err?: string }[] = [];

async function sql<T extends Record<string, unknown>>(connectionString: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

interface Answer {
  status: number;
  statements: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(path: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, statements: Number(res.headers.get('x-sql-statements')), body: (await res.json()) as Answer['body'] };
}
const gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => post('/graphql', query, variables, headers);

const HEADLINE = `query($slug: String) { article(slug: $slug) { id headline version } }`;
const headline = async (headers?: Record<string, string>) => {
  const r = await gql(HEADLINE, { slug: 'story-1' }, headers);
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.article.headline as string;
};

async function metric(name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  if (!line) throw new Error(`no ${name}${labels} in /metrics`);
  return Number(line.split(' ')[1]);
}
const reads = async () => ({
  replica: await metric('explainer_db_reads_total', '{target="replica"}'),
  primary: await metric('explainer_db_reads_total', '{target="primary"}'),
});

const pauseReplay = () => sql(replica.url, 'SELECT pg_wal_replay_pause()');
async function resumeReplay(): Promise<void> {
  await sql(replica.url, 'SELECT pg_wal_replay_resume()');
  await caughtUp(primary.url, replica.url);
}
/** A test's own starting state: the article's headline, written on the primary (and replayed, when `replayed`). */
async function givenHeadline(slug: string, headline: string, opts: { replayed: boolean } = { replayed: true }): Promise<void> {
  await sql(primary.url, `UPDATE article SET headline = $1 WHERE slug = $2`, [headline, slug]);
  if (opts.replayed) await caughtUp(primary.url, replica.url);
}

// afterAll waits for this: a beforeAll past its timeout keeps running, and what it starts then must be stopped too.
let setUp: Promise<void> | undefined;
beforeAll(() => (setUp = setUpClusters()), 300_000); // two PostgreSQL clusters and a base backup: generous on a busy machine

async function setUpClusters(): Promise<void> {
  primary = await ownPostgres('replica-primary');
  const setup = createDataSource({ url: primary.url, poolSize: 2 });
  await setup.initialize();
  await setup.runMigrations({ transaction: 'each' });
  await given(setup, [explainer(1), explainer(2), explainer(3)]);
  editor = { authorization: `Bearer ${(await apiKeyService.create({ db: setup.manager }, 'replica-editor', Role.EDITOR)).key}` };
  await setup.destroy();
  replica = await startReplica(primary, 'replica-standby');
  await caughtUp(primary.url, replica.url);

  // The monitor measures the replica once, at start; after that only /readyz does. So a read right after the replica
  // stops is what finds it down (the fallback with its warning), however long stopping it takes on a busy machine.
  const config = serverConfig({ BENCH_STATS: 'true', DATABASE_READ_MONITOR_MS: '3600000' });
  ds = createDataSource({ url: config.database.url!, readUrls: config.database.readUrls, poolSize: 5 });
  await ds.initialize();
  ({ app, url } = await listening(config, ds, pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) })));
}

/** The settings of this file's servers (primary and replica, no rate limits, cache or webhooks); `env` adds or overrides. */
function serverConfig(env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_ENABLED: 'false',
    RESPONSE_CACHE: 'false',
    WEBHOOK_DISPATCH: 'false',
    DATABASE_URL: primary.url,
    DATABASE_READ_URL: replica.url,
    ...env,
  });
}

/** A server on `db`, listening on a free port of 127.0.0.1. */
async function listening(config: ReturnType<typeof loadConfig>, db: DataSource, logger = pino({ level: 'silent' })): Promise<{ app: App; url: string }> {
  const server = await createServer(config, db, logger);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  return { app: server, url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}` };
}

/** An anonymous read of an article's headline through the server at `base`, and whether the response cache answered. */
async function anonymousRead(base: string, slug: string): Promise<{ cache: string | null; headline: string }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: HEADLINE, variables: { slug } }),
  });
  return { cache: res.headers.get('x-cache'), headline: ((await res.json()) as Answer['body']).data!.article.headline as string };
}

afterAll(async () => {
  await setUp?.catch(() => undefined);
  await app?.stop();
  if (ds?.isInitialized) await ds.destroy();
  await replica?.remove();
  await primary?.stop();
});

describe('DATABASE_READ_URL', () => {
  it('holds one or more comma-separated replica URLs; unset, there is none', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).database.readUrls).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_READ_URL: 'postgres://a:b@r1:5432/x, postgres://a:b@r2:5432/x' }).database.readUrls).toEqual([
      'postgres://a:b@r1:5432/x',
      'postgres://a:b@r2:5432/x',
    ]);
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_READ_URL: 'replica-host' })).toThrow(ConfigError);
  });

  it('the replica is a standby streaming from the primary', async () => {
    expect(await sql(replica.url, 'SELECT pg_is_in_recovery() AS r')).toEqual([{ r: true }]);
    expect(await sql(primary.url, `SELECT application_name, state FROM pg_stat_replication`)).toEqual([
      { application_name: 'replica_standby', state: 'streaming' },
    ]);
  });
});

describe('with replay paused on the replica, only the primary has a new write', () => {
  it("anonymous reads (the compiled statement and the subgraph's plain query) come from the replica; an editor's from the primary", async () => {
    const [{ id }] = await sql<{ id: string }>(primary.url, `SELECT id FROM article WHERE slug = 'story-1'`);
    await pauseReplay();
    try {
      await sql(primary.url, `UPDATE article SET headline = 'Written on the primary' WHERE slug = 'story-1'`);
      expect(await headline()).toBe('Story 1');
      expect(await headline(editor)).toBe('Written on the primary');
      // _entities reads through EntityManager.query(), not the prepared-statement path
      const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Article { headline } } }`;
      const r = [{ __typename: 'Article', id: toGlobalId('Article', id) }];
      const sub = await post('/subgraph', entities, { r });
      expect(sub.body).toEqual({ data: { _entities: [{ headline: 'Story 1' }] } });
      expect((await post('/subgraph', entities, { r }, editor)).body).toEqual({ data: { _entities: [{ headline: 'Written on the primary' }] } });
    } finally {
      await resumeReplay();
    }
    expect(await headline()).toBe('Written on the primary');
  });

  it("a mutation's answer is read back on the primary, in its transaction", async () => {
    const before = (await gql(HEADLINE, { slug: 'story-2' }, editor)).body.data!.article;
    await pauseReplay();
    try {
      const res = await gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Edited" }) { headline version } }`,
        { id: before.id, v: before.version },
        editor,
      );
      expect(res.body).toEqual({ data: { updateArticle: { headline: 'Edited', version: before.version + 1 } } });
      expect((await gql(HEADLINE, { slug: 'story-2' })).body.data!.article).toEqual({ ...before, headline: 'Story 2' });
      expect((await gql(HEADLINE, { slug: 'story-2' }, editor)).body.data!.article.headline).toBe('Edited');
    } finally {
      await resumeReplay();
    }
    expect((await gql(HEADLINE, { slug: 'story-2' })).body.data!.article.headline).toBe('Edited');
  });
});

describe('counting', () => {
  it('statements on the replica count like any other (x-sql-statements, countStatements) and by server in /metrics', async () => {
    const before = await reads();
    let anonymous = 0;
    const sent = countingLogger(ds).total;
    for (let i = 0; i < 5; i++) {
      const r = await gql(`{ a: article(slug: "story-1") { headline } b: article(slug: "story-3") { headline } }`);
      expect(r.statements).toBe(2);
      anonymous += r.statements;
    }
    expect(countingLogger(ds).total - sent).toBe(10);
    let editors = 0;
    for (let i = 0; i < 3; i++) editors += (await gql(HEADLINE, { slug: 'story-1' }, editor)).statements;
    expect(editors).toBeGreaterThanOrEqual(6); // the API key lookup and the read, at least
    expect(await reads()).toEqual({ replica: before.replica + anonymous, primary: before.primary + editors });
  });

  it('replica read share of a mixed workload: 90% anonymous reads, 5% editor reads, 5% editor writes', async () => {
    const before = await reads();
    const queries = [
      HEADLINE,
      `query { articles(first: 3) { totalCount edges { node { slug headline } } } }`,
      `query($slug: String) { article(slug: $slug) { headline sections { key heading } } }`,
    ];
    let total = 0;
    let anonymousStatements = 0;
    let version = (await gql(HEADLINE, { slug: 'story-3' }, editor)).body.data!.article as { id: string; version: number };
    for (let i = 0; i < 200; i++) {
      let r: Answer;
      if (i % 20 === 10) {
        r = await gql(
          `mutation($id: ID!, $v: Int!, $h: String) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: $h }) { id version } }`,
          {
            id: version.id,
            v: version.version,
            h: `Story 3, edit ${i}`,
          },
          editor,
        );
        version = r.body.data!.updateArticle;
      } else if (i % 20 === 0) {
        r = await gql(HEADLINE, { slug: 'story-3' }, editor);
      } else {
        r = await gql(queries[i % queries.length], { slug: `story-${(i % 3) + 1}` });
        anonymousStatements += r.statements;
      }
      expect(r.body.errors).toBeUndefined();
      total += r.statements;
    }
    const after = await reads();
    const replicaReads = after.replica - before.replica;
    const allReads = replicaReads + after.primary - before.primary;
    expect(replicaReads).toBe(anonymousStatements);
    console.log(
      `replica read share: ${((100 * replicaReads) / allReads).toFixed(1)}% of the read statements (${replicaReads} of ${allReads}; ` +
        `explainer_db_reads_total), ${((100 * replicaReads) / total).toFixed(1)}% of all statements (${replicaReads} of ${total}) ` +
        `for 180 anonymous reads, 10 editor reads and 10 editor writes`,
    );
  });
});

describe('the response cache', () => {
  it('forgets an answer a lagging replica gave after a write once the replica has replayed it', async () => {
    await givenHeadline('story-1', 'Before the cached edit');
    const { app: cached, url: base } = await listening(serverConfig({ RESPONSE_CACHE: 'true' }), ds);
    const read = () => anonymousRead(base, 'story-1');
    try {
      const { id, version } = (await gql(HEADLINE, { slug: 'story-1' }, editor)).body.data!.article;
      await pauseReplay();
      try {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...editor },
          body: JSON.stringify({
            query: `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Cached edit" }) { headline } }`,
            variables: { id, v: version },
          }),
        });
        expect(await res.json()).toEqual({ data: { updateArticle: { headline: 'Cached edit' } } });
        // the replica has not replayed the write: the old answer is read there and stored
        expect(await read()).toEqual({ cache: 'MISS', headline: 'Before the cached edit' });
        expect(await read()).toEqual({ cache: 'HIT', headline: 'Before the cached edit' });
      } finally {
        await resumeReplay();
      }
      let seen = await read();
      for (let i = 0; i < 250 && seen.headline !== 'Cached edit'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await read();
      }
      expect(seen.headline).toBe('Cached edit');
    } finally {
      await cached.stop();
    }
  });
});

describe('a replica too far behind', () => {
  it('is left out while its replay lag is past DATABASE_READ_MAX_LAG_SECONDS, and read from again once caught up', async () => {
    // 5 s: the steps below that expect the replica to answer, behind, take far less than that even on a busy machine.
    const config = serverConfig({ DATABASE_READ_MAX_LAG_SECONDS: '5' });
    const lds = createDataSource({ url: primary.url, readUrls: config.database.readUrls, poolSize: 2 });
    await lds.initialize();
    const { app: lapp, url: lurl } = await listening(config, lds);
    const anonymousHeadline = async () => (await anonymousRead(lurl, 'story-2')).headline;
    const replicaStatusIs = async (status: string) => {
      const deadline = Date.now() + 30_000;
      let seen: unknown;
      while (Date.now() < deadline) {
        seen = ((await (await fetch(`${lurl}/readyz`)).json()) as { replicas: { status: string }[] }).replicas[0].status;
        if (seen === status) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the replica stayed ${String(seen)}, not ${status}`);
    };
    let paused = false;
    const [{ headline: before }] = await sql<{ headline: string }>(primary.url, `SELECT headline FROM article WHERE slug = 'story-2'`);
    try {
      await pauseReplay();
      paused = true;
      await sql(primary.url, `UPDATE article SET headline = 'Ahead on the primary' WHERE slug = 'story-2'`);
      expect(await anonymousHeadline()).toBe(before); // the replica answers, behind
      await replicaStatusIs('lagging');
      expect(await anonymousHeadline()).toBe('Ahead on the primary'); // left out: the primary answers
      await resumeReplay();
      paused = false;
      await replicaStatusIs('ok');
      await sql(primary.url, `UPDATE article SET headline = $1 WHERE slug = 'story-2'`, [before]);
      await caughtUp(primary.url, replica.url);
      await pauseReplay();
      paused = true;
      await sql(primary.url, `UPDATE article SET headline = 'Ahead again' WHERE slug = 'story-2'`);
      expect(await anonymousHeadline()).toBe(before); // read from the replica again
    } finally {
      if (paused) await resumeReplay();
      await lapp.stop();
      await lds.destroy();
      await sql(primary.url, `UPDATE article SET headline = $1 WHERE slug = 'story-2'`, [before]);
      await caughtUp(primary.url, replica.url);
    }
  });
});

describe('readiness and a replica that goes down', () => {
  it('/readyz reports the replica and how far behind it is', async () => {
    const r = await fetch(`${url}/readyz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ready', replicas: [{ status: 'ok', lagSeconds: expect.any(Number) }] });
  });

  it('public reads are answered by the primary, with a warning; /readyz stays ready and says the replica is unreachable', async () => {
    // Written on the primary with replay paused, then the replica stopped: only the primary can answer these. (This
    // file's shared server measures replicas only at start and in /readyz: the first read finds the replica down.)
    await pauseReplay();
    await givenHeadline('story-1', 'Story 1 while the replica is down', { replayed: false });
    await givenHeadline('story-2', 'Story 2 while the replica is down', { replayed: false });
    await replica.stop();
    const fallbacks = await metric('explainer_db_replica_fallbacks_total');
    expect(fallbacks).toBe(0);
    const r = await gql(HEADLINE, { slug: 'story-1' });
    expect(r.status).toBe(200);
    expect(r.body.data!.article.headline).toBe('Story 1 while the replica is down');
    expect(warnings.filter((w) => w.msg === 'read replica unavailable: reading from the primary')).toHaveLength(1);
    expect(await metric('explainer_db_replica_fallbacks_total')).toBe(1);
    const before = await reads();
    expect((await gql(HEADLINE, { slug: 'story-2' })).body.data!.article.headline).toBe('Story 2 while the replica is down');
    const after = await reads();
    expect(after.replica).toBe(before.replica);
    expect(after.primary).toBeGreaterThan(before.primary);
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', replicas: [{ status: 'unreachable' }] }]);
  });

  it('a replica back up is read from again (at the latest once /readyz has seen it answer)', async () => {
    await replica.stop(); // down, whatever the tests before left
    // Written while it is down: the replica answers it only once it has caught up from its slot.
    await givenHeadline('story-1', 'Replayed after the restart', { replayed: false });
    await replica.start();
    await caughtUp(primary.url, replica.url);
    const ready = await fetch(`${url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', replicas: [{ status: 'ok', lagSeconds: expect.any(Number) }] });
    const before = await reads();
    expect(await headline()).toBe('Replayed after the restart');
    expect(await reads()).toEqual({ replica: before.replica + 1, primary: before.primary });
  });

  it('a replica unreachable at start does not keep the server from starting: every read on the primary', async () => {
    const messages: string[] = [];
    await givenHeadline('story-1', 'Read on the primary', { replayed: false });
    const down = new URL(replica.url);
    down.port = String(await freePort());
    const db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: primary.url, DATABASE_READ_URL: down.toString() }), (m) => messages.push(m));
    try {
      expect(hasReplicas(db.dataSource)).toBe(false);
      expect(await db.dataSource.query(`SELECT headline FROM article WHERE slug = 'story-1'`)).toEqual([{ headline: 'Read on the primary' }]);
      expect(messages).toEqual([expect.stringMatching(/^read replica unreachable at start \(.*\): every read on the primary until restart$/)]);
    } finally {
      await db.close();
    }
  });

  it('one replica unreachable at start leaves the others in use', async () => {
    const messages: string[] = [];
    const down = new URL(replica.url);
    down.port = String(await freePort());
    const db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: primary.url, DATABASE_READ_URL: `${down.toString()},${replica.url}` }), (m) =>
      messages.push(m),
    );
    try {
      expect(hasReplicas(db.dataSource)).toBe(true);
      expect(messages).toEqual([expect.stringMatching(/^read replica unreachable at start \(.*\): reading from the other 1 until restart$/)]);
    } finally {
      await db.close();
    }
  });
});
