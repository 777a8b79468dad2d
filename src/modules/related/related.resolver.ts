import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from '../articles/article.entity';
import { DEFAULT_RELATED, MAX_RELATED } from './related.read';

type Row = Record<string, unknown>;

@Resolver(() => Article)
export class ArticleRelatedResolver {
  @FieldResolver(() => [Article], {
    description: 'Related explainers: the editor’s picks in their order, then those sharing the most topics and actors. Published ones only, never this one.',
  })
  related(
    @Root() a: Row,
    @Arg('first', () => Int, { nullable: true, description: `How many, 1 to ${MAX_RELATED}; default ${DEFAULT_RELATED}.` }) // Checked where the SQL is built (BAD_USER_INPUT outside 1..MAX_RELATED).
    _first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloaded(a, info, ctx);
  }
}
