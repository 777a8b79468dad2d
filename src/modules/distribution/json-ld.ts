// Article.jsonLd: a schema.org NewsArticle as JSON-LD, typed by schema-dts. It carries every property Google's
// Article structured-data documentation recommends (author with name and url, dateModified, datePublished,
// headline, image in several sizes) and what a news page adds: description, publisher, mainEntityOfPage,
// url, inLanguage, corrections (CorrectionComment) and the topics it is about.
import type { CorrectionComment, ImageObject, NewsArticle, Organization, Person, Thing, WithContext } from 'schema-dts';
import type { DistributionConfig } from '../../config';
import type { ArticleExtras } from './article-extras.read';
import { articleUrl, renditionsOf } from './distribution.settings';

export interface NewsArticleInput {
  slug: string;
  headline: string;
  summary: string | null;
  publishedAt: string | null;
  updatedAt: string;
  extras: ArticleExtras;
}

const iso = (t: string | Date) => new Date(t).toISOString();

export function publisherOf(config: DistributionConfig): Organization {
  const { name, url, logoUrl } = config.publisher;
  return { '@type': 'Organization', name, url, ...(logoUrl ? { logo: { '@type': 'ImageObject', url: logoUrl } } : {}) };
}

/** The article's JSON-LD; `config` gives the publisher, language and URL templates. */
export function newsArticleJsonLd(a: NewsArticleInput, config: DistributionConfig): WithContext<NewsArticle> {
  const url = articleUrl(a.slug);
  const { leadImage, corrections } = a.extras;
  const images: ImageObject[] = leadImage
    ? renditionsOf(leadImage).map((r) => ({
        '@type': 'ImageObject',
        url: r.url,
        contentUrl: r.url,
        width: { '@type': 'QuantitativeValue', value: r.width, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: r.height, unitCode: 'E37' },
        ...(leadImage.alt ? { description: leadImage.alt } : {}),
        ...(leadImage.caption ? { caption: leadImage.caption } : {}),
        ...(leadImage.credit ? { creditText: leadImage.credit } : {}),
      }))
    : [];
  const publisher = publisherOf(config);
  // Until the article names its contributors, the publisher is its author (Google accepts an Organization).
  const authors: (Person | Organization)[] = a.extras.authors?.length
    ? a.extras.authors.map((p) => ({ '@type': 'Person', name: p.name, ...(p.url ? { url: p.url } : {}) }))
    : [publisher];
  const topics = a.extras.topics ?? [];
  const about: Thing[] = topics.map((t) => ({ '@type': 'Thing', name: t.name, ...(t.url ? { url: t.url } : {}) }));
  // Corrections and clarifications are schema.org CorrectionComments; editor's notes are not corrections.
  const correction: CorrectionComment[] = corrections
    .filter((c) => c.kind !== 'EDITORS_NOTE')
    .map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: iso(c.createdAt) }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: a.headline,
    ...(a.summary ? { description: a.summary } : {}),
    ...(a.publishedAt ? { datePublished: iso(a.publishedAt) } : {}),
    dateModified: iso(a.updatedAt),
    ...(images.length ? { image: images } : {}),
    author: authors,
    publisher,
    inLanguage: config.language,
    isAccessibleForFree: true,
    ...(about.length ? { about, keywords: topics.map((t) => t.name).join(', ') } : {}),
    ...(correction.length ? { correction } : {}),
  };
}
