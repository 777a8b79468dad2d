import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import type { Article } from '../articles/article.entity';

export const SECTION_SEARCH_VECTOR =
  "setweight(to_tsvector('english'::regconfig, coalesce(heading, '')), 'B') || setweight(to_tsvector('english'::regconfig, body), 'C')";

@ObjectType('Section', {
  implements: Node,
  description: 'One part of an explainer: the lead (no heading) or a question with its answer.',
})
@Entity({ name: 'section' })
@Unique('UQ_section_article_key', ['articleId', 'key'])
// Deferred so that a reorder can swap positions inside one transaction.
@Unique('UQ_section_article_position', ['articleId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class Section {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne('Article', (a: Article) => a.sectionRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  @Field(() => String, { description: 'Stable key, unique within the article: `lead`, or the kebab-case heading.' })
  @Column({ type: 'varchar', length: 120 })
  key: string;

  @Field(() => Int, { description: 'Order within the article, from 0 (the lead).' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => String, { nullable: true, description: 'The question this section answers; null for the lead.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  heading: string | null;

  @Field(() => String, { description: 'Plain text; paragraphs are separated by a blank line.' })
  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The section's image (modules/images); Section.image reads it. */
  @Column({ name: 'image_id', type: 'uuid', nullable: true })
  imageId: string | null;

  @ManyToOne('Image', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'image_id' })
  image: unknown;

  /**
   * Heading (weight B) and body (C): which sections of a found article match (SearchResult.matches). Not indexed:
   * articles are found through article.search_document, and sections are only tested for the articles of a page.
   */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SECTION_SEARCH_VECTOR,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  @Field(() => DateTimeResolver, { description: 'Last change to the section.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
