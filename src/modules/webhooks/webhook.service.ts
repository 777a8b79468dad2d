// Admins' webhook registry: create, list, disable, recent deliveries.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DbContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { Webhook, WebhookDelivery, type WebhookEventType } from './webhook.entity';
import { allowsPrivate, endpointProblem } from './webhook.egress';

import { UUID } from '../../common/node';

/** Refuses an endpoint deliveries would refuse (webhook.egress.ts), with the field, before anything is stored. */
async function checkUrl(m: EntityManager, url: string): Promise<void> {
  const problem = await endpointProblem(url, allowsPrivate(m.connection));
  if (problem) throw new BadUserInputError(`url: ${problem}`, { field: 'url' });
}

export const webhookService = {
  async create(ctx: DbContext, url: string, events: WebhookEventType[], secret: string): Promise<Webhook> {
    await checkUrl(ctx.db, url);
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
