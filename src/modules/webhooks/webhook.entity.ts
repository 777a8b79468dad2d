// Webhook endpoints registered by admins, and the outbox of their deliveries (one row per endpoint and event).
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';

export enum WebhookEventType {
  ARTICLE_UPDATED = 'ARTICLE_UPDATED',
  ARTICLE_PUBLISHED = 'ARTICLE_PUBLISHED',
  ARTICLE_DELETED = 'ARTICLE_DELETED',
  CORRECTION_ADDED = 'CORRECTION_ADDED',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'What a webhook is told about.',
  valuesConfig: {
    ARTICLE_UPDATED: { description: 'Any committed change of an article (drafts included).' },
    ARTICLE_PUBLISHED: { description: 'A change that made an article PUBLISHED.' },
    ARTICLE_DELETED: { description: 'An article was deleted (drafts included); `version` and `status` are its last ones.' },
    CORRECTION_ADDED: { description: "A correction, clarification or editor's note was added to a PUBLISHED article (`correction` in the payload)." },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet; tried again at `nextAttemptAt`.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    DEAD: { description: 'Given up after the configured number of tries.' },
  },
});

@ObjectType('Webhook', { description: 'An endpoint that receives signed event deliveries (ADMIN).' })
@Entity({ name: 'webhook' })
export class Webhook {
  @Field(() => ID, { description: 'Id of the webhook.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Where events are POSTed.' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events it receives.' })
  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  /** Signs deliveries (HMAC-SHA256); never shown again. */
  @Column({ type: 'text' })
  secret: string;

  @Field(() => Boolean, { description: 'Disabled webhooks receive nothing more; their pending deliveries wait.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => DateTimeResolver, { description: 'When it was registered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('WebhookDelivery', { description: 'One event for one webhook, with how its delivery went.' })
@Entity({ name: 'webhook_delivery' })
@Index('IDX_webhook_delivery_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_delivery_order', ['webhookId', 'articleId', 'seq'])
export class WebhookDelivery {
  @Field(() => ID, { description: 'Id of the delivery.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of the outbox: events of one article reach a webhook in this order. */
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Webhook;

  @Field(() => String, { description: 'Id of the event, sent as X-Explainer-Event-Id (the same on every try).' })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Field(() => WebhookEventType, { description: 'What happened.' })
  @Column({ type: 'text' })
  type: WebhookEventType;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @Field(() => JSONResolver, { description: 'The body that is POSTed.' })
  @Column({ type: 'jsonb' })
  payload: unknown;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  @Column({ type: 'text', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Tries so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => DateTimeResolver, { description: 'When it is (or was) due for its next try.' })
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Field(() => String, { nullable: true, description: 'Why the last try failed (HTTP status, timeout, connection error).' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the endpoint acknowledged it.' })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the event was written (with the change).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
