// The distribution outputs: Article.url and Article.jsonLd from what the read path built, and the feeds and
// sitemaps, each ONE SQL statement over articles readers see only (PUBLISHED and not under embargo: drafts and embargoed articles never reach them, whoever asks).
import type { EntityManager } from 'typeorm';
import type { NewsArticle, WithContext } from 'schema-dts';
import { publishedNow } from '../visibility.read';
import { articleDocumentSql, type ArticleDocument } from './article-extras.read';
import { articleUrl, distributionConfig } from './distribution.settings';
import { newsArticleJsonLd } from './json-ld';
import { MEDIA_TYPES, renderFeed, type FeedFormat, type FeedSpec } from './feed.builder';
import { renderNewsSitemap, renderSitemapIndex, renderUrlset, XML_MEDIA_TYPE, type NewsRow, type SitemapRow } from './sitemap.builder';

export const FEED_SIZE = 50;
export const NEWS_SITEMAP_MAX = 1000;
export const NEWS_SITEMAP_HOURS = 48;

export interface Document {
  body: string;
  contentType: string;
}

/** An extra condition on the articles of a feed (alias `a`), with its parameters from $1: a per-topic feed's. */
export interface FeedFilter {
  sql: string;
  params: unknown[];
}

export const distributionService = {
  /** Article.url: `slug` is the value the read path built for the field. */
  url(slug: unknown): string {
    return articleUrl(String(slug));
  },

  /** Article.jsonLd from the document the read path built (article-extras.read.ts). */
  jsonLd(document: unknown): WithContext<NewsArticle> {
    return newsArticleJsonLd(document as ArticleDocument, distributionConfig());
  },

  /** The newest FEED_SIZE published explainers (matching `filter`) as a feed. */
  async feed(db: EntityManager, format: FeedFormat, spec: FeedSpec, filter?: FeedFilter): Promise<Document> {
    const params = filter?.params ?? [];
    const rows: { doc: ArticleDocument }[] = await db.query(
      `SELECT ${articleDocumentSql('a')} AS doc FROM article a
        WHERE ${publishedNow('a')}${filter ? ` AND (${filter.sql})` : ''}
        ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT ${FEED_SIZE}`,
      params,
    );
    return {
      body: renderFeed(
        format,
        spec,
        rows.map((r) => r.doc),
        distributionConfig(),
      ),
      contentType: MEDIA_TYPES[format],
    };
  },

  /** The explainers feed. */
  explainersFeed(db: EntityManager, format: FeedFormat): Promise<Document> {
    const config = distributionConfig();
    return this.feed(db, format, {
      title: `${config.publisher.name}: explainers`,
      description: `The latest explainers from ${config.publisher.name}.`,
      path: '/feeds/explainers',
      homePage: config.publisher.url,
    });
  },

  /**
   * The feed of one topic: its newest published explainers. Null (404) for an unknown topic and for one a reader
   * cannot see: as with `topic(slug)`, a topic is seen only while a PUBLISHED explainer is tagged with it, so a
   * topic with only drafts has no feed (rather than an empty one that would announce it).
   */
  async topicFeed(db: EntityManager, format: FeedFormat, slug: string): Promise<Document | null> {
    const [topic]: { name: string; summary: string | null }[] = await db.query(
      `SELECT t.name, t.summary FROM topic t WHERE t.slug = $1
        AND EXISTS (SELECT 1 FROM article_topic vt JOIN article va ON va.id = vt.article_id WHERE vt.topic_id = t.id AND va.status = 'PUBLISHED')`,
      [slug],
    );
    if (!topic) return null;
    const config = distributionConfig();
    return this.feed(
      db,
      format,
      {
        title: `${config.publisher.name}: ${topic.name}`,
        description: topic.summary ?? `The latest explainers about ${topic.name} from ${config.publisher.name}.`,
        path: `/feeds/topics/${slug}`,
        homePage: config.publisher.url,
      },
      { sql: `EXISTS (SELECT 1 FROM article_topic ft JOIN topic ftt ON ftt.id = ft.topic_id WHERE ft.article_id = a.id AND ftt.slug = $1)`, params: [slug] },
    );
  },

  /** Google News sitemap: explainers first published in the last 48 hours, at most 1,000, newest first. */
  async newsSitemap(db: EntityManager): Promise<Document> {
    const rows: NewsRow[] = await db.query(
      `SELECT a.slug, a.headline, a.published_at AS "publishedAt", a.updated_at AS "updatedAt" FROM article a
        WHERE ${publishedNow('a')} AND a.published_at >= now() - interval '${NEWS_SITEMAP_HOURS} hours'
        ORDER BY a.published_at DESC, a.id DESC LIMIT ${NEWS_SITEMAP_MAX}`,
    );
    return { body: renderNewsSitemap(rows, distributionConfig()), contentType: XML_MEDIA_TYPE };
  },

  /**
   * /sitemaps/explainers.xml (`page` null): every published explainer, or, past SITEMAP_PAGE_SIZE of them, a
   * sitemap index of pages; `page` n: that page (oldest first, so that pages keep their URLs as explainers are
   * added). Null when there is no such page.
   */
  async explainersSitemap(db: EntityManager, page: number | null): Promise<Document | null> {
    const size = distributionConfig().sitemapPageSize;
    if (page === null) {
      // One statement: the pages (their count and last modification), and the rows when they fit in one.
      const [row]: { pages: { lastmod: string }[]; urls: SitemapRow[] | null }[] = await db.query(
        `WITH p AS (SELECT a.slug, a.updated_at, a.published_at, a.id FROM article a WHERE ${publishedNow('a')}),
              n AS (SELECT count(*) AS total FROM p)
         SELECT
                (SELECT coalesce(json_agg(json_build_object('lastmod', lastmod) ORDER BY page), '[]'::json) FROM (
                  SELECT page, max(updated_at) AS lastmod FROM (
                    SELECT (row_number() OVER (ORDER BY p.published_at, p.id) - 1) / $1 AS page, p.updated_at FROM p) x GROUP BY page) pages) AS pages,
                CASE WHEN (SELECT total FROM n) <= $1 THEN
                  (SELECT coalesce(json_agg(json_build_object('slug', p.slug, 'updatedAt', p.updated_at) ORDER BY p.published_at DESC, p.id DESC), '[]'::json) FROM p)
                END AS urls`,
        [size],
      );
      const config = distributionConfig();
      const body = row.urls ? renderUrlset(row.urls) : renderSitemapIndex(row.pages, config);
      return { body, contentType: XML_MEDIA_TYPE };
    }
    const rows: SitemapRow[] = await db.query(
      `SELECT a.slug, a.updated_at AS "updatedAt" FROM article a WHERE ${publishedNow('a')}
        ORDER BY a.published_at, a.id OFFSET $1 LIMIT $2`,
      [(page - 1) * size, size],
    );
    if (rows.length === 0) return null;
    return { body: renderUrlset(rows), contentType: XML_MEDIA_TYPE };
  },
};
