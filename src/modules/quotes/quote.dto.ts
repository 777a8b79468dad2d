import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';

@InputType('QuoteFilter', { description: 'All given conditions must hold; names match in any case.' })
export class QuoteFilter {
  @Field(() => String, { nullable: true, description: 'Name of the actor who spoke.' })
  @IsOptional()
  @MaxLength(200)
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the outlet that carried the quote.' })
  @IsOptional()
  @MaxLength(200)
  sourceName?: string | null;

  @Field(() => String, { nullable: true, description: 'Only quotes of this article.' })
  @IsOptional()
  @MaxLength(120)
  articleSlug?: string | null;
}

@ArgsType()
export class QuotesArgs extends PaginationArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Only the objects matching all given conditions.' })
  @IsOptional()
  @ValidateNested()
  filter?: QuoteFilter | null;
}
