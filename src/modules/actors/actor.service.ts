// Reads of actors: each root field is one SQL statement built from the GraphQL selection.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findPage } from '../../common/sql/run';
import type { ActorsArgs } from './actor.dto';

export const actorService = {
  list(ctx: Context, info: GraphQLResolveInfo, args: ActorsArgs): Promise<unknown> {
    return findPage(ctx, info, 'ActorConnection', args);
  },
};
