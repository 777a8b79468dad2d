// Admins' webhook registry: create, list, disable, recent deliveries.
import { randomUUID } from 'node:crypto';
import type { DbContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { Webhook, WebhookDelivery, type WebhookEventType } from './webhook.entity';

import { UUID } from '../../common/node';

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadUserInputError('url: not a URL', { field: 'url' });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new BadUserInputError('url: http or https only', { field: 'url' });
}

export const webhookService = {
  async create(ctx: DbContext, url: string, events: WebhookEventType[], secret: string): Promise<Webhook> {
    checkUrl(url);
    if (events.length === 0) throw new BadUserInputError('events: at least one', { field: 'events' });
    if (secret.length < 16) throw new BadUserInputError('secret: at least 16 characters', { field: 'secret' });
    return ctx.db.getRepository(Webhook).save({ id: randomUUID(), url, events: [...new Set(events)], secret, active: true });
  },

  list(ctx: DbContext): Promise<Webhook[]> {
    return ctx.db.getRepository(Webhook).find({ order: { createdAt: 'ASC' } });
  },

  async disable(ctx: DbContext, id: string): Promise<Webhook> {
    const hook = UUID.test(id) ? await ctx.db.getRepository(Webhook).findOneBy({ id }) : null;
    if (!hook) throw new NotFoundError(`no webhook ${id}`);
    hook.active = false;
    return ctx.db.getRepository(Webhook).save(hook);
  },

  recentDeliveries(ctx: DbContext, webhookId: string, limit: number): Promise<WebhookDelivery[]> {
    return ctx.db.getRepository(WebhookDelivery).find({ where: { webhookId }, order: { seq: 'DESC' }, take: Math.min(Math.max(limit, 1), 100) });
  },
};
