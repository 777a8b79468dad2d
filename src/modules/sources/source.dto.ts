import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
import { SourceKind } from './source.entity';

@InputType('SourceFilter')
export class SourceFilter {
  @Field(() => SourceKind, { nullable: true })
  kind?: SourceKind | null;
}

@ArgsType()
export class SourcesArgs extends PaginationArgs {
  @Field(() => SourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SourceFilter | null;
}
