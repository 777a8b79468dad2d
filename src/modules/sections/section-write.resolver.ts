import { Arg, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { SectionInput, SectionPatch } from '../articles/article-write.dto';
import { readArticle } from '../articles/article-write.resolver';
import { sectionRow, sectionWriteService } from './section-write.service';

const VERSION = { description: 'The article version the change was made against.' };

@Resolver()
export class SectionWriteResolver {
  @Mutation(() => Article, { description: 'Adds a question section at `position` (1 = right after the lead; default: last) (EDITOR).' })
  async addSection(
    @Arg('articleId', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('section', () => SectionInput) section: SectionInput,
    @Arg('position', () => Int, { nullable: true }) position: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    await sectionWriteService.add(ctx, articleId, v, section, position);
    return readArticle(ctx, info, articleId);
  }

  @Mutation(() => Article, { description: "Changes a section's key, heading or body (EDITOR)." })
  async updateSection(
    @Arg('sectionId', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('patch', () => SectionPatch) patch: SectionPatch,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sectionId = idOf(id, 'Section', 'sectionId');
    await sectionWriteService.update(ctx, sectionId, v, patch);
    return readArticle(ctx, info, (await sectionRow(ctx.db, sectionId)).articleId);
  }

  @Mutation(() => Article, { description: 'Removes a question section and everything in it; the lead stays (EDITOR).' })
  async removeSection(
    @Arg('sectionId', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sectionId = idOf(id, 'Section', 'sectionId');
    const { articleId } = await sectionRow(ctx.db, sectionId);
    await sectionWriteService.remove(ctx, sectionId, v);
    return readArticle(ctx, info, articleId);
  }

  @Mutation(() => Article, { description: 'Puts the sections in the order of `keys`, which names each section once, the lead first (EDITOR).' })
  async reorderSections(
    @Arg('articleId', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('keys', () => [String]) keys: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    await sectionWriteService.reorder(ctx, articleId, v, keys);
    return readArticle(ctx, info, articleId);
  }
}

