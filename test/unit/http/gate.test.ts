// The request gate that HTTP and WebSocket share: who asks, how often, how big a query; and how HTTP answers it.
import type http from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { loadConfig } from '../../../src/config';
import { PUBLIC_VIEWER } from '../../../src/context';
import type { Viewer } from '../../../src/common/sql/json-query';
import type { RateLimiter } from '../../../src/common/rate-limit';
import { createGate, GateError, type Gate } from '../../../src/http/gate';
import { HttpError } from '../../../src/http/http-error';

const EDITOR: Viewer = { role: 'EDITOR', canSeeDrafts: true, keyId: 'k1', keyName: 'desk' };
const GOOD_KEY = 'xk_good';

/** Budgets of `points` per subject over a minute (never refilled during a test), counting what each subject took. */
function limiter(points: number): RateLimiter & { taken: string[] } {
  const ip = new RateLimiterMemory({ points, duration: 60 });
  const key = new RateLimiterMemory({ points, duration: 60 });
  const taken: string[] = [];
  return {
    taken,
    async consume({ keyId, ip: address }) {
      taken.push(keyId ? `key:${keyId}` : `ip:${address}`);
      try {
        await (keyId ? key.consume(keyId) : ip.consume(address));
        return { allowed: true, retryAfter: 0 };
      } catch (res) {
        return { allowed: false, retryAfter: Math.ceil((res as RateLimiterRes).msBeforeNext / 1000) };
      }
    },
    close: async () => undefined,
  };
}

async function refusal(p: Promise<unknown>): Promise<GateError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GateError);
  return err as GateError;
}

describe('request gate', () => {
  const config = loadConfig({ NODE_ENV: 'test', LIMIT_QUERY_CHARS: '100' });
  let rl: ReturnType<typeof limiter>;
  let lookups: string[];
  let revoked: Set<string>;
  let gate: Gate;

  beforeEach(() => {
    rl = limiter(2);
    lookups = [];
    revoked = new Set();
    gate = createGate(config, {
      rateLimiter: rl,
      authenticate: async (key) => (lookups.push(key), key === GOOD_KEY ? EDITOR : null),
      isActive: async (keyId) => !revoked.has(keyId),
    });
  });

  it('admits a request without a key as a reader, on its IP budget, then refuses it RATE_LIMITED', async () => {
    await expect(gate.admit(undefined, '10.0.0.1')).resolves.toBe(PUBLIC_VIEWER);
    await expect(gate.admit(undefined, '10.0.0.1')).resolves.toBe(PUBLIC_VIEWER);
    const err = await refusal(gate.admit(undefined, '10.0.0.1'));
    expect([err.code, err.keyRefused, err.message]).toEqual(['RATE_LIMITED', false, `too many requests: try again in ${err.extensions.retryAfter} s`]);
    expect(err.extensions.retryAfter).toBeGreaterThanOrEqual(1);
    // Another address has its own budget.
    await expect(gate.admit(undefined, '10.0.0.2')).resolves.toBe(PUBLIC_VIEWER);
    expect(lookups).toEqual([]);
  });

  it('admits a good key on the key budget, not the IP budget', async () => {
    await expect(gate.admit(GOOD_KEY, '10.0.0.1')).resolves.toBe(EDITOR);
    await expect(gate.admit(GOOD_KEY, '10.0.0.1')).resolves.toBe(EDITOR);
    expect(rl.taken).toEqual(['key:k1', 'key:k1']);
    expect((await refusal(gate.admit(GOOD_KEY, '10.0.0.1'))).code).toBe('RATE_LIMITED');
    await expect(gate.admit(undefined, '10.0.0.1')).resolves.toBe(PUBLIC_VIEWER);
  });

  it('refuses a malformed or unknown key UNAUTHENTICATED, at the cost of the IP; past its budget RATE_LIMITED, still marked as a refused key', async () => {
    const malformed = await refusal(gate.admit(null, '10.0.0.3'));
    expect([malformed.code, malformed.message, malformed.keyRefused]).toEqual(['UNAUTHENTICATED', 'Authorization: expected "Bearer <API key>"', true]);
    const unknown = await refusal(gate.admit('xk_guess', '10.0.0.3'));
    expect([unknown.code, unknown.message, unknown.keyRefused]).toEqual(['UNAUTHENTICATED', 'unknown or revoked API key', true]);
    expect(lookups).toEqual(['xk_guess']); // a malformed key is not looked up
    expect(rl.taken).toEqual(['ip:10.0.0.3', 'ip:10.0.0.3']);
    const limited = await refusal(gate.admit('xk_guess2', '10.0.0.3'));
    expect([limited.code, limited.keyRefused]).toEqual(['RATE_LIMITED', true]);
    // The guesses spent the address's budget: a reader from there is refused too.
    expect((await refusal(gate.admit(undefined, '10.0.0.3'))).code).toBe('RATE_LIMITED');
  });

  it('takes one more share per subscribe: the key budget for a key, the IP budget for a reader', async () => {
    await gate.consume(EDITOR, '10.0.0.4');
    await gate.consume(PUBLIC_VIEWER, '10.0.0.4');
    expect(rl.taken).toEqual(['key:k1', 'ip:10.0.0.4']);
    await gate.consume(EDITOR, '10.0.0.4');
    expect((await refusal(gate.consume(EDITOR, '10.0.0.4'))).code).toBe('RATE_LIMITED');
  });

  it('refuses a viewer again once its key is revoked (a refused key), and never rechecks a reader', async () => {
    await expect(gate.recheck(EDITOR)).resolves.toBeUndefined();
    revoked.add('k1');
    const err = await refusal(gate.recheck(EDITOR));
    expect([err.code, err.message, err.keyRefused]).toEqual(['UNAUTHENTICATED', 'API key revoked', true]);
    await expect(gate.recheck(PUBLIC_VIEWER)).resolves.toBeUndefined();
    expect(rl.taken).toEqual([]);
  });

  it('checks the query text limits: over LIMIT_QUERY_CHARS is QUERY_TOO_LARGE with the limit; no query is not its business', () => {
    expect(() => gate.checkQuery('{ articles { id } }')).not.toThrow();
    expect(() => gate.checkQuery(undefined)).not.toThrow();
    let err: unknown;
    try {
      gate.checkQuery(`{ ${'a '.repeat(60)}}`);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GateError);
    expect([(err as GateError).code, (err as GateError).extensions]).toEqual(['QUERY_TOO_LARGE', { max: 100 }]);
  });

  it('takes the socket address for the client IP without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    const req = { headers: { 'x-forwarded-for': '203.0.113.9' }, socket: { remoteAddress: '10.0.0.5' } } as unknown as http.IncomingMessage;
    expect(gate.clientIp(req)).toBe('10.0.0.5');
  });

  it('is answered over HTTP as 429 with Retry-After, 401, or 400 for a query limit', () => {
    const limited = HttpError.fromGate(new GateError('RATE_LIMITED', 'too many requests: try again in 3 s', { retryAfter: 3 }));
    expect([limited.status, limited.headers, limited.extensions]).toEqual([429, { 'retry-after': '3' }, { retryAfter: 3 }]);
    expect(HttpError.fromGate(new GateError('UNAUTHENTICATED', 'unknown or revoked API key', {}, true)).status).toBe(401);
    const tooLarge = HttpError.fromGate(new GateError('QUERY_TOO_LARGE', 'query: 120 characters, the limit is 100', { max: 100 }));
    expect([tooLarge.status, tooLarge.code, tooLarge.extensions]).toEqual([400, 'QUERY_TOO_LARGE', { max: 100 }]);
  });
});
