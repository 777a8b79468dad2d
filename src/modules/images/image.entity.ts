// An image of an explainer (its lead image or a section's): where it lies on the image CDN, its size and the
// words that go with it. The bytes live on the CDN; this service only builds URLs (IMAGE_URL_TEMPLATE).
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import type { Article } from '../articles/article.entity';

@ObjectType('Image', { implements: Node, description: 'An image on the image CDN, with its alt text, caption and credit.' })
@Entity({ name: 'image' })
export class Image {
  @Field(() => ID, { description: 'Opaque global id (Relay).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The article the image belongs to: it goes with it. */
  @Index('IDX_image_article')
  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  @Field(() => String, { description: 'Path of the original on the image CDN, e.g. `2022/09/border-post.jpg`.' })
  @Column({ type: 'varchar', length: 500 })
  path: string;

  @Field(() => String, { nullable: true, description: 'Text alternative for readers who cannot see the image; required before publication.' })
  @Column({ type: 'text', nullable: true })
  alt: string | null;

  @Field(() => String, { nullable: true, description: 'Caption shown under the image.' })
  @Column({ type: 'text', nullable: true })
  caption: string | null;

  @Field(() => String, { nullable: true, description: 'Who made or owns the image, e.g. "Reuters/Jane Doe".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  credit: string | null;

  @Field(() => Int, { description: 'Width of the original in pixels.' })
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int, { description: 'Height of the original in pixels.' })
  @Column({ type: 'int' })
  height: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('ImageRendition', { description: 'The image at one width, as the image CDN serves it.' })
export class ImageRendition {
  @Field(() => String, { description: 'URL of this rendition (IMAGE_URL_TEMPLATE).' })
  url: string;

  @Field(() => Int, { description: 'Width in pixels.' })
  width: number;

  @Field(() => Int, { description: 'Height in pixels, in the proportions of the original.' })
  height: number;
}
