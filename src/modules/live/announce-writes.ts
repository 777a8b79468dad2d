// Processes that write without serving (the CLI's import and seed) announce their writes as a server does, so that
// running instances see them: with a Redis cache they drop what the writes made stale, and with the redis live
// transport they publish the events after COMMIT (with the postgres transport the writes' pg_notify does both).
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { ResponseCache } from '../../common/cache/response-cache';
import { onArticlesWritten, publishEventsAfterCommit } from '../../common/cache/invalidation';
import { RedisPublisher } from './live.events';

/** Registers the announcements on `ds`; the returned close() unregisters them and closes their connections. */
export function announceWrites(config: Config, ds: DataSource, logger: Logger): { close: () => Promise<void> } {
  const closers: (() => Promise<void> | void)[] = [];
  const cache = config.cache.redisUrl ? ResponseCache.create(config, logger) : null;
  if (cache) {
    const stop = onArticlesWritten(ds, (ids) => cache.articlesWritten(ids));
    closers.push(stop, () => cache.close());
  }
  if (config.live.transport === 'redis') {
    const publisher = new RedisPublisher(config.live.redisUrl!, logger);
    const stop = publishEventsAfterCommit(ds, publisher.publish);
    closers.push(stop, () => publisher.close());
  }
  return {
    close: async () => {
      for (const c of closers) await c();
    },
  };
}
