// The per-article data that distribution outputs (Article.jsonLd, the feeds) need beyond the article row, selected
// in ONE place so that every output shows the same: the lead image and the corrections. Contributors (authors:
// { name, url }) and topics ({ name, slug }) are to be added here, as `authors` and `topics`, and the builders
// (json-ld.ts, feed.builder.ts) take them as they are.

/** The extras of the article row `a` as one JSON object (see ArticleExtras). */
export const articleExtrasSql = (a: string): string => `json_build_object(
  'leadImage', (SELECT json_build_object('path', xi.path, 'alt', xi.alt, 'caption', xi.caption, 'credit', xi.credit, 'width', xi.width, 'height', xi.height)
    FROM image xi WHERE xi.id = ${a}.lead_image_id),
  'corrections', coalesce((SELECT json_agg(json_build_object('kind', xc.kind, 'text', xc.text, 'sectionKey', xc.section_key, 'createdAt', xc.created_at) ORDER BY xc.seq)
    FROM correction xc WHERE xc.article_id = ${a}.id), '[]'::json)
)`;

/** The article's own fields that the outputs use, with its extras: what Article.jsonLd and a feed item are built from. */
export const articleDocumentSql = (a: string): string => `json_build_object(
  'slug', ${a}.slug, 'headline', ${a}.headline, 'summary', ${a}.summary, 'status', ${a}.status,
  'publishedAt', ${a}.published_at, 'updatedAt', ${a}.updated_at, 'extras', ${articleExtrasSql(a)}
)`;

export interface ExtrasImage {
  path: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
}

export interface ExtrasCorrection {
  kind: 'CORRECTION' | 'CLARIFICATION' | 'EDITORS_NOTE';
  text: string;
  sectionKey: string | null;
  createdAt: string;
}

export interface ArticleExtras {
  leadImage: ExtrasImage | null;
  corrections: ExtrasCorrection[];
  /** Contributors in byline order (wired with the contributors feature); absent until then. */
  authors?: { name: string; url?: string | null }[];
  /** Topics of the article (wired with the topics feature); absent until then. */
  topics?: { name: string; slug: string; url?: string | null }[];
}

/** What articleDocumentSql builds (timestamps as JSON strings). */
export interface ArticleDocument {
  slug: string;
  headline: string;
  summary: string | null;
  status: string;
  publishedAt: string | null;
  updatedAt: string;
  extras: ArticleExtras;
}

/** Article.url and Article.jsonLd in the Article read spec: the values their resolvers turn into the answers. */
export const articleDistributionScalars: Record<string, (alias: string) => string> = {
  url: (a) => `${a}.slug`,
  jsonLd: articleDocumentSql,
};
