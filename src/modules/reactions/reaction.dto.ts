import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
import { NAME_LENGTH, NOT_BLANK, type ReactionFields } from '../articles/article-write.dto';
import { Stance } from './reaction.entity';

@InputType('ReactionFilter', { description: 'All given conditions must hold; names match in any case.' })
export class ReactionFilter {
  @Field(() => String, { nullable: true, description: 'Name of the actor who reacted.' })
  @IsOptional()
  @MaxLength(200)
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Country of the actor who reacted.' })
  @IsOptional()
  @MaxLength(100)
  country?: string | null;

  @Field(() => Stance, { nullable: true, description: 'Only reactions with this stance.' })
  stance?: Stance | null;
}

@ArgsType()
export class ReactionsArgs extends PaginationArgs {
  @Field(() => ReactionFilter, { nullable: true, description: 'Only the objects matching all given conditions.' })
  @IsOptional()
  @ValidateNested()
  filter?: ReactionFilter | null;
}

@InputType('ReactionInput', { description: 'How an actor responded.' })
export class ReactionInput implements ReactionFields {
  @Field(() => String, { description: 'Name of the actor; created (kind PERSON) when new unless declared in `actors`.' })
  @Length(1, NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'actorName must not be blank' })
  actorName: string;

  @Field(() => Stance, { description: 'The kind of response.' })
  stance: Stance;

  @Field(() => String, { description: 'One sentence saying what the actor did or said.' })
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'summary must not be blank' })
  summary: string;

  @Field(() => String, { nullable: true, description: 'Name of the outlet that reported it.' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  sourceName?: string | null;
}

@InputType('ReactionPatch', { description: 'Fields of a reaction to change; those left out stay as they are.' })
export class ReactionPatch {
  @Field(() => String, { nullable: true, description: 'Name of the actor (matched by name; created when new).' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  actorName?: string;

  @Field(() => Stance, { nullable: true, description: 'The kind of response.' })
  stance?: Stance;

  @Field(() => String, { nullable: true, description: 'One sentence saying what the actor did or said.' })
  @IsOptional()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'summary must not be blank' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'null removes the source.' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  sourceName?: string | null;
}
