// Any object by its global id: one SQL statement built from the GraphQL selection, with the type's visibility.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { BadUserInputError } from '../../common/errors';
import { fromGlobalId } from '../../common/node';
import { findOne } from '../../common/sql/run';
import { articleIdIs } from '../articles/article.service';

export const nodeService = {
  get(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<unknown> {
    const decoded = fromGlobalId(id);
    if (!decoded) throw new BadUserInputError('node: `id` is not an id of this API', { argument: 'id' });
    // An article goes through the article lookup (a preview token's article shows its pending version).
    if (decoded.type === 'Article') return findOne(ctx, info, 'Article', articleIdIs(decoded.id));
    return findOne(ctx, info, decoded.type, (t, b) => [`${t}.id = ${b.param(decoded.id, 'uuid')}`]);
  },
};
