// The benchmark's interleaving and statistics (bench/lib/rounds.ts): the order servers are measured in, medians,
// spreads and when failed requests stop a run.
import { interleave, percentile, summarize, type Measure } from '../../bench/lib/rounds';

const measure = (rps: number, extra: Partial<Measure> = {}): Measure => ({
  rps,
  p50: rps / 100,
  p99: rps / 10,
  requests: 1000,
  errors: 0,
  bytesPerRequest: 1,
  ...extra,
});

describe('bench rounds', () => {
  it('measures the contenders in turn, round after round, each warmed up before every round', async () => {
    const calls: string[] = [];
    const contender = (key: string) => ({
      key,
      run: async (seconds: number, sample: boolean) => {
        calls.push(`${key}:${sample ? 'timed' : 'warm'}:${seconds}`);
        return measure(100);
      },
    });
    await interleave([contender('A'), contender('B')], { rounds: 2, warmup: 4, rewarm: 1, duration: 6 }, () => undefined);
    expect(calls).toEqual(['A:warm:4', 'A:timed:6', 'B:warm:4', 'B:timed:6', 'A:warm:1', 'A:timed:6', 'B:warm:1', 'B:timed:6']);
  });

  it('reports the medians of the rounds and the spread of their throughput', () => {
    const s = summarize([measure(100, { cpuMsPerRequest: 0.5 }), measure(130, { cpuMsPerRequest: 0.7 }), measure(90, { cpuMsPerRequest: 0.4, errors: 2 })]);
    expect(s.rps).toBe(100);
    expect(s.p50).toBe(1);
    expect(s.p99).toBe(10);
    expect(s.spread).toBeCloseTo(0.4);
    expect(s.cpuMsPerRequest).toBe(0.5);
    expect(s.errors).toBe(2);
    expect(summarize([measure(100), measure(200)]).rps).toBe(150);
    expect(summarize([measure(100)]).spread).toBe(0);
  });

  it('stops the run when more than 5% of a timed run failed, and lets a few timeouts through', async () => {
    const failing = (errors: number) => [{ key: 'X', run: async () => measure(100, { requests: 100 - errors, errors }) }];
    const o = { rounds: 1, warmup: 0, rewarm: 0, duration: 1 };
    await expect(interleave(failing(6), o, () => undefined)).rejects.toThrow('X: 6 failed requests of 100 in round 1');
    await expect(interleave(failing(5), o, () => undefined)).resolves.toBeDefined();
  });

  it('takes percentiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([], 99)).toBe(0);
  });
});
