import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { preloaded } from '../../common/graphql/preloaded';
import { Article } from '../articles/article.entity';
import { Section } from '../sections/section.entity';
import { Image, ImageRendition } from '../images/image.entity';
import { imageService } from './image.service';

type Row = Record<string, unknown>;

@Resolver(() => Image)
export class ImageResolver {
  @FieldResolver(() => String, { description: 'URL of the original, at its own width (IMAGE_URL_TEMPLATE).' })
  url(@Root() image: Row) {
    return imageService.url(image.url);
  }

  @FieldResolver(() => [ImageRendition], {
    description: 'The image at these widths, narrowest first (default: IMAGE_RENDITION_WIDTHS); wider than the original: served at its width.',
  })
  renditions(
    @Root() image: Row,
    @Arg('widths', () => [Int], { nullable: true, description: 'Widths in pixels, 1 to 10 of them, each from 16 to 8192.' }) widths: number[] | null,
  ) {
    return imageService.renditions(image.renditions, widths);
  }
}

@Resolver(() => Article)
export class ArticleImageResolver {
  @FieldResolver(() => Image, { nullable: true, description: 'The image shown at the top of the article.' })
  leadImage(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }
}

@Resolver(() => Section)
export class SectionImageResolver {
  @FieldResolver(() => Image, { nullable: true, description: 'The image shown with this section.' })
  image(@Root() s: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(s, info, ctx);
  }
}
