// Writes of an article's topics inside the caller's transaction: topics matched by slug (created when new, by
// the seed and revision restores), and the article's ordered tags.
import type { EntityManager } from 'typeorm';
import { slugify } from '../../common/slug';
import { idsBySlug } from './contributor.writer';
import type { TopicKind } from '../topics/topic.entity';

export interface TopicRef {
  name: string;
  /** Default: the slug of the name. */
  slug?: string | null;
  kind: TopicKind;
  summary?: string | null;
}

export const topicSlug = (ref: TopicRef): string => ref.slug || slugify(ref.name) || 'topic';

/** The ids of the topics of `refs`, in order, creating the missing ones (existing ones keep their details). */
export async function upsertTopics(m: EntityManager, refs: TopicRef[]): Promise<string[]> {
  const seen = new Set<string>();
  refs = refs.filter((r) => !seen.has(topicSlug(r)) && Boolean(seen.add(topicSlug(r))));
  if (refs.length === 0) return [];
  const slugs = refs.map(topicSlug);
  await m.query(
    `INSERT INTO topic (name, slug, kind, summary)
     SELECT * FROM unnest($1::text[], $2::text[], $3::topic_kind[], $4::text[]) ON CONFLICT (slug) DO NOTHING`,
    [refs.map((r) => r.name), slugs, refs.map((r) => r.kind), refs.map((r) => r.summary ?? null)],
  );
  return idsBySlug(m, slugs, 'topics', 'topic');
}

/** Topic ids by slug, refusing unknown or repeated ones with the path of their place (`topics.1`). */
export function topicIdsBySlug(m: EntityManager, slugs: string[], field: string): Promise<string[]> {
  return idsBySlug(m, slugs, field, 'topic');
}

/** Makes `ids` the article's topics, in this order. */
export async function setArticleTopics(m: EntityManager, articleId: string, ids: string[]): Promise<void> {
  await m.query('DELETE FROM article_topic WHERE article_id = $1', [articleId]);
  if (ids.length === 0) return;
  await m.query(
    `INSERT INTO article_topic (article_id, topic_id, position)
     SELECT $1, t.id, t.n - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [articleId, ids],
  );
}

/** A STORY topic's timeline as data (the seed): events in order, linked to explainers by slug, citations by source name. */
export interface TimelineFixture {
  /** Slug of the STORY topic (created by an explainer's `topics`). */
  topic: string;
  events: {
    date: string;
    dateLabel?: string | null;
    title: string;
    body?: string | null;
    /** Slug of the explainer that explains it. */
    article?: string | null;
    citations: { source: string; excerpt: string }[];
  }[];
}

/** Writes the timeline of `fixture` unless its topic has one already (loading a fixture set twice adds nothing). */
export async function insertTimeline(m: EntityManager, fixture: TimelineFixture): Promise<number> {
  const [topic]: { id: string; has: boolean }[] = await m.query(
    'SELECT t.id, EXISTS (SELECT 1 FROM topic_event e WHERE e.topic_id = t.id) AS has FROM topic t WHERE t.slug = $1',
    [fixture.topic],
  );
  if (!topic) throw new Error(`timeline fixture: no topic "${fixture.topic}"`);
  if (topic.has) return 0;
  for (const [i, e] of fixture.events.entries()) {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO topic_event (topic_id, date, date_label, title, body, article_id, position)
       VALUES ($1, $2::date, $3, $4, $5, (SELECT id FROM article WHERE slug = $6), $7) RETURNING id`,
      [topic.id, e.date, e.dateLabel ?? null, e.title, e.body ?? null, e.article ?? null, i],
    );
    if (e.citations.length === 0) continue;
    await m.query(
      `INSERT INTO topic_event_citation (event_id, source_id, excerpt, position)
       SELECT $1, (SELECT id FROM source WHERE name = c.source), c.excerpt, c.n - 1
         FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(source, excerpt, n)`,
      [row.id, e.citations.map((c) => c.source), e.citations.map((c) => c.excerpt)],
    );
  }
  return fixture.events.length;
}
