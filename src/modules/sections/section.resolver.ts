import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Section } from './section.entity';
import { Article } from '../articles/article.entity';
import { Citation } from '../citations/citation.entity';
import { Quote } from '../quotes/quote.entity';
import { Reaction } from '../reactions/reaction.entity';
import { Source } from '../sources/source.entity';
import { ContestedFigure } from '../contested-figures/contested-figure.entity';

type Row = Record<string, unknown>;

@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => Article, { description: 'The article this section belongs to.' })
  article(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }

  @FieldResolver(() => [Citation], { description: 'Statements of this section attributed to sources, in order.' })
  citations(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }

  @FieldResolver(() => [Quote], { description: 'Direct quotes in this section, in order.' })
  quotes(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }

  @FieldResolver(() => [Reaction], { description: 'Reactions reported in this section, in order.' })
  reactions(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }

  @FieldResolver(() => [ContestedFigure], { description: 'Figures the sides dispute in this section, in order.' })
  contestedFigures(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }

  @FieldResolver(() => [Source], { description: 'Every source this section cites, quotes or reports through, by name.' })
  sources(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
