// One row per published version of an article: what readers were shown, when, with the editor's note and what
// changed against the previous published version (computed once, at the write).
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Article } from '../articles/article.entity';

@Entity({ name: 'published_version' })
export class PublishedVersion {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  /** The article version readers saw (Article.version); its content is the revision of that version. */
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ name: 'change_note', type: 'varchar', length: 500, nullable: true })
  changeNote: string | null;

  /** The previous published version, null for the first publication. */
  @Column({ name: 'previous_version', type: 'int', nullable: true })
  previousVersion: number | null;

  /** The diff against the previous published version (updates/diff.ts's ArticleDiff). */
  @Column({ type: 'jsonb' })
  changes: unknown;
}
