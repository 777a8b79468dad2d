// The request gate, one for HTTP and WebSocket: which address asks (client IP), who asks (API key), how often
// (rate limits per IP and per key) and how big a query may be (text limits). Transports map its GateError to
// their own answer (HTTP status, WebSocket close code, GraphQL error).
import type http from 'node:http';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import { PUBLIC_VIEWER } from '../context';
import type { Viewer } from '../common/sql/json-query';
import { checkQueryText, LimitError } from '../common/limits';
import type { RateLimiter } from '../common/rate-limit';
import { clientAddress, limitSubject } from '../common/client-ip';

export class GateError extends Error {
  constructor(
    /** RATE_LIMITED, UNAUTHENTICATED or a query limit's code (QUERY_TOO_LARGE, ...). */
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    /** Set when a key was presented and refused (even when the refusal is reported as RATE_LIMITED). */
    readonly keyRefused = false,
  ) {
    super(message);
  }
}

export interface Gate {
  /** The address a request came from (its rate-limit subject when it has no key). */
  clientIp(req: http.IncomingMessage): string;
  /**
   * Who asks: `credential` is the API key presented (undefined: none, a reader; null: malformed). Takes the
   * request's share of the rate limits: without a key per IP; with a good key per key; a refused key costs the IP.
   */
  admit(credential: string | null | undefined, ip: string, checkedLater?: boolean, db?: EntityManager): Promise<Viewer>;
  /**
   * A reader with a preview token (modules/preview): 401 PREVIEW_EXPIRED past its time, 401 UNAUTHENTICATED when
   * unknown or revoked. Costs the IP its share, as a reader does.
   */
  admitPreview(token: string, ip: string, db?: EntityManager): Promise<Viewer>;
  /** Refuses a viewer admitted earlier whose key was revoked since (UNAUTHENTICATED, a refused key). */
  recheck(viewer: Viewer, db?: EntityManager): Promise<void>;
  /** One more request's share for a viewer already admitted (a subscribe on an open WebSocket). */
  consume(viewer: Viewer, ip: string): Promise<void>;
  /** The limits checked on the query text before it is parsed (size, tokens). */
  checkQuery(query: unknown): void;
  close(): Promise<void>;
}

export interface GateDeps {
  /**
   * The viewer of an API key; null when no such key or revoked (modules/auth's apiKeyService). `checkedLater`: the
   * request checks the key again before anything runs (a keyed mutation): a recently seen key may come from a cache.
   */
  authenticate: (key: string, checkedLater?: boolean, db?: EntityManager) => Promise<Viewer | null>;
  /** Whether a key is still there and not revoked. */
  isActive: (keyId: string, db?: EntityManager) => Promise<boolean>;
  /** The viewer of a preview token, or why it is refused (modules/preview's previewService). */
  authenticatePreview?: (token: string, db?: EntityManager) => Promise<{ viewer: Viewer } | { refused: 'EXPIRED' | 'UNKNOWN' }>;
  rateLimiter: RateLimiter;
}

export function createGate(config: Config, { authenticate, isActive, authenticatePreview, rateLimiter }: GateDeps): Gate {
  const trust = { trustProxy: config.trustProxy, hops: config.trustProxyHops };
  const take = async (subject: { keyId?: string; ip: string }, keyRefused = false): Promise<void> => {
    const verdict = await rateLimiter.consume(subject);
    if (!verdict.allowed) {
      throw new GateError('RATE_LIMITED', `too many requests: try again in ${verdict.retryAfter} s`, { retryAfter: verdict.retryAfter }, keyRefused);
    }
  };
  return {
    // The client as rate limits and per-IP caps count it (see common/client-ip).
    clientIp(req) {
      return limitSubject(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust));
    },
    async admit(credential, ip, checkedLater = false, db) {
      if (credential === undefined) {
        await take({ ip });
        return PUBLIC_VIEWER;
      }
      const viewer = credential === null ? null : await authenticate(credential, checkedLater, db);
      if (!viewer) {
        // Guessing keys costs the address: past its limit the answer is RATE_LIMITED.
        await take({ ip }, true);
        throw new GateError('UNAUTHENTICATED', credential === null ? 'Authorization: expected "Bearer <API key>"' : 'unknown or revoked API key', {}, true);
      }
      await take({ keyId: viewer.keyId, ip });
      return viewer;
    },
    async admitPreview(token, ip, db) {
      await take({ ip });
      const verdict = authenticatePreview ? await authenticatePreview(token, db) : ({ refused: 'UNKNOWN' } as const);
      if ('viewer' in verdict) return verdict.viewer;
      if (verdict.refused === 'EXPIRED') throw new GateError('PREVIEW_EXPIRED', 'preview token expired: ask the editor for a new preview link', {}, true);
      throw new GateError('UNAUTHENTICATED', 'unknown or revoked preview token', {}, true);
    },
    async recheck(viewer, db) {
      if (viewer.keyId && !(await isActive(viewer.keyId, db))) throw new GateError('UNAUTHENTICATED', 'API key revoked', {}, true);
    },
    consume: (viewer, ip) => take({ keyId: viewer.keyId, ip }),
    checkQuery(query) {
      if (typeof query !== 'string') return;
      try {
        checkQueryText(query, config.limits);
      } catch (err) {
        if (err instanceof LimitError) throw new GateError(err.code, err.message, { max: err.max });
        throw err;
      }
    },
    close: () => rateLimiter.close(),
  };
}
