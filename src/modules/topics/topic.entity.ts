// Topics (tags, continuing stories), the articles tagged with them, and the dated events of a story's timeline.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import type { Article } from '../articles/article.entity';
import type { Source } from '../sources/source.entity';

export enum TopicKind {
  SUBJECT = 'SUBJECT',
  PLACE = 'PLACE',
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
  STORY = 'STORY',
}
registerEnumType(TopicKind, {
  name: 'TopicKind',
  description: 'What a topic is about.',
  valuesConfig: {
    SUBJECT: { description: 'A subject or theme, e.g. "Climate".' },
    PLACE: { description: 'A country, region or city, e.g. "Armenia".' },
    ORGANIZATION: { description: 'An organisation, e.g. "United Nations".' },
    PERSON: { description: 'A person in the news.' },
    STORY: { description: 'A continuing story, e.g. "Armenia-Azerbaijan conflict"; only stories have a timeline.' },
  },
});

@ObjectType('Topic', { implements: Node, description: 'A tag of explainers: a subject, place, organisation, person or continuing story.' })
@Entity({ name: 'topic' })
export class Topic {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Display name, e.g. "Armenia-Azerbaijan conflict".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { description: 'Stable, URL-safe identifier, unique across topics: the topic page is `topic(slug:)`.' })
  @Index('UQ_topic_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Field(() => TopicKind, { description: 'Subject, place, organisation, person or continuing story.' })
  @Column({ type: 'enum', enum: TopicKind, enumName: 'topic_kind' })
  kind: TopicKind;

  @Field(() => String, { nullable: true, description: 'One or two sentences introducing the topic page.' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => DateTimeResolver, { description: 'When the topic was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'Last change to the topic.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An article tagged with a topic; `position` orders the article's topics (the first is its main topic). */
@Entity({ name: 'article_topic' })
@Index('IDX_article_topic_topic', ['topicId'])
export class ArticleTopic {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  // A topic in use cannot be deleted from under its articles (deleteTopic refuses it first).
  @ManyToOne('Topic', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id' })
  topic: Topic;
}

@ObjectType('TopicEvent', { implements: Node, description: 'A dated event on the timeline of a STORY topic.' })
@Entity({ name: 'topic_event' })
@Index('IDX_topic_event_topic_date', ['topicId', 'date', 'position'])
export class TopicEvent {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  @ManyToOne('Topic', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic: Topic;

  @Field(() => DateResolver, { description: 'When it happened; for a fuzzy date, the first day of the period (see dateLabel). Orders the timeline.' })
  @Column({ type: 'date' })
  date: string;

  @Field(() => String, { nullable: true, description: 'How to print a fuzzy date, e.g. "September 2022"; null: print `date`.' })
  @Column({ name: 'date_label', type: 'varchar', length: 100, nullable: true })
  dateLabel: string | null;

  @Field(() => String, { description: 'What happened, in a line.' })
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'More detail, plain text.' })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Index('IDX_topic_event_article')
  @Column({ name: 'article_id', type: 'uuid', nullable: true })
  articleId: string | null;

  // The explainer goes; the event stays, without its link.
  @ManyToOne('Article', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'article_id' })
  article: Article | null;

  @Field(() => Int, { description: 'Order among events of the same date, from 0.' })
  @Column({ type: 'int' })
  position: number;
}

@ObjectType('TimelineCitation', { implements: Node, description: 'What a timeline event rests on: a sentence attributed to a source.' })
@Entity({ name: 'topic_event_citation' })
@Index('IDX_topic_event_citation_event', ['eventId', 'position'])
export class TimelineCitation {
  @Field(() => ID, { description: 'Opaque global id (Relay).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('TopicEvent', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: TopicEvent;

  @Index('IDX_topic_event_citation_source')
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne('Source', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source: Source;

  @Field(() => String, { description: 'The attributed sentence.' })
  @Column({ type: 'text' })
  excerpt: string;

  @Column({ type: 'int' })
  position: number;
}
