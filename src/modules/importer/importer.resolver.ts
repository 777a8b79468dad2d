import { Arg, Authorized, Ctx, Field, Info, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Article, ArticleStatus } from '../articles/article.entity';
import { importForRequest } from './importer.service';
import { parseInWorker } from './parse-in-worker';
import { loadConfig } from '../../config';
import { BadUserInputError } from '../../common/errors';

export enum ImportFormat {
  TEXT = 'text',
  MARKDOWN = 'markdown',
  HTML = 'html',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'The format of an imported text.',
  valuesConfig: {
    TEXT: { description: 'Plain text (paragraphs between blank or single newlines; # headings and **bold** lines are read too).' },
    MARKDOWN: { description: 'Markdown (CommonMark), read with markdown-it: headings, bold-only lines, blockquotes, lists, links.' },
    HTML: { description: 'HTML (a CMS export, a saved page): h1-h6, strong-only paragraphs, blockquote, li, a href.' },
  },
});

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

@ObjectType('ImportMeta', { description: 'Text the importer recognised as metadata (not article content).' })
class ImportMeta {
  @Field(() => String, { nullable: true, description: 'The format read: text, markdown or html.' })
  format?: string | null;

  @Field(() => String, { nullable: true, description: 'The byline ("By Jane Doe").' })
  byline: string | null;

  @Field(() => [String], { description: 'Credit lines such as "(Reporting by ...; Editing by ...)", photo credits.' })
  credits: string[];

  @Field(() => String, { nullable: true, description: 'The dateline before the lead ("KYIV, March 3 (Reuters) -").' })
  dateline: string | null;

  @Field(() => [String], { description: 'Date lines at the top.' })
  dateLines: string[];
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

  @Field(() => ImportMeta, { description: 'What the importer kept out of the article as metadata: byline, credits, dateline, format.' })
  meta: ImportMeta;
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
    @Arg('publish', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Publish it (default: a DRAFT). An ARCHIVED article is not republished.',
    })
    publish: boolean,
    @Arg('format', () => ImportFormat, {
      nullable: true,
      description: "The text's format; default: detected (HTML by its tags, Markdown by its links or quotes, else text).",
    })
    format: ImportFormat | null,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'Required when an article with the slug exists: the version you saw (else VERSION_CONFLICT with the current version).',
    })
    expectedVersion: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportExplainerPayload> {
    // Size first (the worker copies the text): the parser's own check gives the same error.
    if (Buffer.byteLength(text, 'utf8') > 1024 * 1024) throw new BadUserInputError('the explainer text is over 1 MB', { reason: 'TOO_LARGE' });
    const draft = await parseInWorker(
      text,
      {
        slug: slug ?? undefined,
        headline: headline ?? undefined,
        status: publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT,
        publishedAt: publish ? new Date().toISOString() : null,
        format: format ?? undefined,
      },
      loadConfig().importer.timeoutMs,
    );
    const { outcome, article } = await importForRequest(ctx, draft, info, 'ImportExplainerPayload', expectedVersion);
    return {
      status: outcome.status.toUpperCase() as ImportStatus,
      article,
      warnings: draft.warnings,
      differences: outcome.status === 'updated' ? outcome.differences : [],
      meta: draft.meta,
    };
  }
}
