import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { SectionItem } from '../sections/section-item.entity';

@ObjectType('ContestedFigure', {
  implements: [Node, SectionItem],
  description: 'A number the sides dispute (soldiers killed, crowd size...), with the figure each side gives.',
})
@Entity({ name: 'contested_figure' })
@Index('IDX_contested_figure_section_position', ['sectionId', 'position'])
export class ContestedFigure extends SectionItem {
  @Field(() => String, { description: 'What is counted or measured, e.g. "soldiers killed".' })
  @Column({ type: 'varchar', length: 300 })
  claim: string;
}
