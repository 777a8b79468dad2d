import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { SectionItem } from '../sections/section-item.entity';
import type { Source } from '../sources/source.entity';
import type { Actor } from '../actors/actor.entity';

@ObjectType('Quote', { implements: [Node, SectionItem], description: 'A direct quote, with who said it and the outlet that carried it.' })
@Entity({ name: 'quote' })
@Index('IDX_quote_section_position', ['sectionId', 'position'])
@Index('IDX_quote_created', ['createdAt', 'id'])
export class Quote extends SectionItem {
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
}
