// How Article and ArticleConnection are read: one SQL expression per selection (see common/sql/json-query).
import { defineConnection, defineObject, type SqlBuilder, type ReadSpec } from '../../common/sql/json-query';
import { articleListed, articleVisible } from '../visibility.read';
import { pendingRelations } from './pending.read';
import { updatesRelations } from './updates.read';
import { isoDay } from '../../common/dates';
import { sourceIdsOf } from '../sources/source.read';
import { articleContributors, articleHasTopic, articleRelated, articleTopics, bylineOf } from './article-news.read';
import { articleImageRelations } from '../images/image.read';
import { articleCorrectionRelations } from '../corrections/correction.read';
import { articleDistributionScalars } from '../distribution/article-extras.read';

// Where sources are used lives with the sources feature (articles -> sources, never the reverse).
export { sourceIdsOf };

/** The rows of `table` (items of sections) in all the article's sections, in section then item order. */
const inArticleSections =
  (table: string) =>
  ({ parent, child }: { parent: string; child: string }) => ({
    from: `${table} ${child} JOIN section ${child}_s ON ${child}_s.id = ${child}.section_id`,
    where: [`${child}_s.article_id = ${parent}.id`],
    orderBy: `${child}_s.position, ${child}.position`,
  });

const articleObject = defineObject({
  type: 'Article',
  table: 'article',
  tagsCache: true,
  interfaces: ['Node'],
  scalars: {
    slug: (a) => `${a}.slug`,
    headline: (a) => `${a}.headline`,
    summary: (a) => `${a}.summary`,
    status: (a) => `${a}.status`,
    eventDate: (a) => `${a}.event_date`,
    publishedAt: (a) => `${a}.published_at`,
    createdAt: (a) => `${a}.created_at`,
    updatedAt: (a) => `${a}.updated_at`,
    version: (a) => `${a}.version`,
    byline: bylineOf,
    ...articleDistributionScalars,
    embargoUntil: (a) => `${a}.embargo_until`,
    publishAt: (a) => `${a}.publish_at`,
    unpublishAt: (a) => `${a}.unpublish_at`,
  },
  relations: {
    ...articleImageRelations,
    ...articleCorrectionRelations,
    sections: {
      kind: 'many',
      target: 'Section',
      hasArgs: true,
      source: ({ parent, child, args, b }) => ({
        from: `section ${child}`,
        where: [`${child}.article_id = ${parent}.id`, ...(args.keys != null ? [`${child}.key = ANY(${b.param(args.keys, 'text[]')})`] : [])],
        orderBy: `${child}.position`,
      }),
    },
    section: {
      kind: 'one',
      target: 'Section',
      hasArgs: true,
      source: ({ parent, child, args, b }) => ({
        from: `section ${child}`,
        where: [`${child}.article_id = ${parent}.id`, `${child}.key = ${b.param(args.key, 'text')}`],
      }),
    },
    sources: {
      kind: 'many',
      target: 'Source',
      source: ({ parent, child }) => ({
        from: `source ${child}`,
        where: [`${child}.id IN ${sourceIdsOf(`s.article_id = ${parent}.id`)}`],
        orderBy: `${child}.name`,
      }),
    },
    quotes: { kind: 'many', target: 'Quote', source: inArticleSections('quote') },
    reactions: { kind: 'many', target: 'Reaction', source: inArticleSections('reaction') },
    contestedFigures: { kind: 'many', target: 'ContestedFigure', source: inArticleSections('contested_figure') },
    contributors: articleContributors,
    topics: articleTopics,
    related: articleRelated,
    // The revisions feature reads ArticleRevision; the connection is named here, by its type name.
    revisions: {
      kind: 'connection',
      target: 'ArticleRevision',
      connection: 'ArticleRevisionConnection',
      parentWhere: (parent, child) => `${child}.article_id = ${parent}.id`,
    },
    // Staged edits (Article.pending, pendingChanges) and what changed for readers (updates, changesSince).
    ...pendingRelations,
    ...updatesRelations,
  },
  visible: articleVisible,
});

export interface ArticleListArgs {
  filter?: {
    status?: string | null;
    sourceName?: string | null;
    actorName?: string | null;
    eventDate?: { from?: string | Date | null; to?: string | Date | null } | null;
    publishedAt?: { from?: Date | null; to?: Date | null } | null;
    topic?: string | null;
    contributor?: string | null;
  } | null;
  orderBy?: { field?: 'PUBLISHED_AT' | 'EVENT_DATE'; direction?: 'ASC' | 'DESC' } | null;
}

export function articleFilters(t: string, args: ArticleListArgs, b: SqlBuilder): string[] {
  const where: string[] = [articleListed(t, b)];
  const f = args.filter ?? {};
  if (f.status) where.push(`${t}.status = ${b.param(f.status, 'article_status')}`);
  if (f.sourceName) {
    where.push(
      `EXISTS (SELECT 1 FROM source fs WHERE lower(fs.name) = lower(${b.param(f.sourceName, 'text')}) AND fs.id IN ${sourceIdsOf(`s.article_id = ${t}.id`)})`,
    );
  }
  if (f.actorName) {
    const name = b.param(f.actorName, 'text');
    where.push(`EXISTS (SELECT 1 FROM section s JOIN actor fa ON lower(fa.name) = lower(${name})
      WHERE s.article_id = ${t}.id AND (
        EXISTS (SELECT 1 FROM reaction r WHERE r.section_id = s.id AND r.actor_id = fa.id)
        OR EXISTS (SELECT 1 FROM quote q WHERE q.section_id = s.id AND q.speaker_id = fa.id)))`);
  }
  if (f.eventDate?.from) where.push(`${t}.event_date >= ${b.param(isoDay(f.eventDate.from), 'date')}`);
  if (f.eventDate?.to) where.push(`${t}.event_date <= ${b.param(isoDay(f.eventDate.to), 'date')}`);
  if (f.publishedAt?.from) where.push(`${t}.published_at >= ${b.param(f.publishedAt.from, 'timestamptz')}`);
  if (f.publishedAt?.to) where.push(`${t}.published_at <= ${b.param(f.publishedAt.to, 'timestamptz')}`);
  if (f.topic) where.push(articleHasTopic(t, b.param(f.topic, 'text')));
  if (f.contributor) {
    where.push(
      `EXISTS (SELECT 1 FROM article_contributor fac JOIN contributor fco ON fco.id = fac.contributor_id WHERE fac.article_id = ${t}.id AND fco.slug = ${b.param(f.contributor, 'text')})`,
    );
  }
  return where;
}

const ARTICLE_ORDERS = {
  PUBLISHED_AT_DESC: {
    direction: 'DESC' as const,
    keys: [
      { expr: (a: string) => `coalesce(${a}.published_at, '-infinity'::timestamptz)`, cast: 'timestamptz' as const },
      { expr: (a: string) => `${a}.id`, cast: 'uuid' as const },
    ],
  },
  EVENT_DATE_DESC: {
    direction: 'DESC' as const,
    keys: [
      { expr: (a: string) => `coalesce(${a}.event_date, '-infinity'::date)`, cast: 'date' as const },
      { expr: (a: string) => `${a}.id`, cast: 'uuid' as const },
    ],
  },
};

export const articleOrders = {
  ...ARTICLE_ORDERS,
  PUBLISHED_AT_ASC: { ...ARTICLE_ORDERS.PUBLISHED_AT_DESC, direction: 'ASC' as const },
  EVENT_DATE_ASC: { ...ARTICLE_ORDERS.EVENT_DATE_DESC, direction: 'ASC' as const },
};

export const articleOrderKey = (args: ArticleListArgs): string => `${args.orderBy?.field ?? 'PUBLISHED_AT'}_${args.orderBy?.direction ?? 'DESC'}`;

const articleConnection = defineConnection({
  type: 'ArticleConnection',
  edgeType: 'ArticleEdge',
  target: 'Article',
  from: (t) => `article ${t}`,
  where: (t, args, b) => articleFilters(t, args as ArticleListArgs, b),
  orders: articleOrders,
  orderKey: (args) => articleOrderKey(args as ArticleListArgs),
});

/** The read spec of this feature, registered by src/schema.ts. */
export const articleReads: ReadSpec = { objects: [articleObject], connections: [articleConnection] };
