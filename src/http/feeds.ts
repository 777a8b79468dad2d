// Plain-HTTP distribution outputs: /feeds/explainers.{rss,atom,json}, /feeds/topics/<slug>.{rss,atom,json}, /sitemaps/news.xml, /sitemaps/explainers.xml
// and its pages /sitemaps/explainers-<n>.xml. Public (drafts never appear, whoever asks), rate-limited as anonymous
// reads, kept in the response cache per path (dropped by every committed article write, like every list), with a
// strong ETag, 304 on If-None-Match and Cache-Control.
import type http from 'node:http';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestScope } from '../common/request-scope';
import { requestManager } from '../db/request-manager';
import type { Config } from '../config';
import { etagOf, newCacheTags, type ResponseCache } from '../common/cache/response-cache';
import { notModified, publicCacheControl } from '../common/cache/http-caching';
import { distributionService, type Document } from '../modules/distribution/distribution.service';
import type { FeedFormat } from '../modules/distribution/feed.builder';
import type { Gate } from './gate';
import { admitAnonymousRead, HttpError } from './http-error';
import { API_SECURITY_HEADERS } from './headers';

const FEED = /^\/feeds\/explainers\.(rss|atom|json)$/;
const TOPIC_FEED = /^\/feeds\/topics\/([a-z0-9][a-z0-9-]{0,199})\.(rss|atom|json)$/;
const SITEMAP_PAGE = /^\/sitemaps\/explainers-([1-9][0-9]{0,6})\.xml$/;

/** Whether `path` is one of the distribution outputs. */
export function isDistributionPath(path: string): boolean {
  return FEED.test(path) || TOPIC_FEED.test(path) || SITEMAP_PAGE.test(path) || path === '/sitemaps/news.xml' || path === '/sitemaps/explainers.xml';
}

/** The document at `path`, or null when there is none (a sitemap page past the last, an unknown or unseen topic). */
function render(db: EntityManager, path: string): Promise<Document | null> {
  const feed = FEED.exec(path);
  if (feed) return distributionService.explainersFeed(db, feed[1] as FeedFormat);
  const topic = TOPIC_FEED.exec(path);
  if (topic) return distributionService.topicFeed(db, topic[2] as FeedFormat, topic[1]);
  if (path === '/sitemaps/news.xml') return distributionService.newsSitemap(db);
  if (path === '/sitemaps/explainers.xml') return distributionService.explainersSitemap(db, null);
  const page = SITEMAP_PAGE.exec(path);
  return distributionService.explainersSitemap(db, Number(page![1]));
}

export function distributionEndpoint(config: Config, dataSource: DataSource, gate: Gate, cache: ResponseCache | null) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, path: string, scope: RequestScope): Promise<number> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${path}: GET or HEAD`, {}, { allow: 'GET, HEAD' });
    // Everyone reads these as a reader does; an Authorization header changes nothing but is not needed.
    await admitAnonymousRead(gate, req);
    const key = `DIST ${path}`;
    let hit = cache ? await cache.get(key) : undefined;
    let state = 'HIT';
    if (!hit) {
      state = cache ? 'MISS' : 'BYPASS';
      // The epoch taken before reading: a write committed meanwhile keeps this answer out of the cache.
      const epoch = cache ? await cache.epoch() : null;
      const doc = await render(requestManager(dataSource, scope), path);
      if (!doc) throw new HttpError(404, 'NOT_FOUND', `nothing at ${path}`);
      const body = Buffer.from(doc.body);
      hit = { body, etag: etagOf(body), contentType: doc.contentType };
      // Tagged `list` (no precise statement): every committed write of an article drops it.
      if (cache && epoch !== null) await cache.put(key, epoch, hit, newCacheTags(), 1);
    }
    const headers: Record<string, string> = {
      ...API_SECURITY_HEADERS,
      // Feeds and sitemaps are read from anywhere (feed readers, crawlers, other sites' widgets).
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': publicCacheControl(config.cache.maxAge),
      etag: hit.etag,
      'x-cache': state,
    };
    if (notModified(req.headers['if-none-match'], hit.etag)) {
      res.writeHead(304, headers);
      res.end();
      return 304;
    }
    res.writeHead(200, { ...headers, 'content-type': hit.contentType, 'content-length': String(hit.body.length) });
    res.end(req.method === 'HEAD' ? undefined : hit.body);
    return 200;
  };
}
