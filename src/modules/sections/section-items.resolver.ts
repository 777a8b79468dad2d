// addCitation/updateCitation/removeCitation and the same for quotes and reactions: one resolver class per kind,
// made by this factory from what the item's feature gives (its SectionItemTable and input types); each item feature
// makes its own (citations/citation-write.resolver.ts...).
import { Arg, Authorized, ClassType, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { articleService } from '../articles/article.service';
import { sectionItemsService, type SectionItemTable } from './section-items.service';

const VERSION = { description: 'The article version the change was made against.' };

export function itemWriteResolver<I extends object, P extends object>(item: SectionItemTable, Input: ClassType<I>, Patch: ClassType<P>) {
  const kind = item.table;
  const name = item.type;
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
      return sectionItemsService.add(ctx, item, sectionId, v, input, articleService.readBack(ctx, info));
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
      return sectionItemsService.update(ctx, item, itemId, v, patch, articleService.readBack(ctx, info));
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
      return sectionItemsService.remove(ctx, item, itemId, v, articleService.readBack(ctx, info));
    }
  }
  return ItemWriteResolver;
}
