// An error answered with its own HTTP status and a GraphQL-shaped body; sendJson for the small JSON answers.
import type http from 'node:http';
import { GateError, type Gate } from './gate';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The HTTP answer of a refusal by the gate: 401, 429 with Retry-After, or 400 for a query limit. */
  static fromGate(err: GateError): HttpError {
    if (err.code === 'RATE_LIMITED') return new HttpError(429, err.code, err.message, err.extensions, { 'retry-after': String(err.extensions.retryAfter) });
    return new HttpError(err.code === 'UNAUTHENTICATED' || err.code === 'PREVIEW_EXPIRED' ? 401 : 400, err.code, err.message, err.extensions);
  }
}

/**
 * Admits a request to a public plain-HTTP output (the changes feed, feeds, sitemaps) as an anonymous read, whatever
 * Authorization says: its share of the per-IP rate limit; a refusal as its HTTP answer (429 with Retry-After).
 */
export async function admitAnonymousRead(gate: Gate, req: http.IncomingMessage): Promise<void> {
  try {
    await gate.admit(undefined, gate.clientIp(req));
  } catch (err) {
    throw err instanceof GateError ? HttpError.fromGate(err) : err;
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendError(res: http.ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { errors: [{ message: err.message, extensions: { ...err.extensions, code: err.code } }] }, err.headers);
}
