// Writes explainer content inside the caller's transaction: the article row, its sections with citations,
// quotes, reactions and contested figures, and the revision that records it. Sources and actors are shared
// across articles and matched by name; new ones are created.
import type { EntityManager } from 'typeorm';
import type { ActorInput, ExplainerInput, ExplainerSectionInput, SourceInput } from './explainer-input';
import { writeRevision } from '../revisions/revision.service';
import { setArticleContributors, upsertContributors } from './contributor.writer';
import { setArticleTopics, upsertTopics } from './topic.writer';
import { setArticleRelated } from './related.writer';
import { insertImage, pruneImages, setLeadImage } from '../images/image.writer';

function values(rows: unknown[][], params: unknown[]): string {
  return rows.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`).join(', ');
}

/** `INSERT INTO table (columns) VALUES (...), ...` with every value pushed onto `params`. */
function insertInto(table: string, columns: string[], rows: unknown[][], params: unknown[]): string {
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values(rows, params)}`;
}

async function upsertByName(manager: EntityManager, table: 'source' | 'actor', columns: string[], rows: unknown[][]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (rows.length === 0) return ids;
  const byName = (sql: string, params: unknown[]) =>
    (manager.query(sql, params) as Promise<{ id: string; name: string }[]>).then((found) => found.forEach((r) => ids.set(r.name, r.id)));
  const missing = () => rows.filter((r) => !ids.has(r[0] as string));
  // Existing first (usually all of them: one statement); then the new ones. Existing rows keep their details: the
  // name is the identity, the first writer describes it.
  const select = `SELECT id, name FROM "${table}" WHERE name = ANY($1)`;
  await byName(select, [rows.map((r) => r[0])]);
  if (missing().length === 0) return ids;
  const params: unknown[] = [];
  await byName(`${insertInto(table, columns, missing(), params)} ON CONFLICT (name) DO NOTHING RETURNING id, name`, params);
  // A name another transaction inserted meanwhile (DO NOTHING returned no row for it): read again, in a new snapshot.
  if (missing().length > 0) await byName(select, [missing().map((r) => r[0])]);
  return ids;
}

export function upsertSources(m: EntityManager, sources: SourceInput[]): Promise<Map<string, string>> {
  return upsertByName(
    m,
    'source',
    ['name', 'kind', 'url'],
    dedupe(sources).map((s) => [s.name, s.kind, s.url ?? null]),
  );
}

export function upsertActors(m: EntityManager, actors: ActorInput[]): Promise<Map<string, string>> {
  return upsertByName(
    m,
    'actor',
    ['name', 'kind', 'title', 'country'],
    dedupe(actors).map((a) => [a.name, a.kind, a.title ?? null, a.country ?? null]),
  );
}

function dedupe<T extends { name: string }>(list: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of list) if (!seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
}

export interface Refs {
  sources: Map<string, string>;
  actors: Map<string, string>;
}

function refFor(map: Map<string, string>, name: string | null | undefined, what: string): string | null {
  if (name == null) return null;
  const id = map.get(name);
  if (!id) throw new Error(`${what} "${name}" is not declared in the explainer`);
  return id;
}

function insertRows(manager: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<unknown> | undefined {
  if (rows.length === 0) return undefined;
  const params: unknown[] = [];
  return manager.query(insertInto(table, columns, rows, params), params);
}

/** PostgreSQL takes at most 65,535 parameters in a statement. */
const MAX_PARAMS = 65_535;

/** Inserts into several tables in one statement (data-modifying CTEs), or one statement per table when too large. */
async function insertAll(manager: EntityManager, inserts: { table: string; columns: string[]; rows: unknown[][] }[]): Promise<void> {
  const some = inserts.filter((i) => i.rows.length > 0);
  const count = some.reduce((n, i) => n + i.rows.length * i.columns.length, 0);
  if (some.length <= 1 || count > MAX_PARAMS) {
    for (const i of some) await insertRows(manager, i.table, i.columns, i.rows);
    return;
  }
  const params: unknown[] = [];
  const statements = some.map((i) => insertInto(i.table, i.columns, i.rows, params));
  const last = statements.pop()!;
  await manager.query(`WITH ${statements.map((st, n) => `i${n} AS (${st})`).join(', ')} ${last}`, params);
}

/** Inserts the citations, quotes and reactions of sections that exist already (`sectionIds` by key). */
export async function insertSectionItems(m: EntityManager, sections: ExplainerSectionInput[], sectionIds: Map<string, string>, refs: Refs): Promise<void> {
  const citations: unknown[][] = [];
  const quotes: unknown[][] = [];
  const reactions: unknown[][] = [];
  for (const s of sections) {
    const sid = sectionIds.get(s.key)!;
    s.citations.forEach((c, i) => citations.push([sid, refFor(refs.sources, c.source, 'source'), c.excerpt, i]));
    s.quotes.forEach((q, i) => quotes.push([sid, q.text, refFor(refs.actors, q.speaker, 'speaker'), refFor(refs.sources, q.source, 'source'), i]));
    s.reactions.forEach((r, i) =>
      reactions.push([sid, refFor(refs.actors, r.actor, 'actor'), r.stance, r.summary, refFor(refs.sources, r.source, 'source'), i]),
    );
  }
  // One statement for the three (they have no triggers and refer to nothing of each other's).
  await insertAll(m, [
    { table: 'citation', columns: ['section_id', 'source_id', 'excerpt', 'position'], rows: citations },
    { table: 'quote', columns: ['section_id', 'text', 'speaker_id', 'source_id', 'position'], rows: quotes },
    { table: 'reaction', columns: ['section_id', 'actor_id', 'stance', 'summary', 'source_id', 'position'], rows: reactions },
  ]);
  await insertContestedFigures(m, sections, sectionIds, refs);
}

/** Inserts `sections` at positions from `firstPosition` on, with everything in them. */
export async function insertSections(
  m: EntityManager,
  articleId: string,
  sections: ExplainerSectionInput[],
  refs: Refs,
  firstPosition = 0,
): Promise<Map<string, string>> {
  if (sections.length === 0) return new Map();
  const rows: { id: string; key: string }[] = await m.query(
    `INSERT INTO section (article_id, key, position, heading, body)
     SELECT $1, s.key, s.position - 1 + $5, s.heading, s.body
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS s(key, heading, body, position)
     RETURNING id, key`,
    [articleId, sections.map((s) => s.key), sections.map((s) => s.heading), sections.map((s) => s.body), firstPosition],
  );
  const ids = new Map(rows.map((s) => [s.key, s.id]));
  await insertSectionItems(m, sections, ids, refs);
  for (const s of sections) {
    if (s.image) await m.query('UPDATE section SET image_id = $2 WHERE id = $1', [ids.get(s.key), await insertImage(m, articleId, s.image)]);
  }
  return ids;
}

/** Sources and actors of the explainer, created when new. */
export async function upsertRefs(m: EntityManager, input: Pick<ExplainerInput, 'sources' | 'actors'>): Promise<Refs> {
  return { sources: await upsertSources(m, input.sources), actors: await upsertActors(m, input.actors) };
}

/** Inserts the explainer and its first revision; returns the new article id. */
export async function insertExplainer(
  manager: EntityManager,
  input: ExplainerInput,
  by: { keyName?: string | null; action?: string; changeNote?: string | null } = {},
): Promise<string> {
  const refs = await upsertRefs(manager, input);
  const [article]: { id: string }[] = await manager.query(
    `INSERT INTO article (slug, headline, summary, status, event_date, published_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.slug, input.headline, input.summary ?? null, input.status, input.eventDate ?? null, input.publishedAt ?? null],
  );
  await insertSections(manager, article.id, input.sections, refs);
  await writeNewsRefs(manager, article.id, input);
  if (input.leadImage) await setLeadImage(manager, article.id, input.leadImage);
  await writeRevision(manager, article.id, by.keyName ?? null, by.action ?? 'createArticle', by.changeNote ?? null);
  return article.id;
}

async function insertContestedFigures(manager: EntityManager, sections: ExplainerSectionInput[], sectionId: Map<string, string>, refs: Refs): Promise<void> {
  const ref = (name: string | null | undefined, what: 'source' | 'claimant' | 'stated by') =>
    refFor(what === 'source' ? refs.sources : refs.actors, name, what);
  const figures = sections.flatMap((s) => (s.contestedFigures ?? []).map((f, i) => ({ sid: sectionId.get(s.key)!, f, i })));
  if (figures.length === 0) return;
  const params: unknown[] = [];
  const rows: { id: string; section_id: string; position: number }[] = await manager.query(
    `INSERT INTO contested_figure (section_id, claim, position) VALUES ${values(
      figures.map(({ sid, f, i }) => [sid, f.claim, i]),
      params,
    )} RETURNING id, section_id, position`,
    params,
  );
  const figureId = new Map(rows.map((r) => [`${r.section_id}/${r.position}`, r.id]));
  const claims = figures.flatMap(({ sid, f, i }) =>
    f.claims.map((c, j) => [
      figureId.get(`${sid}/${i}`),
      ref(c.claimant, 'claimant'),
      ref(c.statedBy, 'stated by'),
      c.value,
      c.unit,
      ref(c.source, 'source'),
      c.excerpt,
      j,
    ]),
  );
  await insertRows(
    manager,
    'figure_claim',
    ['contested_figure_id', 'claimant_id', 'stated_by_id', 'value', 'unit', 'source_id', 'excerpt', 'position'],
    claims,
  );
}

/**
 * Makes the article's content that of `input` (fields and every section), inside the caller's transaction; the
 * caller moves the version and records the revision. Sections are written anew.
 */
export async function replaceContent(m: EntityManager, articleId: string, input: ExplainerInput): Promise<void> {
  await m.query('UPDATE article SET slug = $2, headline = $3, summary = $4, event_date = $5 WHERE id = $1', [
    articleId,
    input.slug,
    input.headline,
    input.summary ?? null,
    input.eventDate ?? null,
  ]);
  await m.query('DELETE FROM section WHERE article_id = $1', [articleId]);
  await insertSections(m, articleId, input.sections, await upsertRefs(m, input));
  // Images come back as the revision held them (by value); the ones no longer shown go.
  await setLeadImage(m, articleId, input.leadImage ?? null);
  await pruneImages(m, articleId);
  await writeNewsRefs(m, articleId, input);
}

/** The byline, topics and related picks the input gives (each left alone when the input leaves it out). */
async function writeNewsRefs(m: EntityManager, articleId: string, input: ExplainerInput): Promise<void> {
  if (input.contributors) await setArticleContributors(m, articleId, await upsertContributors(m, input.contributors));
  if (input.topics) await setArticleTopics(m, articleId, await upsertTopics(m, input.topics));
  if (input.related) await setArticleRelated(m, articleId, input.related);
}
