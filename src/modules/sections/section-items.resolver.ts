// addCitation/updateCitation/removeCitation and the same for quotes and reactions: one resolver class per kind,
// made by one factory since the three differ only in their input types.
import { Arg, Authorized, ClassType, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { CitationInput, CitationPatch, QuoteInput, QuotePatch, ReactionInput, ReactionPatch } from '../articles/article-write.dto';
import { articleService } from '../articles/article.service';
import { sectionItemsService, type ItemKind } from './section-items.service';

const VERSION = { description: 'The article version the change was made against.' };

function itemWriteResolver<I extends object, P extends object>(
  kind: ItemKind,
  name: 'Citation' | 'Quote' | 'Reaction',
  Input: ClassType<I>,
  Patch: ClassType<P>,
) {
  @Resolver()
  class ItemWriteResolver {
    @Authorized('EDITOR')
    @Mutation(() => Article, { name: `add${name}`, description: `Adds a ${kind} at the end of a section (EDITOR).` })
    async add(
      @Arg('sectionId', () => ID, { description: 'Global id of the section.' }) id: string,
      @Arg('expectedVersion', () => Int, VERSION) v: number,
      @Arg(kind, () => Input, { description: `The new ${kind}.` }) input: I,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const sectionId = idOf(id, 'Section', 'sectionId');
      return sectionItemsService.add(ctx, kind, sectionId, v, input, articleService.readBack(ctx, info));
    }

    @Authorized('EDITOR')
    @Mutation(() => Article, { name: `update${name}`, description: `Changes a ${kind} (EDITOR).` })
    async update(
      @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
      @Arg('expectedVersion', () => Int, VERSION) v: number,
      @Arg('patch', () => Patch, { description: 'The fields to change.' }) patch: P,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const itemId = idOf(id, name, 'id');
      return sectionItemsService.update(ctx, kind, itemId, v, patch, articleService.readBack(ctx, info));
    }

    @Authorized('EDITOR')
    @Mutation(() => Article, { name: `remove${name}`, description: `Removes a ${kind} (EDITOR).` })
    async remove(
      @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
      @Arg('expectedVersion', () => Int, VERSION) v: number,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const itemId = idOf(id, name, 'id');
      return sectionItemsService.remove(ctx, kind, itemId, v, articleService.readBack(ctx, info));
    }
  }
  return ItemWriteResolver;
}

export const CitationWriteResolver = itemWriteResolver('citation', 'Citation', CitationInput, CitationPatch);
export const QuoteWriteResolver = itemWriteResolver('quote', 'Quote', QuoteInput, QuotePatch);
export const ReactionWriteResolver = itemWriteResolver('reaction', 'Reaction', ReactionInput, ReactionPatch);
