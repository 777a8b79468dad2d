// Inputs of the contributor mutations. Every field is validated (class-validator); errors name the field path.
import { Field, InputType } from 'type-graphql';
import { IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { SLUG } from '../articles/article-write.dto';

const NOT_BLANK = /\S/;
const SLUG_MESSAGE = 'slug must be kebab-case: lowercase letters and digits separated by single dashes';
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };

@InputType('CreateContributorInput', { description: 'A new contributor (byline).' })
export class CreateContributorInput {
  @Field(() => String, { description: 'Name as printed in the byline.' })
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unique, kebab-case; default: the slug of the name.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Role or beat, e.g. "Middle East correspondent".' })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Short biography, plain text.' })
  @IsOptional()
  @MaxLength(5000)
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'Profile page, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(HTTP_URL)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Portrait image, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(HTTP_URL)
  imageUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A made-up byline (a desk, a test persona); default false.' })
  isFictional?: boolean | null;
}

@InputType('ContributorPatch', { description: 'Fields to change; those left out stay as they are; null clears an optional one.' })
export class ContributorPatch {
  @Field(() => String, { nullable: true, description: 'Name as printed in the byline.' })
  @IsOptional()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Unique, kebab-case.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'Role or beat.' })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Short biography.' })
  @IsOptional()
  @MaxLength(5000)
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'Profile page, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(HTTP_URL)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Portrait image, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(HTTP_URL)
  imageUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A made-up byline.' })
  isFictional?: boolean;
}
