// The per-article data that distribution outputs (Article.jsonLd, the feeds) need beyond the article row, selected
// in ONE place so that every output shows the same: the lead image, the corrections, the authors (contributors in
// byline order: { name, url }) and the topics ({ name, slug }); the builders (json-ld.ts, feed.builder.ts) take them
// as they are. The byline and topic joins are written here (not taken from articles/article-news.read.ts, which
// would make a folder cycle: articles' read spec uses this file).

/** The extras of the article row `a` as one JSON object (see ArticleExtras). */
export const articleExtrasSql = (a: string): string => `json_build_object(
  'leadImage', (SELECT json_build_object('path', xi.path, 'alt', xi.alt, 'caption', xi.caption, 'credit', xi.credit, 'width', xi.width, 'height', xi.height)
    FROM image xi WHERE xi.id = ${a}.lead_image_id),
  'corrections', coalesce((SELECT json_agg(json_build_object('kind', xc.kind, 'text', xc.text, 'sectionKey', xc.section_key, 'createdAt', xc.created_at) ORDER BY xc.seq)
    FROM correction xc WHERE xc.article_id = ${a}.id), '[]'::json),
  'authors', coalesce((SELECT json_agg(json_build_object('name', xw.name, 'url', xw.url) ORDER BY xaw.position)
    FROM article_contributor xaw JOIN contributor xw ON xw.id = xaw.contributor_id WHERE xaw.article_id = ${a}.id), '[]'::json),
  'topics', coalesce((SELECT json_agg(json_build_object('name', xt.name, 'slug', xt.slug) ORDER BY xat.position)
    FROM article_topic xat JOIN topic xt ON xt.id = xat.topic_id WHERE xat.article_id = ${a}.id), '[]'::json)
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
  /** Contributors in byline order. */
  authors?: { name: string; url?: string | null }[];
  /** Topics of the article, in the editor's order. */
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
