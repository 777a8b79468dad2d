// The operators' routes beside the API: GET /metrics (Prometheus) and GET /version; and the per-request metrics.
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createMetrics, type Metrics } from './metrics';
import { readVersion, type VersionInfo } from './version';

export interface Ops {
  metrics: Metrics;
  version: VersionInfo;
  /** Whether `serve` answers this path. */
  handles(pathname: string): boolean;
  /** Answers GET /metrics or /version; returns the status sent. */
  serve(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<number>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): number {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...extra });
  res.end(body);
  return status;
}

export function createOps(config: Config, dataSource: DataSource): Ops {
  const version = readVersion(config);
  const metrics = createMetrics(dataSource, { version });
  const paths = new Set(['/version', ...(config.metricsEnabled ? ['/metrics'] : [])]);
  return {
    metrics,
    version,
    handles: (pathname) => paths.has(pathname),
    async serve(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const body = JSON.stringify({ errors: [{ message: `${pathname} answers GET only`, extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
        return send(res, 405, 'application/json; charset=utf-8', body, { allow: 'GET, HEAD' });
      }
      if (pathname === '/version') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(version));
      const { contentType, body } = await metrics.render();
      return send(res, 200, contentType, body);
    },
  };
}
