// Editor-picked related explainers of an article, in the order the editor set.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Article } from '../articles/article.entity';

@Entity({ name: 'article_related' })
@Index('IDX_article_related_related', ['relatedId'])
@Check('CHK_article_related_not_self', '"article_id" <> "related_id"')
export class ArticleRelated {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @PrimaryColumn({ name: 'related_id', type: 'uuid' })
  relatedId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  // A deleted explainer leaves every pick list it was on.
  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_id' })
  related: Article;
}
