import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import type { Actor } from '../actors/actor.entity';
import type { Source } from '../sources/source.entity';
import type { ContestedFigure } from './contested-figure.entity';

@ObjectType('FigureClaim', { implements: Node, description: "One side's figure for a contested figure, and who states it." })
@Entity({ name: 'figure_claim' })
@Index('IDX_figure_claim_figure_position', ['contestedFigureId', 'position'])
export class FigureClaim {
  @Field(() => ID, { description: 'Opaque global id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contested_figure_id', type: 'uuid' })
  contestedFigureId: string;

  @ManyToOne('ContestedFigure', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contested_figure_id' })
  contestedFigure: ContestedFigure;

  @Index('IDX_figure_claim_claimant')
  @Column({ name: 'claimant_id', type: 'uuid' })
  claimantId: string;

  @ManyToOne('Actor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claimant_id' })
  claimant: Actor;

  @Index('IDX_figure_claim_stated_by')
  @Column({ name: 'stated_by_id', type: 'uuid', nullable: true })
  statedById: string | null;

  @ManyToOne('Actor', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'stated_by_id' })
  statedBy: Actor | null;

  /** numeric: exact for counts and money alike; pg hands it over as a string, the JSON read path as a number. */
  @Field(() => Float, { description: 'The figure this side gives.' })
  @Column({ type: 'numeric' })
  value: string;

  @Field(() => String, { description: 'What the value counts or measures, as the text words it: "soldiers", "people", "%", "USD".' })
  @Column({ type: 'varchar', length: 100 })
  unit: string;

  @Index('IDX_figure_claim_source')
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne('Source', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'source_id' })
  source: Source | null;

  @Field(() => String, { description: 'The sentence of the section that states this figure.' })
  @Column({ type: 'text' })
  excerpt: string;

  @Field(() => Int, { description: 'Order within the contested figure.' })
  @Column({ type: 'int' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
