import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { SectionItem } from '../sections/section-item.entity';
import type { Source } from '../sources/source.entity';

@ObjectType('Citation', { implements: [Node, SectionItem], description: 'A statement in a section attributed to a source.' })
@Entity({ name: 'citation' })
@Index('IDX_citation_section_position', ['sectionId', 'position'])
export class Citation extends SectionItem {
  @Index('IDX_citation_source')
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne('Source', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source: Source;

  @Field(() => String, { description: 'The attributed sentence, as it stands in the section body.' })
  @Column({ type: 'text' })
  excerpt: string;
}
