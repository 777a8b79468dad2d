import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { AppError } from '../../common/errors';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { articleService } from '../articles/article.service';
import { liveOf } from '../live/live.context';
import { mayReceive, type LiveEvent } from '../live/live.events';
import { sharedPayload } from '../live/shared-payload';
import { Correction } from '../corrections/correction.entity';
import { CorrectionInput } from '../corrections/correction.dto';
import { correctionById, correctionService } from './correction.service';
import { isCorrectionEvent, type CorrectionEvent } from '../corrections/correction.writer';

type SubscribeData = { args: { articleSlug?: string | null }; context: Context };

@Resolver()
export class CorrectionWriteResolver {
  @Authorized('EDITOR')
  @Mutation(() => Article, {
    description: "Adds a correction, clarification or editor's note to an article (EDITOR). Notes are never changed or deleted afterwards.",
  })
  addCorrection(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The article version the note was written against; a stale one gives VERSION_CONFLICT.' })
    v: number,
    @Arg('correction', () => CorrectionInput, { description: 'The note.' }) correction: CorrectionInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    return correctionService.add(ctx, articleId, v, correction, articleService.readBack(ctx, info));
  }

  @Subscription(() => Correction, {
    nullable: true,
    description: 'Every correction or note as it is added (readers: on published articles), of one article (`articleSlug`) or of all.',
    subscribe: ({ args, context }: SubscribeData) => {
      const live = liveOf(context);
      if (!live) throw new AppError('BAD_USER_INPUT', 'subscriptions are served over WebSocket (graphql-ws) at /graphql');
      return live.subscribe(
        (e: LiveEvent) =>
          isCorrectionEvent(e) &&
          (args.articleSlug == null || e.correction.articleSlug === args.articleSlug) &&
          mayReceive(e as unknown as LiveEvent, context.viewer),
      );
    },
  })
  correctionAdded(
    @Arg('articleSlug', () => String, { nullable: true, description: 'Only the notes of this article; all when null.' }) _slug: string | null,
    @Root() event: CorrectionEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const e = event as unknown as LiveEvent;
    return sharedPayload(e, ctx, info, () => correctionById(ctx, info, event.correction.id));
  }
}
