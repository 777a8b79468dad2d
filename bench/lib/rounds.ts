// Interleaved rounds: every contender of a comparison is measured once per round, in turn (A, B, C, A, B, C, ...),
// so that whatever else loads the machine during the run falls on all of them alike; each contender's figures are
// the medians of its rounds, with the spread of its throughput across them.

export interface Measure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  bytesPerRequest: number;
  /** The server's CPU time (user + system) per answered request, in ms; NaN when not measured. */
  cpuMsPerRequest?: number;
}

export interface Summary {
  /** Medians over the rounds. */
  rps: number;
  p50: number;
  p99: number;
  /** (highest - lowest) / median throughput of the rounds. */
  spread: number;
  /** Failed requests over all rounds (timeouts of an overloaded machine; the row is flagged). */
  errors: number;
  /** Median of the rounds' server CPU ms per request (NaN when not measured): steadier than throughput on a busy machine. */
  cpuMsPerRequest: number;
  rounds: Measure[];
}

export interface Contender {
  key: string;
  /** One timed run (`sample`: track the server's peak RSS during it). */
  run: (seconds: number, sample: boolean) => Promise<Measure>;
}

export interface RoundOptions {
  rounds: number;
  /** Warm-up before a contender's first round, and before each later one (its caches went cold while others ran). */
  warmup: number;
  rewarm: number;
  duration: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function summarize(rounds: Measure[]): Summary {
  const rps = median(rounds.map((m) => m.rps));
  const spread = rounds.length > 1 && rps > 0 ? (Math.max(...rounds.map((m) => m.rps)) - Math.min(...rounds.map((m) => m.rps))) / rps : 0;
  const cpu = median(rounds.map((m) => m.cpuMsPerRequest ?? NaN));
  const errors = rounds.reduce((n, m) => n + m.errors, 0);
  return { rps, p50: median(rounds.map((m) => m.p50)), p99: median(rounds.map((m) => m.p99)), spread, errors, cpuMsPerRequest: cpu, rounds };
}

/** Failed requests (errors, timeouts, non-2xx) above this share of a timed run stop the benchmark. */
export const MAX_FAILED_SHARE = 0.05;

export async function interleave(contenders: Contender[], o: RoundOptions, log: (m: string) => void): Promise<Map<string, Summary>> {
  const runs = new Map<string, Measure[]>(contenders.map((c) => [c.key, []]));
  for (let round = 0; round < o.rounds; round++) {
    for (const c of contenders) {
      const warm = round === 0 ? o.warmup : o.rewarm;
      if (warm > 0) await c.run(warm, false);
      const m = await c.run(o.duration, true);
      // A few timeouts on an overloaded machine are reported (the row is flagged); more mean something is wrong.
      if (m.errors > MAX_FAILED_SHARE * (m.requests + m.errors)) {
        throw new Error(`${c.key}: ${m.errors} failed requests of ${m.requests + m.errors} in round ${round + 1} (over ${MAX_FAILED_SHARE * 100}%)`);
      }
      runs.get(c.key)!.push(m);
    }
    log(`  round ${round + 1}/${o.rounds}: ${contenders.map((c) => `${c.key} ${Math.round(runs.get(c.key)![round].rps)}/s`).join(', ')}`);
  }
  return new Map([...runs].map(([k, rounds]) => [k, summarize(rounds)]));
}

/** Percentile (0-100) of unsorted values, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
