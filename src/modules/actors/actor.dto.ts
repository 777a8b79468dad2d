import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
import { ActorKind } from './actor.entity';

@InputType('ActorFilter', { description: 'All given conditions must hold.' })
export class ActorFilter {
  @Field(() => ActorKind, { nullable: true, description: 'Only actors of this kind.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Country, any case.' })
  @IsOptional()
  @MaxLength(100)
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;
}

@ArgsType()
export class ActorsArgs extends PaginationArgs {
  @Field(() => ActorFilter, { nullable: true, description: 'Only the objects matching all given conditions.' })
  @IsOptional()
  @ValidateNested()
  filter?: ActorFilter | null;
}
