// Inputs of the write path. Every field is validated (class-validator); errors name the field path.
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUrl, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { SourceKind } from '../sources/source.entity';
import { ActorKind } from '../actors/actor.entity';
import type { Stance } from '../reactions/reaction.entity';
import { sectionItemInput } from './section-item-inputs';
import { ImageInput } from '../images/image.dto';
import { CorrectionInput } from '../corrections/correction.dto';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NOT_BLANK = /\S/;
export const NAME_LENGTH = 200;

@InputType('SourceRefInput', { description: 'Details of a source to create when no source has this name yet.' })
export class SourceRefInput {
  @Field(() => String, { description: 'The name, which identifies it.' })
  @Length(1, NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => SourceKind, { nullable: true, description: 'Default OTHER.' })
  kind?: SourceKind | null;

  @Field(() => String, { nullable: true, description: 'Home page, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  url?: string | null;
}

@InputType('ActorRefInput', { description: 'Details of an actor to create when no actor has this name yet.' })
export class ActorRefInput {
  @Field(() => String, { description: 'The name, which identifies it.' })
  @Length(1, NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => ActorKind, { nullable: true, description: 'Default PERSON.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Office or role, e.g. "Mayor".' })
  @IsOptional()
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Country the actor belongs to or represents.' })
  @IsOptional()
  @MaxLength(100)
  country?: string | null;
}

/** What the write path reads of a section's items; the items' own input types (citations/citation.dto.ts...) have these fields. */
export interface CitationFields {
  sourceName: string;
  excerpt: string;
}

export interface QuoteFields {
  text: string;
  speakerName?: string | null;
  sourceName?: string | null;
}

export interface ReactionFields {
  actorName: string;
  stance: Stance;
  summary: string;
  sourceName?: string | null;
}

@InputType('SectionInput', { description: 'The lead (no heading) or a question section, with what it cites, quotes and reports.' })
export class SectionInput {
  @Field(() => String, { nullable: true, description: 'Stable key; default: `lead` for the lead, else the kebab-case heading.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: 'key must be kebab-case: lowercase letters and digits separated by single dashes' })
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'The question; null only for the lead, which comes first.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'heading must not be blank' })
  heading?: string | null;

  @Field(() => String, { description: 'Plain text; paragraphs separated by a blank line.' })
  @Length(1, 100_000)
  @Matches(NOT_BLANK, { message: 'body must not be blank' })
  body: string;

  @Field(() => [sectionItemInput('citation')], { nullable: true, description: 'Statements of the section attributed to sources, in order.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  citations?: CitationFields[] | null;

  @Field(() => [sectionItemInput('quote')], { nullable: true, description: 'Direct quotes of the section, in order.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  quotes?: QuoteFields[] | null;

  @Field(() => [sectionItemInput('reaction')], { nullable: true, description: 'Reactions reported in the section, in order.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  reactions?: ReactionFields[] | null;

  @Field(() => ImageInput, { nullable: true, description: 'The image shown with the section (alt text needed before publication).' })
  @IsOptional()
  @ValidateNested()
  image?: ImageInput | null;
}

@InputType('CreateArticleInput', { description: 'A whole explainer. It is created as a DRAFT; publish it with publishArticle.' })
export class CreateArticleInput {
  @Field(() => String, { description: 'Lowercase letters and digits separated by single dashes.' })
  @Length(1, 120)
  @Matches(SLUG, { message: 'slug must be kebab-case: lowercase letters and digits separated by single dashes' })
  slug: string;

  @Field(() => String, { description: 'Title of the explainer.' })
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'headline must not be blank' })
  headline: string;

  @Field(() => String, { nullable: true, description: 'Dek: one or two sentences under the headline.' })
  @IsOptional()
  @MaxLength(2000)
  summary?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'The day the events explained happened or were reported.' })
  eventDate?: string | Date | null;

  @Field(() => [SectionInput], { description: 'The lead (no heading) first, then the question sections.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  sections: SectionInput[];

  @Field(() => [SourceRefInput], { nullable: true, description: 'Details for sources that do not exist yet.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested()
  sources?: SourceRefInput[] | null;

  @Field(() => [ActorRefInput], { nullable: true, description: 'Details for actors that do not exist yet.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested()
  actors?: ActorRefInput[] | null;

  @Field(() => [String], { nullable: true, description: 'The byline: slugs of existing contributors, in byline order.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(120, { each: true })
  contributors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of existing topics, the main topic first.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(120, { each: true })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Editor-picked related explainers (article ids), in order; drafts show once published.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  related?: string[] | null;
  @Field(() => ImageInput, { nullable: true, description: 'The image at the top of the article (alt text needed before publication).' })
  @IsOptional()
  @ValidateNested()
  leadImage?: ImageInput | null;

  @Field(() => [CorrectionInput], { nullable: true, description: "Editor's notes (or corrections) to add with the article." })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested()
  corrections?: CorrectionInput[] | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Readers see nothing of the article before then, whatever its status.' })
  embargoUntil?: Date | null;
}

@InputType('ArticlePatch', { description: 'Fields to change; those left out stay as they are.' })
export class ArticlePatch {
  @Field(() => String, { nullable: true, description: 'Lowercase letters and digits separated by single dashes, unique.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: 'slug must be kebab-case: lowercase letters and digits separated by single dashes' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'Title of the explainer.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'headline must not be blank' })
  headline?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @MaxLength(2000)
  summary?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'null clears it.' })
  eventDate?: string | Date | null;

  @Field(() => [String], { nullable: true, description: 'The byline: slugs of existing contributors, in byline order. Replaces the whole list; [] clears it.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(120, { each: true })
  contributors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of existing topics, the main topic first. Replaces the whole list; [] clears it.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(120, { each: true })
  topics?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Editor-picked related explainers (article ids), in order; drafts show once published. Replaces the whole list; [] clears it.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  related?: string[] | null;
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Readers see nothing of the article before then, whatever its status; null ends the embargo now.',
  })
  embargoUntil?: Date | null;
}

@InputType('SectionPatch', { description: 'Fields to change; those left out stay as they are.' })
export class SectionPatch {
  @Field(() => String, { nullable: true, description: 'Stable key, kebab-case, unique within the article.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: 'key must be kebab-case: lowercase letters and digits separated by single dashes' })
  key?: string;

  @Field(() => String, { nullable: true, description: 'The lead has no heading.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'heading must not be blank' })
  heading?: string;

  @Field(() => String, { nullable: true, description: 'Plain text; paragraphs separated by a blank line.' })
  @IsOptional()
  @Length(1, 100_000)
  @Matches(NOT_BLANK, { message: 'body must not be blank' })
  body?: string;
}
