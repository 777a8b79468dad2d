// How Topic, TopicEvent and TimelineCitation are read, and the SQL pieces other features use (see common/sql/json-query).
import { defineObject, type ReadSpec, type SqlBuilder } from '../../common/sql/json-query';
import { byForeignKey } from '../../common/sql/read-helpers';
import { articleVisible } from '../visibility.read';

/** Topics, like actors, are seen by readers only while a PUBLISHED article is tagged with them. */
export function topicVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  return `EXISTS (SELECT 1 FROM article_topic vat JOIN article va ON va.id = vat.article_id WHERE vat.topic_id = ${alias}.id AND va.status = 'PUBLISHED')`;
}

/**
 * A timeline event is seen by readers when its topic is, unless it belongs to an explainer that is not
 * published: an event written for a draft is part of that draft.
 */
export function topicEventVisible(alias: string, b: SqlBuilder): string | null {
  if (b.viewer.canSeeDrafts) return null;
  const topic = topicVisible(`${alias}_t`, b);
  return `(${eventArticleOk(alias)} AND EXISTS (SELECT 1 FROM topic ${alias}_t WHERE ${alias}_t.id = ${alias}.topic_id AND ${topic}))`;
}

const eventArticleOk = (alias: string) =>
  `(${alias}.article_id IS NULL OR EXISTS (SELECT 1 FROM article vea WHERE vea.id = ${alias}.article_id AND vea.status = 'PUBLISHED'))`;

const topicObject = defineObject({
  type: 'Topic',
  table: 'topic',
  interfaces: ['Node'],
  scalars: {
    name: (a) => `${a}.name`,
    slug: (a) => `${a}.slug`,
    kind: (a) => `${a}.kind`,
    summary: (a) => `${a}.summary`,
    createdAt: (a) => `${a}.created_at`,
    updatedAt: (a) => `${a}.updated_at`,
  },
  relations: {
    articles: {
      kind: 'connection',
      target: 'Article',
      connection: 'ArticleConnection',
      parentWhere: (parent, child) => `EXISTS (SELECT 1 FROM article_topic pat WHERE pat.article_id = ${child}.id AND pat.topic_id = ${parent}.id)`,
    },
    timeline: {
      kind: 'many',
      target: 'TopicEvent',
      source: ({ parent, child, b }) => {
        // Events link other articles, which are published and unpublished on their own: not this object's tree alone.
        b.broad = true;
        return {
          from: `topic_event ${child}`,
          where: [`${child}.topic_id = ${parent}.id`, ...(b.viewer.canSeeDrafts ? [] : [eventArticleOk(child)])],
          orderBy: `${child}.date, ${child}.position, ${child}.id`,
        };
      },
    },
  },
  visible: topicVisible,
});

const topicEventObject = defineObject({
  type: 'TopicEvent',
  table: 'topic_event',
  interfaces: ['Node'],
  scalars: {
    date: (a) => `${a}.date`,
    dateLabel: (a) => `${a}.date_label`,
    title: (a) => `${a}.title`,
    body: (a) => `${a}.body`,
    position: (a) => `${a}.position`,
  },
  relations: {
    article: {
      kind: 'one',
      target: 'Article',
      source: ({ parent, child, b }) => {
        b.broad = true;
        const visible = articleVisible(child, b);
        return { from: `article ${child}`, where: [`${child}.id = ${parent}.article_id`, ...(visible ? [visible] : [])] };
      },
    },
    topic: byForeignKey('Topic', 'topic', 'topic_id'),
    citations: {
      kind: 'many',
      target: 'TimelineCitation',
      source: ({ parent, child }) => ({
        from: `topic_event_citation ${child}`,
        where: [`${child}.event_id = ${parent}.id`],
        orderBy: `${child}.position`,
      }),
    },
  },
  visible: topicEventVisible,
});

const timelineCitationObject = defineObject({
  type: 'TimelineCitation',
  table: 'topic_event_citation',
  interfaces: ['Node'],
  scalars: {
    excerpt: (a) => `${a}.excerpt`,
  },
  relations: {
    source: byForeignKey('Source', 'source', 'source_id'),
    event: byForeignKey('TopicEvent', 'topic_event', 'event_id'),
  },
  visible: (alias, b) => {
    const event = topicEventVisible(`${alias}_e`, b);
    return event ? `EXISTS (SELECT 1 FROM topic_event ${alias}_e WHERE ${alias}_e.id = ${alias}.event_id AND ${event})` : null;
  },
});

/** The read spec of this feature, registered by src/schema.ts. */
export const topicReads: ReadSpec = { objects: [topicObject, topicEventObject, timelineCitationObject] };
