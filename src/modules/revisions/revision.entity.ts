import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Article } from '../articles/article.entity';

@ObjectType('ArticleRevision', { description: 'The article as it was after one successful write. History is never rewritten.' })
@Entity({ name: 'article_revision' })
@Unique('UQ_article_revision_version', ['articleId', 'version'])
export class ArticleRevision {
  @Field(() => ID, { description: 'Opaque id of the revision.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  @Field(() => Int, { description: 'The article version this revision holds.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => JSONResolver, {
    description: 'The whole explainer at that version: fields, sections with citations, quotes and reactions (by name).',
  })
  @Column({ type: 'jsonb' })
  snapshot: unknown;

  @Field(() => String, { nullable: true, description: 'Name of the API key that wrote it (null for the seed or the CLI).' })
  @Column({ name: 'key_name', type: 'varchar', length: 100, nullable: true })
  keyName: string | null;

  @Field(() => String, { description: 'What the write was, e.g. "updateArticle".' })
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Field(() => String, { nullable: true, description: "The editor's note on the write (`changeNote`), if any." })
  @Column({ name: 'change_note', type: 'varchar', length: 500, nullable: true })
  changeNote: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
