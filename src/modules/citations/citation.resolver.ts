import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Citation } from './citation.entity';
import { Section } from '../sections/section.entity';
import { Source } from '../sources/source.entity';

type Row = Record<string, unknown>;

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The outlet or body the statement is attributed to.' })
  source(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }

  @FieldResolver(() => Section, { description: 'The section this belongs to.' })
  section(@Root() c: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }
}

// Section.citations: resolved by the citations feature (items -> sections, never the reverse).
@Resolver(() => Section)
export class SectionCitationsResolver {
  @FieldResolver(() => [Citation], { description: 'Statements of this section attributed to sources, in order.' })
  citations(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
