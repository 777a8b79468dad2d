import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from './article.entity';
import { ArticleArgs, ArticlesArgs } from './article.dto';
import { articleService } from './article.service';
import { Source } from '../sources/source.entity';

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

  @FieldResolver(() => [Source], { description: 'Every source cited, quoted or reported through in the article, by name.' })
  sources(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}
