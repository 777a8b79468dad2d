import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';

export enum ActorKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  COUNTRY = 'COUNTRY',
}
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'Whether an actor is a person, an organisation or a country.',
  valuesConfig: {
    PERSON: { description: 'A named person, e.g. a minister or a spokesperson.' },
    ORGANIZATION: { description: 'An organisation, e.g. the UN, the EU or a ministry.' },
    COUNTRY: { description: 'A country speaking as a whole.' },
  },
});

@ObjectType('Actor', { implements: Node, description: 'A person, organisation or country that speaks or reacts.' })
@Entity({ name: 'actor' })
export class Actor {
  @Field(() => ID, { description: 'Opaque global id (Relay); fetch the object again with `node(id:)`.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Unique name, e.g. "Antony Blinken" or "Russia".' })
  @Index('UQ_actor_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ActorKind, { description: 'Person, organisation or country.' })
  @Column({ type: 'enum', enum: ActorKind, enumName: 'actor_kind' })
  kind: ActorKind;

  @Field(() => String, { nullable: true, description: 'Office or role, e.g. "US Secretary of State".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Country the actor belongs to or represents.' })
  @Index('IDX_actor_country')
  @Column({ type: 'varchar', length: 100, nullable: true })
  country: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
