import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/graphql/connection';
import { ArticleFilter } from '../articles/article.dto';
import { Article } from '../articles/article.entity';
import { Section } from '../sections/section.entity';

@ObjectType('SectionMatch', { description: 'A section whose heading or body matches the search.' })
export class SectionMatch {
  @Field(() => String, { description: 'Key of the section that matched.' })
  key: string;

  @Field(() => String, { nullable: true, description: 'The question of the section that matched; null for the lead.' })
  heading: string | null;

  @Field(() => Int, { description: 'Order of the section within the article.' })
  position: number;

  @Field(() => String, {
    description: 'Passages of the body around the matches (ts_headline), terms in <mark>...</mark>, passages separated by " … ".',
  })
  highlight: string;

  @Field(() => Section, { description: 'The whole section that matched.' })
  section: Section;
}

@ObjectType('SearchResult', { description: 'An explainer matching a full-text search, with where it matched.' })
export class SearchResult {
  @Field(() => Float, { description: 'Relevance (ts_rank of the headline, summary and section text, weighted in that order); results come highest first.' })
  rank: number;

  @Field(() => String, { description: 'The headline with matching terms in <mark>...</mark>.' })
  headlineHighlight: string;

  @Field(() => String, { nullable: true, description: 'The summary with matching terms in <mark>...</mark>.' })
  summaryHighlight: string | null;

  @Field(() => Article, { description: 'The explainer that matched.' })
  article: Article;

  @Field(() => [SectionMatch], { description: 'The sections that match, in article order.' })
  matches: SectionMatch[];
}

@ArgsType()
export class SearchArgs extends PaginationArgs {
  @Field(() => String, {
    description: 'Words to find (web search syntax: "quoted phrase", or, -excluded), stemmed in English, in the headline, summary or section text.',
  })
  @Length(1, 200)
  query: string;

  @Field(() => ArticleFilter, { nullable: true, description: 'Only articles that also meet these conditions.' })
  @IsOptional()
  @ValidateNested()
  filter?: ArticleFilter | null;
}
