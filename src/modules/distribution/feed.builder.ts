// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of a list of explainers, written by the `feed` library. Its JSON output is
// JSON Feed 1.0 (`author`); the 1.1 fields (version, `authors`, `language`) are set on it here.
import { Feed, type Author, type Item } from 'feed';
import type { DistributionConfig } from '../../config';
import type { ArticleDocument } from './article-extras.read';
import { articleUrl, renditionsOf } from './distribution.settings';

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedSpec {
  /** The feed's title, e.g. "Explainers" or a topic's name. */
  title: string;
  description: string;
  /** Path of the feed under DISTRIBUTION_BASE_URL without the extension, e.g. `/feeds/explainers`. */
  path: string;
  /** The page the feed is the feed of (the publisher's site, or the topic's page). */
  homePage: string;
}

export const MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed in `format`; `items` newest first. Deterministic: the same items give the same bytes (ETags). */
export function renderFeed(format: FeedFormat, spec: FeedSpec, items: ArticleDocument[], config: DistributionConfig): string {
  const base = `${config.baseUrl}${spec.path}`;
  const publisher: Author = { name: config.publisher.name, link: config.publisher.url };
  const updated = items.reduce((max, a) => Math.max(max, Date.parse(a.updatedAt)), 0);
  const feed = new Feed({
    id: `${base}.atom`,
    title: spec.title,
    description: spec.description,
    link: spec.homePage,
    language: config.language,
    image: config.publisher.logoUrl,
    favicon: config.publisher.logoUrl,
    copyright: `© ${config.publisher.name}`,
    updated: new Date(updated),
    generator: 'explainer-api',
    feedLinks: { rss: `${base}.rss`, atom: `${base}.atom`, json: `${base}.json` },
    author: publisher,
  });
  for (const a of items) feed.addItem(itemOf(a, publisher));
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed.json1(), items, publisher, config);
}

function itemOf(a: ArticleDocument, publisher: Author): Item {
  const url = articleUrl(a.slug);
  const authors: Author[] = a.extras.authors?.length ? a.extras.authors.map((p) => ({ name: p.name, link: p.url ?? undefined })) : [publisher];
  const image = a.extras.leadImage ? renditionsOf(a.extras.leadImage, [1200])[0].url : undefined;
  const notes = a.extras.corrections.map(
    (c) =>
      `<p><strong>${c.kind === 'EDITORS_NOTE' ? "Editor's note" : c.kind === 'CORRECTION' ? 'Correction' : 'Clarification'}:</strong> ${escapeHtml(c.text)}</p>`,
  );
  return {
    id: url,
    link: url,
    title: a.headline,
    description: a.summary ?? undefined,
    content: `<p>${escapeHtml(a.summary ?? a.headline)}</p>${notes.join('')}`,
    date: new Date(a.updatedAt),
    published: a.publishedAt ? new Date(a.publishedAt) : undefined,
    author: authors,
    // dc:creator names each author in RSS (its <author> element needs an email address).
    extensions: [{ name: 'dc:creator', objects: authors.map((p) => p.name) }],
    category: (a.extras.topics ?? []).map((t) => ({ name: t.name, term: t.slug, domain: t.url ?? undefined })),
    image,
  };
}

interface JsonFeedItem {
  id: string;
  authors?: { name?: string; url?: string }[];
  [key: string]: unknown;
}

/** JSON Feed 1.1 from the library's 1.0 output: version, `authors` (not `author`), language. */
function jsonFeed11(json: string, items: ArticleDocument[], publisher: Author, config: DistributionConfig): string {
  const feed = JSON.parse(json) as { author?: unknown; items: JsonFeedItem[]; [key: string]: unknown };
  const person = (p: Author) => ({ name: p.name, ...(p.link ? { url: p.link } : {}) });
  const out = {
    version: 'https://jsonfeed.org/version/1.1',
    ...feed,
    language: config.language,
    authors: [person(publisher)],
    items: feed.items.map((item, i) => {
      const rest: JsonFeedItem = { ...item };
      delete rest.author;
      delete rest['dc:creator'];
      const a = items[i];
      const authors = a.extras.authors?.length ? a.extras.authors.map((p) => ({ name: p.name, ...(p.url ? { url: p.url } : {}) })) : [person(publisher)];
      return { ...rest, authors };
    }),
  };
  delete out.author;
  out.version = 'https://jsonfeed.org/version/1.1';
  return JSON.stringify(out);
}
