import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';

export enum ArticleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Where an explainer is in its life: only PUBLISHED ones are visible to readers.',
  valuesConfig: {
    DRAFT: { description: 'Being written; visible to editors only.' },
    PUBLISHED: { description: 'Live for readers.' },
    ARCHIVED: { description: 'Taken down; kept for the record, visible to editors only.' },
  },
});

// The expression of the article's former search_vector column (migration FullTextSearch); migration SearchDocument
// drops the column and puts it back from this on the way down.
export const ARTICLE_SEARCH_VECTOR =
  "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')";

@ObjectType('Article', { implements: Node, description: 'A news explainer: a lead followed by question sections.' })
@Entity({ name: 'article' })
@Index('IDX_article_status_published', ['status', 'publishedAt', 'id'])
@Index('IDX_article_status_event_date', ['status', 'eventDate', 'id'])
export class Article {
  @Field(() => ID, { description: 'Opaque global id (Relay).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable, URL-safe identifier, unique across articles.' })
  // Unique among articles; a pending working copy (draftOf set) keeps its article's slug until publishPending.
  @Index('UQ_article_slug', { unique: true, where: '"draft_of" IS NULL' })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Field(() => String, { description: 'Title of the explainer.' })
  @Column({ type: 'varchar', length: 300 })
  headline: string;

  @Field(() => String, { nullable: true, description: 'Dek: one or two sentences under the headline.' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => ArticleStatus, { description: 'DRAFT, PUBLISHED or ARCHIVED; readers only ever see PUBLISHED.' })
  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.DRAFT })
  status: ArticleStatus;

  @Field(() => DateResolver, { nullable: true, description: 'The day the events explained happened or were reported.' })
  @Column({ name: 'event_date', type: 'date', nullable: true })
  eventDate: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'First publication; kept when the article is later updated.' })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the article was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'Last change to the article.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Readers see nothing of the article until then, whatever its status; lifted (and announced as PUBLISHED) at that time.',
  })
  @Column({ name: 'embargo_until', type: 'timestamptz', nullable: true })
  embargoUntil: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the scheduler publishes the article (set with `schedule`); null: not scheduled.' })
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the scheduler unpublishes the article (set with `schedule`); null: not scheduled.' })
  @Column({ name: 'unpublish_at', type: 'timestamptz', nullable: true })
  unpublishAt: Date | null;

  @Field(() => Int, { description: 'Incremented by every change; writers send it back to detect concurrent edits.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  /**
   * The whole explainer for full-text search: headline (weight A), summary (B), section headings (C) and bodies (D),
   * one document so that one GIN index scan finds the matching articles. PostgreSQL keeps it: triggers on article
   * and section (migration SearchDocument) recompute it from the rows on every write, whatever path writes them.
   */
  @Index('IDX_article_search_document', { synchronize: false })
  // NULL only between a bulk load that bypasses the triggers and its backfill; NULL matches nothing.
  @Column({ name: 'search_document', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchDocument: string;

  /** The lead image (modules/images); Article.leadImage reads it. */
  @Column({ name: 'lead_image_id', type: 'uuid', nullable: true })
  leadImageId: string | null;

  @ManyToOne('Image', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lead_image_id' })
  leadImage: unknown;
  /**
   * Set on a pending working copy (staged edits, modules/pending): the article whose next version it prepares. A
   * copy is a DRAFT that no list, search or feed shows; it goes with its article (ON DELETE CASCADE).
   */
  @Index('UQ_article_draft_of', { unique: true })
  @Column({ name: 'draft_of', type: 'uuid', nullable: true })
  draftOf: string | null;

  @ManyToOne('Article', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'draft_of' })
  draftOfArticle: Article | null;

  /** On a working copy: the article's version it was made from; publishPending refuses when the article moved since. */
  @Column({ name: 'pending_base_version', type: 'int', nullable: true })
  pendingBaseVersion: number | null;

  // Sections point at their article (sections -> articles): named here by entity and property name only.
  @OneToMany('Section', 'article')
  sectionRows: { article: Article }[];
}
