// Section writes: add, update, remove, reorder. Positions stay dense (0..n-1, the lead at 0); each write bumps the
// article version and, for a changed section, that section's updatedAt only.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { requireRole } from '../auth/auth';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { SectionInput, SectionPatch } from '../articles/article-write.dto';
import { insertSections, upsertRefs } from '../articles/explainer.writer';
import { pruneImages } from '../images/image.writer';
import { bumpVersion, referenced, sectionData, versionedWrite, versionMissed, writeInRevision, type ReadBack } from '../articles/article-write.service';
import type { EditInStatement } from '../revisions/revision.service';
import { insertCorrections, type CorrectionData } from '../corrections/correction.writer';

interface SectionRow {
  articleId: string;
  key: string;
  position: number;
  heading: string | null;
}

export async function sectionRow(m: EntityManager, sectionId: string): Promise<SectionRow> {
  const rows: SectionRow[] = await m.query('SELECT article_id AS "articleId", key, position, heading FROM section WHERE id = $1', [sectionId]);
  if (rows.length === 0) throw new NotFoundError('no such section', { argument: 'sectionId' });
  return rows[0];
}

async function keysOf(m: EntityManager, articleId: string): Promise<string[]> {
  const rows: { key: string }[] = await m.query('SELECT key FROM section WHERE article_id = $1 ORDER BY position', [articleId]);
  return rows.map((r) => r.key);
}

/**
 * A section's key, heading or body changed in the revision's statement (writeInRevision): its article (`sec`) moves
 * from `expectedVersion` (`v`, empty when it had moved on) and only then the section (`edited`); the snapshot takes
 * the edited row in place of the table's (or is the previous revision's with the section's fields replaced:
 * `editedSection`). `sections`: how many were edited (0: removed meanwhile); `lead`: it is
 * the lead (which has no heading: one given to it is refused, and the lead is left as it was).
 */
function sectionEdit(sectionId: string, patch: SectionPatch, expectedVersion: number): EditInStatement {
  return {
    // The search document as it is after the edit, in the same row version (not a second update of the article by
    // the section trigger): `explainer.search_document_given` names the article to the triggers (migration
    // SectionEditSearchDocument); set when `sec` is read, before `v` writes the row. A key alone leaves it as it is.
    ctes: `sec AS (SELECT article_id, heading, key, position, set_config('explainer.search_document_given', article_id::text, true) AS given
       FROM section WHERE id = $1),
     v AS (UPDATE article SET version = version + 1, updated_at = now(),
         search_document = CASE WHEN $7::text IS NULL AND $8::text IS NULL THEN search_document
           ELSE article_search_document_edited(id, headline, summary, $1, $7, $8) END
       WHERE id = (SELECT article_id FROM sec) AND version = $9 RETURNING *),
     edited AS (UPDATE section SET key = coalesce($6, key), heading = coalesce($7, heading), body = coalesce($8, body), updated_at = now()
       WHERE id = $1 AND EXISTS (SELECT 1 FROM v) AND ($7::text IS NULL OR heading IS NOT NULL) RETURNING *)`,
    articleId: '(SELECT article_id FROM sec)',
    article: 'v',
    sections: '(SELECT * FROM section WHERE id <> $1 UNION ALL SELECT * FROM edited)',
    columns: `(SELECT article_id FROM sec) AS article_id, (SELECT heading IS NULL FROM sec) AS lead, (SELECT version FROM v) AS version,
      (SELECT count(*) FROM edited)::int AS sections`,
    params: [sectionId, patch.key ?? null, patch.heading ?? null, patch.body ?? null, expectedVersion],
    // the edit changes nothing else the snapshot shows: the previous revision's, with this section's fields replaced
    editedSection: {
      from: '(SELECT sec.position, sec.key, ed.key AS new_key, ed.heading, ed.body FROM sec CROSS JOIN edited ed)',
      fields: `jsonb_build_object('key', e.new_key, 'heading', e.heading, 'body', e.body)`,
    },
  };
}

export const sectionWriteService = {
  async add<R>(
    ctx: Context,
    articleId: string,
    expectedVersion: number,
    input: SectionInput,
    position: number | null | undefined,
    readBack: ReadBack<R>,
    corrections: CorrectionData[] = [],
  ): Promise<R> {
    if (input.heading == null)
      throw new BadUserInputError('section.heading: only the lead has no heading, and the article has its lead', { field: 'section.heading' });
    const data = sectionData(input, 'section', false);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      'addSection',
      async (m) => {
        const count = (await keysOf(m, articleId)).length;
        const at = position ?? count;
        if (at < 1 || at > count) {
          throw new BadUserInputError(`position: must be between 1 (after the lead) and ${count}`, { argument: 'position' });
        }
        await m.query('UPDATE section SET position = position + 1 WHERE article_id = $1 AND position >= $2', [articleId, at]);
        const refs = referenced([data], {});
        await insertSections(m, articleId, [data], await upsertRefs(m, refs), at);
        await insertCorrections(m, articleId, corrections);
      },
      readBack,
    );
  },

  async update<R>(
    ctx: Context,
    sectionId: string,
    expectedVersion: number,
    patch: SectionPatch,
    readBack: ReadBack<R>,
    corrections: CorrectionData[] = [],
  ): Promise<R> {
    requireRole(ctx, 'EDITOR', 'updateSection');
    if (patch.key == null && patch.heading == null && patch.body == null && corrections.length === 0) {
      throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
    }
    if (corrections.length === 0) {
      // The usual edit: finding the section, the version check, the edit, the revision and its events in one statement.
      return writeInRevision(
        ctx,
        expectedVersion,
        'updateSection',
        sectionEdit(sectionId, patch, expectedVersion),
        {
          notFound: () => new NotFoundError('no such section', { argument: 'sectionId' }),
          check: (done) => {
            // after the version check, as every write: a stale version is a VERSION_CONFLICT whatever the patch
            if (done.lead === true && patch.heading != null) throw new BadUserInputError('patch.heading: the lead has no heading', { field: 'patch.heading' });
            // (removed by a write that committed after the article was found)
            if (done.sections === 0) throw new NotFoundError('no such section', { argument: 'sectionId' });
          },
        },
        readBack,
      );
    }
    // With corrections (written after the edit, before the revision): a section's article never changes, nor whether
    // it is the lead (the one section without a heading: no write takes a heading away, the lead cannot be removed
    // and stays first): read once, before the transaction.
    const row = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      row.articleId,
      expectedVersion,
      'updateSection',
      async (m) => {
        if (row.heading === null && patch.heading != null) {
          // After the version check, as every write: a stale version is a VERSION_CONFLICT whatever the patch.
          await bumpVersion(m, row.articleId, expectedVersion);
          throw new BadUserInputError('patch.heading: the lead has no heading', { field: 'patch.heading' });
        }
        // The version check and the edit in one statement; the section is written only when the version moved.
        const [done]: { version: number | null; sections: number }[] = await m.query(
          `WITH v AS (UPDATE article SET version = version + 1, updated_at = now() WHERE id = $5 AND version = $6 RETURNING version),
           s AS (UPDATE section SET key = coalesce($2, key), heading = coalesce($3, heading), body = coalesce($4, body), updated_at = now()
                  WHERE id = $1 AND EXISTS (SELECT 1 FROM v) RETURNING id)
           SELECT (SELECT version FROM v) AS version, (SELECT count(*) FROM s)::int AS sections`,
          [sectionId, patch.key ?? null, patch.heading ?? null, patch.body ?? null, row.articleId, expectedVersion],
        );
        if (done.version === null) await versionMissed(m, row.articleId, expectedVersion);
        // (removed by a write that committed after the read above)
        if (done.sections === 0) throw new NotFoundError('no such section', { argument: 'sectionId' });
        await insertCorrections(m, row.articleId, corrections);
      },
      readBack,
      undefined,
      true,
    );
  },

  async remove<R>(ctx: Context, sectionId: string, expectedVersion: number, readBack: ReadBack<R>, corrections: CorrectionData[] = []): Promise<R> {
    requireRole(ctx, 'EDITOR', 'removeSection');
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      'removeSection',
      async (m) => {
        const row = await sectionRow(m, sectionId);
        if (row.position === 0) throw new BadUserInputError('sectionId: the lead cannot be removed', { argument: 'sectionId' });
        // Before the section goes, so that a note may name it (sectionKey keeps the key the section had).
        await insertCorrections(m, articleId, corrections);
        await m.query('DELETE FROM section WHERE id = $1', [sectionId]);
        await m.query('UPDATE section SET position = position - 1 WHERE article_id = $1 AND position > $2', [articleId, row.position]);
        await pruneImages(m, articleId);
      },
      readBack,
    );
  },

  async reorder<R>(ctx: Context, articleId: string, expectedVersion: number, keys: string[], readBack: ReadBack<R>): Promise<R> {
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      'reorderSections',
      async (m) => {
        const current = await keysOf(m, articleId);
        const same = keys.length === current.length && new Set(keys).size === keys.length && keys.every((k) => current.includes(k));
        if (!same) {
          throw new BadUserInputError(`keys: must name every section of the article once: ${current.join(', ')}`, { argument: 'keys' });
        }
        if (keys[0] !== current[0]) throw new BadUserInputError(`keys: the lead ("${current[0]}") stays first`, { argument: 'keys' });
        await m.query(
          `UPDATE section s SET position = k.ord - 1 FROM unnest($2::text[]) WITH ORDINALITY AS k(key, ord)
          WHERE s.article_id = $1 AND s.key = k.key`,
          [articleId, keys],
        );
      },
      readBack,
    );
  },
};
