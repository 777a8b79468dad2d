import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Quote } from './quote.entity';
import { QuotesArgs } from './quote.dto';
import { quoteService } from './quote.service';
import { Actor } from '../actors/actor.entity';
import { Source } from '../sources/source.entity';
import { Section } from '../sections/section.entity';
import { Article } from '../articles/article.entity';

export const QuoteConnection = connectionOf(Quote, 'Quote');
type Row = Record<string, unknown>;

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: 'Quotes across published explainers, newest first.' })
  quotes(@Args(() => QuotesArgs) args: QuotesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return quoteService.list(ctx, info, args);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who said it, when the text names them.' })
  speaker(@Root() q: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(q, info, ctx);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The outlet that carried the quote.' })
  source(@Root() q: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(q, info, ctx);
  }

  @FieldResolver(() => Section, { description: 'The section this belongs to.' })
  section(@Root() q: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(q, info, ctx);
  }
}

// Article.quotes: resolved by the quotes feature (items -> articles, never the reverse).
@Resolver(() => Article)
export class ArticleQuotesResolver {
  @FieldResolver(() => [Quote], { description: 'All quotes of the article, in reading order.' })
  quotes(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}

// Section.quotes: resolved by the quotes feature (items -> sections, never the reverse).
@Resolver(() => Section)
export class SectionQuotesResolver {
  @FieldResolver(() => [Quote], { description: 'Direct quotes in this section, in order.' })
  quotes(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
