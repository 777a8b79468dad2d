// Property: over 1,000 random write sequences (seeded; TEST_SEED replays a run), replaying the changes feed from its
// start gives exactly the articles readers can see, each at its current version, and never shows an article that
// readers never saw. Sequences run through the service layer in-process (the mutations' code), a few at a time so
// that their commits interleave; scheduled changes and embargo ends run as the job queue runs them (the test moves
// the stored time into the past, as a clock would, and runs the due task). The ops are a table: a new kind of write
// is one more entry. Staged edits are in it (createPending, an edit of the working copy, publishPending,
// discardPending): a copy is never published state, so it must never show in the feed, and publishing it is one
// UPDATED entry at the article's new version.
// Cost: each op is one service call (its own transaction, as a mutation runs it) plus one statement reading back
// version, visibility and working copy; the feed is followed incrementally after each batch (one cursor, as a
// consumer polls) and replayed from its start once at the end, so replays do not grow with the square of the feed.
import { createContext, type Context } from '../../../src/context';
import { AppError } from '../../../src/common/errors';
import { articleWriteService, type ReadBack } from '../../../src/modules/articles/article-write.service';
import { scheduleService, type ScheduledTask } from '../../../src/modules/scheduling/schedule.service';
import { changeService } from '../../../src/modules/changes/change.service';
import { pendingService, LiveChangedError } from '../../../src/modules/pending/pending.service';
import { ChangeKind } from '../../../src/modules/changes/change.dto';
import { fromGlobalId } from '../../../src/common/node';
import { createTestApp, type TestApp } from '../../setup/test-app';
import { until } from '../../setup/time-scale';

const SEED = process.env.TEST_SEED ? Number(process.env.TEST_SEED) : 16_005;
const SEQUENCES = 1000;
const BATCH = 50;
const PARALLEL = 5;
const MAX_OPS = 8;

/** mulberry32 */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sequence {
  /** The article this sequence writes (a new one after a delete). */
  id: string | null;
  version: number;
  /** Its working copy (pending version), if it has one. */
  copy: { id: string; version: number } | null;
  n: number;
  rnd: () => number;
}

interface World {
  t: TestApp;
  ctx: Context;
}

const state: ReadBack<{ id: string; version: number }> = async (m, id) => (await m.query('SELECT id, version FROM article WHERE id = $1', [id]))[0];

/** Moves a stored time into the past (the clock reaching it), then runs the task as the job queue would. */
async function timeComes(w: World, s: Sequence, column: string, task: ScheduledTask): Promise<void> {
  await w.t.ds.query(`UPDATE article SET ${column} = now() - interval '1 millisecond' WHERE id = $1 AND ${column} IS NOT NULL`, [s.id]);
  await scheduleService.run(w.t.ds, task, s.id!);
}

const future = () => new Date(Date.now() + 3_600_000);

/** name -> weight and what it does to the sequence's article (which exists unless the op is `create`). */
const OPS: { name: string; weight: number; run: (w: World, s: Sequence) => Promise<unknown> }[] = [
  {
    name: 'create',
    weight: 1,
    run: async (w, s) => {
      const r = await articleWriteService.create(
        w.ctx,
        { slug: `p-${s.n}-${Math.floor(s.rnd() * 1e9)}`, headline: `Sequence ${s.n}`, sections: [{ body: 'Lead.' }] },
        state,
      );
      s.id = r.id;
    },
  },
  { name: 'edit', weight: 4, run: (w, s) => articleWriteService.update(w.ctx, s.id!, s.version, { headline: `Edit ${s.rnd()}` }, state) },
  { name: 'publish', weight: 3, run: (w, s) => articleWriteService.transition(w.ctx, s.id!, s.version, 'publishArticle', state) },
  { name: 'unpublish', weight: 2, run: (w, s) => articleWriteService.transition(w.ctx, s.id!, s.version, 'unpublishArticle', state) },
  { name: 'archive', weight: 1, run: (w, s) => articleWriteService.transition(w.ctx, s.id!, s.version, 'archiveArticle', state) },
  {
    name: 'delete',
    weight: 1,
    run: async (w, s) => {
      await articleWriteService.delete(w.ctx, s.id!, s.version);
      s.id = null;
    },
  },
  {
    name: 'scheduled publish',
    weight: 2,
    run: async (w, s) => {
      await scheduleService.schedule(w.ctx, s.id!, s.version, { publishAt: future() }, state);
      await timeComes(w, s, 'publish_at', 'publishArticle');
    },
  },
  {
    name: 'scheduled unpublish',
    weight: 1,
    run: async (w, s) => {
      await scheduleService.schedule(w.ctx, s.id!, s.version, { unpublishAt: future() }, state);
      await timeComes(w, s, 'unpublish_at', 'unpublishArticle');
    },
  },
  { name: 'embargo', weight: 1, run: (w, s) => scheduleService.schedule(w.ctx, s.id!, s.version, { embargoUntil: future() }, state) },
  { name: 'embargo ends', weight: 1, run: (w, s) => timeComes(w, s, 'embargo_until', 'liftEmbargo') },
  // staged edits: refused (BAD_USER_INPUT) unless the article is PUBLISHED
  { name: 'createPending', weight: 1, run: (w, s) => pendingService.create(w.ctx, s.id!, s.version, state) },
  {
    name: 'edit pending',
    weight: 2,
    run: async (w, s) => {
      const copy = s.copy ?? (await pendingService.create(w.ctx, s.id!, s.version, state));
      return articleWriteService.update(w.ctx, copy.id, copy.version, { headline: `Staged ${s.rnd()}` }, state);
    },
  },
  {
    name: 'publishPending',
    weight: 2,
    run: (w, s) => (s.copy ? pendingService.publish(w.ctx, s.id!, s.version, s.copy.version, state) : refuse('no pending version')),
  },
  {
    name: 'discardPending',
    weight: 1,
    run: (w, s) => (s.copy ? pendingService.discard(w.ctx, s.id!, s.copy.version, state) : refuse('no pending version')),
  },
];

/** An op that does not apply to the article's state now (counted as refused, like a write the service refuses). */
class Inapplicable extends Error {}
const refuse = (why: string): Promise<never> => Promise.reject(new Inapplicable(why));
const TOTAL_WEIGHT = OPS.reduce((n, o) => n + o.weight, 0);

function pick(rnd: () => number) {
  let x = rnd() * TOTAL_WEIGHT;
  for (const op of OPS) if ((x -= op.weight) < 0) return op;
  return OPS[OPS.length - 1];
}

let t: TestApp;
beforeAll(async () => {
  // the queue does not run here: the test runs due tasks itself
  t = await createTestApp({ env: { JOBS_ENABLED: 'false' } });
});
afterAll(() => t.close());

interface Consumer {
  /** article id -> version of what the consumer holds */
  held: Map<string, number>;
  seen: Set<string>;
  after: string | null;
}
const newConsumer = (): Consumer => ({ held: new Map(), seen: new Set(), after: null });

/** Follows the feed from the consumer's cursor to its end (from the start for a new consumer). */
async function follow(reader: Context, c: Consumer): Promise<Consumer> {
  const { held, seen } = c;
  let { after } = c;
  for (;;) {
    const page = await changeService.page(reader, { after, first: 1000 });
    for (const e of page.entries) {
      const id = fromGlobalId(e.articleId)!.id;
      seen.add(id);
      if (e.kind === ChangeKind.PUBLISHED || e.kind === ChangeKind.UPDATED) held.set(id, e.version);
      else held.delete(id);
    }
    after = page.nextCursor;
    if (!page.pageInfo.hasNextPage) return { held, seen, after };
  }
}

const asList = (m: Map<string, number>) => [...m].map(([id, v]) => `${id}@${v}`).sort();

it(`replaying the feed gives exactly the published articles at their current versions (${SEQUENCES} sequences, seed ${SEED})`, async () => {
  const editor = createContext(t.ds, { viewer: { role: 'EDITOR', canSeeDrafts: true, keyName: 'property' } });
  const reader = createContext(t.ds);
  const w: World = { t, ctx: editor };
  const rnd = seeded(SEED);
  const everVisible = new Set<string>();
  const written = new Set<string>();
  const counts: Record<string, { ok: number; refused: number }> = Object.fromEntries(OPS.map((o) => [o.name, { ok: 0, refused: 0 }]));
  const started = performance.now();
  let consumer = newConsumer();
  let opsMs = 0;
  let feedMs = 0;
  const published = async () =>
    new Map<string, number>(
      (await t.ds.query(`SELECT id, version FROM article WHERE status = 'PUBLISHED' AND embargo_until IS NULL`)).map((r: { id: string; version: number }) => [
        r.id,
        r.version,
      ]),
    );
  /** Follows (or replays) until the consumer holds `expected`: a transaction elsewhere may hold the feed back a moment. */
  const catchUp = async (from: () => Consumer, expected: Map<string, number>) => {
    const t0 = performance.now();
    let c = from();
    const { value } = await until(
      'the feed gives the published set',
      async () => (c = await follow(reader, c)),
      (r) => asList(r.held).join() === asList(expected).join(),
      10_000,
      50,
    );
    feedMs += performance.now() - t0;
    return value;
  };

  async function runSequence(n: number, length: number, seqSeed: number): Promise<void> {
    const s: Sequence = { id: null, version: 0, copy: null, n, rnd: seeded(seqSeed) };
    for (let i = 0; i < length; i++) {
      const op = s.id === null ? OPS[0] : pick(s.rnd);
      try {
        await op.run(w, s);
        counts[op.name].ok++;
      } catch (err) {
        // refused writes (a transition from the wrong status, a pending version made before a direct edit) write
        // nothing; anything else fails the test
        const refused = err instanceof Inapplicable || err instanceof LiveChangedError || (err instanceof AppError && err.code === 'BAD_USER_INPUT');
        if (!refused) throw err;
        counts[op.name].refused++;
      }
      if (s.id) {
        written.add(s.id);
        const [row] = await t.ds.query(
          `SELECT a.version, a.status = 'PUBLISHED' AND a.embargo_until IS NULL AS visible, c.id AS "copyId", c.version AS "copyVersion"
           FROM article a LEFT JOIN article c ON c.draft_of = a.id WHERE a.id = $1`,
          [s.id],
        );
        s.version = row.version;
        s.copy = row.copyId ? { id: row.copyId, version: row.copyVersion } : null;
        if (s.copy) written.add(s.copy.id);
        if (row.visible) everVisible.add(s.id);
      }
    }
  }

  for (let first = 0; first < SEQUENCES; first += BATCH) {
    const plans = Array.from({ length: Math.min(BATCH, SEQUENCES - first) }, (_, i) => ({
      n: first + i,
      length: 1 + Math.floor(rnd() * MAX_OPS),
      seed: Math.floor(rnd() * 2 ** 31),
    }));
    // PARALLEL sequences at a time: their transactions commit in any order
    const t0 = performance.now();
    for (let i = 0; i < plans.length; i += PARALLEL) {
      await Promise.all(plans.slice(i, i + PARALLEL).map((p) => runSequence(p.n, p.length, p.seed)));
    }
    opsMs += performance.now() - t0;
    const now = await published();
    consumer = await catchUp(() => consumer, now);
    expect(asList(consumer.held)).toEqual(asList(now));
    // a draft's (or a working copy's) creation, edits and deletion never show
    for (const id of consumer.seen) expect(everVisible.has(id) || !written.has(id)).toBe(true);
  }
  // the property itself: a consumer replaying the whole feed from its start
  const expected = await published();
  const replayed = await catchUp(newConsumer, expected);
  expect(asList(replayed.held)).toEqual(asList(expected));
  for (const id of replayed.seen) expect(everVisible.has(id) || !written.has(id)).toBe(true);
  const seconds = (performance.now() - started) / 1000;
  const [entries] = await t.ds.query('SELECT count(*)::int AS n FROM article_change');
  console.log(
    `changes property: ${SEQUENCES} sequences (seed ${SEED}), ${Object.values(counts).reduce((n, c) => n + c.ok + c.refused, 0)} ops, ${entries.n} feed entries, ${seconds.toFixed(1)} s ` +
      `(ops ${(opsMs / 1000).toFixed(1)} s, feed ${(feedMs / 1000).toFixed(1)} s)\n` +
      Object.entries(counts)
        .map(([k, c]) => `  ${k}: ${c.ok} done, ${c.refused} refused`)
        .join('\n'),
  );
  // every kind of op was exercised
  for (const [name, c] of Object.entries(counts)) expect([name, c.ok > 0]).toEqual([name, true]);
}, 900_000);
