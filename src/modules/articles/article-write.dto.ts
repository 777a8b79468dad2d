// Inputs of the write path. Every field is validated (class-validator); errors name the field path.
import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUrl, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { SourceKind } from '../sources/source.entity';
import { ActorKind } from '../actors/actor.entity';
import { Stance } from '../reactions/reaction.entity';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_BLANK = /\S/;
const NAME_LENGTH = 200;

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

@InputType('CitationInput', { description: 'A sentence of a section attributed to a source.' })
export class CitationInput {
  @Field(() => String, { description: 'Name of the source; created (kind OTHER) when new unless declared in `sources`.' })
  @Length(1, NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'sourceName must not be blank' })
  sourceName: string;

  @Field(() => String, { description: 'The attributed sentence.' })
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'excerpt must not be blank' })
  excerpt: string;
}

@InputType('QuoteInput', { description: 'A direct quote.' })
export class QuoteInput {
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

@InputType('ReactionInput', { description: 'How an actor responded.' })
export class ReactionInput {
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

  @Field(() => [CitationInput], { nullable: true, description: 'Statements of the section attributed to sources, in order.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  citations?: CitationInput[] | null;

  @Field(() => [QuoteInput], { nullable: true, description: 'Direct quotes of the section, in order.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  quotes?: QuoteInput[] | null;

  @Field(() => [ReactionInput], { nullable: true, description: 'Reactions reported in the section, in order.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  reactions?: ReactionInput[] | null;
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

@InputType('CitationPatch', { description: 'Fields of a citation to change; those left out stay as they are.' })
export class CitationPatch {
  @Field(() => String, { nullable: true, description: 'Name of the source (matched by name; created when new).' })
  @IsOptional()
  @Length(1, NAME_LENGTH)
  sourceName?: string;

  @Field(() => String, { nullable: true, description: 'The attributed sentence.' })
  @IsOptional()
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'excerpt must not be blank' })
  excerpt?: string;
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
