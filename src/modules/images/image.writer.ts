// Image rows inside the caller's transaction: one row per place an image is shown (the lead image or a section's),
// owned by the article; a row no place shows any more is deleted. Revisions hold images by value (snapshot).
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../common/errors';

/** An image as data: what ImageInput, the revision snapshot and the fixtures share. */
export interface ImageData {
  path: string;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  width: number;
  height: number;
}

const blank = (s: string | null | undefined) => s == null || s.trim() === '';

/** Inserts an image of the article; returns its id. */
export async function insertImage(m: EntityManager, articleId: string, image: ImageData): Promise<string> {
  const [row]: { id: string }[] = await m.query(
    'INSERT INTO image (article_id, path, alt, caption, credit, width, height) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
    [articleId, image.path, blank(image.alt) ? null : image.alt, image.caption ?? null, image.credit ?? null, image.width, image.height],
  );
  return row.id;
}

/** Deletes the article's images that neither the article nor any of its sections shows. */
export async function pruneImages(m: EntityManager, articleId: string): Promise<void> {
  await m.query(
    `DELETE FROM image i WHERE i.article_id = $1
       AND NOT EXISTS (SELECT 1 FROM article a WHERE a.lead_image_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM section s WHERE s.image_id = i.id)`,
    [articleId],
  );
}

/** Sets (or with null clears) the article's lead image. */
export async function setLeadImage(m: EntityManager, articleId: string, image: ImageData | null): Promise<void> {
  const id = image ? await insertImage(m, articleId, image) : null;
  await m.query('UPDATE article SET lead_image_id = $2 WHERE id = $1', [articleId, id]);
  await pruneImages(m, articleId);
}

/** Sets (or with null clears) a section's image. */
export async function setSectionImage(m: EntityManager, articleId: string, sectionId: string, image: ImageData | null): Promise<void> {
  const id = image ? await insertImage(m, articleId, image) : null;
  await m.query('UPDATE section SET image_id = $2, updated_at = now() WHERE id = $1', [sectionId, id]);
  await pruneImages(m, articleId);
}

/**
 * Readers must be able to know what every image shows: refuses an article whose lead image or a section's image
 * has no alt text (BAD_USER_INPUT naming the field: `leadImage.alt`, `sections.2.image.alt`).
 */
export async function checkImagesPublishable(m: EntityManager, articleId: string): Promise<void> {
  const rows: { position: number | null; key: string | null }[] = await m.query(
    `SELECT NULL::int AS position, NULL AS key FROM article a JOIN image i ON i.id = a.lead_image_id
       WHERE a.id = $1 AND (i.alt IS NULL OR btrim(i.alt) = '')
     UNION ALL
     SELECT s.position, s.key FROM section s JOIN image i ON i.id = s.image_id
       WHERE s.article_id = $1 AND (i.alt IS NULL OR btrim(i.alt) = '')
     ORDER BY 1 NULLS FIRST`,
    [articleId],
  );
  if (rows.length === 0) return;
  const first = rows[0];
  const field = first.position === null ? 'leadImage.alt' : `sections.${first.position}.image.alt`;
  const where = first.position === null ? 'the lead image' : `the image of section "${first.key}"`;
  throw new BadUserInputError(`${field}: ${where} has no alt text; every image needs one before the article is published`, {
    field,
    fields: rows.map((r) => (r.position === null ? 'leadImage.alt' : `sections.${r.position}.image.alt`)),
  });
}

/** On a PUBLISHED article an image goes live at once: it needs its alt text now. */
export async function checkImageForLiveArticle(m: EntityManager, articleId: string, image: ImageData | null, field: string): Promise<void> {
  if (!image || !blank(image.alt)) return;
  const [row]: { status: string }[] = await m.query('SELECT status FROM article WHERE id = $1', [articleId]);
  if (row?.status === 'PUBLISHED') {
    throw new BadUserInputError(`${field}: the article is published; an image needs its alt text`, { field });
  }
}
