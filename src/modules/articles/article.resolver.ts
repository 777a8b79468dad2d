import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from './article.entity';
import { ArticleArgs, ArticlesArgs, SectionsArgs } from './article.dto';
import { articleService } from './article.service';
import { Section } from '../sections/section.entity';
import { Source } from '../sources/source.entity';
import { Quote } from '../quotes/quote.entity';
import { Reaction } from '../reactions/reaction.entity';
import { Arg } from 'type-graphql';
import { ContestedFigure } from '../contested-figures/contested-figure.entity';

export const ArticleConnection = connectionOf(Article, 'Article');

type Row = Record<string, unknown>;

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: 'One explainer, by `slug` or by `id` (exactly one). Null when there is none the viewer may see.',
  })
  article(@Args(() => ArticleArgs) args: ArticleArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return articleService.get(ctx, info, args);
  }

  @Query(() => ArticleConnection, { description: 'Explainers, newest published first unless `orderBy` says otherwise.' })
  articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return articleService.list(ctx, info, args);
  }

  @FieldResolver(() => [Section], { description: 'The sections in article order: the lead first, then the questions.' })
  sections(@Root() a: Row, @Args(() => SectionsArgs) _args: SectionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The section with this key, or null.' })
  section(
    @Root() a: Row,
    @Arg('key', () => String, { description: 'Section key: `lead` or the kebab-case heading.' }) _key: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => [Source], { description: 'Every source cited, quoted or reported through in the article, by name.' })
  sources(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => [Quote], { description: 'All quotes of the article, in reading order.' })
  quotes(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => [Reaction], { description: 'All reactions of the article, in reading order.' })
  reactions(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => [ContestedFigure], { description: "Figures the sides dispute, with each side's claim, in reading order." })
  contestedFigures(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}
