import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Section } from './section.entity';
import { Article } from '../articles/article.entity';
import { SectionsArgs } from '../articles/article.dto';
import { Source } from '../sources/source.entity';

type Row = Record<string, unknown>;

@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => Article, { description: 'The article this section belongs to.' })
  article(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }

  @FieldResolver(() => [Source], { description: 'Every source this section cites, quotes or reports through, by name.' })
  sources(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}

// Article.sections and Article.section: resolved by the sections feature (sections -> articles, never the reverse).
@Resolver(() => Article)
export class ArticleSectionsResolver {
  @FieldResolver(() => [Section], { description: 'The sections in article order: the lead first, then the questions.' })
  sections(@Root() a: Row, @Args(() => SectionsArgs) _args: SectionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The section with this key, or null.' })
  section(
    @Root() a: Row,
    @Arg('key', () => String, { description: 'Section key: `lead` or the kebab-case heading.' }) _key: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloaded(a, info, ctx);
  }
}
