import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { articleService } from '../articles/article.service';
import { checkCorrections, CorrectionInput } from '../corrections/correction.dto';
import { ImageInput } from '../images/image.dto';
import { imageService } from './image.service';

const VERSION = { description: 'The article version the change was made against; a stale one gives VERSION_CONFLICT.' };
const CORRECTIONS = { nullable: true, description: 'Corrections or notes added with this change, in the same transaction.' };

@Resolver()
export class ImageWriteResolver {
  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Sets the lead image of an article (EDITOR). On a published article the image needs its alt text.' })
  setLeadImage(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('image', () => ImageInput, { description: 'The image.' }) image: ImageInput,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    return imageService.setLead(ctx, articleId, v, image, checkCorrections(corrections), articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: 'Removes the lead image of an article (EDITOR).' })
  clearLeadImage(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const articleId = idOf(id, 'Article', 'articleId');
    return imageService.setLead(ctx, articleId, v, null, checkCorrections(corrections), articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: "Sets a section's image (EDITOR). On a published article the image needs its alt text." })
  setSectionImage(
    @Arg('sectionId', () => ID, { description: 'Global id of the section.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('image', () => ImageInput, { description: 'The image.' }) image: ImageInput,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sectionId = idOf(id, 'Section', 'sectionId');
    return imageService.setSection(ctx, sectionId, v, image, checkCorrections(corrections), articleService.readBack(ctx, info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Article, { description: "Removes a section's image (EDITOR)." })
  clearSectionImage(
    @Arg('sectionId', () => ID, { description: 'Global id of the section.' }) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number,
    @Arg('corrections', () => [CorrectionInput], CORRECTIONS) corrections: CorrectionInput[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sectionId = idOf(id, 'Section', 'sectionId');
    return imageService.setSection(ctx, sectionId, v, null, checkCorrections(corrections), articleService.readBack(ctx, info));
  }
}
