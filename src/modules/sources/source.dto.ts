import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
import { SourceKind } from './source.entity';

@InputType('SourceFilter', { description: 'All given conditions must hold.' })
export class SourceFilter {
  @Field(() => SourceKind, { nullable: true, description: 'Only sources of this kind.' })
  kind?: SourceKind | null;
}

@ArgsType()
export class SourcesArgs extends PaginationArgs {
  @Field(() => SourceFilter, { nullable: true, description: 'Only the objects matching all given conditions.' })
  @IsOptional()
  @ValidateNested()
  filter?: SourceFilter | null;
}
