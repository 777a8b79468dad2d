// Response cache for anonymous reads. A response is keyed by its operation (the persisted-query hash, or the
// sha256 of the query text), operation name, variables and response media type, and tagged by what it depends
// on: `article:<id>` when every statement of the request was an `article(...)` lookup that found its article
// (the whole tree under it belongs to that article; sources and actors are never changed in place by the API),
// otherwise `list`. A committed write of articles drops their tags and `list` (see invalidation.ts).
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { MemoryStore, RedisStore, type CachedResponse, type ResponseStore } from './stores';

export type { CachedResponse };

/** What a request's statements touched, filled by the read path (common/sql/run.ts calls `tag`). */
export interface CacheTags {
  articles: Set<string>;
  /** Statements that were article lookups with a known id. */
  precise: number;
  /** Set by the plugin when the operation is a query answered without errors. */
  cacheable: boolean;
  /** Set by a resolver whose answer must not be stored (it changes without a write to announce it, e.g. the changes feed). */
  noStore?: boolean;
  /** A root statement read this one object and nothing beyond its tree. */
  tag(type: string, id: string): void;
}

export function newCacheTags(): CacheTags {
  const tags: CacheTags = {
    articles: new Set(),
    precise: 0,
    cacheable: false,
    tag(type, id) {
      // Only article trees are tagged: everything under an article belongs to it.
      if (type !== 'Article') return;
      tags.articles.add(id);
      tags.precise++;
    },
  };
  return tags;
}

/** The subset of Apollo's KeyValueCache the persisted-query cache needs. */
export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export interface RequestParts {
  method: string;
  /** Path and query string as received (a GET's key). */
  rawUrl: string;
  searchParams: URLSearchParams;
  body: unknown;
  accept: string | undefined;
}

// Apollo answers with the media type the client prefers: it is part of the response.
const mediaOf = (accept: string | undefined) => ((accept ?? '').includes('application/graphql-response+json') ? 'gr' : 'j');

export class ResponseCache {
  constructor(
    private readonly store: ResponseStore,
    private readonly logger: Logger,
  ) {}

  static create(config: Config, logger: Logger): ResponseCache | null {
    if (!config.cache.enabled) return null;
    const store = config.cache.redisUrl
      ? new RedisStore(config.cache.redisUrl, { ttlSeconds: config.cache.ttlSeconds })
      : new MemoryStore({ maxBytes: config.cache.maxBytes, ttlSeconds: config.cache.ttlSeconds });
    return new ResponseCache(store, logger);
  }

  /** Whether every instance uses this store (Redis), so that the writer's invalidation is enough. */
  get shared(): boolean {
    return this.store instanceof RedisStore;
  }

  /** Apollo's persisted-query cache in the same Redis, so that every instance knows every hash; else Apollo's own. */
  persistedQueries(): KeyValueStore | undefined {
    if (!(this.store instanceof RedisStore)) return undefined;
    const redis = this.store.client;
    const prefix = 'explainer:apq:';
    return {
      get: async (key) => (await redis.get(prefix + key)) ?? undefined,
      set: async (key, value, options) => {
        if (options?.ttl) await redis.set(prefix + key, value, 'EX', options.ttl);
        else await redis.set(prefix + key, value);
      },
      delete: async (key) => (await redis.del(prefix + key)) > 0,
    };
  }

  /** The cache key of a GraphQL request, or null when it cannot be a cached query. */
  keyFor(req: RequestParts): string | null {
    let query: unknown;
    let operationName: unknown;
    let variables: string;
    let extensions: unknown;
    if (req.method === 'GET') {
      const p = req.searchParams;
      query = p.get('query') ?? undefined;
      operationName = p.get('operationName') ?? '';
      variables = p.get('variables') ?? '';
      extensions = p.get('extensions') ?? undefined;
      if (typeof extensions === 'string') {
        try {
          extensions = JSON.parse(extensions);
        } catch {
          return null;
        }
      }
    } else if (req.method === 'POST' && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
      const b = req.body as Record<string, unknown>;
      query = b.query;
      operationName = b.operationName ?? '';
      variables = b.variables == null ? '' : JSON.stringify(b.variables);
      extensions = b.extensions;
    } else {
      return null;
    }
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    let document: string;
    // A query sent with its hash registers the hash with Apollo: it must reach Apollo, not the cache.
    if (typeof query === 'string' && hash !== undefined) return null;
    if (typeof query === 'string') document = sha256(query);
    else if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) document = hash;
    else return null;
    if (typeof operationName !== 'string') return null;
    // A GET is keyed by its URL as sent, so that a cached one is found before the URL is even parsed.
    if (req.method === 'GET') return this.getKey(req.rawUrl, req.accept);
    return sha256(`${document}\n${operationName}\n${variables}\n${mediaOf(req.accept)}`);
  }

  /** The key of a GET request; entries exist only for GETs that keyFor() accepted. */
  getKey(rawUrl: string, accept: string | undefined): string {
    // The URL itself, not a hash of it: a hit costs no hashing (URLs are bounded by Node's header size limit).
    return `GET ${mediaOf(accept)} ${rawUrl}`;
  }

  /** A cached response when the store answers at once (in memory); undefined otherwise. */
  getNow(key: string): CachedResponse | undefined {
    return this.store instanceof MemoryStore ? this.store.getNow(key) : undefined;
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      return await this.store.get(key);
    } catch (err) {
      this.logger.warn({ err }, 'response cache unavailable: reading through');
      return undefined;
    }
  }

  /** Call before executing a request whose response may be stored: a write committed meanwhile refuses it. */
  async epoch(): Promise<string | null> {
    try {
      return await this.store.epoch();
    } catch (err) {
      this.logger.warn({ err }, 'response cache unavailable: reading through');
      return null;
    }
  }

  /** Stores a successful query response; `statements` is how many SQL statements the request sent. */
  async put(key: string, epoch: string, response: CachedResponse, tags: CacheTags, statements: number): Promise<void> {
    const precise = statements === tags.precise;
    const list = precise ? [...tags.articles].map((id) => `article:${id}`) : ['list'];
    try {
      await this.store.set(key, response, list, epoch);
    } catch (err) {
      this.logger.warn({ err }, 'response cache unavailable: not stored');
    }
  }

  /** Forgets every response that showed one of these articles, and every list. */
  async articlesWritten(ids: string[]): Promise<void> {
    try {
      await this.store.invalidate(['list', ...ids.map((id) => `article:${id}`)]);
    } catch (err) {
      // Entries expire after RESPONSE_CACHE_TTL_SECONDS at the latest.
      this.logger.error({ err, articles: ids }, 'response cache: invalidation failed');
    }
  }

  /**
   * Forgets everything this instance's own store holds (an in-memory store; a shared store is invalidated by every
   * writer). For when this instance may have missed other instances' writes: its live events had a gap.
   */
  forgetLocal(): void {
    if (this.store instanceof MemoryStore) this.store.clear();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
