// HTTP side of caching: which responses a CDN may keep (Cache-Control, ETag, 304), the CSRF rule Apollo applies
// (repeated for responses served from the cache without Apollo), and the plugin that marks cacheable responses.
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { CacheTags, CachedResponse, ResponseCache } from './response-cache';

type Headers = { get(name: string): string | undefined; has(name: string): boolean };

/**
 * Apollo's CSRF prevention: a request is safe when it could not have been sent by a plain HTML form or
 * <img>: a content type other than the three simple ones, or one of the preflight headers.
 */
export function csrfSafe(headers: Headers): boolean {
  const type = headers.get('content-type');
  if (type !== undefined) {
    const media = type.split(';')[0].trim().toLowerCase();
    if (!['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(media)) return true;
  }
  return headers.has('apollo-require-preflight') || headers.has('x-apollo-operation-name');
}

/** Marks the context when the operation is a query answered without errors: only those are cached. */
export const cacheablePlugin: ApolloServerPlugin<{ cache: CacheTags }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, operation, contextValue }) {
        if (response.body.kind === 'single' && !response.body.singleResult.errors && operation?.operation === 'query' && !contextValue.cache.noStore) {
          contextValue.cache.cacheable = true;
        }
      },
    };
  },
};

export function publicCacheControl(maxAge: number): string {
  return `public, max-age=${maxAge}`;
}
export const PRIVATE_CACHE_CONTROL = 'private, no-store';
export const NO_STORE = 'no-store';

/** Whether an If-None-Match header names this ETag (weak or strong, or `*`). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/**
 * The fast path: an anonymous GET whose answer is in the in-memory cache is answered before the URL is parsed,
 * the request scope made or Apollo called. Returns the status sent, or null to go the whole way.
 */
export function answerCachedGet(req: http.IncomingMessage, res: http.ServerResponse, cache: ResponseCache, headers: () => string[]): number | null {
  const h = req.headers;
  // `preview=`: a preview token's request is never answered from the cache (http/caching.ts).
  if (req.method !== 'GET' || h.authorization !== undefined || !req.url?.startsWith('/graphql?') || req.url.includes('preview=')) return null;
  const hit = cache.getNow(cache.getKey(req.url, h.accept));
  if (!hit) return null;
  const raw: Headers = { get: (n) => h[n] as string | undefined, has: (n) => h[n] !== undefined };
  if (!csrfSafe(raw)) return null;
  return sendCached(req, res, hit, headers());
}

/** What a GraphQL answer varies on: Accept, Authorization, and Origin when CORS set it on the response. */
export function varyOf(res: http.ServerResponse): string {
  const vary = res.getHeader('vary');
  return vary ? `accept, authorization, ${String(vary).toLowerCase()}` : 'accept, authorization';
}

/**
 * Answers from a cached response: 304 when the client already has it. `headers` is a flat name/value list
 * (what writeHead takes without copying it into an object); the entry's own headers are appended here.
 */
export function sendCached(req: http.IncomingMessage, res: http.ServerResponse, hit: CachedResponse, headers: string[]): number {
  headers.push('etag', hit.etag, 'vary', varyOf(res));
  if (notModified(req.headers['if-none-match'], hit.etag)) {
    res.writeHead(304, headers);
    res.end();
    return 304;
  }
  headers.push('content-type', hit.contentType, 'content-length', String(hit.body.length));
  res.writeHead(200, headers);
  res.end(hit.body);
  return 200;
}
