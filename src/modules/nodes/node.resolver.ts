import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { BadUserInputError } from '../../common/errors';
import { fromGlobalId, Node } from '../../common/node';
import { findOne } from '../../common/sql/run';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when there is none the viewer may see.' })
  node(@Arg('id', () => ID, { description: 'A global id as returned in any `id` field.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const decoded = fromGlobalId(id);
    if (!decoded) throw new BadUserInputError('node: `id` is not an id of this API', { argument: 'id' });
    return findOne(ctx, info, decoded.type, (t, b) => [`${t}.id = ${b.param(decoded.id, 'uuid')}`]);
  }
}
