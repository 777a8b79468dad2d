// Topics and STORY timelines: the topic page (one SQL statement built from the selection) and the editors' writes.
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { mapDbError } from '../../common/db-errors';
import { isoDay } from '../../common/dates';
import { idOf } from '../../common/ids';
import { slugify } from '../../common/slug';
import { findOne } from '../../common/sql/run';
import { requireRole } from '../auth/auth';
import { SourceKind } from '../sources/source.entity';
import { upsertSources } from '../articles/explainer.writer';
import { noteArticlesShowing } from '../articles/contributor.writer';
import { TopicKind } from './topic.entity';
import type { CreateTopicInput, TimelineCitationInput, TimelineEventInput, TimelineEventPatch, TopicPatch } from './topic.dto';

const byId = (id: string) => (t: string, b: { param(v: unknown, c?: string): string }) => [`${t}.id = ${b.param(id, 'uuid')}`];

/** Runs `write` in a transaction and reads the object back in it (editors see everything). */
async function written(ctx: Context, info: GraphQLResolveInfo, type: string, write: (m: EntityManager) => Promise<string>): Promise<unknown> {
  try {
    return await ctx.db.transaction(async (m) => findOne({ ...ctx, db: m }, info, type, byId(await write(m))));
  } catch (err) {
    throw mapDbError(err);
  }
}

/** The cached pages that show a topic: its articles' (Article.topics) and, through them, every list and topic page. */
const TOPIC_ARTICLES = 'SELECT article_id AS id FROM article_topic WHERE topic_id = $1';

async function linkedArticle(m: EntityManager, globalId: string | null | undefined, field: string): Promise<string | null> {
  if (globalId == null) return null;
  const id = idOf(globalId, 'Article', field);
  const found: unknown[] = await m.query('SELECT 1 FROM article WHERE id = $1', [id]);
  if (found.length === 0) throw new BadUserInputError(`${field}: no such article`, { field });
  return id;
}

async function writeCitations(m: EntityManager, eventId: string, citations: TimelineCitationInput[]): Promise<void> {
  await m.query('DELETE FROM topic_event_citation WHERE event_id = $1', [eventId]);
  if (citations.length === 0) return;
  const sources = await upsertSources(
    m,
    citations.map((c) => ({ name: c.sourceName, kind: SourceKind.OTHER })),
  );
  await m.query(
    `INSERT INTO topic_event_citation (event_id, source_id, excerpt, position)
     SELECT $1, c.source_id, c.excerpt, c.n - 1 FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS c(source_id, excerpt, n)`,
    [eventId, citations.map((c) => sources.get(c.sourceName)), citations.map((c) => c.excerpt)],
  );
}

export const topicService = {
  bySlug(ctx: Context, info: GraphQLResolveInfo, slug: string): Promise<unknown> {
    return findOne(ctx, info, 'Topic', (t, b) => [`${t}.slug = ${b.param(slug, 'text')}`]);
  },

  create(ctx: Context, info: GraphQLResolveInfo, input: CreateTopicInput): Promise<unknown> {
    requireRole(ctx, 'EDITOR', 'createTopic');
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw new BadUserInputError('slug: the name gives no slug; give one', { field: 'slug' });
    return written(ctx, info, 'Topic', async (m) => {
      const [row]: { id: string }[] = await m.query('INSERT INTO topic (name, slug, kind, summary) VALUES ($1, $2, $3, $4) RETURNING id', [
        input.name,
        slug,
        input.kind,
        input.summary ?? null,
      ]);
      return row.id;
    });
  },

  update(ctx: Context, info: GraphQLResolveInfo, id: string, patch: TopicPatch): Promise<unknown> {
    requireRole(ctx, 'EDITOR', 'updateTopic');
    const sets: string[] = [];
    const params: unknown[] = [id];
    const put = (column: string, value: unknown) => sets.push(`${column} = $${params.push(value)}`);
    if (patch.name != null) put('name', patch.name);
    if (patch.slug != null) put('slug', patch.slug);
    if (patch.kind != null) put('kind', patch.kind);
    if (patch.summary !== undefined) put('summary', patch.summary);
    if (sets.length === 0) throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
    return written(ctx, info, 'Topic', async (m) => {
      if (patch.kind != null && patch.kind !== TopicKind.STORY) {
        const events: unknown[] = await m.query('SELECT 1 FROM topic_event WHERE topic_id = $1 LIMIT 1', [id]);
        if (events.length > 0) throw new BadUserInputError('patch.kind: the topic has a timeline; only a STORY has one', { field: 'patch.kind' });
      }
      const [rows]: [{ id: string }[], number] = await m.query(`UPDATE topic SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 RETURNING id`, params);
      if (rows.length === 0) throw new NotFoundError('no such topic', { argument: 'id' });
      await noteArticlesShowing(m, TOPIC_ARTICLES, [id]);
      return id;
    });
  },

  /** Deletes a topic no article is tagged with (with its timeline); one in use is refused. */
  async delete(ctx: Context, id: string): Promise<void> {
    requireRole(ctx, 'EDITOR', 'deleteTopic');
    await ctx.db.transaction(async (m) => {
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM article_topic WHERE topic_id = $1', [id]);
      if (n > 0) throw new BadUserInputError(`id: ${n} article(s) are tagged with the topic; untag them first`, { argument: 'id', articles: n });
      const [, deleted]: [unknown, number] = await m.query('DELETE FROM topic WHERE id = $1', [id]);
      if (deleted === 0) throw new NotFoundError('no such topic', { argument: 'id' });
    });
  },

  addEvent(ctx: Context, info: GraphQLResolveInfo, topicId: string, input: TimelineEventInput): Promise<unknown> {
    requireRole(ctx, 'EDITOR', 'addTimelineEvent');
    return written(ctx, info, 'TopicEvent', async (m) => {
      const topics: { kind: TopicKind }[] = await m.query('SELECT kind FROM topic WHERE id = $1 FOR UPDATE', [topicId]);
      if (topics.length === 0) throw new NotFoundError('no such topic', { argument: 'topicId' });
      if (topics[0].kind !== TopicKind.STORY) {
        throw new BadUserInputError(`topicId: only a STORY topic has a timeline (this one is ${topics[0].kind})`, { argument: 'topicId' });
      }
      const articleId = await linkedArticle(m, input.articleId, 'input.articleId');
      const day = isoDay(input.date);
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO topic_event (topic_id, date, date_label, title, body, article_id, position)
         SELECT $1, $2::date, $3, $4, $5, $6, coalesce(max(position) + 1, 0) FROM topic_event WHERE topic_id = $1 AND date = $2::date
         RETURNING id`,
        [topicId, day, input.dateLabel ?? null, input.title, input.body ?? null, articleId],
      );
      await writeCitations(m, row.id, input.citations ?? []);
      await noteArticlesShowing(m, `${TOPIC_ARTICLES} UNION SELECT $2::uuid WHERE $2::uuid IS NOT NULL`, [topicId, articleId]);
      return row.id;
    });
  },

  updateEvent(ctx: Context, info: GraphQLResolveInfo, id: string, patch: TimelineEventPatch): Promise<unknown> {
    requireRole(ctx, 'EDITOR', 'updateTimelineEvent');
    return written(ctx, info, 'TopicEvent', async (m) => {
      const sets: string[] = [];
      const params: unknown[] = [id];
      const put = (column: string, value: unknown) => sets.push(`${column} = $${params.push(value)}`);
      if (patch.date != null) put('date', isoDay(patch.date));
      if (patch.dateLabel !== undefined) put('date_label', patch.dateLabel);
      if (patch.title != null) put('title', patch.title);
      if (patch.body !== undefined) put('body', patch.body);
      if (patch.articleId !== undefined) put('article_id', await linkedArticle(m, patch.articleId, 'patch.articleId'));
      if (sets.length === 0 && patch.citations == null) throw new BadUserInputError('patch: nothing to change', { field: 'patch' });
      const before: { topic_id: string; article_id: string | null }[] = await m.query('SELECT topic_id, article_id FROM topic_event WHERE id = $1 FOR UPDATE', [
        id,
      ]);
      if (before.length === 0) throw new NotFoundError('no such timeline event', { argument: 'id' });
      if (sets.length > 0) await m.query(`UPDATE topic_event SET ${sets.join(', ')} WHERE id = $1`, params);
      if (patch.citations != null) await writeCitations(m, id, patch.citations);
      await noteArticlesShowing(
        m,
        `${TOPIC_ARTICLES} UNION SELECT article_id FROM topic_event WHERE id = $2 AND article_id IS NOT NULL UNION SELECT $3::uuid WHERE $3::uuid IS NOT NULL`,
        [before[0].topic_id, id, before[0].article_id],
      );
      return id;
    });
  },

  async removeEvent(ctx: Context, id: string): Promise<void> {
    requireRole(ctx, 'EDITOR', 'removeTimelineEvent');
    await ctx.db.transaction(async (m) => {
      const [rows]: [{ topic_id: string; article_id: string | null }[], number] = await m.query(
        'DELETE FROM topic_event WHERE id = $1 RETURNING topic_id, article_id',
        [id],
      );
      if (rows.length === 0) throw new NotFoundError('no such timeline event', { argument: 'id' });
      await noteArticlesShowing(m, `${TOPIC_ARTICLES} UNION SELECT $2::uuid WHERE $2::uuid IS NOT NULL`, [rows[0].topic_id, rows[0].article_id]);
    });
  },
};
