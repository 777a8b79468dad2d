import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { SectionInput, SectionPatch } from '../articles/article-write.dto';
import { articleService } from '../articles/article.service';
import { sectionWriteService } from './section-write.service';
import { CorrectionInput } from '../corrections/correction.dto';
import { checkCorrections } from '../corrections/correction.dto';

const CORRECTIONS = { nullable: true, description: 'Corrections or notes added with this change, in the same transaction.' };

const VERSION = { description: 'The article version the change was made against.' };

@Resolver()
export class SectionWriteResolver {
  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Adds a question section at `position` (1 = right after the lead; default: last) (EDITOR).' })
  async addSection(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('section', () => SectionInput, { description: 'The new question section.' }) section: SectionInput,
    @Arg('position', () => Int, { nullable: true, description: '1 puts it right after the lead; default: last.' }) position: number | null,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    return sectionWriteService.add(ctx, articleId, v, section, position, articleService.readBack(ctx, info), checkCorrections(corrections));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: "Changes a section's key, heading or body (EDITOR)." })
  async updateSection(
    @Arg('sectionId', () => ID, { description: 'Global id of the section.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('patch', () => SectionPatch, { description: 'The fields to change.' }) patch: SectionPatch,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sectionId = idOf(id, 'Section', 'sectionId');
    return sectionWriteService.update(ctx, sectionId, v, patch, articleService.readBack(ctx, info), checkCorrections(corrections));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Removes a question section and everything in it; the lead stays (EDITOR).' })
  async removeSection(
    @Arg('sectionId', () => ID, { description: 'Global id of the section.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sectionId = idOf(id, 'Section', 'sectionId');
    return sectionWriteService.remove(ctx, sectionId, v, articleService.readBack(ctx, info), checkCorrections(corrections));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Puts the sections in the order of `keys`, which names each section once, the lead first (EDITOR).' })
  async reorderSections(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('keys', () => [String], { description: 'Every section key once, in the new order, the lead first.' }) keys: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    return sectionWriteService.reorder(ctx, articleId, v, keys, articleService.readBack(ctx, info));
  }
}
