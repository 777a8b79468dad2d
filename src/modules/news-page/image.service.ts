// Image URLs (from the values the read path built) and the image writes: each a versioned article write.
import type { Context } from '../../context';
import { BadUserInputError } from '../../common/errors';
import { versionedWrite, type ReadBack } from '../articles/article-write.service';
import { sectionRow } from '../sections/section-write.service';
import { insertCorrections, type CorrectionData } from '../corrections/correction.writer';
import { imageUrl, renditionsOf, type ImageSource, type Rendition } from '../distribution/distribution.settings';
import { checkImageForLiveArticle, setLeadImage, setSectionImage, type ImageData } from '../images/image.writer';

function sourceOf(raw: unknown): ImageSource {
  const s = raw as ImageSource | null;
  if (!s || typeof s.path !== 'string') throw new Error('Image: no source values in the row (path, width, height)');
  return s;
}

export const imageService = {
  url(raw: unknown): string {
    const s = sourceOf(raw);
    return imageUrl(s.path, s.width);
  },

  renditions(raw: unknown, widths: number[] | null | undefined): Rendition[] {
    return renditionsOf(sourceOf(raw), widths);
  },

  /** Sets (image) or clears (null) the article's lead image, with any corrections, as one versioned write. */
  setLead<R>(
    ctx: Context,
    articleId: string,
    expectedVersion: number,
    image: ImageData | null,
    corrections: CorrectionData[],
    readBack: ReadBack<R>,
  ): Promise<R> {
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      image ? 'setLeadImage' : 'clearLeadImage',
      async (m) => {
        await checkImageForLiveArticle(m, articleId, image, 'image.alt');
        await setLeadImage(m, articleId, image);
        await insertCorrections(m, articleId, corrections);
      },
      readBack,
    );
  },

  /** Sets or clears a section's image; `expectedVersion` is the article's. */
  async setSection<R>(
    ctx: Context,
    sectionId: string,
    expectedVersion: number,
    image: ImageData | null,
    corrections: CorrectionData[],
    readBack: ReadBack<R>,
  ): Promise<R> {
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      image ? 'setSectionImage' : 'clearSectionImage',
      async (m) => {
        const row = await sectionRow(m, sectionId);
        if (row.articleId !== articleId) throw new BadUserInputError('sectionId: the section moved to another article', { argument: 'sectionId' });
        await checkImageForLiveArticle(m, articleId, image, 'image.alt');
        await setSectionImage(m, articleId, sectionId, image);
        await insertCorrections(m, articleId, corrections);
      },
      readBack,
    );
  },
};
