// Corrections, clarifications and editor's notes of an article. Appended only: no mutation edits or deletes one,
// and a trigger (migration NewsPageMedia) refuses UPDATE and DELETE in the database except when the article goes.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import type { Article } from '../articles/article.entity';

export enum CorrectionKind {
  CORRECTION = 'CORRECTION',
  CLARIFICATION = 'CLARIFICATION',
  EDITORS_NOTE = 'EDITORS_NOTE',
}
registerEnumType(CorrectionKind, {
  name: 'CorrectionKind',
  description: 'What kind of note an article carries about a change.',
  valuesConfig: {
    CORRECTION: { description: 'Something was wrong and has been put right.' },
    CLARIFICATION: { description: 'Something was unclear or incomplete and has been made clearer.' },
    EDITORS_NOTE: { description: 'A note from the editors about the article (an update, its context, a disclosure).' },
  },
});

@ObjectType('Correction', { implements: Node, description: "A correction, clarification or editor's note; never changed once added." })
@Entity({ name: 'correction' })
@Index('IDX_correction_article', ['articleId', 'seq'])
export class Correction {
  @Field(() => ID, { description: 'Opaque global id (Relay).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of addition (several corrections added in one write share their createdAt). */
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  @Field(() => CorrectionKind, { description: 'CORRECTION, CLARIFICATION or EDITORS_NOTE.' })
  @Column({ type: 'enum', enum: CorrectionKind, enumName: 'correction_kind' })
  kind: CorrectionKind;

  @Field(() => String, { description: 'The note as readers see it.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Key of the section it concerns (as it was when added); null: the whole article.' })
  @Column({ name: 'section_key', type: 'varchar', length: 120, nullable: true })
  sectionKey: string | null;

  /** The article version the write that added it produced. */
  @Column({ name: 'article_version', type: 'int' })
  articleVersion: number;

  @Field(() => DateTimeResolver, { description: 'When it was added.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
