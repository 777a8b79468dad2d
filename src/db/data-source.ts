// Builds the TypeORM DataSource shared by the app, the migration CLI and the tests.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Article } from '../modules/articles/article.entity';
import { Section } from '../modules/sections/section.entity';
import { Source } from '../modules/sources/source.entity';
import { Citation } from '../modules/citations/citation.entity';
import { Actor } from '../modules/actors/actor.entity';
import { Quote } from '../modules/quotes/quote.entity';
import { Reaction } from '../modules/reactions/reaction.entity';
import { ApiKey } from '../modules/auth/api-key.entity';
import { IdempotencyKey } from '../modules/idempotency/idempotency.entity';
import { ArticleRevision } from '../modules/revisions/revision.entity';

import { ContestedFigure } from '../modules/contested-figures/contested-figure.entity';
import { FigureClaim } from '../modules/contested-figures/figure-claim.entity';
import { Webhook, WebhookDelivery } from '../modules/webhooks/webhook.entity';
import { ArticleContributor, Contributor } from '../modules/contributors/contributor.entity';
import { ArticleTopic, TimelineCitation, Topic, TopicEvent } from '../modules/topics/topic.entity';
import { ArticleRelated } from '../modules/related/article-related.entity';
import { Image } from '../modules/images/image.entity';
import { Correction } from '../modules/corrections/correction.entity';
import { PreviewToken } from '../modules/preview/preview-token.entity';
import { PublishedVersion } from '../modules/updates/published-version.entity';
import { CountingLogger } from './query-stats';
import { listenOnPooledConnections, type ConnectionErrorListener } from './pg-client';
import { ArticleWriteSubscriber, ORIGIN_SETTING } from '../common/cache/invalidation';

export const ENTITIES = [
  Article,
  Section,
  Source,
  Citation,
  Actor,
  Quote,
  Reaction,
  ContestedFigure,
  FigureClaim,
  ApiKey,
  IdempotencyKey,
  ArticleRevision,
  Webhook,
  WebhookDelivery,
  Contributor,
  ArticleContributor,
  Topic,
  ArticleTopic,
  TopicEvent,
  TimelineCitation,
  ArticleRelated,
  Image,
  Correction,
  PreviewToken,
  PublishedVersion,
];

// Under ts-jest and tsx the migrations are .ts files; compiled, they are .js.
const MIGRATIONS = path.join(__dirname, 'migrations', __filename.endsWith('.ts') ? '*.ts' : '*.js');

export interface DataSourceOptions {
  url: string;
  /** Read replicas of `url` (TypeORM replication); only what src/db/replica.ts routes there reads from them. */
  readUrls?: string[];
  poolSize: number;
  applicationName?: string;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** Told of a pooled connection that broke (PostgreSQL gone or restarted); the pool replaces it either way. */
  onConnectionError?: ConnectionErrorListener;
}

/** Each data source's explainer.origin (writerOrigin). */
const origins = new WeakMap<DataSource, string>();

export function createDataSource(opts: DataSourceOptions): DataSource {
  const readUrls = opts.readUrls ?? [];
  const origin = randomUUID();
  const ds = new DataSource({
    type: 'postgres',
    // With replicas TypeORM opens one pool per server, each with `extra` (so DB_POOL_SIZE connections each).
    // defaultMode 'master': TypeORM would send every QueryBuilder/find SELECT to a replica, but an editor, the
    // API key lookup, idempotency and webhooks must read what was just written. Only the read path of anonymous
    // queries asks for a replica, explicitly (replicaManager in src/db/replica.ts).
    ...(readUrls.length
      ? { replication: { master: { url: opts.url }, slaves: readUrls.map((url) => ({ url })), defaultMode: 'master' as const } }
      : { url: opts.url }),
    entities: ENTITIES,
    migrations: [MIGRATIONS],
    migrationsTableName: 'migrations',
    subscribers: [ArticleWriteSubscriber],
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, so any role can migrate.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new CountingLogger(),
    applicationName: opts.applicationName ?? 'explainer-api',
    extra: {
      max: opts.poolSize,
      // UTC sessions: cursors hold timestamps as text and must read back the same on every connection.
      // explainer.origin: which data source wrote, carried by the live events its writes send (writerOrigin).
      options: `-c TimeZone=UTC -c ${ORIGIN_SETTING}=${origin}`,
      // Fail fast when the database is away instead of queueing requests behind dead connections.
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 2000,
      idleTimeoutMillis: opts.idleTimeoutMs ?? 30_000,
      statement_timeout: opts.statementTimeoutMs ?? 10_000,
      keepAlive: true,
      // Each connection gets an 'error' listener as soon as it is up, so that a break never crashes the process
      // (pg-client.ts says when the pool's and TypeORM's own listeners are not in place).
      onConnect: listenOnPooledConnections(opts.onConnectionError),
    },
  });
  origins.set(ds, origin);
  return ds;
}

/**
 * The random id of `ds` that its connections carry as explainer.origin, and so the live events of its writes
 * (null for a data source made elsewhere). A listener of this data source heard its writes at COMMIT already
 * (common/cache/invalidation), and can tell their live events, arriving a few ms later, from other writers'.
 */
export function writerOrigin(ds: DataSource): string | null {
  return origins.get(ds) ?? null;
}

/** The URL of the primary (the one a LISTEN connection or a migration must use). */
export { primaryPool, primaryUrl } from '../common/pg-pool';

export function countingLogger(ds: DataSource): CountingLogger {
  return ds.logger as CountingLogger;
}
