// Writes a whole explainer (article, sections, citations, quotes, reactions, contested figures) inside the caller's transaction.
// Sources and actors are shared across articles and matched by name; new ones are created.
import type { EntityManager } from 'typeorm';
import type { ExplainerInput } from '../../db/seed/explainer-input';

async function upsertByName(
  manager: EntityManager,
  table: 'source' | 'actor',
  columns: string[],
  rows: unknown[][],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (rows.length === 0) return ids;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`);
  await manager.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')} ON CONFLICT (name) DO NOTHING`,
    params,
  );
  const found: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM "${table}" WHERE name = ANY($1)`, [
    rows.map((r) => r[0]),
  ]);
  for (const r of found) ids.set(r.name, r.id);
  return ids;
}

function insertRows(manager: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<unknown> | undefined {
  if (rows.length === 0) return undefined;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`);
  return manager.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`, params);
}

/** Inserts the explainer; returns the new article id. Names of sources and actors must resolve. */
export async function insertExplainer(manager: EntityManager, input: ExplainerInput): Promise<string> {
  const sourceIds = await upsertByName(manager, 'source', ['name', 'kind', 'url'], input.sources.map((s) => [s.name, s.kind, s.url ?? null]));
  const actorIds = await upsertByName(
    manager,
    'actor',
    ['name', 'kind', 'title', 'country'],
    input.actors.map((a) => [a.name, a.kind, a.title ?? null, a.country ?? null]),
  );
  const ref = (map: Map<string, string>, name: string | null | undefined, what: string): string | null => {
    if (name == null) return null;
    const id = map.get(name);
    if (!id) throw new Error(`${what} "${name}" is not declared in the explainer`);
    return id;
  };

  const [article]: { id: string }[] = await manager.query(
    `INSERT INTO article (slug, headline, summary, status, event_date, published_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.slug, input.headline, input.summary ?? null, input.status, input.eventDate ?? null, input.publishedAt ?? null],
  );
  const sections: { id: string; key: string }[] = await manager.query(
    `INSERT INTO section (article_id, key, position, heading, body)
     SELECT $1, s.key, s.position - 1, s.heading, s.body
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS s(key, heading, body, position)
     RETURNING id, key`,
    [article.id, input.sections.map((s) => s.key), input.sections.map((s) => s.heading), input.sections.map((s) => s.body)],
  );
  const sectionId = new Map(sections.map((s) => [s.key, s.id]));

  const citations: unknown[][] = [];
  const quotes: unknown[][] = [];
  const reactions: unknown[][] = [];
  for (const s of input.sections) {
    const sid = sectionId.get(s.key)!;
    s.citations.forEach((c, i) => citations.push([sid, ref(sourceIds, c.source, 'source'), c.excerpt, i]));
    s.quotes.forEach((q, i) =>
      quotes.push([sid, q.text, ref(actorIds, q.speaker, 'speaker'), ref(sourceIds, q.source, 'source'), i]),
    );
    s.reactions.forEach((r, i) =>
      reactions.push([sid, ref(actorIds, r.actor, 'actor'), r.stance, r.summary, ref(sourceIds, r.source, 'source'), i]),
    );
  }
  await insertRows(manager, 'citation', ['section_id', 'source_id', 'excerpt', 'position'], citations);
  await insertRows(manager, 'quote', ['section_id', 'text', 'speaker_id', 'source_id', 'position'], quotes);
  await insertRows(manager, 'reaction', ['section_id', 'actor_id', 'stance', 'summary', 'source_id', 'position'], reactions);
  await insertContestedFigures(manager, input, sectionId, (name, what) => ref(what === 'source' ? sourceIds : actorIds, name, what));
  return article.id;
}

async function insertContestedFigures(
  manager: EntityManager,
  input: ExplainerInput,
  sectionId: Map<string, string>,
  ref: (name: string | null | undefined, what: 'source' | 'claimant' | 'stated by') => string | null,
): Promise<void> {
  const figures = input.sections.flatMap((s) => (s.contestedFigures ?? []).map((f, i) => ({ sid: sectionId.get(s.key)!, f, i })));
  if (figures.length === 0) return;
  const params: unknown[] = [];
  const values = figures.map(({ sid, f, i }) => `($${params.push(sid)}, $${params.push(f.claim)}, $${params.push(i)})`);
  const rows: { id: string; section_id: string; position: number }[] = await manager.query(
    `INSERT INTO contested_figure (section_id, claim, position) VALUES ${values.join(', ')} RETURNING id, section_id, position`,
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
  await insertRows(manager, 'figure_claim', ['contested_figure_id', 'claimant_id', 'stated_by_id', 'value', 'unit', 'source_id', 'excerpt', 'position'], claims);
}
