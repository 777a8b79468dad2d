import { Arg, Authorized, Ctx, Field, Info, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Article, ArticleStatus } from '../articles/article.entity';
import type * as ParseExplainer from './parse-explainer';
import { importForRequest } from './importer.service';

/**
 * The parser and its language data (compromise, chrono-node, world-countries: about 40 MB of process memory) are
 * loaded by the first import, not by every server that will never import.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parser = (): typeof ParseExplainer => require('./parse-explainer') as typeof ParseExplainer;

export enum ImportStatus {
  IMPORTED = 'IMPORTED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'What an import did.',
  valuesConfig: {
    IMPORTED: { description: 'A new article was created.' },
    UPDATED: { description: 'The article with this slug had other content: it now has the imported one, as a new version with a revision.' },
    UNCHANGED: { description: 'The article with this slug already had this content: nothing was written.' },
  },
});

@ObjectType('ImportWarning', { description: 'Something the importer could not settle and an editor should check.' })
class ImportWarningType {
  @Field(() => String, { description: 'Machine-readable kind, e.g. QUOTE_WITHOUT_SPEAKER.' })
  code: string;

  @Field(() => String, { description: 'What to check.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Key of the section it concerns.' })
  section?: string | null;
}

@ObjectType('ImportExplainerPayload', { description: 'The result of importExplainer.' })
class ImportExplainerPayload {
  @Field(() => ImportStatus, { description: 'What the import did.' })
  status: ImportStatus;

  @Field(() => Article, { description: 'The article as it now is.' })
  article: unknown;

  @Field(() => [ImportWarningType], { description: 'Things to check (a quote without speaker, say).' })
  warnings: ImportWarningType[];

  @Field(() => [String], { description: 'For UPDATED: which parts changed, e.g. "sections.lead.body".' })
  differences: string[];
}

@Resolver()
export class ImporterResolver {
  @Authorized('EDITOR')
  @Mutation(() => ImportExplainerPayload, {
    description:
      'Turns a plain-text explainer into structured sections, citations, quotes, reactions and contested figures and stores it (EDITOR). Importing the same text again changes nothing; changed text updates the article and writes a revision.',
  })
  async importExplainer(
    @Arg('text', () => String, { description: 'The explainer as plain text or Markdown (at most 1 MB).' }) text: string,
    @Arg('slug', () => String, { nullable: true, description: 'Slug of the article; default: from the headline.' }) slug: string | null,
    @Arg('headline', () => String, { nullable: true, description: 'Headline; default: the headline line, or the first sentence of the lead.' })
    headline: string | null,
    @Arg('publish', () => Boolean, { nullable: true, defaultValue: false, description: 'Publish it (default: a DRAFT).' }) publish: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportExplainerPayload> {
    const draft = parser().parseExplainer(text, {
      slug: slug ?? undefined,
      headline: headline ?? undefined,
      status: publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT,
      publishedAt: publish ? new Date().toISOString() : null,
    });
    const { outcome, article } = await importForRequest(ctx, draft, info, 'ImportExplainerPayload');
    return {
      status: outcome.status.toUpperCase() as ImportStatus,
      article,
      warnings: draft.warnings,
      differences: outcome.status === 'updated' ? outcome.differences : [],
    };
  }
}

