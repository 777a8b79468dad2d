import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
import { NAME_LENGTH, NOT_BLANK, type QuoteFields } from '../articles/article-write.dto';

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

@InputType('QuoteInput', { description: 'A direct quote.' })
export class QuoteInput implements QuoteFields {
  @Field(() => String, { description: 'The words quoted, without quotation marks.' })
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Name of the actor who said it.' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  speakerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the outlet that carried it.' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  sourceName?: string | null;
}

@InputType('QuotePatch', { description: 'Fields of a quote to change; those left out stay as they are.' })
export class QuotePatch {
  @Field(() => String, { nullable: true, description: 'The words quoted, without quotation marks.' })
  @IsOptional()
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  text?: string;

  @Field(() => String, { nullable: true, description: 'null removes the speaker.' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  speakerName?: string | null;

  @Field(() => String, { nullable: true, description: 'null removes the source.' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  sourceName?: string | null;
}
