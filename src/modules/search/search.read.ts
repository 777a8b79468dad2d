// How SearchConnection, SearchResult and SectionMatch are read (see common/sql/json-query): one statement ranks
// the articles whose headline, summary or section text matches, through the GIN indexes on the generated
// search_vector columns, and builds the page with ts_headline highlights.
import { defineConnection, defineObject, type SqlBuilder } from '../../common/sql/json-query';
import { articleFilters, type ArticleListArgs } from '../articles/article.read';

export const SEARCH_CONFIG = `'english'`;
// Headline and summary are short: all of it, marked. Bodies: up to two passages around the matches.
const WHOLE = `'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'`;
const PASSAGES = `'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "'`;
const headline = (text: string, q: string, options = WHOLE) => `ts_headline(${SEARCH_CONFIG}, ${text}, ${q}, ${options})`;

export interface SearchArgs extends ArticleListArgs {
  query: string;
}

// The article's columns but its search_vector, which nothing past the match reads.
const ARTICLE_COLUMNS = ['id', 'slug', 'headline', 'summary', 'status', 'event_date', 'published_at', 'created_at', 'updated_at', 'version'];

/**
 * The matching articles as rows of `article` with two more columns: `__rank` (the headline and summary rank plus
 * the rank of every matching section) and `__q` (the tsquery, for the highlights).
 */
function rankedArticles(child: string, args: SearchArgs, b: SqlBuilder): string {
  const q = `websearch_to_tsquery(${SEARCH_CONFIG}, ${b.param(args.query, 'text')})`;
  return `(WITH q AS (SELECT ${q} AS q),
  m AS (SELECT h.id, sum(h.rank)::real AS rank FROM (
      SELECT sa.id, ts_rank(sa.search_vector, q.q) AS rank FROM article sa, q WHERE sa.search_vector @@ q.q
      UNION ALL
      SELECT ss.article_id, ts_rank(ss.search_vector, q.q) FROM section ss, q WHERE ss.search_vector @@ q.q) h
    GROUP BY h.id)
  SELECT ${ARTICLE_COLUMNS.map((c) => `a.${c}`).join(', ')}, m.rank AS __rank, q.q AS __q FROM m JOIN article a ON a.id = m.id CROSS JOIN q) ${child}`;
}

defineObject({
  type: 'SearchResult',
  table: 'article',
  scalars: {
    rank: (a) => `${a}.__rank`,
    headlineHighlight: (a) => headline(`${a}.headline`, `${a}.__q`),
    summaryHighlight: (a) => `CASE WHEN ${a}.summary IS NULL THEN NULL ELSE ${headline(`${a}.summary`, `${a}.__q`)} END`,
  },
  relations: {
    article: {
      kind: 'one',
      target: 'Article',
      source: ({ parent, child }) => ({ from: `article ${child}`, where: [`${child}.id = ${parent}.id`] }),
    },
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

defineObject({
  type: 'SectionMatch',
  table: 'section',
  scalars: {
    key: (a) => `${a}.key`,
    heading: (a) => `${a}.heading`,
    position: (a) => `${a}.position`,
    highlight: (a) => headline(`${a}.body`, `${a}.__q`, PASSAGES),
  },
  relations: {
    section: {
      kind: 'one',
      target: 'Section',
      source: ({ parent, child }) => ({ from: `section ${child}`, where: [`${child}.id = ${parent}.id`] }),
    },
  },
});

defineConnection({
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
