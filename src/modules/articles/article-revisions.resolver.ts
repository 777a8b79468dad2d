// Article.revisions: resolved by the articles feature, whose writes record the revisions (articles -> revisions).
import { Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf, PaginationArgs } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from './article.entity';
import { ArticleRevision } from '../revisions/revision.entity';

export const ArticleRevisionConnection = connectionOf(ArticleRevision, 'ArticleRevision');

@Resolver(() => Article)
export class RevisionResolver {
  @Authorized('EDITOR')
  @FieldResolver(() => ArticleRevisionConnection, { description: 'Every version of the article, newest first (EDITOR).' })
  revisions(@Root() a: Record<string, unknown>, @Args(() => PaginationArgs) _args: PaginationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}
