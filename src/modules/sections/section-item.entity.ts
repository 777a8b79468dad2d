// What every part of a section shares (citations, quotes, reactions, contested figures): its id, the section it
// belongs to, its order there and when it was created. Each entity adds its own columns and indexes.
import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, InterfaceType, Int } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Section } from './section.entity';
import { Node } from '../../common/node';

@InterfaceType('SectionItem', {
  description: 'A part of a section: a citation, quote, reaction or contested figure.',
  resolveType: (value: { __typename?: string }) => value.__typename,
  implements: Node,
})
export abstract class SectionItem {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne('Section', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section: Section;

  @Field(() => Int, { description: 'Order within the section.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => DateTimeResolver, { description: 'When it was added.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
