// Source.articles: the explainers that use a source. Resolved by the articles feature so that the dependency runs
// articles -> sources, never the reverse (the relation itself is in sources/source.read.ts, by type name).
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { PaginationArgs } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Source } from '../sources/source.entity';
import { ArticleConnection } from './article.resolver';

@Resolver(() => Source)
export class SourceArticlesResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Published explainers that cite, quote or report through this source, newest first.' })
  articles(@Root() s: Record<string, unknown>, @Args(() => PaginationArgs) _args: PaginationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
