// A closed-loop load of `workers` clients (each sends its next request when its last one was answered), for
// writes whose next request depends on the last answer (an editor's expectedVersion): autocannon cycles through
// fixed requests. One keep-alive connection per worker (node:http).
import http from 'node:http';
import { percentile, type Measure } from './rounds';

export interface Step {
  path: string;
  body: string;
  headers: Record<string, string>;
  /** Checks the answer and keeps what the next request needs; throws on a wrong answer. */
  check: (status: number, text: string) => void;
}

export async function closedLoop(base: string, workers: number, seconds: number, next: (worker: number) => Step): Promise<Measure> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers });
  const url = new URL(base);
  const post = (step: Step) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: step.path,
          method: 'POST',
          headers: { ...step.headers, 'content-length': Buffer.byteLength(step.body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(step.body);
    });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (w: number) => {
    while (performance.now() < deadline) {
      const step = next(w);
      const t0 = performance.now();
      try {
        const res = await post(step);
        latencies.push(performance.now() - t0);
        bytes += res.text.length;
        step.check(res.status, res.text);
      } catch (err) {
        errors++;
        firstError ??= err;
        // a broken editor state (a version conflict) would fail every next request: stop this worker
        return;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  } finally {
    agent.destroy();
  }
  if (firstError) console.error(`first failed write: ${(firstError as Error).message ?? String(firstError)}`);
  const elapsed = (performance.now() - started) / 1000;
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors,
    bytesPerRequest: latencies.length ? bytes / latencies.length : 0,
  };
}
