import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
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
