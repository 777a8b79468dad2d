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
import { Article } from '../articles/article.entity';

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

// Article.reactions: resolved by the reactions feature (items -> articles, never the reverse).
@Resolver(() => Article)
export class ArticleReactionsResolver {
  @FieldResolver(() => [Reaction], { description: 'All reactions of the article, in reading order.' })
  reactions(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}

// Section.reactions: resolved by the reactions feature (items -> sections, never the reverse).
@Resolver(() => Section)
export class SectionReactionsResolver {
  @FieldResolver(() => [Reaction], { description: 'Reactions reported in this section, in order.' })
  reactions(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
