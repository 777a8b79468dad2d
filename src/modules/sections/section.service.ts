// Reads of sections outside an article's tree (a subscription's changed sections).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findMany } from '../../common/sql/run';

export const sectionService = {
  /** The article's sections with these keys, in article order, as the selection asks for them. */
  byKeys(ctx: Context, info: GraphQLResolveInfo, articleId: string, keys: string[]): Promise<unknown[]> {
    return findMany(
      ctx,
      info,
      'Section',
      (t, b) => [`${t}.article_id = ${b.param(articleId, 'uuid')}`, `${t}.key = ANY(${b.param(keys, 'text[]')})`],
      't.position',
    );
  },
};
