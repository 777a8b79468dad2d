// One build of explainer-api (a checkout with dist/ built) started on the servers' core for the PostgreSQL probes
// (bench/pg-where.ts, bench/pg-edit-compare.ts): production mode, no migrations or seed, rate limits and the
// response cache off; resolves once /readyz answers.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBuild(
  buildRoot: string,
  opts: { url: string; port: string; pool: number; benchStats?: boolean },
): Promise<{ base: string; server: ChildProcess }> {
  const server = spawn('taskset', ['-c', '1', process.execPath, path.resolve(buildRoot, 'dist', 'src', 'main.js')], {
    cwd: buildRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      PORT: opts.port,
      DB_POOL_SIZE: String(opts.pool),
      RATE_LIMIT_ENABLED: 'false',
      DATABASE_URL: opts.url,
      HOST: '127.0.0.1',
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      ...(opts.benchStats ? { BENCH_STATS: 'true' } : {}),
      RESPONSE_CACHE: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${opts.port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).status < 500) break;
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
  return { base, server };
}
