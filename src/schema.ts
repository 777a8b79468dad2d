// Builds the GraphQL schema from the module resolvers and registers the features' read specs with the SQL
// compiler; its sorted SDL is committed as schema/schema.graphql.
import 'reflect-metadata';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { findObjectSpec, registerReadSpecs, relationKey, type ReadSpec } from './common/sql/json-query';
import { argumentsNeverChecked, validateArgs } from './common/graphql/validate-args';
import { recordFieldReading } from './common/graphql/field-reading';
import { articleReads } from './modules/articles/article.read';
import { sectionReads } from './modules/sections/section.read';
import { citationReads } from './modules/citations/citation.read';
import { quoteReads } from './modules/quotes/quote.read';
import { reactionReads } from './modules/reactions/reaction.read';
import { contestedFigureReads } from './modules/contested-figures/contested-figure.read';
import { sourceReads } from './modules/sources/source.read';
import { actorReads } from './modules/actors/actor.read';
import { revisionReads } from './modules/revisions/revision.read';
import { searchReads } from './modules/search/search.read';
import { contributorReads } from './modules/contributors/contributor.read';
import { topicReads } from './modules/topics/topic.read';
import { ArticleBylineResolver, ContributorResolver } from './modules/contributors/contributor.resolver';
import { ArticleTopicsResolver, TimelineCitationResolver, TopicEventResolver, TopicResolver } from './modules/topics/topic.resolver';
import { ArticleRelatedResolver } from './modules/related/related.resolver';
import { imageReads } from './modules/images/image.read';
import { correctionReads } from './modules/corrections/correction.read';
import { updatesReads } from './modules/articles/updates.read';
import { ArticleResolver } from './modules/articles/article.resolver';
import { ArticleSectionsResolver, SectionResolver } from './modules/sections/section.resolver';
import { CitationResolver, SectionCitationsResolver } from './modules/citations/citation.resolver';
import { ArticleQuotesResolver, QuoteResolver, SectionQuotesResolver } from './modules/quotes/quote.resolver';
import { ArticleReactionsResolver, ReactionResolver, SectionReactionsResolver } from './modules/reactions/reaction.resolver';
import { SourceResolver } from './modules/sources/source.resolver';
import { SourceArticlesResolver } from './modules/articles/source-articles.resolver';
import { ActorResolver } from './modules/actors/actor.resolver';
import { NodeResolver } from './modules/nodes/node.resolver';
import { ArticleWriteResolver } from './modules/articles/article-write.resolver';
import { SectionWriteResolver } from './modules/sections/section-write.resolver';
import { CitationWriteResolver } from './modules/citations/citation-write.resolver';
import { QuoteWriteResolver } from './modules/quotes/quote-write.resolver';
import { ReactionWriteResolver } from './modules/reactions/reaction-write.resolver';
import { CitationInput } from './modules/citations/citation.dto';
import { QuoteInput } from './modules/quotes/quote.dto';
import { ReactionInput } from './modules/reactions/reaction.dto';
import { registerSectionItemInputs } from './modules/articles/section-item-inputs';
import { ApiKeyResolver } from './modules/auth/api-key.resolver';
import { RevisionResolver } from './modules/articles/article-revisions.resolver';
import {
  ArticleContestedFiguresResolver,
  ContestedFigureResolver,
  FigureClaimResolver,
  SectionContestedFiguresResolver,
} from './modules/contested-figures/contested-figure.resolver';
import { ImporterResolver } from './modules/importer/importer.resolver';
import { SearchResolver, SectionMatchResolver } from './modules/search/search.resolver';
import { LiveResolver } from './modules/live/live.resolver';
import { WebhookResolver } from './modules/webhooks/webhook.resolver';
import { ArticleImageResolver, ImageResolver, SectionImageResolver } from './modules/news-page/image.resolver';
import { ImageWriteResolver } from './modules/news-page/image-write.resolver';
import { ArticleCorrectionResolver, CorrectionResolver, SectionCorrectionResolver } from './modules/news-page/correction.resolver';
import { CorrectionWriteResolver } from './modules/news-page/correction-write.resolver';
import { ArticleDistributionResolver } from './modules/news-page/distribution.resolver';
import { PendingResolver } from './modules/pending/pending.resolver';
import { ArticleChangesResolver, UpdatesResolver } from './modules/updates/updates.resolver';
import { PreviewTokenResolver } from './modules/preview/preview.resolver';
import { addChangeNoteArgument } from './modules/updates/change-note';
import { ScheduleResolver } from './modules/scheduling/schedule.resolver';
import { ChangeResolver } from './modules/changes/change.resolver';
import { Node } from './common/node';
import { authChecker } from './modules/auth/auth';

/** Every feature's read spec: what the SQL compiler can read. */
export const READ_SPECS: ReadSpec[] = [
  articleReads,
  sectionReads,
  citationReads,
  quoteReads,
  reactionReads,
  contestedFigureReads,
  sourceReads,
  actorReads,
  revisionReads,
  searchReads,
  contributorReads,
  topicReads,
  imageReads,
  correctionReads,
  updatesReads,
];

let built: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  if (built) return built;
  registerReadSpecs(READ_SPECS);
  // SectionInput (in articles) nests the items' inputs, which their features define (items -> sections -> articles).
  registerSectionItemInputs({ citation: CitationInput, quote: QuoteInput, reaction: ReactionInput });
  built = buildSchemaSync({
    resolvers: [
      ArticleResolver,
      SectionResolver,
      ArticleSectionsResolver,
      CitationResolver,
      SectionCitationsResolver,
      QuoteResolver,
      ArticleQuotesResolver,
      SectionQuotesResolver,
      ReactionResolver,
      ArticleReactionsResolver,
      SectionReactionsResolver,
      SourceResolver,
      SourceArticlesResolver,
      ActorResolver,
      NodeResolver,
      ArticleWriteResolver,
      SectionWriteResolver,
      CitationWriteResolver,
      QuoteWriteResolver,
      ReactionWriteResolver,
      ApiKeyResolver,
      RevisionResolver,
      ContestedFigureResolver,
      ArticleContestedFiguresResolver,
      SectionContestedFiguresResolver,
      FigureClaimResolver,
      ImporterResolver,
      SearchResolver,
      SectionMatchResolver,
      LiveResolver,
      WebhookResolver,
      ContributorResolver,
      ArticleBylineResolver,
      TopicResolver,
      TopicEventResolver,
      TimelineCitationResolver,
      ArticleTopicsResolver,
      ArticleRelatedResolver,
      ImageResolver,
      ArticleImageResolver,
      SectionImageResolver,
      ImageWriteResolver,
      CorrectionResolver,
      ArticleCorrectionResolver,
      SectionCorrectionResolver,
      CorrectionWriteResolver,
      ArticleDistributionResolver,
      PendingResolver,
      UpdatesResolver,
      ArticleChangesResolver,
      PreviewTokenResolver,
      ScheduleResolver,
      ChangeResolver,
    ],
    orphanedTypes: [Node],
    // class-validator on argument objects whose class has constraints (common/graphql/validate-args.ts)
    validateFn: validateArgs,
    authChecker,
    // Every subscription brings its own \`subscribe\` over the instance's LiveHub (modules/live/live.context.ts); type-graphql
    // still asks for a PubSub, which nothing may use.
    pubSub: {
      publish: () => {
        throw new Error('no PubSub: live events go through LiveHub');
      },
      subscribe: () => {
        throw new Error('no PubSub: live events go through LiveHub');
      },
    },
  });
  // Once: the wrapper of a field must not be wrapped again by a later call.
  readPreloadedDirectly(built);
  addChangeNoteArgument(built);
  return built;
}

/**
 * Relation fields (Section.citations, Quote.speaker, Article.section(key:)...) take their value from the JSON the
 * root statement built, under relationKey's name: read it there directly, as graphql-js reads a scalar, and go
 * through type-graphql's resolver (parameter injection, argument validation, then the DataLoader fallback of
 * `preloaded`) only for parents that came from elsewhere. The schema is unchanged; this is most of the per-field
 * work of a full explainer. A field with arguments is read directly only when type-graphql would validate none
 * of them (scalars, enums, classes without constraints: common/graphql/validate-args); one with constrained
 * arguments (sections(keys:)) or roles keeps its resolver as it is. Through type-graphql, every field with
 * arguments returned a promise (its validation is async), so each item of a page was completed asynchronously:
 * DayPage's 20 `section(key:)` items (its server CPU per request 2.17 -> 1.59 ms: docs/performance.md).
 */
function readPreloadedDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const guarded = new Set(storage.authorizedFields.map((a) => a.fieldName));
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const resolvers = new Map(storage.fieldResolvers.map((r) => [`${typeNames.get(r.getObjectType?.())}.${r.schemaName}`, r]));
  for (const type of Object.values(schema.getTypeMap())) {
    const spec = isObjectType(type) ? findObjectSpec(type.name) : undefined;
    if (!spec || !isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const relation = spec.relations[name];
      const slow = field.resolve;
      if (!relation || relation.kind === 'connection' || guarded.has(name) || !slow) continue;
      const withArgs = relation.hasArgs === true || field.args.length > 0;
      if (withArgs) {
        const resolver = resolvers.get(`${type.name}.${name}`);
        if (!resolver || resolver.roles?.length || resolver.middlewares?.length) continue;
        if (!argumentsNeverChecked(resolver.params ?? [])) {
          recordCheckedRelation(field as GraphQLField<unknown, unknown>, resolver.params ?? [], resolver.methodName);
          continue;
        }
      }
      // Where the statement put the value: the field's name, or per alias for a relation with arguments.
      const fast: GraphQLFieldResolver<Record<string, unknown> | null, unknown> = (root, args, ctx, info) => {
        const key = relationKey(relation, name, info.path.key as string);
        return root && key in root ? root[key] : slow(root, args, ctx, info);
      };
      field.resolve = fast as typeof field.resolve;
      recordFieldReading(field as GraphQLField<unknown, unknown>, { kind: 'fast' });
    }
  }
  recordPlainFields(schema);
}

/** Fields type-graphql answers with its basic resolver and nothing around it (no roles, middlewares or resolver). */
function recordPlainFields(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.schemaName}`));
  for (const o of storage.objectTypes) {
    const type = schema.getType(o.name);
    if (!isObjectType(type)) continue;
    // With the fields the class inherits (section items' id, position, createdAt), as type-graphql builds them.
    const chain: unknown[] = [];
    for (let c: unknown = o.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.push(c);
    const fields = storage.fields.filter((f) => chain.includes(f.target));
    for (const f of fields) {
      const field = type.getFields()[f.schemaName];
      if (!field || f.name !== f.schemaName || f.roles?.length || f.middlewares?.length || resolved.has(`${o.target.name}.${f.schemaName}`)) continue;
      recordFieldReading(field as GraphQLField<unknown, unknown>, { kind: 'plain' });
    }
  }
}

/**
 * A relation whose resolver returns the preloaded value (`preloaded`) but whose `@Args` classes have constraints:
 * answerable from the statement's text after the same class-validator check. Only resolvers whose parameters are
 * the parent, the context, the info and such argument classes qualify.
 */
function recordCheckedRelation(field: GraphQLField<unknown, unknown>, params: { kind: string; getType?: () => unknown }[], method: string): void {
  if (method !== field.name) return;
  const argsClasses: (new () => object)[] = [];
  for (const p of params) {
    if (p.kind === 'root' || p.kind === 'context' || p.kind === 'info') continue;
    const type = p.kind === 'args' ? p.getType?.() : undefined;
    if (typeof type !== 'function') return;
    argsClasses.push(type as new () => object);
  }
  recordFieldReading(field, { kind: 'checked', argsClasses });
}

export function printSortedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
