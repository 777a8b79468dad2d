// Deadlines in tests. A product target that a test asserts in milliseconds (readiness reports an outage within
// 2 s, ...) holds on an ordinary machine; TEST_TIME_SCALE (default 1) stretches every such target on a slower or
// busier one (TEST_TIME_SCALE=3 npx jest ...) without changing what the test checks.
const raw = process.env.TEST_TIME_SCALE;
const parsed = raw === undefined || raw === '' ? 1 : Number(raw);
if (!Number.isFinite(parsed) || parsed < 1) throw new Error(`TEST_TIME_SCALE must be a number >= 1, not ${JSON.stringify(raw)}`);

export const TIME_SCALE = parsed;

/** A product target of `ms` milliseconds, stretched by TEST_TIME_SCALE. */
export const scaled = (ms: number): number => Math.round(ms * TIME_SCALE);

/**
 * Calls `probe` until `done` holds for what it returns, or fails after `maxMs` with the last value seen.
 * Resolves with how long it took and that value.
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  maxMs: number,
  everyMs = 20,
): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    const ms = performance.now() - started;
    if (done(value)) return { ms, value };
    if (ms > maxMs) throw new Error(`${what}: not within ${maxMs} ms (last seen: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
