import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Reaction } from './reaction.entity';
import { ReactionsArgs } from './reaction.dto';
import { reactionService } from './reaction.service';
import { Actor } from '../actors/actor.entity';
import { Source } from '../sources/source.entity';
import { Section } from '../sections/section.entity';

export const ReactionConnection = connectionOf(Reaction, 'Reaction');
type Row = Record<string, unknown>;

@Resolver(() => Reaction)
export class ReactionResolver {
  @Query(() => ReactionConnection, { description: 'Reactions across published explainers, newest first.' })
  reactions(@Args(() => ReactionsArgs) args: ReactionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return reactionService.list(ctx, info, args);
  }

  @FieldResolver(() => Actor, { description: 'Who reacted.' })
  actor(@Root() r: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(r, info, ctx);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The outlet that reported the reaction.' })
  source(@Root() r: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(r, info, ctx);
  }

  @FieldResolver(() => Section, { description: 'The section this belongs to.' })
  section(@Root() r: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(r, info, ctx);
  }
}
