// HTTP caching around the executor: an anonymous read is answered from the response cache when it can be, else
// executed and its answer stored; every answer gets its Cache-Control (public with an ETag, private, or
// no-store), Vary and 304 when the client has it already. Also the headers of a cached hit, for the fast path.
import type { Config } from '../config';
import { etagOf, type ResponseCache } from '../common/cache/response-cache';
import { csrfSafe, notModified, NO_STORE, PRIVATE_CACHE_CONTROL, publicCacheControl, sendCached, varyOf } from '../common/cache/http-caching';
import { API_SECURITY_HEADERS } from './headers';
import type { Execute, GraphqlResult, Respond } from './graphql';

/** The headers every cached hit carries, as the flat list writeHead takes as it is; sendCached adds the rest. */
export function hitHeadersOf(config: Config): (requestId: string) => string[] {
  const hitStatic: string[] = Object.entries({
    ...API_SECURITY_HEADERS,
    'cache-control': publicCacheControl(config.cache.maxAge),
    'x-cache': 'HIT',
    ...(config.benchStats ? { 'x-sql-statements': '0' } : {}),
  }).flat();
  return (requestId) => [...hitStatic, 'x-request-id', requestId];
}

/** `cache`: the response cache to answer from and store in (null: none, or a server that is never cached). */
export function httpCaching(config: Config, cache: ResponseCache | null, hitHeaders: (requestId: string) => string[], execute: Execute): Respond {
  return async (call) => {
    const { req, res, url, request, body } = call;
    const requestId = call.scope.requestId;
    const stats = call.scope;
    // Anonymous reads: answer from the response cache without executing; else note the epoch to store the answer.
    // A preview token's answers are the previewer's alone: never from or into the cache (private, no-store).
    const anonymous = call.viewer.keyId === undefined && call.viewer.previewArticleId === undefined;
    let cacheKey: string | null = null;
    let epoch: string | null = null;
    if (cache && anonymous) {
      cacheKey = cache.keyFor({ method: request.method, rawUrl: req.url ?? '', searchParams: url.searchParams, body, accept: request.headers.get('accept') });
      if (cacheKey && csrfSafe(request.headers)) {
        const hit = await cache.get(cacheKey);
        if (hit) return sendCached(req, res, hit, hitHeaders(requestId));
        epoch = await cache.epoch();
      }
    }

    const result: GraphqlResult = await execute(call);
    const outHeaders: Record<string, string> = { ...result.headers, 'x-request-id': requestId };
    if (config.benchStats) outHeaders['x-sql-statements'] = String(stats?.sqlStatements ?? 0);
    if (result.replayed) outHeaders['idempotent-replayed'] = 'true';

    // Anonymous query answers are public (with an ETag, stored in the response cache); answers for an API key are
    // private; errors and mutations are not stored anywhere.
    outHeaders.vary = varyOf(res);
    const ctx = call.ctx;
    if (!anonymous) {
      outHeaders['cache-control'] = PRIVATE_CACHE_CONTROL;
    } else if (ctx?.cache.cacheable && result.status === 200) {
      const bodyBytes = Buffer.from(result.body);
      const etag = etagOf(bodyBytes);
      outHeaders['cache-control'] = publicCacheControl(config.cache.maxAge);
      outHeaders.etag = etag;
      if (cache && cacheKey && epoch !== null) {
        outHeaders['x-cache'] = 'MISS';
        const contentType = outHeaders['content-type'] ?? 'application/json; charset=utf-8';
        await cache.put(cacheKey, epoch, { body: bodyBytes, etag, contentType }, ctx.cache, stats?.sqlStatements ?? 0);
      }
      if (notModified(req.headers['if-none-match'], etag)) {
        delete outHeaders['content-length'];
        delete outHeaders['content-type'];
        res.writeHead(304, outHeaders);
        res.end();
        return 304;
      }
    } else {
      outHeaders['cache-control'] = NO_STORE;
    }
    res.writeHead(result.status, outHeaders);
    res.end(result.body);
    return result.status;
  };
}
