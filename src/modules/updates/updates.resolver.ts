// "What changed" for readers: Article.updates (published versions, newest first, each with its diff) and
// Article.changesSince(version); both come with the article's one statement (updates.read.ts).
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from '../articles/article.entity';
import { ArticleChanges, ArticleUpdate, SectionChange } from './updates.types';
import { diffSections } from './diff';

type Row = Record<string, unknown>;

@Resolver(() => Article)
export class UpdatesResolver {
  @FieldResolver(() => [ArticleUpdate], {
    description: 'The published versions, newest first, each with what changed since the published version before it (staged and draft versions never show).',
  })
  updates(
    @Root() a: Row,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, newest first (1 to 100).' }) _first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => ArticleChanges, {
    nullable: true,
    description:
      'What changed for a reader who saw `version` (Article.version): the latest published version against the one they saw. Null before the first publication.',
  })
  changesSince(
    @Root() a: Row,
    @Arg('version', () => Int, { description: 'The version the reader saw.' }) _version: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloaded(a, info, ctx);
  }
}

@Resolver(() => ArticleChanges)
export class ArticleChangesResolver {
  /** The statement brings both versions' sections (updates.read.ts); the paragraph diff is computed here. */
  @FieldResolver(() => [SectionChange], { description: 'The sections that changed, in reading order, then the removed ones.' })
  sections(@Root() changes: Row) {
    const pair = changes.sections as { before: Parameters<typeof diffSections>[0]; after: Parameters<typeof diffSections>[1] } | null;
    return pair ? diffSections(pair.before, pair.after) : [];
  }
}
