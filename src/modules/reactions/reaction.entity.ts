import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { SectionItem } from '../sections/section-item.entity';
import type { Source } from '../sources/source.entity';
import type { Actor } from '../actors/actor.entity';

export enum Stance {
  CONCERN = 'CONCERN',
  CONDEMNATION = 'CONDEMNATION',
  CALL_FOR_CEASEFIRE = 'CALL_FOR_CEASEFIRE',
  MEDIATION_OFFER = 'MEDIATION_OFFER',
  SUPPORT = 'SUPPORT',
  CLAIM = 'CLAIM',
  OTHER = 'OTHER',
}
registerEnumType(Stance, {
  name: 'Stance',
  description: 'The kind of response an actor gave.',
  valuesConfig: {
    CONCERN: { description: 'Expressed concern or alarm.' },
    CONDEMNATION: { description: 'Condemned an action or a party.' },
    CALL_FOR_CEASEFIRE: { description: 'Called for a ceasefire or restraint.' },
    MEDIATION_OFFER: { description: 'Offered to mediate or host talks.' },
    SUPPORT: { description: 'Supported one of the parties.' },
    CLAIM: { description: 'Made a claim about the facts, e.g. who attacked first.' },
    OTHER: { description: 'Any other response.' },
  },
});

@ObjectType('Reaction', { implements: [Node, SectionItem], description: 'How an actor responded to the events, as reported by a source.' })
@Entity({ name: 'reaction' })
@Index('IDX_reaction_section_position', ['sectionId', 'position'])
@Index('IDX_reaction_created', ['createdAt', 'id'])
export class Reaction extends SectionItem {
  @Index('IDX_reaction_actor')
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne('Actor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor: Actor;

  @Field(() => Stance, { description: 'The kind of response.' })
  @Column({ type: 'enum', enum: Stance, enumName: 'stance' })
  stance: Stance;

  @Field(() => String, { description: 'One sentence saying what the actor did or said.' })
  @Column({ type: 'text' })
  summary: string;

  @Index('IDX_reaction_source')
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne('Source', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'source_id' })
  source: Source | null;
}
