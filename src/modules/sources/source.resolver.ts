import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { Source } from './source.entity';
import { SourcesArgs } from './source.dto';
import { sourceService } from './source.service';

export const SourceConnection = connectionOf(Source, 'Source');

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
}
