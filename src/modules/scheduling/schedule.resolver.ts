import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { articleService } from '../articles/article.service';
import { scheduleService } from './schedule.service';

const VERSION = { description: 'The version the change was made against; a stale one gives VERSION_CONFLICT with the current version.' };

@Resolver()
export class ScheduleResolver {
  @Authorized('EDITOR')
  @Mutation(() => Article, {
    description:
      'Sets when the article is published, unpublished and when its embargo ends (EDITOR). An argument left out keeps its time, null clears it. ' +
      'The job queue carries each time out (within JOBS_POLL_MS) through the same path as publishArticle/unpublishArticle, once across instances, ' +
      'also after a restart when the time passed meanwhile. A time in the past is carried out at once; an embargo that has ended is no embargo.',
  })
  schedule(
    @Arg('id', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Arg('publishAt', () => DateTimeResolver, { nullable: true, description: 'When to publish it (a DRAFT at that time becomes PUBLISHED).' })
    publishAt: Date | null | undefined,
    @Arg('unpublishAt', () => DateTimeResolver, {
      nullable: true,
      description: 'When to unpublish it (PUBLISHED at that time becomes DRAFT); after publishAt.',
    })
    unpublishAt: Date | null | undefined,
    @Arg('embargoUntil', () => DateTimeResolver, { nullable: true, description: 'Readers see nothing of the article before then, whatever its status.' })
    embargoUntil: Date | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'id');
    return scheduleService.schedule(ctx, articleId, expectedVersion, { publishAt, unpublishAt, embargoUntil }, articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Clears publishAt and unpublishAt (EDITOR); an embargo stays (schedule(embargoUntil: null) ends it).' })
  unschedule(
    @Arg('id', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'id');
    return scheduleService.unschedule(ctx, articleId, expectedVersion, articleService.readBack(ctx, info));
  }
}
