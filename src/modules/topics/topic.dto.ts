// Inputs of the topic and timeline mutations. Every field is validated (class-validator); errors name the field path.
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DateResolver } from 'graphql-scalars';
import { SLUG } from '../articles/article-write.dto';
import { TopicKind } from './topic.entity';

const NOT_BLANK = /\S/;
const SLUG_MESSAGE = 'slug must be kebab-case: lowercase letters and digits separated by single dashes';

@InputType('CreateTopicInput', { description: 'A new topic.' })
export class CreateTopicInput {
  @Field(() => String, { description: 'Display name.' })
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unique, kebab-case; default: the slug of the name.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string | null;

  @Field(() => TopicKind, { description: 'Subject, place, organisation, person or continuing story (STORY topics have a timeline).' })
  kind: TopicKind;

  @Field(() => String, { nullable: true, description: 'One or two sentences introducing the topic page.' })
  @IsOptional()
  @MaxLength(5000)
  summary?: string | null;
}

@InputType('TopicPatch', { description: 'Fields to change; those left out stay as they are.' })
export class TopicPatch {
  @Field(() => String, { nullable: true, description: 'Display name.' })
  @IsOptional()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Unique, kebab-case.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field(() => TopicKind, { nullable: true, description: 'A topic with timeline events stays a STORY.' })
  kind?: TopicKind;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @MaxLength(5000)
  summary?: string | null;
}

@InputType('TimelineCitationInput', { description: 'A sentence a timeline event rests on, attributed to a source.' })
export class TimelineCitationInput {
  @Field(() => String, { description: 'Name of the source; created (kind OTHER) when new.' })
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'sourceName must not be blank' })
  sourceName: string;

  @Field(() => String, { description: 'The attributed sentence.' })
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'excerpt must not be blank' })
  excerpt: string;
}

@InputType('TimelineEventInput', { description: 'A dated event of a STORY topic.' })
export class TimelineEventInput {
  @Field(() => DateResolver, { description: 'When it happened; for a fuzzy date the first day of the period, with dateLabel.' })
  date: string | Date;

  @Field(() => String, { nullable: true, description: 'How to print a fuzzy date, e.g. "September 2022".' })
  @IsOptional()
  @Length(1, 100)
  dateLabel?: string | null;

  @Field(() => String, { description: 'What happened, in a line.' })
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More detail, plain text.' })
  @IsOptional()
  @MaxLength(10_000)
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'The explainer that explains it (readers see the link once it is published).' })
  @IsOptional()
  @MaxLength(100)
  articleId?: string | null;

  @Field(() => [TimelineCitationInput], { nullable: true, description: 'What the event rests on, in order.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  citations?: TimelineCitationInput[] | null;
}

@InputType('TimelineEventPatch', { description: 'Fields to change; those left out stay as they are; null clears an optional one.' })
export class TimelineEventPatch {
  @Field(() => DateResolver, { nullable: true, description: 'When it happened.' })
  date?: string | Date;

  @Field(() => String, { nullable: true, description: 'How to print a fuzzy date.' })
  @IsOptional()
  @Length(1, 100)
  dateLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, in a line.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'More detail.' })
  @IsOptional()
  @MaxLength(10_000)
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'The explainer that explains it; null removes the link.' })
  @IsOptional()
  @MaxLength(100)
  articleId?: string | null;

  @Field(() => [TimelineCitationInput], { nullable: true, description: 'Replaces the citations; [] removes them.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  citations?: TimelineCitationInput[] | null;
}
