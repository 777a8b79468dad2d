// Admins' webhook registry: create, list, disable, recent deliveries.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
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
  async create(m: EntityManager, url: string, events: WebhookEventType[], secret: string): Promise<Webhook> {
    await checkUrl(m, url);
    if (events.length === 0) throw new BadUserInputError('events: at least one', { field: 'events' });
    if (secret.length < 16) throw new BadUserInputError('secret: at least 16 characters', { field: 'secret' });
    return m.getRepository(Webhook).save({ id: randomUUID(), url, events: [...new Set(events)], secret, active: true });
  },

  list(m: EntityManager): Promise<Webhook[]> {
    return m.getRepository(Webhook).find({ order: { createdAt: 'ASC' } });
  },

  async disable(m: EntityManager, id: string): Promise<Webhook> {
    const hook = UUID.test(id) ? await m.getRepository(Webhook).findOneBy({ id }) : null;
    if (!hook) throw new NotFoundError(`no webhook ${id}`);
    hook.active = false;
    return m.getRepository(Webhook).save(hook);
  },

  recentDeliveries(m: EntityManager, webhookId: string, limit: number): Promise<WebhookDelivery[]> {
    return m.getRepository(WebhookDelivery).find({ where: { webhookId }, order: { seq: 'DESC' }, take: Math.min(Math.max(limit, 1), 100) });
  },
};
