// Property: over 1,000 random write sequences (seeded; TEST_SEED replays a run), replaying the changes feed from its
// start gives exactly the articles readers can see, each at its current version, and never shows an article that
// readers never saw. Sequences run through the service layer in-process (the mutations' code), a few at a time so
// that their commits interleave; scheduled changes and embargo ends run as the job queue runs them (the test moves
// the stored time into the past, as a clock would, and runs the due task). The ops are a table: a new kind of write
// (e.g. staged edits) is one more entry.
import { createContext, type Context } from '../../../src/context';
import { AppError } from '../../../src/common/errors';
import { articleWriteService, type ReadBack } from '../../../src/modules/articles/article-write.service';
import { scheduleService, type ScheduledTask } from '../../../src/modules/scheduling/schedule.service';
import { changeService } from '../../../src/modules/changes/change.service';
import { ChangeKind } from '../../../src/modules/changes/change.dto';
import { fromGlobalId } from '../../../src/common/node';
import { createTestApp, type TestApp } from '../../setup/test-app';
import { until } from '../../setup/time-scale';

const SEED = process.env.TEST_SEED ? Number(process.env.TEST_SEED) : 16_005;
const SEQUENCES = 1000;
const BATCH = 50;
const PARALLEL = 4;
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
];
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

/** Replays the feed from the start: article id -> version of what a consumer holds. */
async function replay(reader: Context): Promise<{ held: Map<string, number>; seen: Set<string> }> {
  const held = new Map<string, number>();
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page = await changeService.page(reader, { after, first: 1000 });
    for (const e of page.entries) {
      const id = fromGlobalId(e.articleId)!.id;
      seen.add(id);
      if (e.kind === ChangeKind.PUBLISHED || e.kind === ChangeKind.UPDATED) held.set(id, e.version);
      else held.delete(id);
    }
    after = page.nextCursor;
    if (!page.pageInfo.hasNextPage) return { held, seen };
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

  async function runSequence(n: number, length: number, seqSeed: number): Promise<void> {
    const s: Sequence = { id: null, version: 0, n, rnd: seeded(seqSeed) };
    for (let i = 0; i < length; i++) {
      const op = s.id === null ? OPS[0] : pick(s.rnd);
      try {
        await op.run(w, s);
        counts[op.name].ok++;
      } catch (err) {
        // refused writes (a transition from the wrong status) write nothing; anything else fails the test
        if (!(err instanceof AppError) || err.code !== 'BAD_USER_INPUT') throw err;
        counts[op.name].refused++;
      }
      if (s.id) {
        written.add(s.id);
        const [row] = await t.ds.query(`SELECT version, status = 'PUBLISHED' AND embargo_until IS NULL AS visible FROM article WHERE id = $1`, [s.id]);
        s.version = row.version;
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
    for (let i = 0; i < plans.length; i += PARALLEL) {
      await Promise.all(plans.slice(i, i + PARALLEL).map((p) => runSequence(p.n, p.length, p.seed)));
    }
    const expected = new Map<string, number>(
      (await t.ds.query(`SELECT id, version FROM article WHERE status = 'PUBLISHED' AND embargo_until IS NULL`)).map((r: { id: string; version: number }) => [
        r.id,
        r.version,
      ]),
    );
    // (a transaction elsewhere on the server may hold the feed back a moment: the last entries come when it ends)
    const { value } = await until(
      'the replayed feed equals the published set',
      () => replay(reader),
      (r) => asList(r.held).join() === asList(expected).join(),
      10_000,
      50,
    );
    expect(asList(value.held)).toEqual(asList(expected));
    // a draft's creation, edits and deletion never show
    for (const id of value.seen) expect(everVisible.has(id) || !written.has(id)).toBe(true);
  }
  const seconds = (performance.now() - started) / 1000;
  const [entries] = await t.ds.query('SELECT count(*)::int AS n FROM article_change');
  console.log(
    `changes property: ${SEQUENCES} sequences (seed ${SEED}), ${Object.values(counts).reduce((n, c) => n + c.ok + c.refused, 0)} ops, ${entries.n} feed entries, ${seconds.toFixed(1)} s\n` +
      Object.entries(counts)
        .map(([k, c]) => `  ${k}: ${c.ok} done, ${c.refused} refused`)
        .join('\n'),
  );
  // every kind of op was exercised
  for (const [name, c] of Object.entries(counts)) expect([name, c.ok > 0]).toEqual([name, true]);
}, 900_000);
