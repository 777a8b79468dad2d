// Reads of reactions: each root field is one SQL statement built from the GraphQL selection.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findPage } from '../../common/sql/run';
import type { ReactionsArgs } from './reaction.dto';

export const reactionService = {
  list(ctx: Context, info: GraphQLResolveInfo, args: ReactionsArgs): Promise<unknown> {
    return findPage(ctx, info, 'ReactionConnection', args);
  },
};
