// What runs beside the requests, started and stopped here: the live hub (every instance's writes as events), the
// webhook dispatcher, the job queue of scheduled publishing, the replica monitor and the response cache's invalidation. A committed write's events flow
// down to these listeners (common/cache/invalidation, the live transport); nothing calls back into the server.
import type { DataSource } from 'typeorm';
import type { ClientConfig } from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { ResponseCache } from '../common/cache/response-cache';
import { onArticlesWritten, publishEventsAfterCommit } from '../common/cache/invalidation';
import { primaryUrl, writerOrigin } from '../db/data-source';
import { hasReplicas, monitorReplicas, onReplicaWarning, replicasReplayed } from '../db/replica';
import { LiveHub } from '../modules/live/live.events';
import { WebhookDispatcher } from '../modules/webhooks/webhook.dispatcher';
import { startJobQueue } from '../modules/scheduling/schedule.jobs';
import type { Metrics } from '../ops/metrics';

export interface Lifecycle {
  live: LiveHub;
  webhooks: WebhookDispatcher;
  /** Stops every listener, then closes the cache, the dispatcher and the hub. */
  stop(): Promise<void>;
}

/** Connection settings for the LISTEN client: those of the data source's pool. */
function listenConfig(ds: DataSource): ClientConfig {
  const options = ds.options as { extra?: { options?: string; connectionTimeoutMillis?: number } };
  return { connectionString: primaryUrl(ds), options: options.extra?.options, connectionTimeoutMillis: options.extra?.connectionTimeoutMillis };
}

/** Drops a write's answers from the cache again once the read replicas have replayed it. */
function afterReplay(config: Config, dataSource: DataSource, cache: ResponseCache, stopped: () => boolean): (ids: string[]) => void {
  // A read answered by a replica between the write and its replay may have stored the old answer (db/replica.ts).
  // A replica left out for lag is read from again once it has replayed what the primary had that long ago: wait a
  // little longer than that (no limit: a minute).
  const maxWaitMs = config.database.readMaxLagSeconds > 0 ? (config.database.readMaxLagSeconds + 5) * 1000 : 60_000;
  return (ids) => {
    if (!hasReplicas(dataSource)) return;
    void replicasReplayed(dataSource, { maxWaitMs, pollMs: 20, stopped }).then(() => (stopped() ? undefined : cache.articlesWritten(ids)));
  };
}

export async function startLifecycle(opts: {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  cache: ResponseCache | null;
  metrics: Metrics;
}): Promise<Lifecycle> {
  const { config, dataSource, logger, cache, metrics } = opts;
  let stopped = false;
  const stops: (() => void)[] = [];
  // This instance's own writes: their answers are dropped after COMMIT, before the mutation's response leaves.
  if (cache) stops.push(onArticlesWritten(dataSource, (ids) => cache.articlesWritten(ids)));
  // Without replicas, both are no-ops. Every DATABASE_READ_MONITOR_MS: a replica too far behind is left out until it catches up; one
  // that answers again is used again.
  stops.push(onReplicaWarning(dataSource, (detail, msg) => logger.warn(detail, msg)));
  stops.push(monitorReplicas(dataSource, { everyMs: config.database.readMonitorMs, maxLagSeconds: config.database.readMaxLagSeconds, timeoutMs: 1500 }));

  // Live events of every instance's writes: LISTEN on a dedicated connection (postgres transport) or SUBSCRIBE to
  // Redis (redis transport, published after COMMIT by the writing instance); graphql-ws serves them.
  const live = new LiveHub(
    config.live.transport === 'redis'
      ? { transport: 'redis', redisUrl: config.live.redisUrl! }
      : { transport: 'postgres', pg: listenConfig(dataSource), heartbeatMs: config.live.listenHeartbeatMs },
    logger,
  );
  await live.start();
  live.onEvent(() => metrics.liveEvent(live.transport));
  const publisher = live.publisher;
  if (publisher) stops.push(publishEventsAfterCommit(dataSource, publisher));
  if (cache) {
    // Every instance hears every write as a live event, its own included. An in-memory cache is this instance's
    // alone: other instances' writes (and CLI imports) reach it this way, a few ms after their COMMIT. A Redis cache
    // is shared and was invalidated by the writer before its mutation answered. With read replicas, either kind
    // drops the write's answers again once they have replayed it.
    // This instance's own writes were dropped at their COMMIT (above): their events, a few ms later, would drop the
    // answers read since then, fresh ones, again.
    const replayed = afterReplay(config, dataSource, cache, () => stopped);
    const own = writerOrigin(dataSource);
    stops.push(
      live.onEvent((e) => {
        if (!cache.shared && (own === null || e.origin !== own)) void cache.articlesWritten([e.articleId]);
        replayed([e.articleId]);
      }),
    );
    // Events missed while the transport reconnected may have been writes: an in-memory cache forgets everything.
    stops.push(live.onGap(() => cache.forgetLocal()));
  }
  // Webhooks: this instance delivers its share of the outbox; a write that queued deliveries wakes it.
  const webhooks = new WebhookDispatcher(dataSource, config.webhooks, logger);
  if (config.webhooks.dispatch) {
    live.onEvent((e) => e.outbox > 0 && webhooks.poke());
    webhooks.start();
  }
  // Scheduled publish/unpublish and embargo ends (graphile-worker); its schema is installed even when JOBS_ENABLED=false.
  const jobs = await startJobQueue(config, dataSource, logger);

  return {
    live,
    webhooks,
    async stop() {
      stopped = true;
      // a running task finishes its write (and its announcements) before the listeners, the cache and the hub go
      await jobs.stop();
      for (const stop of stops) stop();
      await cache?.close();
      await webhooks.stop();
      await live.close();
    },
  };
}
