// Where cached responses live: an in-process LRU (one instance), or Redis (REDIS_URL, shared by instances).
// Both keep, per tag (`article:<id>`, `list`), the keys of the responses that depend on it, and an epoch that
// every invalidation bumps: a response computed while a write committed is not stored (set() refuses it),
// so a read that raced a write can never put the old content back after the write has invalidated it.
import { LRUCache } from 'lru-cache';
import Redis from 'ioredis';

export interface CachedResponse {
  body: Buffer;
  etag: string;
  contentType: string;
}

export interface ResponseStore {
  /** The current epoch; pass it to set() for a response computed from now on. */
  epoch(): Promise<string>;
  get(key: string): Promise<CachedResponse | undefined>;
  /** Stores unless an invalidation happened since `epoch`; whether it stored. */
  set(key: string, value: CachedResponse, tags: string[], epoch: string): Promise<boolean>;
  /** Drops every response carrying one of `tags`. */
  invalidate(tags: string[]): Promise<void>;
  close(): Promise<void>;
}

export class MemoryStore implements ResponseStore {
  private n = 0;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly tagsOf = new Map<string, string[]>();
  private readonly lru: LRUCache<string, CachedResponse>;

  constructor(opts: { maxBytes: number; ttlSeconds: number }) {
    this.lru = new LRUCache<string, CachedResponse>({
      maxSize: opts.maxBytes,
      sizeCalculation: (v, k) => v.body.length + k.length + 64,
      ttl: opts.ttlSeconds * 1000,
      // evicted or expired: forget its tags too
      dispose: (_v, k) => this.untag(k),
    });
  }

  private untag(key: string): void {
    for (const tag of this.tagsOf.get(key) ?? []) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
    this.tagsOf.delete(key);
  }

  async epoch(): Promise<string> {
    return String(this.n);
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    return this.lru.get(key);
  }

  getNow(key: string): CachedResponse | undefined {
    return this.lru.get(key);
  }

  async set(key: string, value: CachedResponse, tags: string[], epoch: string): Promise<boolean> {
    if (epoch !== String(this.n)) return false;
    this.lru.set(key, value);
    if (!this.lru.has(key)) return false; // larger than the whole cache
    this.tagsOf.set(key, tags);
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    return true;
  }

  async invalidate(tags: string[]): Promise<void> {
    this.n++;
    for (const tag of tags) {
      for (const key of [...(this.byTag.get(tag) ?? [])]) this.lru.delete(key);
      this.byTag.delete(tag);
    }
  }

  /** Forgets every response (and refuses responses computed before). */
  clear(): void {
    this.n++;
    this.lru.clear();
    this.byTag.clear();
    this.tagsOf.clear();
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}

// Compare-and-set on the epoch, and invalidation (epoch bump + deletes), each atomic in Redis.
const SET_SCRIPT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
for i = 4, #ARGV do
  redis.call('SADD', ARGV[i], KEYS[2])
  if redis.call('TTL', ARGV[i]) < tonumber(ARGV[3]) then redis.call('EXPIRE', ARGV[i], ARGV[3]) end
end
return 1`;

const INVALIDATE_SCRIPT = `
redis.call('INCR', KEYS[1])
for i = 1, #ARGV do
  local keys = redis.call('SMEMBERS', ARGV[i])
  for j = 1, #keys, 500 do redis.call('DEL', unpack(keys, j, math.min(j + 499, #keys))) end
  redis.call('DEL', ARGV[i])
end
return 1`;

type ScriptedRedis = Redis & {
  rcSet(epochKey: string, key: string, expected: string, value: string, ttl: number, ...tags: string[]): Promise<number>;
  rcInvalidate(epochKey: string, ...tags: string[]): Promise<number>;
};

export class RedisStore implements ResponseStore {
  private readonly redis: ScriptedRedis;
  private readonly epochKey: string;

  constructor(
    url: string,
    private readonly opts: { ttlSeconds: number; prefix?: string },
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }) as ScriptedRedis;
    this.redis.defineCommand('rcSet', { numberOfKeys: 2, lua: SET_SCRIPT });
    this.redis.defineCommand('rcInvalidate', { numberOfKeys: 1, lua: INVALIDATE_SCRIPT });
    this.epochKey = `${this.prefix}epoch`;
  }

  private get prefix(): string {
    return this.opts.prefix ?? 'explainer:rc:';
  }

  /** The shared Redis client (the persisted-query cache uses it too). */
  get client(): Redis {
    return this.redis;
  }

  async epoch(): Promise<string> {
    return (await this.redis.get(this.epochKey)) ?? '0';
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    const raw = await this.redis.getBuffer(`${this.prefix}r:${key}`);
    if (!raw) return undefined;
    // etag \n content-type \n body
    const a = raw.indexOf(10);
    const b = raw.indexOf(10, a + 1);
    return { etag: raw.subarray(0, a).toString(), contentType: raw.subarray(a + 1, b).toString(), body: raw.subarray(b + 1) };
  }

  async set(key: string, value: CachedResponse, tags: string[], epoch: string): Promise<boolean> {
    const packed = Buffer.concat([Buffer.from(`${value.etag}\n${value.contentType}\n`), value.body]);
    const done = await this.redis.rcSet(
      this.epochKey,
      `${this.prefix}r:${key}`,
      epoch,
      packed as unknown as string,
      this.opts.ttlSeconds,
      ...tags.map((t) => `${this.prefix}t:${t}`),
    );
    return done === 1;
  }

  async invalidate(tags: string[]): Promise<void> {
    await this.redis.rcInvalidate(this.epochKey, ...tags.map((t) => `${this.prefix}t:${t}`));
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
