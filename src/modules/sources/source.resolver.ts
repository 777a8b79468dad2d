import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf, PaginationArgs } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Source } from './source.entity';
import { SourcesArgs } from './source.dto';
import { sourceService } from './source.service';
import { ArticleConnection } from '../articles/article.resolver';

export const SourceConnection = connectionOf(Source, 'Source');
type Row = Record<string, unknown>;

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'The source with this exact name, or null.' })
  source(@Arg('name', () => String, { description: 'Exact name, e.g. "Reuters".' }) name: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sourceService.byName(ctx, info, name);
  }

  @Query(() => SourceConnection, { description: 'Sources by name.' })
  sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sourceService.list(ctx, info, args);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Published explainers that cite, quote or report through this source, newest first.' })
  articles(@Root() s: Row, @Args(() => PaginationArgs) _args: PaginationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
