// Subscriptions over graphql-ws: events come from the instance's LiveHub; payloads are read like any root field,
// with the subscriber's visibility, when the event arrives: once per selection and visibility, shared by every
// subscriber that asks the same (shared-payload.ts).
import { Arg, Ctx, Info, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { AppError } from '../../common/errors';
import { Article } from '../articles/article.entity';
import { Section } from '../sections/section.entity';
import { articleService } from '../articles/article.service';
import { sectionService } from '../sections/section.service';
import { mayReceive, type LiveEvent, type LiveHub } from './live.events';
import { liveOf } from './live.context';
import { sharedPayload } from './shared-payload';

function hub(ctx: Context): LiveHub {
  const live = liveOf(ctx);
  if (!live) throw new AppError('BAD_USER_INPUT', 'subscriptions are served over WebSocket (graphql-ws) at /graphql');
  return live;
}

type SubscribeData = { args: { slug?: string; articleSlug?: string; keys: string[] }; context: Context };

function articleById(ctx: Context, info: GraphQLResolveInfo, event: LiveEvent) {
  return sharedPayload(event, ctx, info, () => articleService.byId(ctx, info, event.articleId));
}

/** The chosen sections the event changed, as the selection asks for them (one statement). */
function changedSections(keys: string[], event: LiveEvent, ctx: Context, info: GraphQLResolveInfo): Promise<unknown[]> {
  const changed = event.sections === null ? keys : keys.filter((k) => event.sections!.includes(k));
  return sectionService.byKeys(ctx, info, event.articleId, changed);
}

@Resolver()
export class LiveResolver {
  @Subscription(() => Article, {
    nullable: true,
    description:
      'The article with this slug after every committed change (readers: while it is published). When the article is deleted: one last `null`, then the subscription completes.',
    subscribe: ({ args, context }: SubscribeData) => {
      const ours = (e: LiveEvent) => e.slug === args.slug && mayReceive(e, context.viewer);
      return hub(context).subscribe(ours, (e) => ours(e) && e.deleted === true);
    },
  })
  articleUpdated(
    @Arg('slug', () => String, { description: 'Slug of the article to follow.' }) _slug: string,
    @Root() event: LiveEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return event.deleted ? null : articleById(ctx, info, event);
  }

  @Subscription(() => [Section], {
    description:
      'The chosen sections of an article, with their new content, whenever a change touches one of them. Sections that were removed are left out. Completes when the article is deleted.',
    subscribe: ({ args, context }: SubscribeData) => {
      const ours = (e: LiveEvent) => e.slug === args.articleSlug && mayReceive(e, context.viewer);
      return hub(context).subscribe(
        (e) => ours(e) && !e.deleted && (e.sections === null || e.sections.some((k) => args.keys.includes(k))),
        (e) => ours(e) && e.deleted === true,
      );
    },
  })
  sectionsUpdated(
    @Arg('articleSlug', () => String, { description: 'Slug of the article.' }) _slug: string,
    @Arg('keys', () => [String], { description: 'Keys of the sections to follow, e.g. ["lead"].' }) keys: string[],
    @Root() event: LiveEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return sharedPayload(event, ctx, info, () => changedSections(keys, event, ctx, info));
  }

  @Subscription(() => Article, {
    nullable: true,
    description: 'Every article as it is published (a change that makes it PUBLISHED).',
    subscribe: ({ context }: SubscribeData) => hub(context).subscribe((e) => e.published),
  })
  articlePublished(@Root() event: LiveEvent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return articleById(ctx, info, event);
  }
}
