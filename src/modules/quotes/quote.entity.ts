import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import type { Section } from '../sections/section.entity';
import type { Source } from '../sources/source.entity';
import type { Actor } from '../actors/actor.entity';

@ObjectType('Quote', { implements: Node, description: 'A direct quote, with who said it and the outlet that carried it.' })
@Entity({ name: 'quote' })
@Index('IDX_quote_section_position', ['sectionId', 'position'])
@Index('IDX_quote_created', ['createdAt', 'id'])
export class Quote {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne('Section', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section: Section;

  @Field(() => String, { description: 'The words quoted, without surrounding quotation marks.' })
  @Column({ type: 'text' })
  text: string;

  @Index('IDX_quote_speaker')
  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne('Actor', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'speaker_id' })
  speaker: Actor | null;

  @Index('IDX_quote_source')
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne('Source', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'source_id' })
  source: Source | null;

  @Field(() => Int, { description: 'Order within the section.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => DateTimeResolver, { description: 'When the quote was stored.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
