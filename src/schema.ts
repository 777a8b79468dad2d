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
import { SearchResolver, SectionMatchResolver } from './modules/search/search.resolver';
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
      SearchResolver,
      SectionMatchResolver,
    ],
    orphanedTypes: [Node],
    validate: { forbidUnknownValues: false },
    authChecker,
  });
  return built;
}

export function printSortedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
