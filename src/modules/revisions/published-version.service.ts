// Records each published version of an article, with the diff against the published version before it: called
// by writeRevision (revisions/revision.service.ts), which every write of an article goes through, in the write's
// transaction. Staged (pending) and draft versions are never recorded, so readers' "updates" skip them.
import type { EntityManager } from 'typeorm';
import { diffSnapshots, isEmptyDiff, type Snapshot } from './diff';

export async function recordPublishedVersion(m: EntityManager, articleId: string, changeNote: string | null): Promise<void> {
  const rows: { status: string; copy: boolean; version: number; now: Snapshot; prevVersion: number | null; prev: Snapshot | null }[] = await m.query(
    `SELECT a.status, a.draft_of IS NOT NULL AS copy, a.version, r.snapshot AS now, pv.version AS "prevVersion", pr.snapshot AS prev
       FROM article a
       JOIN article_revision r ON r.article_id = a.id AND r.version = a.version
       LEFT JOIN LATERAL (SELECT version FROM published_version WHERE article_id = a.id ORDER BY version DESC LIMIT 1) pv ON true
       LEFT JOIN article_revision pr ON pr.article_id = a.id AND pr.version = pv.version
      WHERE a.id = $1 AND a.status = 'PUBLISHED' AND a.draft_of IS NULL`,
    [articleId],
  );
  if (rows.length === 0) return;
  const [row] = rows;
  const changes = diffSnapshots(row.prev, row.now);
  // A write that changed nothing a reader sees (a republication as it was, a status round trip) adds no entry.
  if (isEmptyDiff(changes)) return;
  await m.query(
    `INSERT INTO published_version (article_id, version, change_note, previous_version, changes) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (article_id, version) DO NOTHING`,
    [articleId, row.version, changeNote, row.prevVersion, JSON.stringify(changes)],
  );
}
