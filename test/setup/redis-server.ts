// A throwaway redis-server from Debian's package (.ci/run installs it when missing) on a free port. A missing
// binary fails the calling test loudly: tests never skip.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { freePort } from './own-postgres';

export interface RedisServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
  /** Stops it and starts a new, empty one on the same port (what clients see as a Redis restart). */
  restart: () => Promise<void>;
}

const reachable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => (c.end(), resolve(true))).on('error', () => resolve(false));
  });

export async function startRedis(): Promise<RedisServer> {
  const bin = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does it)');
  const port = await freePort();
  let child: ChildProcess;
  let exited: Promise<void>;
  const launch = async () => {
    child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    for (let i = 0; i < 50 && !(await reachable(port)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await reachable(port))) throw new Error(`redis-server did not start on port ${port}`);
  };
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return { url: `redis://127.0.0.1:${port}`, port, stop, restart: async () => (await stop(), await launch()) };
}
