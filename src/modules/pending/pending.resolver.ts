// Staged edits: createPending, publishPending, discardPending, and Article.pending / pendingChanges.
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from '../articles/article.entity';
import { articleService } from '../articles/article.service';
import { ArticleChanges } from '../updates/updates.types';
import { pendingService } from './pending.service';

@Resolver(() => Article)
export class PendingResolver {
  @FieldResolver(() => Article, {
    nullable: true,
    description:
      'The pending version: staged edits not yet live (EDITOR, or a preview token of this article; null for readers). Write to it by its own id with the usual mutations; publishPending makes it live.',
  })
  pending(@Root() a: Record<string, unknown>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => ArticleChanges, {
    nullable: true,
    description: 'What the pending version changes against the live one (EDITOR, or a preview token of this article; null when there is none).',
  })
  pendingChanges(@Root() a: Record<string, unknown>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, {
    description:
      'Starts staged edits of a PUBLISHED article (EDITOR): returns its pending version (a copy of the live content), or the one it has. Readers keep seeing the live version.',
  })
  createPending(
    @Arg('id', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The live version the edits start from.' }) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return pendingService.create(ctx, idOf(id, 'Article', 'id'), v, articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, {
    description:
      'Makes the pending version live in one transaction: one new version, one revision, one event (EDITOR). VERSION_CONFLICT when the article was changed directly since the pending version was made.',
  })
  publishPending(
    @Arg('id', () => ID, { description: 'Global id of the article (not of its pending version).' }) id: string,
    @Arg('expectedVersion', () => Int, { description: "The article's live version; a stale one gives VERSION_CONFLICT." }) v: number,
    @Arg('expectedPendingVersion', () => Int, {
      nullable: true,
      description: 'The pending version you reviewed; VERSION_CONFLICT when edits were staged since.',
    })
    pv: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return pendingService.publish(ctx, idOf(id, 'Article', 'id'), v, pv ?? null, articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Drops the pending version and its staged edits; returns the article, unchanged (EDITOR).' })
  discardPending(
    @Arg('id', () => ID, { description: 'Global id of the article (not of its pending version).' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The pending version (Article.pending.version); a stale one gives VERSION_CONFLICT.' }) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return pendingService.discard(ctx, idOf(id, 'Article', 'id'), v, articleService.readBack(ctx, info));
  }
}
