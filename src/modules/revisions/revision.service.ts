// Revisions: after every successful write, the whole explainer is stored as it now is (ExplainerInput shape,
// sources and actors by name), in the same transaction as the write.
import type { EntityManager } from 'typeorm';
import { sourceIdsOf } from '../articles/article.read';
import { noteArticleWrite } from '../../common/cache/invalidation';

const items = (table: string, json: string, joins: string) =>
  `coalesce((SELECT json_agg(${json} ORDER BY x.position) FROM ${table} x ${joins} WHERE x.section_id = s.id), '[]'::json)`;

/** The explainer as ExplainerInput JSON; `a` is the article row. */
export const SNAPSHOT_SQL = `json_build_object(
  'slug', a.slug, 'headline', a.headline, 'summary', a.summary, 'status', a.status,
  'eventDate', a.event_date, 'publishedAt', a.published_at,
  'sources', coalesce((SELECT json_agg(json_build_object('name', so.name, 'kind', so.kind, 'url', so.url) ORDER BY so.name)
      FROM source so WHERE so.id IN ${sourceIdsOf('s.article_id = a.id')}), '[]'::json),
  'actors', coalesce((SELECT json_agg(json_build_object('name', ac.name, 'kind', ac.kind, 'title', ac.title, 'country', ac.country) ORDER BY ac.name)
      FROM actor ac WHERE ac.id IN (
        SELECT r.actor_id FROM reaction r JOIN section s ON s.id = r.section_id WHERE s.article_id = a.id
        UNION SELECT q.speaker_id FROM quote q JOIN section s ON s.id = q.section_id WHERE s.article_id = a.id
        UNION SELECT fc.claimant_id FROM figure_claim fc JOIN contested_figure cf ON cf.id = fc.contested_figure_id JOIN section s ON s.id = cf.section_id WHERE s.article_id = a.id
        UNION SELECT fc.stated_by_id FROM figure_claim fc JOIN contested_figure cf ON cf.id = fc.contested_figure_id JOIN section s ON s.id = cf.section_id WHERE s.article_id = a.id)), '[]'::json),
  'sections', coalesce((SELECT json_agg(json_build_object(
      'key', s.key, 'heading', s.heading, 'body', s.body,
      'citations', ${items('citation', `json_build_object('source', xs.name, 'excerpt', x.excerpt)`, 'JOIN source xs ON xs.id = x.source_id')},
      'quotes', ${items('quote', `json_build_object('text', x.text, 'speaker', xa.name, 'source', xs.name)`, 'LEFT JOIN actor xa ON xa.id = x.speaker_id LEFT JOIN source xs ON xs.id = x.source_id')},
      'reactions', ${items('reaction', `json_build_object('actor', xa.name, 'stance', x.stance, 'summary', x.summary, 'source', xs.name)`, 'JOIN actor xa ON xa.id = x.actor_id LEFT JOIN source xs ON xs.id = x.source_id')},
      'contestedFigures', ${items(
        'contested_figure',
        `json_build_object('claim', x.claim, 'claims', coalesce((SELECT json_agg(json_build_object('claimant', ca.name, 'statedBy', sb.name,
            'value', c.value, 'unit', c.unit, 'source', cs.name, 'excerpt', c.excerpt) ORDER BY c.position)
          FROM figure_claim c JOIN actor ca ON ca.id = c.claimant_id LEFT JOIN actor sb ON sb.id = c.stated_by_id
          LEFT JOIN source cs ON cs.id = c.source_id WHERE c.contested_figure_id = x.id), '[]'::json))`,
        '',
      )}
    ) ORDER BY s.position) FROM section s WHERE s.article_id = a.id), '[]'::json)
)`;

/**
 * Stores the article as it now is, under its current version. Every write of an article ends here, which also
 * tells the response cache (after the commit) to forget what showed the article.
 */
export async function writeRevision(m: EntityManager, articleId: string, keyName: string | null, action: string): Promise<void> {
  await noteArticleWrite(m, articleId);
  await m.query(
    `INSERT INTO article_revision (article_id, version, snapshot, key_name, action)
     SELECT a.id, a.version, ${SNAPSHOT_SQL}, $2, $3 FROM article a WHERE a.id = $1`,
    [articleId, keyName, action],
  );
}
