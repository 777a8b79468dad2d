// Sitemaps (sitemaps.org 0.9), the Google News sitemap and the sitemap index, written with fast-xml-parser's
// XMLBuilder (it escapes text and attribute values).
import { XMLBuilder } from 'fast-xml-parser';
import type { DistributionConfig } from '../../config';
import { articleUrl } from './distribution.settings';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
export const XML_MEDIA_TYPE = 'application/xml; charset=utf-8';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
const xml = (root: Record<string, unknown>) => builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
const iso = (t: string | Date) => new Date(t).toISOString();

export interface SitemapRow {
  slug: string;
  updatedAt: string;
}

export interface NewsRow extends SitemapRow {
  headline: string;
  publishedAt: string;
}

/** A urlset of explainers with their last modification. */
export function renderUrlset(rows: SitemapRow[]): string {
  return xml({ urlset: { '@_xmlns': SITEMAP_NS, url: rows.map((r) => ({ loc: articleUrl(r.slug), lastmod: iso(r.updatedAt) })) } });
}

/** The Google News sitemap: publication name and language, first publication date and title of each. */
export function renderNewsSitemap(rows: NewsRow[], config: DistributionConfig): string {
  return xml({
    urlset: {
      '@_xmlns': SITEMAP_NS,
      '@_xmlns:news': NEWS_NS,
      url: rows.map((r) => ({
        loc: articleUrl(r.slug),
        lastmod: iso(r.updatedAt),
        'news:news': {
          'news:publication': { 'news:name': config.publisher.name, 'news:language': config.language.split('-')[0] },
          'news:publication_date': iso(r.publishedAt),
          'news:title': r.headline,
        },
      })),
    },
  });
}

/** A sitemap index of `pages` pages at `<base>/sitemaps/explainers-<n>.xml`, each with its last modification. */
export function renderSitemapIndex(pages: { lastmod: string }[], config: DistributionConfig): string {
  return xml({
    sitemapindex: {
      '@_xmlns': SITEMAP_NS,
      sitemap: pages.map((p, i) => ({ loc: `${config.baseUrl}/sitemaps/explainers-${i + 1}.xml`, lastmod: iso(p.lastmod) })),
    },
  });
}
