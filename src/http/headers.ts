// Response headers: the security headers of API answers and of the playground page, and CORS from the allow-list.
import type http from 'node:http';
import helmet from 'helmet';
import type { Config } from '../config';

/**
 * Security headers of API answers (JSON, never rendered as a page): the set the OWASP REST Security Cheat Sheet
 * asks of an API, fixed strings sent on every answer including cached hits. helmet's full set is for HTML pages:
 * the playground gets it (see playgroundHeaders); on JSON its other headers protect nothing and cost every answer.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
});

export function setApiHeaders(res: http.ServerResponse): void {
  for (const name in API_SECURITY_HEADERS) res.setHeader(name, API_SECURITY_HEADERS[name]);
}

// GraphiQL is one inline page with inline scripts and blob: workers; it talks only to this server.
const playgroundHelmet = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'", 'blob:'],
      workerSrc: ["'self'", 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
    },
  },
});

export function setPlaygroundHeaders(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  return new Promise<void>((resolve, reject) => playgroundHelmet(req as never, res as never, (err?: unknown) => (err ? reject(err) : resolve())));
}

/** CORS from the allow-list; the returned function is true when the request was a preflight, answered there. */
export function corsOf(config: Config): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const origins = config.corsOrigins;
  return (req, res) => {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && (origins === '*' || origins.includes(origin));
    // With an allow-list the answer depends on Origin for every request (with or without one), so a CDN must key on it.
    if (origins !== '*' && origins.length > 0) res.setHeader('vary', 'Origin');
    if (allowed) res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
    if (req.method !== 'OPTIONS') return false;
    if (allowed) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, idempotency-key');
      res.setHeader('access-control-max-age', '600');
    }
    res.writeHead(204);
    res.end();
    return true;
  };
}
