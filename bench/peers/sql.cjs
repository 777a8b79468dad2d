// SQL written by hand for the peers: the SQL floor's one statement per operation (each builds the whole
// response as JSON text, shaped like explainer-api's), and the search function PostGraphile exposes.
'use strict';

const PASSAGES = `'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "'`;

const items = `
  'citations', coalesce((SELECT json_agg(json_build_object('excerpt', c.excerpt, 'source', json_build_object('name', so.name, 'kind', so.kind)) ORDER BY c.position)
      FROM citation c JOIN source so ON so.id = c.source_id WHERE c.section_id = s.id), '[]'::json),
  'quotes', coalesce((SELECT json_agg(json_build_object('text', q.text,
        'speaker', CASE WHEN sp.id IS NULL THEN NULL ELSE json_build_object('name', sp.name, 'title', sp.title) END,
        'source', CASE WHEN qs.id IS NULL THEN NULL ELSE json_build_object('name', qs.name) END) ORDER BY q.position)
      FROM quote q LEFT JOIN actor sp ON sp.id = q.speaker_id LEFT JOIN source qs ON qs.id = q.source_id WHERE q.section_id = s.id), '[]'::json),
  'reactions', coalesce((SELECT json_agg(json_build_object('stance', r.stance, 'summary', r.summary,
        'actor', json_build_object('name', ac.name, 'country', ac.country),
        'source', CASE WHEN rs.id IS NULL THEN NULL ELSE json_build_object('name', rs.name) END) ORDER BY r.position)
      FROM reaction r JOIN actor ac ON ac.id = r.actor_id LEFT JOIN source rs ON rs.id = r.source_id WHERE r.section_id = s.id), '[]'::json)`;

// The articles whose search document (headline, summary and sections, one GIN index: migration SearchDocument)
// matches, ranked; the same rows and ranks as explainer-api's search.
const matched = `query AS MATERIALIZED (SELECT websearch_to_tsquery('english', $1::text) AS q),
  m AS (SELECT a.id, a.slug, a.headline, ts_rank(a.search_document, query.q) AS rank FROM query JOIN article a ON a.search_document @@ query.q WHERE a.status = 'PUBLISHED')`;

const FLOOR = {
  Explainer: `SELECT json_build_object('data', json_build_object('article', (
    SELECT json_build_object('slug', a.slug, 'headline', a.headline, 'summary', a.summary, 'eventDate', a.event_date,
      'sections', coalesce((SELECT json_agg(json_build_object('key', s.key, 'heading', s.heading, 'body', s.body, ${items}) ORDER BY s.position)
        FROM section s WHERE s.article_id = a.id), '[]'::json))
    FROM article a WHERE a.slug = $1 AND a.status = 'PUBLISHED')))::text AS body`,
  TwoSections: `SELECT json_build_object('data', json_build_object('article', (
    SELECT json_build_object('headline', a.headline,
      'sections', coalesce((SELECT json_agg(json_build_object('key', s.key, 'heading', s.heading, 'body', s.body, ${items}) ORDER BY s.position)
        FROM section s WHERE s.article_id = a.id AND s.key = ANY($2::text[])), '[]'::json))
    FROM article a WHERE a.slug = $1 AND a.status = 'PUBLISHED')))::text AS body`,
  DayPage: `SELECT json_build_object('data', json_build_object('articles', json_build_object('edges', coalesce(json_agg(
      json_build_object('node', json_build_object('slug', p.slug, 'headline', p.headline, 'summary', p.summary,
        'section', (SELECT json_build_object('body', s.body) FROM section s WHERE s.article_id = p.id AND s.key = 'lead')))
      ORDER BY p.published_at DESC, p.id DESC), '[]'::json))))::text AS body
    FROM (SELECT a.* FROM article a WHERE a.status = 'PUBLISHED' AND a.event_date = $1::date
          ORDER BY a.published_at DESC, a.id DESC LIMIT 20) p`,
  Search: `WITH ${matched}
    SELECT json_build_object('data', json_build_object('search', json_build_object(
      'totalCount', (SELECT count(*)::int FROM m),
      'edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object('rank', p.rank,
          'article', json_build_object('slug', p.slug, 'headline', p.headline),
          'matches', coalesce((SELECT json_agg(json_build_object('key', s.key, 'highlight', ts_headline('english', s.body, query.q, ${PASSAGES})) ORDER BY s.position)
             FROM section s WHERE s.article_id = p.id AND s.search_vector @@ query.q), '[]'::json)))
          ORDER BY p.rank DESC, p.id DESC)
        FROM (SELECT * FROM m ORDER BY rank DESC, id DESC LIMIT 10) p CROSS JOIN query), '[]'::json))))::text AS body`,
};

// PostGraphile finds full-text search the way its users add it: a SQL function, exposed as a root field.
const PEER_SQL = `
DROP FUNCTION IF EXISTS bench_search(text);
DROP TYPE IF EXISTS bench_search_hit;
CREATE TYPE bench_search_hit AS (id uuid, slug text, headline text, rank real, matches json);
CREATE FUNCTION bench_search(q text) RETURNS SETOF bench_search_hit LANGUAGE sql STABLE AS $fn$
  WITH ${matched.replace('$1::text', 'q')}
  SELECT m.id, m.slug::text, m.headline::text, m.rank,
    coalesce((SELECT json_agg(json_build_object('key', s.key, 'highlight', ts_headline('english', s.body, query.q, ${PASSAGES})) ORDER BY s.position)
      FROM section s WHERE s.article_id = m.id AND s.search_vector @@ query.q), '[]'::json)
  FROM m CROSS JOIN query
  ORDER BY m.rank DESC, m.id DESC
$fn$;
`;

module.exports = { FLOOR, PEER_SQL };
