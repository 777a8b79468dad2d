// addCitation/updateCitation/removeCitation and the same for quotes and reactions: one resolver class per kind,
// made by one factory since the three differ only in their input types.
import { Arg, ClassType, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { CitationInput, CitationPatch, QuoteInput, QuotePatch, ReactionInput, ReactionPatch } from '../articles/article-write.dto';
import { readArticle } from '../articles/article-write.resolver';
import { sectionRow } from './section-write.service';
import { sectionItemsService, type ItemKind } from './section-items.service';

const VERSION = { description: 'The article version the change was made against.' };

async function articleOf(ctx: Context, kind: ItemKind, id: string): Promise<string> {
  const [row]: { articleId: string }[] = await ctx.db.query(
    `SELECT s.article_id AS "articleId" FROM ${kind} x JOIN section s ON s.id = x.section_id WHERE x.id = $1`,
    [id],
  );
  return row?.articleId;
}

function itemWriteResolver<I extends object, P extends object>(kind: ItemKind, name: 'Citation' | 'Quote' | 'Reaction', Input: ClassType<I>, Patch: ClassType<P>) {
  @Resolver()
  class ItemWriteResolver {
    @Mutation(() => Article, { name: `add${name}`, description: `Adds a ${kind} at the end of a section (EDITOR).` })
    async add(
      @Arg('sectionId', () => ID) id: string,
      @Arg('expectedVersion', () => Int, VERSION) v: number,
      @Arg(kind, () => Input) input: I,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const sectionId = idOf(id, 'Section', 'sectionId');
      await sectionItemsService.add(ctx, kind, sectionId, v, input);
      return readArticle(ctx, info, (await sectionRow(ctx.db, sectionId)).articleId);
    }

    @Mutation(() => Article, { name: `update${name}`, description: `Changes a ${kind} (EDITOR).` })
    async update(
      @Arg('id', () => ID) id: string,
      @Arg('expectedVersion', () => Int, VERSION) v: number,
      @Arg('patch', () => Patch) patch: P,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const itemId = idOf(id, name, 'id');
      await sectionItemsService.update(ctx, kind, itemId, v, patch);
      return readArticle(ctx, info, await articleOf(ctx, kind, itemId));
    }

    @Mutation(() => Article, { name: `remove${name}`, description: `Removes a ${kind} (EDITOR).` })
    async remove(
      @Arg('id', () => ID) id: string,
      @Arg('expectedVersion', () => Int, VERSION) v: number,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const itemId = idOf(id, name, 'id');
      const articleId = await articleOf(ctx, kind, itemId);
      await sectionItemsService.remove(ctx, kind, itemId, v);
      return readArticle(ctx, info, articleId);
    }
  }
  return ItemWriteResolver;
}

export const CitationWriteResolver = itemWriteResolver('citation', 'Citation', CitationInput, CitationPatch);
export const QuoteWriteResolver = itemWriteResolver('quote', 'Quote', QuoteInput, QuotePatch);
export const ReactionWriteResolver = itemWriteResolver('reaction', 'Reaction', ReactionInput, ReactionPatch);
