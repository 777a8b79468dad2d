import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { Actor } from './actor.entity';
import { ActorsArgs } from './actor.dto';
import { actorService } from './actor.service';

export const ActorConnection = connectionOf(Actor, 'Actor');

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: 'People, organisations and countries, by name.' })
  actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return actorService.list(ctx, info, args);
  }
}
