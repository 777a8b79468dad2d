// Builds the GraphQL schema from the module resolvers; its sorted SDL is committed as schema/schema.graphql.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
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
import { LiveResolver } from './modules/live/live.resolver';
import { WebhookResolver } from './modules/webhooks/webhook.resolver';
import { Node } from './common/node';
import { authChecker } from './modules/auth/auth';

let built: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
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
      LiveResolver,
      WebhookResolver,
    ],
    orphanedTypes: [Node],
    validate: { forbidUnknownValues: false },
    authChecker,
    // Every subscription brings its own \`subscribe\` over the instance's LiveHub (context.live); type-graphql
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
  return built;
}

export function printSortedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
