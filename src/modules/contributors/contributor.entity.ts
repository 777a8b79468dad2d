// Contributors (bylines) and the ordered credits that put them on articles.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import type { Article } from '../articles/article.entity';

@ObjectType('Contributor', { implements: Node, description: 'A person (or desk) credited in bylines: a reporter, an editor, a correspondent.' })
@Entity({ name: 'contributor' })
export class Contributor {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Name as printed in the byline, e.g. "Jane Doe".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { description: 'Stable, URL-safe identifier, unique across contributors: the contributor page is `contributor(slug:)`.' })
  @Index('UQ_contributor_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Field(() => String, { nullable: true, description: 'Role or beat, e.g. "Middle East correspondent".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'Short biography, plain text.' })
  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Field(() => String, { nullable: true, description: 'Profile page (http or https).' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'Portrait image URL (http or https).' })
  @Column({ name: 'image_url', type: 'varchar', length: 2000, nullable: true })
  imageUrl: string | null;

  @Field(() => Boolean, { description: 'True for a made-up byline (a fixture desk, a test persona): no real person wrote as this contributor.' })
  @Column({ name: 'is_fictional', type: 'boolean', default: false })
  isFictional: boolean;

  @Field(() => DateTimeResolver, { description: 'When the contributor was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'Last change to the contributor.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One credit of an article's byline, at its place in the byline order. */
@Entity({ name: 'article_contributor' })
@Index('IDX_article_contributor_contributor', ['contributorId'])
export class ArticleContributor {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @PrimaryColumn({ name: 'contributor_id', type: 'uuid' })
  contributorId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  // A credited contributor cannot be deleted from under a byline (deleteContributor refuses it first).
  @ManyToOne('Contributor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contributor_id' })
  contributor: Contributor;
}
