import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';

export enum SourceKind {
  NEWS_AGENCY = 'NEWS_AGENCY',
  BROADCASTER = 'BROADCASTER',
  NEWSPAPER = 'NEWSPAPER',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What kind of outlet or body a source is.',
  valuesConfig: {
    NEWS_AGENCY: { description: 'A wire service, e.g. Reuters or AP.' },
    BROADCASTER: { description: 'A radio or television broadcaster, e.g. the BBC.' },
    NEWSPAPER: { description: 'A newspaper or magazine.' },
    GOVERNMENT: { description: 'A government body speaking for itself, e.g. a ministry.' },
    OTHER: { description: 'Any other outlet or body.' },
  },
});

@ObjectType('Source', { implements: Node, description: 'An outlet or body that facts, quotes and reactions are attributed to.' })
@Entity({ name: 'source' })
export class Source {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Unique name, e.g. "Reuters".' })
  @Index('UQ_source_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => SourceKind, { description: 'What kind of outlet or body this is.' })
  @Column({ type: 'enum', enum: SourceKind, enumName: 'source_kind', default: SourceKind.OTHER })
  kind: SourceKind;

  @Field(() => String, { nullable: true, description: 'Home page of the outlet.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
