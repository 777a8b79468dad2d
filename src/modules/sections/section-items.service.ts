// Citations, quotes and reactions of a section: add, update, remove. Each bumps the article version, touches
// the section's updatedAt, keeps positions dense and records a revision.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { requireRole } from '../auth/auth';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { ActorKind } from '../actors/actor.entity';
import { SourceKind } from '../sources/source.entity';
import { upsertActors, upsertSources } from '../articles/explainer.writer';
import { versionedWrite, type ReadBack } from '../articles/article-write.service';
import { sectionRow } from './section-write.service';

export type ItemKind = 'citation' | 'quote' | 'reaction';

const ACTION: Record<ItemKind, string> = { citation: 'Citation', quote: 'Quote', reaction: 'Reaction' };

async function sourceId(m: EntityManager, name: string | null | undefined): Promise<string | null> {
  if (name == null) return null;
  return (await upsertSources(m, [{ name, kind: SourceKind.OTHER }])).get(name)!;
}

async function actorId(m: EntityManager, name: string | null | undefined): Promise<string | null> {
  if (name == null) return null;
  return (await upsertActors(m, [{ name, kind: ActorKind.PERSON }])).get(name)!;
}

/** Column values of an item from its input or patch; only the keys present in `fields` are set. */
async function columns(m: EntityManager, kind: ItemKind, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const has = (k: string) => k in fields && fields[k] !== undefined;
  if (kind === 'citation') {
    if (has('sourceName')) out.source_id = await sourceId(m, fields.sourceName as string);
    if (has('excerpt')) out.excerpt = fields.excerpt;
  } else if (kind === 'quote') {
    if (has('text')) out.text = fields.text;
    if (has('speakerName')) out.speaker_id = await actorId(m, fields.speakerName as string | null);
    if (has('sourceName')) out.source_id = await sourceId(m, fields.sourceName as string | null);
  } else {
    if (has('actorName')) out.actor_id = await actorId(m, fields.actorName as string);
    if (has('stance')) out.stance = fields.stance;
    if (has('summary')) out.summary = fields.summary;
    if (has('sourceName')) out.source_id = await sourceId(m, fields.sourceName as string | null);
  }
  // required columns may not be cleared
  for (const col of ['source_id', 'excerpt', 'text', 'actor_id', 'stance', 'summary']) {
    const required = !(kind === 'quote' && col === 'source_id') && !(kind === 'reaction' && col === 'source_id');
    if (required && col in out && out[col] == null) throw new BadUserInputError(`patch: ${col.replace('_id', 'Name')} cannot be null`, { field: col });
  }
  return out;
}

async function itemRow(m: EntityManager, kind: ItemKind, id: string): Promise<{ sectionId: string; position: number }> {
  const rows: { sectionId: string; position: number }[] = await m.query(`SELECT section_id AS "sectionId", position FROM ${kind} WHERE id = $1`, [id]);
  if (rows.length === 0) throw new NotFoundError(`no such ${kind}`, { argument: 'id' });
  return rows[0];
}

const touch = (m: EntityManager, sectionId: string) => m.query('UPDATE section SET updated_at = now() WHERE id = $1', [sectionId]);

export const sectionItemsService = {
  async add<R>(ctx: Context, kind: ItemKind, sectionId: string, expectedVersion: number, input: object, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', `add${ACTION[kind]}`);
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `add${ACTION[kind]}`,
      async (m) => {
        const values = await columns(m, kind, input as Record<string, unknown>);
        const names = Object.keys(values);
        await m.query(
          `INSERT INTO ${kind} (section_id, position, ${names.join(', ')})
         SELECT $1, (SELECT count(*) FROM ${kind} WHERE section_id = $1), ${names.map((_, i) => `$${i + 2}`).join(', ')}`,
          [sectionId, ...names.map((n) => values[n])],
        );
        await touch(m, sectionId);
      },
      readBack,
    );
  },

  async update<R>(ctx: Context, kind: ItemKind, id: string, expectedVersion: number, patch: object, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', `update${ACTION[kind]}`);
    const { sectionId } = await itemRow(ctx.db, kind, id);
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `update${ACTION[kind]}`,
      async (m) => {
        await itemRow(m, kind, id);
        const values = await columns(m, kind, patch as Record<string, unknown>);
        const names = Object.keys(values);
        if (names.length === 0) throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
        await m.query(`UPDATE ${kind} SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...names.map((n) => values[n])]);
        await touch(m, sectionId);
      },
      readBack,
    );
  },

  async remove<R>(ctx: Context, kind: ItemKind, id: string, expectedVersion: number, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', `remove${ACTION[kind]}`);
    const { sectionId } = await itemRow(ctx.db, kind, id);
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `remove${ACTION[kind]}`,
      async (m) => {
        const row = await itemRow(m, kind, id);
        await m.query(`DELETE FROM ${kind} WHERE id = $1`, [id]);
        await m.query(`UPDATE ${kind} SET position = position - 1 WHERE section_id = $1 AND position > $2`, [sectionId, row.position]);
        await touch(m, sectionId);
      },
      readBack,
    );
  },
};
