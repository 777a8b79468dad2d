// Reads of quotes: each root field is one SQL statement built from the GraphQL selection.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findPage } from '../../common/sql/run';
import type { QuotesArgs } from './quote.dto';

export const quoteService = {
  list(ctx: Context, info: GraphQLResolveInfo, args: QuotesArgs): Promise<unknown> {
    return findPage(ctx, info, 'QuoteConnection', args);
  },
};
