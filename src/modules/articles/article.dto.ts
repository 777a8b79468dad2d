import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { PaginationArgs } from '../../common/graphql/connection';
import { ArticleStatus } from './article.entity';

export enum ArticleOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  EVENT_DATE = 'EVENT_DATE',
}
registerEnumType(ArticleOrderField, {
  name: 'ArticleOrderField',
  description: 'What articles can be ordered by.',
  valuesConfig: {
    PUBLISHED_AT: { description: 'First publication.' },
    EVENT_DATE: { description: 'The day of the events explained.' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending order.',
  valuesConfig: { ASC: { description: 'Oldest or smallest first.' }, DESC: { description: 'Newest or largest first.' } },
});

@ArgsType()
export class ArticleArgs {
  @Field(() => String, { nullable: true, description: 'The article with this slug.' })
  @IsOptional()
  @Length(1, 120)
  slug?: string | null;

  @Field(() => ID, { nullable: true, description: 'The article with this global id.' })
  @IsOptional()
  @MaxLength(100)
  id?: string | null;
}

@InputType('DateRange', { description: 'Inclusive range of days; either end may be left open.' })
export class DateRange {
  @Field(() => DateResolver, { nullable: true, description: 'First day included; open when null.' })
  from?: string | Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'Last day included; open when null.' })
  to?: string | Date | null;
}

@InputType('DateTimeRange', { description: 'Inclusive range of instants; either end may be left open.' })
export class DateTimeRange {
  @Field(() => DateTimeResolver, { nullable: true, description: 'First instant included; open when null.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Last instant included; open when null.' })
  to?: Date | null;
}

@InputType('ArticleFilter', { description: 'All given conditions must hold.' })
export class ArticleFilter {
  @Field(() => ArticleStatus, { nullable: true, description: 'Readers only ever see PUBLISHED articles.' })
  status?: ArticleStatus | null;

  @Field(() => String, { nullable: true, description: 'Articles citing, quoting or reporting through this source (name, any case).' })
  @IsOptional()
  @MaxLength(200)
  sourceName?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles with a reaction or quote by this actor (name, any case).' })
  @IsOptional()
  @MaxLength(200)
  actorName?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Articles whose event date is in this range.' })
  @IsOptional()
  @ValidateNested()
  eventDate?: DateRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Articles first published in this range.' })
  @IsOptional()
  @ValidateNested()
  publishedAt?: DateTimeRange | null;

  @Field(() => String, { nullable: true, description: 'Articles tagged with the topic of this slug.' })
  @IsOptional()
  @MaxLength(120)
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles credited to the contributor of this slug.' })
  @IsOptional()
  @MaxLength(120)
  contributor?: string | null;
}

@InputType('ArticleOrder', { description: 'How to order a list of articles.' })
export class ArticleOrder {
  @Field(() => ArticleOrderField, { defaultValue: ArticleOrderField.PUBLISHED_AT, description: 'What to order by; ties are broken by id.' })
  field: ArticleOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'Ascending or descending.' })
  direction: OrderDirection;
}

@ArgsType()
export class ArticlesArgs extends PaginationArgs {
  @Field(() => ArticleFilter, { nullable: true, description: 'Only the objects matching all given conditions.' })
  @IsOptional()
  @ValidateNested()
  filter?: ArticleFilter | null;

  @Field(() => ArticleOrder, { nullable: true, description: 'Default: newest published first.' })
  @IsOptional()
  orderBy?: ArticleOrder | null;
}

@ArgsType()
export class SectionsArgs {
  @Field(() => [String], { nullable: true, description: 'Only these section keys, in article order; unknown keys are ignored.' })
  @IsOptional()
  @MaxLength(120, { each: true })
  keys?: string[] | null;
}
