import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import type { Section } from '../sections/section.entity';

@ObjectType('ContestedFigure', {
  implements: Node,
  description: 'A number the sides dispute (soldiers killed, crowd size...), with the figure each side gives.',
})
@Entity({ name: 'contested_figure' })
@Index('IDX_contested_figure_section_position', ['sectionId', 'position'])
export class ContestedFigure {
  @Field(() => ID, { description: 'Opaque global id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne('Section', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section: Section;

  @Field(() => String, { description: 'What is counted or measured, e.g. "soldiers killed".' })
  @Column({ type: 'varchar', length: 300 })
  claim: string;

  @Field(() => Int, { description: 'Order within the section.' })
  @Column({ type: 'int' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
