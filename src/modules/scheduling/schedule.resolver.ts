import { Arg, Authorized, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { scheduleReadBack, scheduleService } from './schedule.service';

@ObjectType('SchedulePayload', { description: 'The result of schedule and unschedule: the times as now stored, and the article.' })
export class SchedulePayload {
  @Field(() => Int, { description: 'The article version after the change.' })
  version: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the scheduler publishes the article; null: not scheduled.' })
  publishAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the scheduler unpublishes the article; null: not scheduled.' })
  unpublishAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Readers see nothing of the article before then; null: no embargo.' })
  embargoUntil: Date | null;

  @Field(() => Article, { description: 'The article as it now is.' })
  article: unknown;
}

const VERSION = { description: 'The version the change was made against; a stale one gives VERSION_CONFLICT with the current version.' };

@Resolver()
export class ScheduleResolver {
  @Authorized('EDITOR')
  @Mutation(() => SchedulePayload, {
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
    return scheduleService.schedule(ctx, articleId, expectedVersion, { publishAt, unpublishAt, embargoUntil }, scheduleReadBack(ctx, info, 'SchedulePayload'));
  }

  @Authorized('EDITOR')
  @Mutation(() => SchedulePayload, { description: 'Clears publishAt and unpublishAt (EDITOR); an embargo stays (schedule(embargoUntil: null) ends it).' })
  unschedule(
    @Arg('id', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'id');
    return scheduleService.unschedule(ctx, articleId, expectedVersion, scheduleReadBack(ctx, info, 'SchedulePayload'));
  }
}
