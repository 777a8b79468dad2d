// Full-text search: one SQL statement built from the GraphQL selection.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findPage } from '../../common/sql/run';
import { checkArticleFilter } from '../articles/article.service';
import type { SearchArgs } from './search.dto';

export const searchService = {
  search(ctx: Context, info: GraphQLResolveInfo, args: SearchArgs): Promise<unknown> {
    checkArticleFilter(args.filter);
    return findPage(ctx, info, 'SearchConnection', args);
  },
};
