// The write operations: 20 concurrent editors, each on its own article, against explainer-api (with an API key,
// an Idempotency-Key on every request, the version check, the revision and the live/webhook event of each write),
// PostGraphile v5's generated mutations writing the same rows, and the SQL floor's one hand-written transaction.
// - UpdateSection: one section edit (a new body for the lead of a draft article); explainer-api's expectedVersion
//   is the version its last answer gave, so no request conflicts.
// - CreateArticle: a whole explainer of the dataset's average size (6 sections, 12 citations, 2 quotes,
//   2 reactions; sources and actors that exist, by name for explainer-api and the floor, by id for PostGraphile,
//   whose generated mutations take ids), as a draft.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Step } from './lib/closed-loop';

export type WriteOpName = 'UpdateSection' | 'CreateArticle';
export const WRITE_OPS: WriteOpName[] = ['UpdateSection', 'CreateArticle'];
export type WriteServer = 'explainer-api' | 'PostGraphile' | 'SQL floor';

/** Articles made by CreateArticle runs start with this (deleted when the write benchmark ends). */
const SLUG_PREFIX = 'bench-w-';

interface Named {
  id: string;
  name: string;
}

export interface WriteSetup {
  apiKey: string;
  /** One draft article per editor, with the id of its lead section. */
  editors: { articleId: string; sectionId: string }[];
  sources: Named[];
  actors: Named[];
}

const sectionGid = (id: string) => Buffer.from(`Section:${id}`, 'utf8').toString('base64');

/** An EDITOR key (stored as the API stores keys: SHA-256 of the key) and the editors' articles. */
export async function prepareWrites(url: string, editors: number): Promise<WriteSetup> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const key = `exk_${randomBytes(32).toString('base64url')}`;
    await c.query(
      `INSERT INTO api_key (name, role, key_hash, prefix) VALUES ('bench-editor', 'EDITOR', $1, $2)
       ON CONFLICT (name) DO UPDATE SET key_hash = EXCLUDED.key_hash, prefix = EXCLUDED.prefix, revoked_at = NULL`,
      [createHash('sha256').update(key, 'utf8').digest('hex'), key.slice(0, 10)],
    );
    await cleanupWrites(url);
    const { rows } = await c.query(
      `SELECT a.id AS "articleId", s.id AS "sectionId" FROM article a JOIN section s ON s.article_id = a.id AND s.key = 'lead'
       WHERE a.status = 'DRAFT' ORDER BY a.slug LIMIT $1`,
      [editors],
    );
    if (rows.length < editors) throw new Error(`the dataset has ${rows.length} draft articles, fewer than ${editors} editors`);
    const sources = (await c.query(`SELECT id, name FROM source ORDER BY name LIMIT 40`)).rows;
    const actors = (await c.query(`SELECT id, name FROM actor ORDER BY name LIMIT 40`)).rows;
    return { apiKey: key, editors: rows, sources, actors };
  } finally {
    await c.end();
  }
}

export async function cleanupWrites(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DELETE FROM article WHERE slug LIKE '${SLUG_PREFIX}%'`);
  } finally {
    await c.end();
  }
}

async function versions(url: string, ids: string[]): Promise<number[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT id, version FROM article WHERE id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id as string, r.version as number]));
    return ids.map((id) => byId.get(id)!);
  } finally {
    await c.end();
  }
}

const json = { 'content-type': 'application/json' };
const BODY = 'The body after an edit: what changed since the first report, who confirmed it and what is still unknown. '.repeat(6);

function graphqlCheck(field: string, keep?: (data: any) => void) {
  return (status: number, text: string) => {
    const body = JSON.parse(text);
    if (status !== 200 || body.errors || !body.data?.[field]) throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
    keep?.(body.data);
  };
}

/** The explainer CreateArticle writes, in explainer-api's input shape (sources and actors by name). */
function explainerInput(setup: WriteSetup, slug: string, n: number) {
  const pick = <T>(list: T[], i: number) => list[(n * 7 + i) % list.length];
  const headings = [null, 'What happened?', 'Who is affected?', 'How have officials reacted?', 'What happens next?', 'Why does it matter?'];
  return {
    slug,
    headline: `Bench explainer ${n}: what we know`,
    summary: 'Two sentences under the headline. They say what the explainer answers.',
    eventDate: '2024-06-01',
    sections: headings.map((heading, s) => ({
      heading,
      body: `Section ${s} of explainer ${n}. ${BODY.slice(0, 400)}`,
      citations: [0, 1].map((c) => ({
        sourceName: pick(setup.sources, s * 2 + c).name,
        excerpt: `Excerpt ${c} of section ${s}: the agency reported it first.`,
      })),
      quotes:
        s === 1 || s === 2 ? [{ text: `A quote in section ${s}.`, speakerName: pick(setup.actors, s).name, sourceName: pick(setup.sources, s).name }] : [],
      reactions:
        s === 3 || s === 4
          ? [
              {
                actorName: pick(setup.actors, s + 10).name,
                stance: 'CONCERN',
                summary: `A reaction in section ${s}.`,
                sourceName: pick(setup.sources, s + 5).name,
              },
            ]
          : [],
    })),
  };
}

const CREATE_API = `mutation CreateArticle($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`;
const UPDATE_API = `mutation UpdateSection($id: ID!, $v: Int!, $body: String!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: $body }) { version } }`;
const UPDATE_PGL = `mutation UpdateSection($id: UUID!, $body: String!) { updateSectionByRowId(input: { rowId: $id, sectionPatch: { body: $body } }) { section { rowId } } }`;

/** PostGraphile: one document of generated create mutations (aliases run in order), ids made by the client. */
function pglCreate(setup: WriteSetup, slug: string, n: number): { query: string; variables: Record<string, unknown> } {
  const input = explainerInput(setup, slug, n);
  const byName = (list: Named[], name: string) => list.find((x) => x.name === name)!.id;
  const articleId = randomUUID();
  const vars: Record<string, unknown> = {
    a: { rowId: articleId, slug, headline: input.headline, summary: input.summary, eventDate: input.eventDate, status: 'DRAFT' },
  };
  const fields = ['a: createArticle(input: { article: $a }) { clientMutationId }'];
  const decls = ['$a: ArticleInput!'];
  input.sections.forEach((s, i) => {
    const sectionId = randomUUID();
    vars[`s${i}`] = { rowId: sectionId, articleId, key: s.heading === null ? 'lead' : `q${i}`, position: i, heading: s.heading, body: s.body };
    decls.push(`$s${i}: SectionInput!`);
    fields.push(`s${i}: createSection(input: { section: $s${i} }) { clientMutationId }`);
    s.citations.forEach((c, j) => {
      vars[`c${i}_${j}`] = { sectionId, sourceId: byName(setup.sources, c.sourceName), excerpt: c.excerpt, position: j };
      decls.push(`$c${i}_${j}: CitationInput!`);
      fields.push(`c${i}_${j}: createCitation(input: { citation: $c${i}_${j} }) { clientMutationId }`);
    });
    s.quotes.forEach((q, j) => {
      vars[`q${i}_${j}`] = {
        sectionId,
        text: q.text,
        speakerId: byName(setup.actors, q.speakerName),
        sourceId: byName(setup.sources, q.sourceName),
        position: j,
      };
      decls.push(`$q${i}_${j}: QuoteInput!`);
      fields.push(`q${i}_${j}: createQuote(input: { quote: $q${i}_${j} }) { clientMutationId }`);
    });
    s.reactions.forEach((r, j) => {
      vars[`r${i}_${j}`] = {
        sectionId,
        actorId: byName(setup.actors, r.actorName),
        stance: r.stance,
        summary: r.summary,
        sourceId: byName(setup.sources, r.sourceName),
        position: j,
      };
      decls.push(`$r${i}_${j}: ReactionInput!`);
      fields.push(`r${i}_${j}: createReaction(input: { reaction: $r${i}_${j} }) { clientMutationId }`);
    });
  });
  return { query: `mutation CreateArticle(${decls.join(', ')}) { ${fields.join(' ')} }`, variables: vars };
}

/**
 * The next request of editor `w` of a run against `server`, for `op`. Call `start` before each timed run: it
 * reads the editors' current article versions (other servers' runs changed them).
 */
export function writeLoad(url: string, setup: WriteSetup, op: WriteOpName, server: WriteServer) {
  const version: number[] = [];
  let n = 0;
  const tag = server === 'explainer-api' ? 'api' : server === 'PostGraphile' ? 'pgl' : 'floor';
  const start = async () => {
    const v = await versions(
      url,
      setup.editors.map((e) => e.articleId),
    );
    v.forEach((x, i) => (version[i] = x));
  };
  const next = (w: number): Step => {
    const e = setup.editors[w];
    n++;
    const slug = `${SLUG_PREFIX}${tag}-${process.pid}-${Date.now().toString(36)}-${n}`;
    const body = `${BODY.slice(0, 500)} (edit ${n})`;
    if (server === 'explainer-api') {
      const headers = { ...json, authorization: `Bearer ${setup.apiKey}`, 'idempotency-key': randomUUID() };
      if (op === 'UpdateSection') {
        return {
          path: '/graphql',
          headers,
          body: JSON.stringify({ operationName: op, query: UPDATE_API, variables: { id: sectionGid(e.sectionId), v: version[w], body } }),
          check: graphqlCheck('updateSection', (d) => (version[w] = d.updateSection.version)),
        };
      }
      return {
        path: '/graphql',
        headers,
        body: JSON.stringify({ operationName: op, query: CREATE_API, variables: { input: explainerInput(setup, slug, n) } }),
        check: graphqlCheck('createArticle'),
      };
    }
    if (server === 'PostGraphile') {
      const doc = op === 'UpdateSection' ? { query: UPDATE_PGL, variables: { id: e.sectionId, body } } : pglCreate(setup, slug, n);
      return {
        path: '/graphql',
        headers: json,
        body: JSON.stringify({ operationName: op, ...doc }),
        check: graphqlCheck(op === 'UpdateSection' ? 'updateSectionByRowId' : 'a'),
      };
    }
    const variables =
      op === 'UpdateSection' ? { articleId: e.articleId, sectionId: e.sectionId, v: version[w], body } : { input: explainerInput(setup, slug, n) };
    return {
      path: '/write',
      headers: json,
      body: JSON.stringify({ operationName: op, variables }),
      check: (status, text) => {
        if (status !== 200) throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
        if (op === 'UpdateSection') version[w] = JSON.parse(text).version;
      },
    };
  };
  return { start, next };
}
