// How SearchConnection, SearchResult and SectionMatch are read (see common/sql/json-query): one statement finds the
// matching articles through ONE GIN index (article.search_document: headline, summary and every section, kept by
// triggers, see migration SearchDocument), ranks them, counts them and keeps the page; only for the page's
// articles does it test their sections (section.search_vector, by article_id) and build ts_headline highlights.
import { defineConnection, defineObject, type SqlBuilder, type ReadSpec } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';
import { articleFilters, type ArticleListArgs } from '../articles/article.read';

export const SEARCH_CONFIG = `'english'`;
// Headline and summary are short: all of it, marked. Bodies: up to two passages around the matches.
const WHOLE = `'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'`;
const PASSAGES = `'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "'`;
const headline = (text: string, q: string, options = WHOLE) => `ts_headline(${SEARCH_CONFIG}, ${text}, ${q}, ${options})`;

export interface SearchArgs extends ArticleListArgs {
  query: string;
}

// The article's columns but its search_document, which nothing past the match and the rank reads.
const ARTICLE_COLUMNS = [
  'id',
  'slug',
  'headline',
  'summary',
  'status',
  'event_date',
  'published_at',
  'created_at',
  'updated_at',
  'version',
  'draft_of',
  'embargo_until',
];

/**
 * The matching articles as rows of `article` with two more columns: `__rank` (ts_rank of the article's search
 * document) and `__q` (the tsquery, for the highlights and the section matches of the page).
 */
function rankedArticles(child: string, args: SearchArgs, b: SqlBuilder): string {
  const q = `websearch_to_tsquery(${SEARCH_CONFIG}, ${b.param(args.query, 'text')})`;
  // MATERIALIZED: the query is parsed once, and the index scan takes it as a parameter.
  return `(WITH q AS MATERIALIZED (SELECT ${q} AS q)
  SELECT ${ARTICLE_COLUMNS.map((c) => `a.${c}`).join(', ')}, ts_rank(a.search_document, q.q) AS __rank, q.q AS __q
    FROM q JOIN article a ON a.search_document @@ q.q) ${child}`;
}

const searchResultObject = defineObject({
  type: 'SearchResult',
  table: 'article',
  scalars: {
    rank: (a) => `${a}.__rank`,
    headlineHighlight: (a) => headline(`${a}.headline`, `${a}.__q`),
    summaryHighlight: (a) => `CASE WHEN ${a}.summary IS NULL THEN NULL ELSE ${headline(`${a}.summary`, `${a}.__q`)} END`,
  },
  relations: {
    article: byForeignKey('Article', 'article', 'id'),
    matches: {
      kind: 'many',
      target: 'SectionMatch',
      source: ({ parent, child }) => ({
        // the section rows carry the query along for SectionMatch.highlight
        from: `(SELECT ${child}_s.*, ${parent}.__q AS __q FROM section ${child}_s
          WHERE ${child}_s.article_id = ${parent}.id AND ${child}_s.search_vector @@ ${parent}.__q) ${child}`,
        where: [],
        orderBy: `${child}.position`,
      }),
    },
  },
});

const sectionMatchObject = defineObject({
  type: 'SectionMatch',
  table: 'section',
  scalars: {
    key: (a) => `${a}.key`,
    heading: (a) => `${a}.heading`,
    position: (a) => `${a}.position`,
    highlight: (a) => headline(`${a}.body`, `${a}.__q`, PASSAGES),
  },
  relations: {
    section: byForeignKey('Section', 'section', 'id'),
  },
});

const searchConnection = defineConnection({
  type: 'SearchConnection',
  edgeType: 'SearchEdge',
  target: 'SearchResult',
  from: (t, args, b) => rankedArticles(t, args as unknown as SearchArgs, b),
  where: (t, args, b) => articleFilters(t, args as ArticleListArgs, b),
  orders: {
    RANK_DESC: {
      direction: 'DESC',
      keys: [
        { expr: (a) => `${a}.__rank`, cast: 'real' },
        { expr: (a) => `${a}.id`, cast: 'uuid' },
      ],
    },
  },
  orderKey: () => 'RANK_DESC',
  countInPage: true,
});

/** The read spec of this feature, registered by src/schema.ts. */
export const searchReads: ReadSpec = { objects: [searchResultObject, sectionMatchObject], connections: [searchConnection] };
