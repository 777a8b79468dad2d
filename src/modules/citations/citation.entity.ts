import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import type { Section } from '../sections/section.entity';
import type { Source } from '../sources/source.entity';

@ObjectType('Citation', { implements: Node, description: 'A statement in a section attributed to a source.' })
@Entity({ name: 'citation' })
@Index('IDX_citation_section_position', ['sectionId', 'position'])
export class Citation {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne('Section', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section: Section;

  @Index('IDX_citation_source')
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne('Source', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source: Source;

  @Field(() => String, { description: 'The attributed sentence, as it stands in the section body.' })
  @Column({ type: 'text' })
  excerpt: string;

  @Field(() => Int, { description: 'Order within the section.' })
  @Column({ type: 'int' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
