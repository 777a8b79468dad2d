// Adds corrections inside the caller's write transaction, and announces them with the write: a live event (for
// the correctionAdded subscription) and, when the article is PUBLISHED, CORRECTION_ADDED webhook deliveries.
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { LIVE_CHANNEL, noteLiveEvent, notifiesInTransaction, ORIGIN_SQL } from '../../common/cache/invalidation';
import type { CorrectionKind } from './correction.entity';

export interface CorrectionData {
  kind: CorrectionKind;
  text: string;
  sectionKey?: string | null;
}

/**
 * The live event of an added correction. It has no top-level `slug` and `published` is false, so the article
 * subscriptions (articleUpdated, sectionsUpdated, articlePublished) never take it for an article change; the
 * response cache and the webhook dispatcher hear it by `articleId` and `outbox` like any event.
 */
export interface CorrectionEvent {
  articleId: string;
  version: number;
  status: string;
  published: false;
  sections: string[];
  action: 'addCorrection';
  at: number;
  outbox: number;
  origin: string | null;
  correction: { id: string; articleSlug: string; kind: CorrectionKind; sectionKey: string | null };
}

/** Whether a live event is a correction's (see CorrectionEvent). */
export function isCorrectionEvent(e: unknown): e is CorrectionEvent {
  return typeof (e as { correction?: unknown } | null)?.correction === 'object';
}

/**
 * Inserts `corrections` for the article at its current (just written) version, in the caller's transaction;
 * `field` names the input of each for errors (`corrections.1` -> `corrections.1.sectionKey`). Returns the new ids.
 */
export async function insertCorrections(
  m: EntityManager,
  articleId: string,
  corrections: CorrectionData[],
  field: (i: number) => string = (i) => `corrections.${i}`,
): Promise<string[]> {
  if (corrections.length === 0) return [];
  const keys: { key: string }[] = await m.query('SELECT key FROM section WHERE article_id = $1', [articleId]);
  const known = new Set(keys.map((k) => k.key));
  corrections.forEach((c, i) => {
    if (c.sectionKey != null && !known.has(c.sectionKey)) {
      throw new BadUserInputError(`${field(i)}.sectionKey: the article has no section "${c.sectionKey}"`, { field: `${field(i)}.sectionKey` });
    }
  });
  const notify = notifiesInTransaction(m);
  const rows: { id: string; payload: string }[] = await m.query(
    `WITH ins AS (
       INSERT INTO correction (article_id, kind, text, section_key, article_version)
       SELECT a.id, c.kind::correction_kind, c.text, c.section_key, a.version
         FROM article a, unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS c(kind, text, section_key, ord)
        WHERE a.id = $1
        ORDER BY c.ord
       RETURNING id, article_id, kind, text, section_key, article_version, created_at
     ), ev AS (
       SELECT ins.*, a.slug, a.status FROM ins JOIN article a ON a.id = ins.article_id
     ), outbox AS (
       INSERT INTO webhook_delivery (webhook_id, event_id, type, article_id, payload)
       SELECT w.id, ev.id, 'CORRECTION_ADDED', ev.article_id, jsonb_build_object('id', ev.id, 'type', 'CORRECTION_ADDED', 'articleId', ev.article_id,
         'slug', ev.slug, 'version', ev.article_version, 'status', ev.status, 'sections', CASE WHEN ev.section_key IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(ev.section_key) END,
         'action', 'addCorrection', 'occurredAt', ev.created_at,
         'correction', jsonb_build_object('id', ev.id, 'kind', ev.kind, 'text', ev.text, 'sectionKey', ev.section_key))
       FROM ev JOIN webhook w ON w.active AND 'CORRECTION_ADDED' = ANY(w.events)
       -- Webhooks hear of the corrections readers can see: those of PUBLISHED articles.
       WHERE ev.status = 'PUBLISHED'
       RETURNING article_id
     ), live AS (
       SELECT ev.id, json_build_object(
         'articleId', ev.article_id, 'version', ev.article_version, 'status', ev.status, 'published', false, 'sections', '[]'::json,
         'action', 'addCorrection', 'at', floor(extract(epoch FROM clock_timestamp()) * 1000),
         'outbox', (SELECT count(*) FROM outbox), 'origin', ${ORIGIN_SQL},
         'correction', json_build_object('id', ev.id, 'articleSlug', ev.slug, 'kind', ev.kind, 'sectionKey', ev.section_key)
       )::text AS payload FROM ev
     )
     SELECT live.id, live.payload, CASE WHEN $5::boolean THEN pg_notify('${LIVE_CHANNEL}', live.payload) END AS notified FROM live`,
    [articleId, corrections.map((c) => c.kind), corrections.map((c) => c.text), corrections.map((c) => c.sectionKey ?? null), notify],
  );
  if (!notify) for (const r of rows) await noteLiveEvent(m, r.payload);
  return rows.map((r) => r.id);
}
