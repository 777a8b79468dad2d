// Inputs of the citation mutations (addCitation, updateCitation), also nested in SectionInput (createArticle, addSection).
import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { NAME_LENGTH, NOT_BLANK, type CitationFields } from '../articles/article-write.dto';

@InputType('CitationInput', { description: 'A sentence of a section attributed to a source.' })
export class CitationInput implements CitationFields {
  @Field(() => String, { description: 'Name of the source; created (kind OTHER) when new unless declared in `sources`.' })
  @Length(1, NAME_LENGTH)
  @Matches(NOT_BLANK, { message: 'sourceName must not be blank' })
  sourceName: string;

  @Field(() => String, { description: 'The attributed sentence.' })
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'excerpt must not be blank' })
  excerpt: string;
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
