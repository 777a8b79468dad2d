import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Node } from '../../common/node';
import { nodeService } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when there is none the viewer may see.' })
  node(@Arg('id', () => ID, { description: 'A global id as returned in any `id` field.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeService.get(ctx, info, id);
  }
}
