// Preview tokens: let a frontend read one unpublished article (or its pending version) without an API key.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Article } from '../articles/article.entity';

@ObjectType('PreviewToken', { description: 'A preview link of one article (EDITOR). The token itself is shown once, at creation.' })
@Entity({ name: 'preview_token' })
export class PreviewToken {
  @Field(() => ID, { description: 'Id of the preview token (to revoke it).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'Global id of the article it previews.' })
  @Index('IDX_preview_token_article')
  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  /** sha256 of the token, hex: the token is never stored. */
  @Index('UQ_preview_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Field(() => String, { nullable: true, description: 'Name of the API key that created it.' })
  @Column({ name: 'key_name', type: 'varchar', length: 100, nullable: true })
  keyName: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'After this instant the token gives 401 PREVIEW_EXPIRED.' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was revoked; a revoked token gives 401 UNAUTHENTICATED.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
