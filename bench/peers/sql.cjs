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

// The Explainer operation's fields beyond ExplainerBefore (bench/operations.ts, EXPLAINER_EXTRA), as
// `'key', <expression over the article row a>,` pairs in answer order (before 'sections').
const EXPLAINER_EXTRA = `
      'contributors', coalesce((SELECT json_agg(json_build_object('slug', c.slug, 'name', c.name, 'role', c.role) ORDER BY ac.position)
        FROM article_contributor ac JOIN contributor c ON c.id = ac.contributor_id WHERE ac.article_id = a.id), '[]'::json),
      'topics', coalesce((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name, 'kind', t.kind) ORDER BY at.position)
        FROM article_topic at JOIN topic t ON t.id = at.topic_id WHERE at.article_id = a.id), '[]'::json),
      'leadImage', (SELECT json_build_object('path', i.path, 'alt', i.alt, 'caption', i.caption, 'credit', i.credit, 'width', i.width, 'height', i.height)
        FROM image i WHERE i.id = a.lead_image_id),`;

const explainer = (extra) => `SELECT json_build_object('data', json_build_object('article', (
    SELECT json_build_object('slug', a.slug, 'headline', a.headline, 'summary', a.summary, 'eventDate', a.event_date, ${extra}
      'sections', coalesce((SELECT json_agg(json_build_object('key', s.key, 'heading', s.heading, 'body', s.body, ${items}) ORDER BY s.position)
        FROM section s WHERE s.article_id = a.id), '[]'::json))
    FROM article a WHERE a.slug = $1 AND a.draft_of IS NULL AND a.status = 'PUBLISHED')))::text AS body`;

const FLOOR = {
  Explainer: explainer(EXPLAINER_EXTRA),
  ExplainerBefore: explainer(''),
  TwoSections: `SELECT json_build_object('data', json_build_object('article', (
    SELECT json_build_object('headline', a.headline,
      'sections', coalesce((SELECT json_agg(json_build_object('key', s.key, 'heading', s.heading, 'body', s.body, ${items}) ORDER BY s.position)
        FROM section s WHERE s.article_id = a.id AND s.key = ANY($2::text[])), '[]'::json))
    FROM article a WHERE a.slug = $1 AND a.draft_of IS NULL AND a.status = 'PUBLISHED')))::text AS body`,
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

// The floor of the writes: each ONE statement, so one transaction, writing the rows explainer-api writes (without
// its revision, event and idempotency record): the article's version checked and bumped with the edit; a whole
// explainer from the same JSON input explainer-api takes (sources and actors by name).
const FLOOR_WRITE = {
  UpdateSection: `WITH a AS (UPDATE article SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING id, version),
    s AS (UPDATE section SET body = $4, updated_at = now() WHERE id = $2 AND article_id IN (SELECT id FROM a) RETURNING 1)
    SELECT a.version, (SELECT count(*)::int FROM s) AS sections FROM a`,
  CreateArticle: `WITH input AS (SELECT $1::jsonb AS j),
    a AS (INSERT INTO article (slug, headline, summary, event_date)
      SELECT j->>'slug', j->>'headline', j->>'summary', (j->>'eventDate')::date FROM input RETURNING id),
    sec AS (SELECT (t.ord - 1)::int AS position, t.s FROM input CROSS JOIN LATERAL jsonb_array_elements(input.j->'sections') WITH ORDINALITY t(s, ord)),
    s AS (INSERT INTO section (article_id, key, position, heading, body)
      SELECT a.id, CASE WHEN sec.s->>'heading' IS NULL THEN 'lead' ELSE 'q' || sec.position END, sec.position, sec.s->>'heading', sec.s->>'body'
      FROM a CROSS JOIN sec RETURNING id, position),
    c AS (INSERT INTO citation (section_id, source_id, excerpt, position)
      SELECT s.id, so.id, x.v->>'excerpt', x.ord - 1 FROM sec JOIN s ON s.position = sec.position
      CROSS JOIN LATERAL jsonb_array_elements(sec.s->'citations') WITH ORDINALITY x(v, ord) JOIN source so ON so.name = x.v->>'sourceName' RETURNING 1),
    q AS (INSERT INTO quote (section_id, text, speaker_id, source_id, position)
      SELECT s.id, x.v->>'text', sp.id, so.id, x.ord - 1 FROM sec JOIN s ON s.position = sec.position
      CROSS JOIN LATERAL jsonb_array_elements(sec.s->'quotes') WITH ORDINALITY x(v, ord)
      LEFT JOIN actor sp ON sp.name = x.v->>'speakerName' LEFT JOIN source so ON so.name = x.v->>'sourceName' RETURNING 1),
    r AS (INSERT INTO reaction (section_id, actor_id, stance, summary, source_id, position)
      SELECT s.id, ac.id, (x.v->>'stance')::stance, x.v->>'summary', so.id, x.ord - 1 FROM sec JOIN s ON s.position = sec.position
      CROSS JOIN LATERAL jsonb_array_elements(sec.s->'reactions') WITH ORDINALITY x(v, ord)
      JOIN actor ac ON ac.name = x.v->>'actorName' LEFT JOIN source so ON so.name = x.v->>'sourceName' RETURNING 1)
    SELECT (SELECT id FROM a) AS id, (SELECT count(*)::int FROM s) AS sections,
      (SELECT count(*)::int FROM c) + (SELECT count(*)::int FROM q) + (SELECT count(*)::int FROM r) AS items`,
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

module.exports = { FLOOR, FLOOR_WRITE, PEER_SQL };
