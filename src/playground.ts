// The offline GraphQL IDE: GraphiQL with every asset inlined from an installed package (no CDN), opened on
// one tab per example operation and a headers editor that says where an API key goes.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { renderGraphiQL as RenderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface PlaygroundTab {
  query: string;
  variables?: Record<string, unknown>;
}

const SEED_SLUG = 'armenia-azerbaijan-border-clashes-2022';

/** The whole seed explainer: every section with its citations, quotes and reactions, in one SQL statement. */
export const EXPLAINER_QUERY = `# The seed explainer, every section. Run it: Ctrl-Enter.
query SeedExplainer($slug: String!) {
  article(slug: $slug) {
    headline
    summary
    eventDate
    publishedAt
    sections {
      key
      heading
      body
      citations { excerpt source { name } }
      quotes { text speaker { name } source { name } }
      reactions {
        stance summary actor { name title } source { name }
      }
    }
  }
}
`;

export const TWO_SECTIONS_QUERY = `# Only the sections a page needs: the lead and one question.
query TwoSections($slug: String!) {
  article(slug: $slug) {
    headline
    sections(keys: ["lead", "how-have-world-leaders-reacted"]) {
      key
      heading
      body
      reactions { stance summary actor { name title } source { name } }
    }
  }
}
`;

export const ARTICLES_QUERY = `# The article list with filters, ordered, one page at a time (pass pageInfo.endCursor as $after).
query Articles($first: Int, $after: String, $filter: ArticleFilter, $orderBy: ArticleOrder) {
  articles(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node { id slug headline eventDate publishedAt sources { name } }
    }
  }
}
`;

export const QUOTES_AND_REACTIONS_QUERY = `# Quotes and reactions across published explainers, filtered by speaker, outlet or stance.
query QuotesAndReactions {
  quotes(first: 5, filter: { sourceName: "Reuters" }) {
    totalCount
    edges { node { text speaker { name } source { name } section { heading article { headline } } } }
  }
  reactions(first: 10, filter: { stance: MEDIATION_OFFER }) {
    totalCount
    edges { node { stance summary actor { name kind } source { name } } }
  }
}
`;

// Editors' mutations arrive with the CMS write-path issue: add their example tab here (with a variables
// object and a note that it needs an editor's API key in the headers), so that it opens next to the reads.
export const CREATE_DRAFT_MUTATION = `# Editors: paste an EDITOR key in the Headers tab below (npm run apikey -- create --name me --role editor),
# then create a draft. Publish it with publishArticle(id, expectedVersion: 1).
mutation CreateDraft($input: CreateArticleInput!) {
  createArticle(input: $input) {
    id
    slug
    status
    version
    sections { key heading }
  }
}
`;

/** What a news page renders around the explainer: byline, topics with the story's timeline, related explainers. */
export const NEWS_PAGE_QUERY = `# A full news page: byline, topics, the story timeline, lead image, corrections, related explainers,
# the canonical URL and the schema.org NewsArticle JSON-LD for the page's <script type="application/ld+json">.
query NewsPage($slug: String!) {
  article(slug: $slug) {
    headline
    summary
    publishedAt
    url
    byline
    contributors { name slug role url imageUrl }
    topics {
      name slug kind summary
      timeline {
        date dateLabel title body
        article { slug headline }
        citations { excerpt source { name } }
      }
    }
    leadImage { url alt caption credit renditions(widths: [480, 960]) { width url } }
    sections { key heading body }
    corrections { kind text createdAt }
    related(first: 5) { slug headline byline publishedAt }
    jsonLd
  }
}
`;

/** Editors' staging and preview tab: the article, its pending version and the diff, then the steps as comments. */
export const STAGED_EDITS_QUERY = `# Editors (EDITOR key in the Headers tab): stage edits of a published explainer, preview them, publish them.
# 1. Run this: the live article (id, version), its pending version if any, and what it changes.
# 2. Start one:   mutation { createPending(id: "<id>", expectedVersion: <version>) { id version } }
# 3. Edit it by ITS id with the usual mutations (readers see nothing until step 5), e.g.
#                 mutation { updateArticle(id: "<pending.id>", expectedVersion: <pending.version>,
#                   patch: { headline: "New headline" }, changeNote: "Headline updated") { version } }
# 4. Preview link for a frontend (at most 24 h; send "Authorization: Preview <token>" or ?preview=<token>):
#                 mutation { createPreviewToken(articleId: "<id>", ttlSeconds: 3600) { token previewToken { id expiresAt } } }
# 5. Make it live in one version:  mutation { publishPending(id: "<id>", expectedVersion: <version>) { version updates(first: 1) { changeNote } } }
#    or drop it:                   mutation { discardPending(id: "<id>", expectedVersion: <pending.version>) { version } }
query StagedEdits($slug: String!) {
  article(slug: $slug) {
    id
    version
    headline
    pending { id version headline sections { id key heading } }
    pendingChanges {
      changeNotes
      headline { before after }
      sections { key change heading paragraphs { change before after } }
    }
    updates(first: 5) { version publishedAt changeNote sections { key change } }
  }
}
`;

const EDITOR_TABS: PlaygroundTab[] = [
  {
    query: CREATE_DRAFT_MUTATION,
    variables: {
      input: {
        slug: 'my-first-explainer',
        headline: 'My first explainer',
        sections: [
          { body: 'What happened, in two sentences.' },
          {
            heading: 'Who said what?',
            body: 'Reuters reported that talks resumed.',
            citations: [{ sourceName: 'Reuters', excerpt: 'Reuters reported that talks resumed.' }],
          },
        ],
      },
    },
  },
  { query: STAGED_EDITS_QUERY, variables: { slug: SEED_SLUG } },
];

export const PLAYGROUND_TABS: PlaygroundTab[] = [
  { query: EXPLAINER_QUERY, variables: { slug: SEED_SLUG } },
  { query: TWO_SECTIONS_QUERY, variables: { slug: SEED_SLUG } },
  {
    query: ARTICLES_QUERY,
    variables: {
      first: 10,
      filter: { sourceName: 'Reuters', eventDate: { from: '2022-01-01', to: '2022-12-31' } },
      orderBy: { field: 'EVENT_DATE', direction: 'DESC' },
    },
  },
  { query: QUOTES_AND_REACTIONS_QUERY },
  ...EDITOR_TABS,
  { query: NEWS_PAGE_QUERY, variables: { slug: SEED_SLUG } },
];

// GraphiQL reads the headers editor as JSON with comments, so this template sends no header until a key is
// pasted and the line uncommented. The browser does not keep the headers (shouldPersistHeaders: false).
export const HEADERS_TEMPLATE = `{
  // To send an API key, paste it below and uncomment the line:
  // "Authorization": "Bearer <paste key>"
}`;

let html: string | undefined;

/**
 * The page. GraphiQL's package holds the whole IDE as one string (about 60 MB of process memory once loaded): it is
 * required on the first request for the page, never by a server that serves no playground (production default).
 */
export function playgroundHtml(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderGraphiQL } = require('@graphql-yoga/render-graphiql') as { renderGraphiQL: typeof RenderGraphiQL };
  const tabs = PLAYGROUND_TABS.map((t) => ({
    query: t.query,
    variables: t.variables ? JSON.stringify(t.variables, null, 2) : null,
    headers: HEADERS_TEMPLATE,
  }));
  html ??= renderGraphiQL({
    title: 'explainer-api',
    endpoint: '/graphql',
    defaultTabs: tabs,
    // GraphiQL fills the first tab's variables editor from `variables`, not from defaultTabs[0] (yoga passes it on
    // as initialVariables); the other tabs get theirs from defaultTabs when opened.
    ...({ variables: tabs[0].variables } as object),
    headers: HEADERS_TEMPLATE,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  });
  return html;
}

// The page inlines all of GraphiQL (about 9 MB): compressed once, off the event loop, it is about 2 MB.
let gzipped: Promise<Buffer> | undefined;

export async function playgroundPage(acceptEncoding: string | undefined): Promise<{ body: Buffer | string; headers: Record<string, string> }> {
  const text = playgroundHtml();
  const headers = { 'content-type': 'text/html; charset=utf-8', vary: 'accept-encoding' };
  if (!/\bgzip\b/.test(acceptEncoding ?? '')) return { body: text, headers: { ...headers, 'content-length': String(Buffer.byteLength(text)) } };
  gzipped ??= promisify(gzip)(text);
  const body = await gzipped;
  return { body, headers: { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) } };
}
