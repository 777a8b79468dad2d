// Rate limits per API key and per client IP (rate-limiter-flexible): a sustained rate per second plus a burst
// allowance per 10 s, in memory or in Redis (shared by all instances) when REDIS_URL is set.
import Redis from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import type { Config } from '../config';

export interface RateLimitVerdict {
  allowed: boolean;
  /** Seconds to wait, when refused. */
  retryAfter: number;
}

export interface RateLimiter {
  consume(subject: { keyId?: string; ip: string }): Promise<RateLimitVerdict>;
  close(): Promise<void>;
}

type Limits = { perSecond: number; burst: number };

export function createRateLimiter(config: Config, logger: Logger): RateLimiter {
  if (!config.rateLimit.enabled) {
    return { consume: async () => ({ allowed: true, retryAfter: 0 }), close: async () => undefined };
  }
  const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable: rate limits fall back to memory'));

  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const keyPrefix = `explainer-rl-${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    // When Redis cannot be reached, each instance limits on its own rather than letting everything through.
    return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory }) : memory;
  };
  const limiter = (name: string, l: Limits) => {
    const steady = make(name, l.perSecond, config.rateLimit.windowSeconds);
    return l.burst > 0 ? new BurstyRateLimiter(steady, make(`${name}-burst`, l.burst, 10)) : steady;
  };
  const anonymous = limiter('ip', config.rateLimit.anonymous);
  const keyed = limiter('key', config.rateLimit.apiKey);

  return {
    async consume({ keyId, ip }) {
      try {
        await (keyId ? keyed.consume(keyId) : anonymous.consume(ip));
        return { allowed: true, retryAfter: 0 };
      } catch (res) {
        if (res instanceof RateLimiterRes) return { allowed: false, retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
        logger.warn({ err: res }, 'rate limiter failed; request allowed');
        return { allowed: true, retryAfter: 0 };
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
