import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from '../articles/article.entity';
import { Section } from '../sections/section.entity';
import { Correction } from '../corrections/correction.entity';

type Row = Record<string, unknown>;

@Resolver(() => Correction)
export class CorrectionResolver {
  @FieldResolver(() => Article, { description: 'The article the note belongs to.' })
  article(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }
}

@Resolver(() => Article)
export class ArticleCorrectionResolver {
  @FieldResolver(() => [Correction], { description: "Corrections, clarifications and editor's notes of the article, oldest first." })
  corrections(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}

@Resolver(() => Section)
export class SectionCorrectionResolver {
  @FieldResolver(() => [Correction], { description: 'The notes added about this section, oldest first.' })
  corrections(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
