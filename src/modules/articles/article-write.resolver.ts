import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from './article.entity';
import { ArticlePatch, CreateArticleInput } from './article-write.dto';
import { articleWriteService, type Transition } from './article-write.service';
import { articleService } from './article.service';
import { checkCorrections, CorrectionInput } from '../corrections/correction.dto';

const VERSION = { description: 'The version the change was made against; a stale one gives VERSION_CONFLICT with the current version.' };

@Resolver()
export class ArticleWriteResolver {
  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Creates a whole explainer as a DRAFT (EDITOR). Sources and actors are matched by name and created when new.' })
  async createArticle(
    @Arg('input', () => CreateArticleInput, { description: 'The whole explainer.' }) input: CreateArticleInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articleWriteService.create(ctx, input, articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Changes fields of an article (EDITOR).' })
  async updateArticle(
    @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Arg('patch', () => ArticlePatch, { description: 'The fields to change.' }) patch: ArticlePatch,
    @Arg('corrections', () => [CorrectionInput], { nullable: true, description: 'Corrections or notes added with this change, in the same transaction.' })
    corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'id');
    return articleWriteService.update(ctx, articleId, expectedVersion, patch, articleService.readBack(ctx, info), checkCorrections(corrections));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'DRAFT -> PUBLISHED (EDITOR); publishedAt is set on the first publication.' })
  publishArticle(
    @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.transition('publishArticle', id, v, ctx, info);
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'PUBLISHED -> DRAFT (EDITOR): readers stop seeing it.' })
  unpublishArticle(
    @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.transition('unpublishArticle', id, v, ctx, info);
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'DRAFT or PUBLISHED -> ARCHIVED (EDITOR).' })
  archiveArticle(
    @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.transition('archiveArticle', id, v, ctx, info);
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, { description: 'Deletes the article with its sections, citations, quotes, reactions and revisions (EDITOR). Returns its id.' })
  async deleteArticle(
    @Arg('id', () => ID, { description: 'Global id of the object to change.' }) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The version the deletion was decided on (a stale one gives VERSION_CONFLICT); left out: whatever the current version.',
    })
    v: number | null | undefined,
    @Ctx() ctx: Context,
  ) {
    await articleWriteService.delete(ctx, idOf(id, 'Article', 'id'), v ?? null);
    return id;
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Makes the content of revision `version` current again, as a new version (EDITOR).' })
  async restoreRevision(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('version', () => Int, { description: 'The revision (article version) whose content comes back.' }) version: number,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    return articleWriteService.restore(ctx, articleId, version, v, articleService.readBack(ctx, info));
  }

  private async transition(action: Transition, id: string, v: number, ctx: Context, info: GraphQLResolveInfo) {
    const articleId = idOf(id, 'Article', 'id');
    return articleWriteService.transition(ctx, articleId, v, action, articleService.readBack(ctx, info));
  }
}
