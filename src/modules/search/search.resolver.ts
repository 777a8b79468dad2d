import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from '../articles/article.entity';
import { Section } from '../sections/section.entity';
import { SearchArgs, SearchResult, SectionMatch } from './search.dto';
import { searchService } from './search.service';

export const SearchConnection = connectionOf(SearchResult, 'Search');
type Row = Record<string, unknown>;

@Resolver(() => SearchResult)
export class SearchResolver {
  @Query(() => SearchConnection, { description: 'Full-text search over explainers, most relevant first.' })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return searchService.search(ctx, info, args);
  }

  @FieldResolver(() => Article, { description: 'The explainer that matched.' })
  article(@Root() r: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(r, info, ctx);
  }

  @FieldResolver(() => [SectionMatch], { description: 'The sections that match, in article order.' })
  matches(@Root() r: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(r, info, ctx);
  }
}

@Resolver(() => SectionMatch)
export class SectionMatchResolver {
  @FieldResolver(() => Section, { description: 'The whole section that matched.' })
  section(@Root() m: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(m, info, ctx);
  }
}
