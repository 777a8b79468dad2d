// Reads of articles: each root field is one SQL statement built from the GraphQL selection.
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Context } from '../../context';
import { BadUserInputError } from '../../common/errors';
import { fromGlobalId } from '../../common/node';
import { findOne, findOneTree, findPage, ownRowRead } from '../../common/sql/run';
import type { SqlBuilder } from '../../common/sql/json-query';
import type { ArticleArgs, ArticlesArgs } from './article.dto';
import type { ReadBack } from './article-write.service';
import { isoDay } from '../../common/dates';

export const articleService = {
  async get(ctx: Context, info: GraphQLResolveInfo, args: ArticleArgs): Promise<unknown> {
    const bySlug = args.slug != null;
    const byId = args.id != null;
    if (bySlug === byId) {
      throw new BadUserInputError('article: give exactly one of `slug` or `id`', { arguments: ['slug', 'id'] });
    }
    if (byId) {
      const decoded = fromGlobalId(args.id!);
      if (!decoded || decoded.type !== 'Article') throw new BadUserInputError('article: `id` is not an Article id', { argument: 'id' });
      return findOne(ctx, info, 'Article', articleIdIs(decoded.id));
    }
    return findOne(ctx, info, 'Article', (t, b) => {
      // A pending working copy keeps its article's slug: the slug names the article, never the copy.
      // (the partial unique index on slug WHERE draft_of IS NULL answers both forms)
      if (!b.viewer.previewArticleId) return [`${t}.slug = ${b.param(args.slug, 'text')}`, `${t}.draft_of IS NULL`];
      const live = `SELECT a.id FROM article a WHERE a.slug = ${b.param(args.slug, 'text')} AND a.draft_of IS NULL`;
      return [`${t}.id = (${previewed(b, live)})`];
    });
  },

  list(ctx: Context, info: GraphQLResolveInfo, args: ArticlesArgs): Promise<unknown> {
    checkArticleFilter(args.filter);
    return findPage(ctx, info, 'ArticleConnection', args);
  },

  /** The article with this (raw) id as the selection asks for it; null when the viewer may not see it. */
  byId(ctx: Context, info: GraphQLResolveInfo, articleId: string): Promise<unknown> {
    return findOne(ctx, info, 'Article', idIs(articleId));
  },

  /** byId for a selection already parsed (a payload's `article` field). */
  byIdTree(ctx: Context, tree: ResolveTree, articleId: string): Promise<unknown> {
    return findOneTree(ctx, tree, 'Article', idIs(articleId));
  },

  /** The article as the mutation's selection asks for it, read inside the write's transaction (editors see drafts). */
  readBack(ctx: Context, info: GraphQLResolveInfo): ReadBack<unknown> {
    const read = (m: EntityManager, articleId: string) => findOne({ ...ctx, db: m }, info, 'Article', idIs(articleId));
    // (a write that has the article's row in its statement reads a selection of its own columns there)
    return Object.assign(read, { inStatement: (alias: string) => ownRowRead<unknown>(ctx, info, 'Article', alias) });
  },
};

const idIs = (articleId: string) => (t: string, b: SqlBuilder) => [`${t}.id = ${b.param(articleId, 'uuid')}`];

/**
 * The article a lookup names (`live`: a SELECT of its id, one column `id`), or, for a viewer with a preview
 * token of that article, its pending working copy when it has one: the preview shows the next version. One
 * expression inside the lookup's statement.
 */
function previewed(b: SqlBuilder, live: string): string {
  const preview = b.viewer.previewArticleId;
  if (!preview) return live;
  return `SELECT coalesce((SELECT c.id FROM article c WHERE c.draft_of = l.id AND l.id = ${b.param(preview, 'uuid')}), l.id) FROM (${live}) l`;
}

/** Lookup of an article by its (raw) id as a client asks for it: article(id:) and node(id:). */
export const articleIdIs = (articleId: string) => (t: string, b: SqlBuilder) =>
  b.viewer.previewArticleId ? [`${t}.id = (${previewed(b, `SELECT ${b.param(articleId, 'uuid')} AS id`)})`] : [`${t}.id = ${b.param(articleId, 'uuid')}`];

/** Refuses date ranges that end before they start (`articles` and `search` take the same filter). */
export function checkArticleFilter(filter: ArticlesArgs['filter']): void {
  const range = filter?.eventDate;
  if (range?.from && range.to && isoDay(range.from)! > isoDay(range.to)!) {
    throw new BadUserInputError('filter.eventDate: `from` is after `to`', { argument: 'filter.eventDate' });
  }
  const pub = filter?.publishedAt;
  if (pub?.from && pub.to && pub.from > pub.to) {
    throw new BadUserInputError('filter.publishedAt: `from` is after `to`', { argument: 'filter.publishedAt' });
  }
}
