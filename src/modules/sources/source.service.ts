// Reads of sources: each root field is one SQL statement built from the GraphQL selection.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findOne, findPage } from '../../common/sql/run';
import type { SourcesArgs } from './source.dto';

export const sourceService = {
  byName(ctx: Context, info: GraphQLResolveInfo, name: string): Promise<unknown> {
    return findOne(ctx, info, 'Source', (t, b) => [`${t}.name = ${b.param(name, 'text')}`]);
  },

  list(ctx: Context, info: GraphQLResolveInfo, args: SourcesArgs): Promise<unknown> {
    return findPage(ctx, info, 'SourceConnection', args);
  },
};
