// Revisions: after every successful write, the whole explainer is stored as it now is (ExplainerInput shape,
// sources and actors by name), in the same transaction as the write.
import type { EntityManager } from 'typeorm';
import { sourceIdsOf } from '../sources/source.read';
import { LIVE_CHANNEL, noteArticleWrite, noteLiveEvent, notifiesInTransaction, ORIGIN_SQL } from '../../common/cache/invalidation';
import { recordPublishedVersion } from './published-version.service';
import { queryNamed } from '../../common/sql/named-statements';

const items = (table: string, json: string, joins: string) =>
  `coalesce((SELECT json_agg(${json} ORDER BY x.position) FROM ${table} x ${joins} WHERE x.section_id = s.id), '[]'::json)`;

/** An image row `i` as ImageData JSON (images are held by value: a restore brings them back as they were). */
const imageJson = (i: string) =>
  `jsonb_build_object('path', ${i}.path, 'alt', ${i}.alt, 'caption', ${i}.caption, 'credit', ${i}.credit, 'width', ${i}.width, 'height', ${i}.height)`;

/**
 * A section's fields in the snapshot, but for the optional `image` (only a section with an image has the key: the
 * snapshots of sections without one are as they were before images). `s` is the section row.
 */
const SECTION_FIELDS: [string, string][] = [
  ['key', 's.key'],
  ['heading', 's.heading'],
  ['body', 's.body'],
  // the source by its primary key, citation by citation: as a join, the planner hashed the whole source table
  // once per section (a seq scan of every source, 8 times per edit of an 8-section article)
  ['citations', items('citation', `json_build_object('source', (SELECT xs.name FROM source xs WHERE xs.id = x.source_id), 'excerpt', x.excerpt)`, '')],
  [
    'quotes',
    items(
      'quote',
      `json_build_object('text', x.text, 'speaker', xa.name, 'source', xs.name)`,
      'LEFT JOIN actor xa ON xa.id = x.speaker_id LEFT JOIN source xs ON xs.id = x.source_id',
    ),
  ],
  [
    'reactions',
    items(
      'reaction',
      `json_build_object('actor', xa.name, 'stance', x.stance, 'summary', x.summary, 'source', xs.name)`,
      'JOIN actor xa ON xa.id = x.actor_id LEFT JOIN source xs ON xs.id = x.source_id',
    ),
  ],
  [
    'contestedFigures',
    items(
      'contested_figure',
      `json_build_object('claim', x.claim, 'claims', coalesce((SELECT json_agg(json_build_object('claimant', ca.name, 'statedBy', sb.name,
            'value', c.value, 'unit', c.unit, 'source', cs.name, 'excerpt', c.excerpt) ORDER BY c.position)
          FROM figure_claim c JOIN actor ca ON ca.id = c.claimant_id LEFT JOIN actor sb ON sb.id = c.stated_by_id
          LEFT JOIN source cs ON cs.id = c.source_id WHERE c.contested_figure_id = x.id), '[]'::json))`,
      '',
    ),
  ],
];

const pairs = (fields: [string, string][]) => fields.map(([k, sql]) => `'${k}', ${sql}`).join(',\n  ');

/**
 * The snapshot's top-level fields; `a` is the article row; its sections come from `sections` (a relation with
 * section's columns: the table, or the table with a row edited in the same statement put in).
 */
const snapshotFields = (sections: string): [string, string][] => [
  ['slug', 'a.slug'],
  ['headline', 'a.headline'],
  ['summary', 'a.summary'],
  ['status', 'a.status'],
  ['eventDate', 'a.event_date'],
  ['publishedAt', 'a.published_at'],
  ['leadImage', `(SELECT ${imageJson('li')} FROM image li WHERE li.id = a.lead_image_id)`],
  [
    'corrections',
    `coalesce((SELECT json_agg(json_build_object('kind', co.kind, 'text', co.text, 'sectionKey', co.section_key, 'createdAt', co.created_at) ORDER BY co.seq)
      FROM correction co WHERE co.article_id = a.id), '[]'::json)`,
  ],
  // each source by its primary key (OFFSET 0 keeps the lookup apart): as a semi-join, the whole table was hashed
  [
    'sources',
    `coalesce((SELECT json_agg(json_build_object('name', so.name, 'kind', so.kind, 'url', so.url) ORDER BY so.name)
      FROM ${sourceIdsOf('s.article_id = a.id')} ids(id) CROSS JOIN LATERAL (SELECT so.name, so.kind, so.url FROM source so WHERE so.id = ids.id OFFSET 0) so), '[]'::json)`,
  ],
  [
    'actors',
    `coalesce((SELECT json_agg(json_build_object('name', ac.name, 'kind', ac.kind, 'title', ac.title, 'country', ac.country) ORDER BY ac.name)
      FROM actor ac WHERE ac.id IN (
        SELECT r.actor_id FROM reaction r JOIN section s ON s.id = r.section_id WHERE s.article_id = a.id
        UNION SELECT q.speaker_id FROM quote q JOIN section s ON s.id = q.section_id WHERE s.article_id = a.id
        UNION SELECT fc.claimant_id FROM figure_claim fc JOIN contested_figure cf ON cf.id = fc.contested_figure_id JOIN section s ON s.id = cf.section_id WHERE s.article_id = a.id
        UNION SELECT fc.stated_by_id FROM figure_claim fc JOIN contested_figure cf ON cf.id = fc.contested_figure_id JOIN section s ON s.id = cf.section_id WHERE s.article_id = a.id)), '[]'::json)`,
  ],
  [
    'contributors',
    `coalesce((SELECT json_agg(json_build_object('name', co.name, 'slug', co.slug, 'role', co.role, 'isFictional', co.is_fictional)
      ORDER BY aco.position) FROM article_contributor aco JOIN contributor co ON co.id = aco.contributor_id WHERE aco.article_id = a.id), '[]'::json)`,
  ],
  [
    'topics',
    `coalesce((SELECT json_agg(json_build_object('name', tp.name, 'slug', tp.slug, 'kind', tp.kind, 'summary', tp.summary)
      ORDER BY atp.position) FROM article_topic atp JOIN topic tp ON tp.id = atp.topic_id WHERE atp.article_id = a.id), '[]'::json)`,
  ],
  ['related', `coalesce((SELECT json_agg(arl.related_id ORDER BY arl.position) FROM article_related arl WHERE arl.article_id = a.id), '[]'::json)`],
  [
    'sections',
    `coalesce((SELECT json_agg(jsonb_build_object(
      ${pairs(SECTION_FIELDS)}
    ) || coalesce((SELECT jsonb_build_object('image', ${imageJson('si')}) FROM image si WHERE si.id = s.image_id), '{}'::jsonb)
    ORDER BY s.position) FROM ${sections} s WHERE s.article_id = a.id), '[]'::json)`,
  ],
];

/** The explainer as ExplainerInput JSON; `a` is the article row; its sections come from `sections` (as snapshotFields). */
const snapshotSql = (sections: string) => `json_build_object(\n  ${pairs(snapshotFields(sections))}\n)`;

/**
 * Fields of the snapshot no write can change without writing the revision of every article that shows them: the
 * lists of sources and actors (rows matched by name, never updated: upsertByName) and the sections with their
 * items (sources, actors and images by value, none of them ever updated in place). Contributors and topics are
 * shared too but renamed in place (updateContributor, updateTopic, with no revision of the articles), and the
 * article's own columns and lists are cheap lookups: those are always read again.
 */
const KEPT_FROM_PREV = ['sources', 'actors', 'sections'];

/**
 * The snapshot (jsonb) of a write that changed one section's key, heading or body and nothing else (EditInStatement
 * `editedSection`), as the previous revision's (`prev`: version, snapshot) with that section's fields replaced and
 * the fields that can change without a revision read again: equal to the whole snapshot (the JSON is compared as
 * jsonb: key order and spacing are not kept), without reading every section's citations, quotes, reactions and
 * figures, and the sources and actors. Null (then the whole snapshot is built) unless `prev` is the article's
 * previous version (any write moves the version and records its revision: none missing, none written by hand
 * since), its section at the edited one's position has the key the edited one had, and has every field a section
 * has today (a revision written before a field was added to the snapshot is not carried forward).
 */
function patchedSnapshot(edit: NonNullable<EditInStatement['editedSection']>, sections: string): string {
  const fields = snapshotFields(sections).map(([k, sql]): [string, string] => [
    k,
    k === 'sections' ? 'p.sections' : KEPT_FROM_PREV.includes(k) ? `prev.snapshot->'${k}'` : sql,
  ]);
  const old = `prev.snapshot->'sections'->(e.position)`;
  return `CASE WHEN prev.version = a.version - 1 AND prev.snapshot ?& ARRAY[${KEPT_FROM_PREV.map((k) => `'${k}'`).join(', ')}] THEN (
    SELECT jsonb_build_object(\n  ${pairs(fields)}\n) FROM (
      SELECT jsonb_set(prev.snapshot->'sections', ARRAY[e.position::text], ${old} || ${edit.fields}) AS sections
      FROM ${edit.from} e WHERE ${old}->>'key' = e.key AND ${old} ?& ARRAY[${SECTION_FIELDS.map(([k]) => `'${k}'`).join(', ')}]
    ) p) END`;
}

/** The explainer as ExplainerInput JSON; `a` is the article row. */
export const SNAPSHOT_SQL = snapshotSql('section');

/**
 * A write made in the revision's own statement (data-modifying CTEs, whose changes the rest of the statement does
 * not see but through what they return): `ctes` come first; `articleId` is the SQL of the written article's id;
 * `article` the article row after the write (a CTE returning all of article's columns, empty when the write did not
 * happen: then nothing is recorded); `sections` a relation of section's columns as they are after the write;
 * `columns` are added to the statement's one row (it then always has one, with a null payload when nothing was
 * recorded), among them `article_id`; `params` are $1 (the id the write is keyed on), then $6, $7...
 */
export interface EditInStatement {
  ctes: string;
  articleId: string;
  article: string;
  sections: string;
  columns: string;
  params: [unknown, ...unknown[]];
  /**
   * The write changed one section's key, heading or body and nothing else: the snapshot is the previous revision's
   * with that section's fields replaced when it can be (patchedSnapshot), else built whole. `from` is a relation
   * `e` with the section's `position` and `key` before the write (one row; none when nothing was written), `fields`
   * a jsonb object (over `e`) of the section's snapshot fields the write set, as they now are.
   */
  editedSection?: { from: string; fields: string };
}

/** The revision statement, on its own (the article as it is) or with a write (`edit`). */
function revisionSql(edit?: EditInStatement): string {
  const aid = edit ? edit.articleId : '$1';
  const article = edit ? `${edit.article} a` : 'article a WHERE a.id = $1';
  const whole = edit ? snapshotSql(edit.sections) : SNAPSHOT_SQL;
  // (coalesce evaluates the whole snapshot only when the patched one is null)
  const snapshot = edit?.editedSection ? `coalesce(${patchedSnapshot(edit.editedSection, edit.sections)}, ${whole}::jsonb)` : whole;
  const last = edit
    ? `SELECT live.payload, CASE WHEN $4::boolean AND live.payload IS NOT NULL THEN pg_notify('${LIVE_CHANNEL}', live.payload) END AS notified,
         live.status, ${edit.columns} FROM (SELECT 1) one LEFT JOIN live ON true`
    : sendEvent(4, ', live.status');
  // prev's snapshot is read several times (the diff; the patched snapshot): `|| '{}'` hands back the value
  // decompressed, which the CTE keeps; the stored one (TOASTed, compressed) would be fetched and decompressed again
  // at every use
  return `WITH ${edit ? `${edit.ctes},` : ''} prev AS (
       SELECT r.version, r.snapshot || '{}'::jsonb AS snapshot FROM article_revision r WHERE r.article_id = ${aid} ORDER BY r.version DESC LIMIT 1
     ), ins AS (
       INSERT INTO article_revision (article_id, version, snapshot, key_name, action, change_note)
       SELECT a.id, a.version, ${snapshot}, $2, $3, $5 FROM ${article}${edit?.editedSection ? ' LEFT JOIN prev ON true' : ''}
       RETURNING article_id, version, snapshot, (SELECT a.draft_of IS NOT NULL FROM article a WHERE a.id = ${aid}) AS copy
     ), ev AS (
       SELECT ins.article_id, ins.version, ins.snapshot->>'slug' AS slug, ins.snapshot->>'status' AS status,
         -- readers can see it now and could not before this transaction (the changes feed's PUBLISHED entry of this
         -- transaction, written by the trigger on article: an embargoed publication is PUBLISHED when the embargo ends)
         EXISTS (SELECT 1 FROM article_change c WHERE c.article_id = ins.article_id AND c.xact = pg_current_xact_id() AND c.kind = 'PUBLISHED') AS published,
         (SELECT a.embargo_until IS NOT NULL FROM article a WHERE a.id = ins.article_id) AS embargoed,
         ARRAY(
           SELECT n.s->>'key' FROM jsonb_array_elements(ins.snapshot->'sections') n(s)
             WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(prev.snapshot->'sections') p(s) WHERE p.s = n.s)
           UNION
           SELECT p.s->>'key' FROM jsonb_array_elements(prev.snapshot->'sections') p(s)
             WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(ins.snapshot->'sections') n(s) WHERE n.s->>'key' = p.s->>'key')
         ) AS sections
       FROM ins LEFT JOIN prev ON true WHERE NOT ins.copy
     ), outbox AS (
       INSERT INTO webhook_delivery (webhook_id, event_id, type, article_id, payload)
       SELECT w.id, e.id, t.type, ev.article_id, jsonb_build_object('id', e.id, 'type', t.type, 'articleId', ev.article_id,
         'slug', ev.slug, 'version', ev.version, 'status', ev.status, 'sections', to_jsonb(ev.sections), 'action', $3::text, 'occurredAt', now())
       FROM ev CROSS JOIN (VALUES ('ARTICLE_UPDATED'), ('ARTICLE_PUBLISHED')) t(type)
       -- The same event id for every endpoint: derived from the article version and the event type.
       CROSS JOIN LATERAL (SELECT md5(ev.article_id::text || ':' || ev.version || ':' || t.type)::uuid AS id) e
       JOIN webhook w ON w.active AND t.type = ANY(w.events)
       WHERE t.type = 'ARTICLE_UPDATED' OR ev.published
       RETURNING 1
     ), live AS (
       SELECT json_build_object(
         -- an embargoed article's events reach editors only (mayReceive): readers learn of it when the embargo ends
         'articleId', ev.article_id, 'slug', ev.slug, 'version', ev.version, 'status', CASE WHEN ev.embargoed THEN 'EMBARGOED' ELSE ev.status END,
         'published', ev.published,
         -- NOTIFY takes at most 8000 bytes: a list of changed keys longer than 4000 is sent as null, "any section"
         'sections', CASE WHEN octet_length(array_to_string(ev.sections, ',')) > 4000 THEN NULL ELSE ev.sections END,
         'action', $3::text, 'at', floor(extract(epoch FROM clock_timestamp()) * 1000),
         'outbox', (SELECT count(*) FROM outbox), 'origin', ${ORIGIN_SQL}
       )::text AS payload, ev.status FROM ev
     )
     ${last}`;
}

/**
 * Stores the article as it now is, under its current version, and announces the change in the same statement:
 * - the webhook outbox gets one delivery per active endpoint that wants the event (ARTICLE_UPDATED, and
 *   ARTICLE_PUBLISHED when the write made it PUBLISHED);
 * - live subscribers are told with pg_notify, which PostgreSQL delivers at commit and drops on rollback; or,
 *   with the Redis live transport, the event is kept with the transaction and published after its COMMIT.
 * The event says which sections changed (against the previous revision).
 * Every write of an article ends here, which also tells the response cache (after the commit) to forget what
 * showed the article, and records a published version for readers' "updates" (modules/updates).
 * A pending working copy (staged edits, article.draft_of set) gets its revision but announces nothing: no
 * webhook, no live event, until publishPending writes its content into the article.
 */
export async function writeRevision(
  m: EntityManager,
  articleId: string,
  keyName: string | null,
  action: string,
  changeNote: string | null = null,
): Promise<void> {
  await noteArticleWrite(m, articleId);
  await revise(m, articleId, keyName, action, changeNote);
}

/**
 * writeRevision with the write itself made in the same statement (one round trip): the statement's row, whose
 * `article_id` is the article written (null: there was none to write).
 */
export async function writeEditWithRevision(
  m: EntityManager,
  edit: EditInStatement,
  keyName: string | null,
  action: string,
  changeNote: string | null = null,
): Promise<Record<string, unknown>> {
  const row = await revise(m, null, keyName, action, changeNote, edit);
  if (typeof row.article_id === 'string') await noteArticleWrite(m, row.article_id);
  return row;
}

// revisionSql's text by the edit's shape (its SQL pieces; the parameters are not in the text): a section edit asked
// for 10 KB of SQL built and then hashed (for its statement name) on every write. Bounded as the named statements
// are (a shape past the bound is built each time).
const MAX_SHAPES = 500;
const statements = new Map<string, string>();
let alone: string | undefined;

function revisionStatement(edit?: EditInStatement): string {
  if (!edit) return (alone ??= revisionSql());
  const key = [edit.ctes, edit.articleId, edit.article, edit.sections, edit.columns, edit.editedSection?.from ?? '', edit.editedSection?.fields ?? ''].join(
    '\u0000',
  );
  const known = statements.get(key);
  if (known !== undefined) return known;
  const sql = revisionSql(edit);
  if (statements.size < MAX_SHAPES) statements.set(key, sql);
  return sql;
}

async function revise(
  m: EntityManager,
  articleId: string | null,
  keyName: string | null,
  action: string,
  changeNote: string | null,
  edit?: EditInStatement,
): Promise<Record<string, unknown>> {
  const notify = notifiesInTransaction(m);
  const [first, ...more] = edit ? edit.params : [articleId];
  // Named: planned once per connection (planning this statement cost more than running it).
  const rows: ({ payload: string | null; status: string | null } & Record<string, unknown>)[] = await queryNamed(m, revisionStatement(edit), [
    first,
    keyName,
    action,
    notify,
    changeNote,
    ...more,
  ]);
  if (!notify) for (const r of rows) if (r.payload !== null) await noteLiveEvent(m, r.payload);
  // Only a published article (not a pending copy: it has no row here) gets a published version; a draft's write
  // skips the statement that would find none.
  if (rows[0]?.status === 'PUBLISHED') await recordPublishedVersion(m, (articleId ?? rows[0].article_id) as string, changeNote);
  return rows[0] ?? {};
}

/** The last step of a statement that built its event as `live(payload)`: pg_notify when parameter $n is true; the payload is returned either way. */
const sendEvent = (n: number, columns = '') =>
  `SELECT live.payload, CASE WHEN $${n}::boolean THEN pg_notify('${LIVE_CHANNEL}', live.payload) END AS notified${columns} FROM live`;

/**
 * Deletes the article at `expectedVersion` and announces it in the same statement, as writeRevision does for
 * changes: ARTICLE_DELETED webhook deliveries, and a live event with `deleted: true` (its last status, so that
 * readers hear only of published articles going away). Whether a row was deleted.
 */
export async function deleteWithEvent(m: EntityManager, articleId: string, expectedVersion: number): Promise<boolean> {
  const notify = notifiesInTransaction(m);
  const rows: { payload: string }[] = await m.query(
    `WITH del AS (
       DELETE FROM article WHERE id = $1 AND version = $2 RETURNING id, slug, status, version
     ), outbox AS (
       INSERT INTO webhook_delivery (webhook_id, event_id, type, article_id, payload)
       SELECT w.id, e.id, 'ARTICLE_DELETED', del.id, jsonb_build_object('id', e.id, 'type', 'ARTICLE_DELETED', 'articleId', del.id,
         'slug', del.slug, 'version', del.version, 'status', del.status, 'sections', '[]'::jsonb, 'action', 'deleteArticle', 'occurredAt', now())
       FROM del CROSS JOIN LATERAL (SELECT md5(del.id::text || ':' || del.version || ':ARTICLE_DELETED')::uuid AS id) e
       JOIN webhook w ON w.active AND 'ARTICLE_DELETED' = ANY(w.events)
       RETURNING 1
     ), live AS (
       SELECT json_build_object(
         'articleId', del.id, 'slug', del.slug, 'version', del.version, 'status', del.status, 'published', false, 'deleted', true,
         'sections', '[]'::json, 'action', 'deleteArticle', 'at', floor(extract(epoch FROM clock_timestamp()) * 1000),
         'outbox', (SELECT count(*) FROM outbox), 'origin', ${ORIGIN_SQL}
       )::text AS payload FROM del
     )
     ${sendEvent(3)}`,
    [articleId, expectedVersion, notify],
  );
  if (rows.length === 0) return false;
  await noteArticleWrite(m, articleId);
  if (!notify) await noteLiveEvent(m, rows[0].payload);
  return true;
}
