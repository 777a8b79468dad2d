import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Webhook, WebhookDelivery, WebhookEventType } from './webhook.entity';
import { webhookService } from './webhook.service';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized('ADMIN')
  @Query(() => [Webhook], { description: 'Every registered webhook, disabled ones included (ADMIN).' })
  webhooks(@Ctx() ctx: Context) {
    return webhookService.list(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Webhook, {
    description:
      'Registers an endpoint (ADMIN). Each event is POSTed as JSON with `X-Explainer-Event-Id` and `X-Explainer-Signature: sha256=<HMAC-SHA256 of "<timestamp>.<body>" with the secret>`.',
  })
  createWebhook(
    @Arg('url', () => String, { description: 'http(s) URL that receives the events.' }) url: string,
    @Arg('events', () => [WebhookEventType], { description: 'The events to send.' }) events: WebhookEventType[],
    @Arg('secret', () => String, { description: 'Shared secret for the signature, at least 16 characters; never shown again.' }) secret: string,
    @Ctx() ctx: Context,
  ) {
    return webhookService.create(ctx, url, events, secret);
  }

  @Authorized('ADMIN')
  @Mutation(() => Webhook, { description: 'Stops deliveries to a webhook (ADMIN).' })
  disableWebhook(@Arg('id', () => ID, { description: 'Id of the webhook.' }) id: string, @Ctx() ctx: Context) {
    return webhookService.disable(ctx, id);
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'The latest deliveries, newest first.' })
  recentDeliveries(
    @Root() hook: Webhook,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'How many (1 to 100).' }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return webhookService.recentDeliveries(ctx, hook.id, limit);
  }
}
