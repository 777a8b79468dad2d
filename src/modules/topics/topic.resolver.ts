import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { PaginationArgs } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { ArticleConnection } from '../articles/article.resolver';
import { Source } from '../sources/source.entity';
import { TimelineCitation, Topic, TopicEvent } from './topic.entity';
import { CreateTopicInput, TimelineEventInput, TimelineEventPatch, TopicPatch } from './topic.dto';
import { topicService } from './topic.service';

type Row = Record<string, unknown>;

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, {
    nullable: true,
    description: 'The topic page, by slug. Readers see a topic once a published explainer is tagged with it; null otherwise.',
  })
  topic(@Arg('slug', () => String, { description: 'The topic slug.' }) slug: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return topicService.bySlug(ctx, info, slug);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Explainers tagged with the topic, newest published first (readers: published only).' })
  articles(@Root() t: Row, @Args(() => PaginationArgs) _args: PaginationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(t, info, ctx);
  }

  @FieldResolver(() => [TopicEvent], { description: 'Dated events of a STORY topic, oldest first (empty for other kinds).' })
  timeline(@Root() t: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(t, info, ctx);
  }

  @Authorized('EDITOR')
  @Mutation(() => Topic, { description: 'Creates a topic (EDITOR); tag explainers with `topics` in createArticle/updateArticle.' })
  createTopic(
    @Arg('input', () => CreateTopicInput, { description: 'The topic.' }) input: CreateTopicInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return topicService.create(ctx, info, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => Topic, { description: 'Changes a topic (EDITOR).' })
  updateTopic(
    @Arg('id', () => ID, { description: 'Global id of the topic.' }) id: string,
    @Arg('patch', () => TopicPatch, { description: 'The fields to change.' }) patch: TopicPatch,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return topicService.update(ctx, info, idOf(id, 'Topic', 'id'), patch);
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, { description: 'Deletes a topic no explainer is tagged with, and its timeline (EDITOR); returns its id.' })
  async deleteTopic(@Arg('id', () => ID, { description: 'Global id of the topic.' }) id: string, @Ctx() ctx: Context) {
    await topicService.delete(ctx, idOf(id, 'Topic', 'id'));
    return id;
  }

  @Authorized('EDITOR')
  @Mutation(() => TopicEvent, { description: 'Adds a dated event to the timeline of a STORY topic (EDITOR).' })
  addTimelineEvent(
    @Arg('topicId', () => ID, { description: 'Global id of the STORY topic.' }) topicId: string,
    @Arg('input', () => TimelineEventInput, { description: 'The event.' }) input: TimelineEventInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return topicService.addEvent(ctx, info, idOf(topicId, 'Topic', 'topicId'), input);
  }

  @Authorized('EDITOR')
  @Mutation(() => TopicEvent, { description: 'Changes a timeline event (EDITOR).' })
  updateTimelineEvent(
    @Arg('id', () => ID, { description: 'Global id of the event.' }) id: string,
    @Arg('patch', () => TimelineEventPatch, { description: 'The fields to change.' }) patch: TimelineEventPatch,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return topicService.updateEvent(ctx, info, idOf(id, 'TopicEvent', 'id'), patch);
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, { description: 'Removes a timeline event (EDITOR); returns its id.' })
  async removeTimelineEvent(@Arg('id', () => ID, { description: 'Global id of the event.' }) id: string, @Ctx() ctx: Context) {
    await topicService.removeEvent(ctx, idOf(id, 'TopicEvent', 'id'));
    return id;
  }
}

@Resolver(() => TopicEvent)
export class TopicEventResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The explainer that explains the event; null when there is none the viewer may see.' })
  article(@Root() e: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(e, info, ctx);
  }

  @FieldResolver(() => Topic, { description: 'The story the event belongs to.' })
  topic(@Root() e: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(e, info, ctx);
  }

  @FieldResolver(() => [TimelineCitation], { description: 'What the event rests on: sentences attributed to sources, in order.' })
  citations(@Root() e: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(e, info, ctx);
  }
}

@Resolver(() => TimelineCitation)
export class TimelineCitationResolver {
  @FieldResolver(() => Source, { description: 'The outlet or body the sentence is attributed to.' })
  source(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }

  @FieldResolver(() => TopicEvent, { description: 'The event it supports.' })
  event(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }
}

/** The topic fields of Article. */
@Resolver(() => Article)
export class ArticleTopicsResolver {
  @FieldResolver(() => [Topic], { description: 'The topics the explainer is tagged with, the main one first.' })
  topics(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}
