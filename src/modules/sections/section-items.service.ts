// Items of a section (citations, quotes, reactions): add, update, remove. Each bumps the article version, touches
// the section's updatedAt, keeps positions dense and records a revision. What differs by kind (the table, the
// columns an input sets) comes from the item's own feature as a SectionItemTable (citations/citation-write.service.ts...).
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { requireRole } from '../auth/auth';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { ActorKind } from '../actors/actor.entity';
import { SourceKind } from '../sources/source.entity';
import { upsertActors, upsertSources } from '../articles/explainer.writer';
import { versionedWrite, type ReadBack } from '../articles/article-write.service';
import { sectionRow } from './section-write.service';

/** One kind of section item, as its feature describes it to the section item writes. */
export interface SectionItemTable {
  /** The table, also the argument name of the add mutation (`citation: CitationInput`). */
  table: 'citation' | 'quote' | 'reaction';
  /** The GraphQL type, which names the mutations (addCitation...) and the global ids. */
  type: 'Citation' | 'Quote' | 'Reaction';
  /** Column values from an input or a patch: only the fields present are set (names resolved to ids). */
  columns(m: EntityManager, fields: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Columns a patch may not clear, in the order they are checked. */
  required: string[];
}

/** The id of the source with this name, created (kind OTHER) when new; null for null. */
export async function sourceIdByName(m: EntityManager, name: string | null | undefined): Promise<string | null> {
  if (name == null) return null;
  return (await upsertSources(m, [{ name, kind: SourceKind.OTHER }])).get(name)!;
}

/** The id of the actor with this name, created (kind PERSON) when new; null for null. */
export async function actorIdByName(m: EntityManager, name: string | null | undefined): Promise<string | null> {
  if (name == null) return null;
  return (await upsertActors(m, [{ name, kind: ActorKind.PERSON }])).get(name)!;
}

/** Column values of an item from its input or patch; a required column set to null is the user's mistake. */
export async function itemColumns(m: EntityManager, item: SectionItemTable, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out = await item.columns(m, fields);
  for (const col of item.required) {
    if (col in out && out[col] == null) throw new BadUserInputError(`patch: ${col.replace('_id', 'Name')} cannot be null`, { field: col });
  }
  return out;
}

/** `has(k)`: the input or patch gives field `k` (null included, which clears it). */
export const present = (fields: Record<string, unknown>) => (k: string) => k in fields && fields[k] !== undefined;

async function itemRow(m: EntityManager, table: SectionItemTable['table'], id: string): Promise<{ sectionId: string; position: number }> {
  const rows: { sectionId: string; position: number }[] = await m.query(`SELECT section_id AS "sectionId", position FROM ${table} WHERE id = $1`, [id]);
  if (rows.length === 0) throw new NotFoundError(`no such ${table}`, { argument: 'id' });
  return rows[0];
}

const touch = (m: EntityManager, sectionId: string) => m.query('UPDATE section SET updated_at = now() WHERE id = $1', [sectionId]);

export const sectionItemsService = {
  async add<R>(ctx: Context, item: SectionItemTable, sectionId: string, expectedVersion: number, input: object, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', `add${item.type}`);
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `add${item.type}`,
      async (m) => {
        const values = await itemColumns(m, item, input as Record<string, unknown>);
        const names = Object.keys(values);
        await m.query(
          `INSERT INTO ${item.table} (section_id, position, ${names.join(', ')})
         SELECT $1, (SELECT count(*) FROM ${item.table} WHERE section_id = $1), ${names.map((_, i) => `$${i + 2}`).join(', ')}`,
          [sectionId, ...names.map((n) => values[n])],
        );
        await touch(m, sectionId);
      },
      readBack,
    );
  },

  async update<R>(ctx: Context, item: SectionItemTable, id: string, expectedVersion: number, patch: object, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', `update${item.type}`);
    const { sectionId } = await itemRow(ctx.db, item.table, id);
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `update${item.type}`,
      async (m) => {
        await itemRow(m, item.table, id);
        const values = await itemColumns(m, item, patch as Record<string, unknown>);
        const names = Object.keys(values);
        if (names.length === 0) throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
        await m.query(`UPDATE ${item.table} SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...names.map((n) => values[n])]);
        await touch(m, sectionId);
      },
      readBack,
    );
  },

  async remove<R>(ctx: Context, item: SectionItemTable, id: string, expectedVersion: number, readBack: ReadBack<R>): Promise<R> {
    requireRole(ctx, 'EDITOR', `remove${item.type}`);
    const { sectionId } = await itemRow(ctx.db, item.table, id);
    const { articleId } = await sectionRow(ctx.db, sectionId);
    return versionedWrite(
      ctx,
      articleId,
      expectedVersion,
      `remove${item.type}`,
      async (m) => {
        const row = await itemRow(m, item.table, id);
        await m.query(`DELETE FROM ${item.table} WHERE id = $1`, [id]);
        await m.query(`UPDATE ${item.table} SET position = position - 1 WHERE section_id = $1 AND position > $2`, [sectionId, row.position]);
        await touch(m, sectionId);
      },
      readBack,
    );
  },
};
