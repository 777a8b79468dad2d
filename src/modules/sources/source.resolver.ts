import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf, PaginationArgs } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { findOne, findPage } from '../../common/sql/run';
import { Source } from './source.entity';
import { SourcesArgs } from './source.dto';
import { ArticleConnection } from '../articles/article.resolver';

export const SourceConnection = connectionOf(Source, 'Source');
type Row = Record<string, unknown>;

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'The source with this exact name, or null.' })
  source(@Arg('name', () => String, { description: 'Exact name, e.g. "Reuters".' }) name: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return findOne(ctx, info, 'Source', (t, b) => [`${t}.name = ${b.param(name, 'text')}`]);
  }

  @Query(() => SourceConnection, { description: 'Sources by name.' })
  sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return findPage(ctx, info, 'SourceConnection', args);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Published explainers that cite, quote or report through this source, newest first.' })
  articles(@Root() s: Row, @Args(() => PaginationArgs) _args: PaginationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
