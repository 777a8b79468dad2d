// Writes an imported explainer in one transaction: a new slug is inserted; an existing article with the same
// content is left alone; a changed one gets the new content as its next version, with a revision.
import type { EntityManager } from 'typeorm';
import type { ExplainerInput, FigureClaimInput, SectionInput } from '../../db/seed/explainer-input';
import type { Stance } from '../reactions/reaction.entity';
import { insertExplainer, replaceContent } from '../articles/explainer.writer';
import { bumpVersion } from '../articles/article-write.service';
import { writeRevision } from '../revisions/revision.service';
import type { ExplainerDraft } from './importer.types';

export type ImportOutcome =
  | { status: 'imported'; slug: string; articleId: string }
  | { status: 'unchanged'; slug: string; articleId: string }
  | { status: 'updated'; slug: string; articleId: string; differences: string[] };

/** The explainer part of a draft: what insertExplainer writes. */
export function draftToInput(draft: ExplainerDraft): ExplainerInput {
  const { meta: _meta, warnings: _warnings, ...input } = draft;
  return input;
}

/** `db` is a manager (the CLI's, or a request's); `keyName` names the writer in the revision. */
export async function importDraft(db: EntityManager, draft: ExplainerDraft, by: { keyName?: string | null } = {}): Promise<ImportOutcome> {
  return importDraftThen(db, draft, by, async (_m, outcome) => outcome);
}

/** importDraft, then `then` inside the same transaction (a mutation reads back what it wrote). */
export async function importDraftThen<R>(
  db: EntityManager,
  draft: ExplainerDraft,
  by: { keyName?: string | null },
  then: (m: EntityManager, outcome: ImportOutcome) => Promise<R>,
): Promise<R> {
  return db.transaction(async (manager) => then(manager, await write(manager, draft, by)));
}

async function write(manager: EntityManager, draft: ExplainerDraft, by: { keyName?: string | null }): Promise<ImportOutcome> {
  {
    // One importer at a time per slug, so that two imports of a new slug do not both insert it.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [`import:${draft.slug}`]);
    const input = draftToInput(draft);
    const stored = await readExplainer(manager, draft.slug);
    if (!stored) {
      const articleId = await insertExplainer(manager, input, { keyName: by.keyName ?? null, action: 'importExplainer' });
      return { status: 'imported', slug: draft.slug, articleId };
    }
    const differences = compareContent(stored.input, input);
    if (differences.length === 0) return { status: 'unchanged', slug: draft.slug, articleId: stored.id };
    const [{ version }]: { version: number }[] = await manager.query('SELECT version FROM article WHERE id = $1 FOR UPDATE', [stored.id]);
    // A status the import asks for is set directly: the importer is the source of truth for its articles.
    await bumpVersion(manager, stored.id, version, {
      sql: `, status = $3::article_status, published_at = CASE WHEN $3::article_status = 'PUBLISHED' THEN coalesce(published_at, $4::timestamptz, now()) ELSE published_at END`,
      params: [input.status, input.publishedAt ?? null],
    });
    await replaceContent(manager, stored.id, input);
    await writeRevision(manager, stored.id, by.keyName ?? null, 'importExplainer');
    return { status: 'updated', slug: draft.slug, articleId: stored.id, differences };
  }
}

const SECTION_FIELDS = ['heading', 'body', 'citations', 'quotes', 'reactions', 'contestedFigures'] as const;

/** Where two explainers differ in content (publication time and the shared actor/source records aside). */
export function compareContent(a: ExplainerInput, b: ExplainerInput): string[] {
  const out: string[] = [];
  for (const f of ['headline', 'summary', 'status', 'eventDate'] as const) {
    if ((a[f] ?? null) !== (b[f] ?? null)) out.push(f);
  }
  const keys = (x: ExplainerInput) => x.sections.map((s) => s.key).join(',');
  if (keys(a) !== keys(b)) {
    out.push('sections');
    return out;
  }
  a.sections.forEach((s, i) => {
    const t = b.sections[i];
    for (const f of SECTION_FIELDS) {
      if (JSON.stringify(canonical(s)[f]) !== JSON.stringify(canonical(t)[f])) out.push(`sections.${s.key}.${f}`);
    }
  });
  return out;
}

function canonical(s: SectionInput) {
  return {
    heading: s.heading,
    body: s.body,
    citations: s.citations.map((c) => [c.source, c.excerpt]),
    quotes: s.quotes.map((q) => [q.text, q.speaker ?? null, q.source ?? null]),
    reactions: s.reactions.map((r) => [r.actor, r.stance, r.summary, r.source ?? null]),
    contestedFigures: (s.contestedFigures ?? []).map((f) => [
      f.claim,
      f.claims.map((c) => [c.claimant, c.statedBy ?? null, Number(c.value), c.unit, c.source ?? null, c.excerpt]),
    ]),
  };
}

/** An article as ExplainerInput (names for actors and sources), or null when the slug is free. */
export async function readExplainer(manager: EntityManager, slug: string): Promise<{ id: string; input: ExplainerInput } | null> {
  const [article] = await manager.query(
    `SELECT id, slug, headline, summary, status, to_char(event_date, 'YYYY-MM-DD') AS "eventDate", published_at AS "publishedAt"
       FROM article WHERE slug = $1`,
    [slug],
  );
  if (!article) return null;
  const sections: { id: string; key: string; heading: string | null; body: string }[] = await manager.query(
    'SELECT id, key, heading, body FROM section WHERE article_id = $1 ORDER BY position',
    [article.id],
  );
  const ids = sections.map((s) => s.id);
  type In = { section_id: string };
  const [citations, quotes, reactions, claims] = (await Promise.all([
    manager.query(
      `SELECT c.section_id, so.name AS source, c.excerpt FROM citation c JOIN source so ON so.id = c.source_id
        WHERE c.section_id = ANY($1) ORDER BY c.position`,
      [ids],
    ),
    manager.query(
      `SELECT q.section_id, q.text, sp.name AS speaker, so.name AS source FROM quote q
        LEFT JOIN actor sp ON sp.id = q.speaker_id LEFT JOIN source so ON so.id = q.source_id
        WHERE q.section_id = ANY($1) ORDER BY q.position`,
      [ids],
    ),
    manager.query(
      `SELECT r.section_id, ac.name AS actor, r.stance, r.summary, so.name AS source FROM reaction r
        JOIN actor ac ON ac.id = r.actor_id LEFT JOIN source so ON so.id = r.source_id
        WHERE r.section_id = ANY($1) ORDER BY r.position`,
      [ids],
    ),
    manager.query(
      `SELECT f.section_id, f.id AS figure, f.claim, cl.name AS claimant, st.name AS "statedBy", fc.value::float8 AS value, fc.unit,
              so.name AS source, fc.excerpt
         FROM contested_figure f JOIN figure_claim fc ON fc.contested_figure_id = f.id
         JOIN actor cl ON cl.id = fc.claimant_id LEFT JOIN actor st ON st.id = fc.stated_by_id LEFT JOIN source so ON so.id = fc.source_id
        WHERE f.section_id = ANY($1) ORDER BY f.position, fc.position`,
      [ids],
    ),
  ])) as [
    (In & SectionInput['citations'][number])[],
    (In & SectionInput['quotes'][number])[],
    (In & { actor: string; stance: Stance; summary: string; source: string | null })[],
    (In & FigureClaimInput & { figure: string; claim: string })[],
  ];
  const of = <T extends { section_id: string }>(rows: T[], id: string) => rows.filter((r) => r.section_id === id);
  const input: ExplainerInput = {
    slug: article.slug,
    headline: article.headline,
    summary: article.summary,
    status: article.status,
    eventDate: article.eventDate,
    publishedAt: article.publishedAt ? new Date(article.publishedAt).toISOString() : null,
    sources: [],
    actors: [],
    sections: sections.map((s) => {
      const figures = new Map<string, { claim: string; claims: FigureClaimInput[] }>();
      for (const c of of(claims, s.id)) {
        const f = figures.get(c.figure) ?? { claim: c.claim, claims: [] };
        f.claims.push({ claimant: c.claimant, statedBy: c.statedBy, value: c.value, unit: c.unit, source: c.source, excerpt: c.excerpt });
        figures.set(c.figure, f);
      }
      return {
        key: s.key,
        heading: s.heading,
        body: s.body,
        citations: of(citations, s.id).map((c) => ({ source: c.source, excerpt: c.excerpt })),
        quotes: of(quotes, s.id).map((q) => ({ text: q.text, speaker: q.speaker, source: q.source })),
        reactions: of(reactions, s.id).map((r) => ({
          actor: r.actor,
          stance: r.stance,
          summary: r.summary,
          source: r.source,
        })),
        contestedFigures: [...figures.values()],
      };
    }),
  };
  return { id: article.id, input };
}
