// How Image is read (see common/sql/json-query), and the relations that lead to images: Article.leadImage and
// Section.image, which articles/article.read.ts and sections/section.read.ts take in.
import { defineObject, type ReadSpec, type Relation, type SqlBuilder } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';

/** What Image.url and Image.renditions are built from (distribution.settings.ts): one JSON value per image. */
const source = (a: string) => `json_build_object('path', ${a}.path, 'width', ${a}.width, 'height', ${a}.height)`;

/** Readers see an image while a PUBLISHED article shows it, as its lead image or a section's. */
export function imageVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `(EXISTS (SELECT 1 FROM article vi WHERE vi.lead_image_id = ${alias}.id AND vi.status = 'PUBLISHED')
    OR EXISTS (SELECT 1 FROM section vs JOIN article va ON va.id = vs.article_id WHERE vs.image_id = ${alias}.id AND va.status = 'PUBLISHED'))`;
}

const imageObject = defineObject({
  type: 'Image',
  table: 'image',
  interfaces: ['Node'],
  scalars: {
    path: (a) => `${a}.path`,
    alt: (a) => `${a}.alt`,
    caption: (a) => `${a}.caption`,
    credit: (a) => `${a}.credit`,
    width: (a) => `${a}.width`,
    height: (a) => `${a}.height`,
    url: source,
    renditions: source,
  },
  relations: {},
  visible: imageVisible,
});

/** Article.leadImage, spread into the Article read spec. */
export const articleImageRelations: Record<string, Relation> = {
  leadImage: byForeignKey('Image', 'image', 'lead_image_id'),
};

/** Section.image, spread into the Section read spec. */
export const sectionImageRelations: Record<string, Relation> = {
  image: byForeignKey('Image', 'image', 'image_id'),
};

/** The read spec of this feature, registered by src/schema.ts. */
export const imageReads: ReadSpec = { objects: [imageObject] };
