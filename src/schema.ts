// Builds the GraphQL schema from the module resolvers and registers the features' read specs with the SQL
// compiler; its sorted SDL is committed as schema/schema.graphql.
import 'reflect-metadata';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { findObjectSpec, registerReadSpecs, type ReadSpec } from './common/sql/json-query';
import { validateArgs } from './common/graphql/validate-args';
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
import { ArticleResolver } from './modules/articles/article.resolver';
import { SectionResolver } from './modules/sections/section.resolver';
import { CitationResolver } from './modules/citations/citation.resolver';
import { QuoteResolver } from './modules/quotes/quote.resolver';
import { ReactionResolver } from './modules/reactions/reaction.resolver';
import { SourceResolver } from './modules/sources/source.resolver';
import { ActorResolver } from './modules/actors/actor.resolver';
import { NodeResolver } from './modules/nodes/node.resolver';
import { ArticleWriteResolver } from './modules/articles/article-write.resolver';
import { SectionWriteResolver } from './modules/sections/section-write.resolver';
import { CitationWriteResolver, QuoteWriteResolver, ReactionWriteResolver } from './modules/sections/section-items.resolver';
import { ApiKeyResolver } from './modules/auth/api-key.resolver';
import { RevisionResolver } from './modules/revisions/revision.resolver';
import { ContestedFigureResolver, FigureClaimResolver } from './modules/contested-figures/contested-figure.resolver';
import { ImporterResolver } from './modules/importer/importer.resolver';
import { SearchResolver, SectionMatchResolver } from './modules/search/search.resolver';
import { LiveResolver } from './modules/live/live.resolver';
import { WebhookResolver } from './modules/webhooks/webhook.resolver';
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
];

let built: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  if (built) return built;
  registerReadSpecs(READ_SPECS);
  built = buildSchemaSync({
    resolvers: [
      ArticleResolver,
      SectionResolver,
      CitationResolver,
      QuoteResolver,
      ReactionResolver,
      SourceResolver,
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
      FigureClaimResolver,
      ImporterResolver,
      SearchResolver,
      SectionMatchResolver,
      LiveResolver,
      WebhookResolver,
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
  return built;
}

/**
 * Relation fields without arguments (Section.citations, Quote.speaker...) take their value from the JSON the
 * root statement built, under the field's own name: read it there directly, as graphql-js reads a scalar, and
 * go through type-graphql's resolver (parameter injection, then the DataLoader fallback of `preloaded`) only
 * for parents that came from elsewhere. The schema is unchanged; this is most of the per-field work of a full
 * explainer. Fields with arguments (validated by type-graphql) or roles keep their resolver as it is.
 */
function readPreloadedDirectly(schema: GraphQLSchema): void {
  const guarded = new Set(getMetadataStorage().authorizedFields.map((a) => a.fieldName));
  for (const type of Object.values(schema.getTypeMap())) {
    const spec = isObjectType(type) ? findObjectSpec(type.name) : undefined;
    if (!spec || !isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const relation = spec.relations[name];
      const slow = field.resolve;
      if (!relation || relation.kind === 'connection' || relation.hasArgs || field.args.length > 0 || guarded.has(name) || !slow) continue;
      const fast: GraphQLFieldResolver<Record<string, unknown> | null, unknown> = (root, args, ctx, info) =>
        root && name in root ? root[name] : slow(root, args, ctx, info);
      field.resolve = fast as typeof field.resolve;
    }
  }
}

export function printSortedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
