// The routes: /graphql (API, or the playground for a browser), / (to /graphql), /subgraph, /changes (the changes
// feed as JSON), /healthz, /readyz, the operators' /metrics and /version, and the feeds and sitemaps (feeds.ts).
// Sets the security headers and answers CORS first.
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { withTimeout } from '../common/timeout';
import { hasReplicas, replicaStatus } from '../db/replica';
import { playgroundPage } from '../playground';
import type { Ops } from '../ops/ops.routes';
import { sendJson } from './http-error';
import { corsOf, setApiHeaders, setPlaygroundHeaders } from './headers';
import { isDistributionPath } from './feeds';
import type { RequestScope } from '../common/request-scope';

export type Endpoint = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, scope: RequestScope) => Promise<number>;
/** Answers a request; returns the status sent. */
export type Router = Endpoint;

async function ready(ds: DataSource): Promise<boolean> {
  return withTimeout(ds.query('SELECT 1'), 1500).then(
    () => true,
    () => false,
  );
}

/** Answers a request for a plain-HTTP output at `path` (feeds.ts); returns the status sent. */
export type PathEndpoint = (req: http.IncomingMessage, res: http.ServerResponse, path: string, scope: RequestScope) => Promise<number>;

export function createRouter(
  config: Config,
  dataSource: DataSource,
  ops: Ops,
  endpoints: {
    graphql: Endpoint;
    subgraph: Endpoint;
    distribution: PathEndpoint;
    changes: Endpoint;
  },
): Router {
  const cors = corsOf(config);
  return async (req, res, url, scope) => {
    // A browser asks for HTML; GraphiQL keeps the edited query in `?query=`, so a reload must still get the IDE.
    const page = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (page) await setPlaygroundHeaders(req, res);
    else setApiHeaders(res);
    if (cors(req, res)) return 204;
    const path = url.pathname;
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return 200;
    }
    if (path === '/readyz') {
      // Ready when the primary answers: a replica that is down only sends public reads to the primary.
      const [ok, replicas] = await Promise.all([
        ready(dataSource),
        hasReplicas(dataSource) ? replicaStatus(dataSource, 1500, config.database.readMaxLagSeconds) : undefined,
      ]);
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable', ...(replicas ? { replicas } : {}) });
      return ok ? 200 : 503;
    }
    if (path === '/graphql' || path === '/') {
      if (page && config.graphql.playground) {
        const body = await playgroundPage(req.headers['accept-encoding']);
        res.writeHead(200, body.headers);
        res.end(body.body);
        return 200;
      }
      if (path === '/') {
        res.writeHead(302, { location: '/graphql' });
        res.end();
        return 302;
      }
      return endpoints.graphql(req, res, url, scope);
    }
    if (path === '/subgraph') return endpoints.subgraph(req, res, url, scope);
    if (path === '/changes') return endpoints.changes(req, res, url, scope);
    if (ops.handles(path)) return ops.serve(req, res, path);
    if (isDistributionPath(path)) return endpoints.distribution(req, res, path, scope);
    sendJson(res, 404, { errors: [{ message: `no route ${path}`, extensions: { code: 'NOT_FOUND' } }] });
    return 404;
  };
}
