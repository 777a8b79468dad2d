import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { ContestedFigure } from './contested-figure.entity';
import { FigureClaim } from './figure-claim.entity';
import { Actor } from '../actors/actor.entity';
import { Source } from '../sources/source.entity';
import { Section } from '../sections/section.entity';
import { Article } from '../articles/article.entity';

type Row = Record<string, unknown>;

@Resolver(() => ContestedFigure)
export class ContestedFigureResolver {
  @FieldResolver(() => [FigureClaim], { description: "Each side's figure, in the order the text gives them." })
  claims(@Root() f: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(f, info, ctx);
  }

  @FieldResolver(() => Section, { description: 'The section that reports the figures.' })
  section(@Root() f: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(f, info, ctx);
  }
}

@Resolver(() => FigureClaim)
export class FigureClaimResolver {
  @FieldResolver(() => Actor, { description: 'The side that claims the figure (a country, an organisation, a person).' })
  claimant(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who states the figure for the side, when the text names them.' })
  statedBy(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The outlet or body the figure is reported through.' })
  source(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }

  @FieldResolver(() => ContestedFigure, { description: 'The contested figure this claim is one side of.' })
  contestedFigure(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }
}

// Article.contestedFigures: resolved by the contested-figures feature (items -> articles, never the reverse).
@Resolver(() => Article)
export class ArticleContestedFiguresResolver {
  @FieldResolver(() => [ContestedFigure], { description: "Figures the sides dispute, with each side's claim, in reading order." })
  contestedFigures(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}

// Section.contestedFigures: resolved by the contested-figures feature (items -> sections, never the reverse).
@Resolver(() => Section)
export class SectionContestedFiguresResolver {
  @FieldResolver(() => [ContestedFigure], { description: 'Figures the sides dispute in this section, in order.' })
  contestedFigures(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
