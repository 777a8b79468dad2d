// Contributors: the contributor page (one SQL statement built from the selection) and the editors' writes.
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { mapDbError } from '../../common/db-errors';
import { slugify } from '../../common/slug';
import { findOne } from '../../common/sql/run';
import { requireRole } from '../auth/auth';
import type { ContributorPatch, CreateContributorInput } from './contributor.dto';
import { noteArticlesShowing } from '../articles/contributor.writer';

const byId = (id: string) => (t: string, b: { param(v: unknown, c?: string): string }) => [`${t}.id = ${b.param(id, 'uuid')}`];

/** Runs `write` in a transaction and reads the contributor back in it (editors see every contributor). */
async function written(ctx: Context, info: GraphQLResolveInfo, write: (m: EntityManager) => Promise<string>): Promise<unknown> {
  try {
    return await ctx.db.transaction(async (m) => findOne({ ...ctx, db: m }, info, 'Contributor', byId(await write(m))));
  } catch (err) {
    throw mapDbError(err);
  }
}

const COLUMNS = { name: 'name', slug: 'slug', role: 'role', bio: 'bio', url: 'url', imageUrl: 'image_url', isFictional: 'is_fictional' } as const;

export const contributorService = {
  bySlug(ctx: Context, info: GraphQLResolveInfo, slug: string): Promise<unknown> {
    return findOne(ctx, info, 'Contributor', (t, b) => [`${t}.slug = ${b.param(slug, 'text')}`]);
  },

  create(ctx: Context, info: GraphQLResolveInfo, input: CreateContributorInput): Promise<unknown> {
    requireRole(ctx, 'EDITOR', 'createContributor');
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw new BadUserInputError('slug: the name gives no slug; give one', { field: 'slug' });
    return written(ctx, info, async (m) => {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO contributor (name, slug, role, bio, url, image_url, is_fictional) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.name, slug, input.role ?? null, input.bio ?? null, input.url ?? null, input.imageUrl ?? null, input.isFictional ?? false],
      );
      return row.id;
    });
  },

  update(ctx: Context, info: GraphQLResolveInfo, id: string, patch: ContributorPatch): Promise<unknown> {
    requireRole(ctx, 'EDITOR', 'updateContributor');
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [field, column] of Object.entries(COLUMNS)) {
      const value = patch[field as keyof ContributorPatch];
      if (value === undefined) continue;
      if (value === null && (field === 'name' || field === 'slug' || field === 'isFictional')) {
        throw new BadUserInputError(`patch.${field}: cannot be cleared`, { field: `patch.${field}` });
      }
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    if (sets.length === 0) throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
    return written(ctx, info, async (m) => {
      const [rows]: [{ id: string }[], number] = await m.query(
        `UPDATE contributor SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 RETURNING id`,
        params,
      );
      if (rows.length === 0) throw new NotFoundError('no such contributor', { argument: 'id' });
      // Bylines show the contributor: the cached pages of its articles go (and every list, contributor pages included).
      await noteArticlesShowing(m, 'SELECT article_id AS id FROM article_contributor WHERE contributor_id = $1', [id]);
      return id;
    });
  },

  /** Deletes a contributor no article credits; one still on a byline is refused (the bylines would change unrecorded). */
  async delete(ctx: Context, id: string): Promise<void> {
    requireRole(ctx, 'EDITOR', 'deleteContributor');
    await ctx.db.transaction(async (m) => {
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM article_contributor WHERE contributor_id = $1', [id]);
      if (n > 0) {
        throw new BadUserInputError(`id: the contributor is credited on ${n} article(s); remove it from their bylines first`, { argument: 'id', articles: n });
      }
      const [, deleted]: [unknown, number] = await m.query('DELETE FROM contributor WHERE id = $1', [id]);
      if (deleted === 0) throw new NotFoundError('no such contributor', { argument: 'id' });
    });
  },
};
