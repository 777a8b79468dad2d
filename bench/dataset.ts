// Deterministic benchmark dataset (faker, fixed seed): N explainers with 4-8 sections, ~2 citations per section,
// 0-3 quotes and 0-4 reactions each, 300 sources and 3,000 actors; the news page's parts: 0-2 contributors (of
// 200) and 1-3 topics (of 100) per explainer, and a lead image on 4 in 5 of them; loaded with COPY (pg-copy-streams) so that
// 100,000 articles load in a few minutes. One database per size (bench_<N>) in the benchmark's own cluster;
// a loaded database is reused while its bench_meta row says the same size, seed and generator version.
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

// faker is an ES module: loaded with import() from this CommonJS file.
type Faker = typeof import('@faker-js/faker', { with: { 'resolution-mode': 'import' } }).faker;
let faker: Faker;

export const SEED = 20260611;
const GENERATOR_VERSION = 4;

const TOPICS = [
  'Floods',
  'Election',
  'Earthquake',
  'Strike',
  'Ceasefire talks',
  'Drought',
  'Protests',
  'Budget vote',
  'Wildfire',
  'Trade deal',
  'Border clashes',
  'Heatwave',
  'Court ruling',
  'Outbreak',
  'Summit',
  'Refinery fire',
  'Rail crash',
  'Power cuts',
  'Water shortage',
  'Mine collapse',
  'Landslide',
  'Port blockade',
  'Cyberattack',
  'Bank failure',
  'Hostage crisis',
  'Cyclone',
  'Bridge collapse',
  'Fuel protests',
  'Teachers strike',
  'Volcano eruption',
];
const ANGLES = ['what we know', 'what happens next', 'the key questions', 'explained', 'why it matters'];
const QUESTIONS = [
  (c: string) => `What happened in ${c}?`,
  () => 'Who is affected?',
  () => 'How have officials reacted?',
  () => 'What happens next?',
  () => 'Why does it matter?',
  () => 'How did we get here?',
  () => 'What are the numbers?',
  () => 'What are other countries saying?',
  () => 'Is help arriving?',
];
const SOURCE_KINDS = ['NEWS_AGENCY', 'BROADCASTER', 'NEWSPAPER', 'GOVERNMENT', 'OTHER'];
const ACTOR_KINDS = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'COUNTRY'];
const TOPIC_KINDS = ['SUBJECT', 'PLACE', 'ORGANIZATION', 'PERSON', 'STORY'];
const STANCES = ['CONCERN', 'CONDEMNATION', 'CALL_FOR_CEASEFIRE', 'MEDIATION_OFFER', 'SUPPORT', 'CLAIM', 'OTHER'];

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A value in COPY text format. */
function cell(v: string | number | null): string {
  if (v === null) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const line = (values: (string | number | null)[]) => `${values.map(cell).join('\t')}\n`;

interface Tables {
  article: string[];
  section: string[];
  citation: string[];
  quote: string[];
  reaction: string[];
  image: string[];
  article_contributor: string[];
  article_topic: string[];
}

const COLUMNS: Record<keyof Tables | 'source' | 'actor' | 'contributor' | 'topic', string> = {
  source: 'id, name, kind, url',
  actor: 'id, name, kind, title, country',
  contributor: 'id, name, slug, role, is_fictional',
  topic: 'id, name, slug, kind',
  article: 'id, slug, headline, summary, status, event_date, published_at, lead_image_id',
  section: 'id, article_id, key, position, heading, body',
  citation: 'id, section_id, source_id, excerpt, position',
  quote: 'id, section_id, text, speaker_id, source_id, position',
  reaction: 'id, section_id, actor_id, stance, summary, source_id, position',
  image: 'id, article_id, path, alt, caption, credit, width, height',
  article_contributor: 'article_id, contributor_id, position',
  article_topic: 'article_id, topic_id, position',
};

function sourcesAndActors() {
  const sources = Array.from({ length: 300 }, (_, i) => ({
    id: faker.string.uuid(),
    name: `${faker.company.name()} ${i % 7 === 0 ? 'News' : 'Times'} ${i}`,
    kind: faker.helpers.arrayElement(SOURCE_KINDS),
    url: faker.internet.url(),
  }));
  const actors = Array.from({ length: 3000 }, (_, i) => ({
    id: faker.string.uuid(),
    name: `${faker.person.fullName()} (${i})`,
    kind: faker.helpers.arrayElement(ACTOR_KINDS),
    title: faker.person.jobTitle(),
    country: faker.location.country(),
  }));
  const contributors = Array.from({ length: 200 }, (_, i) => ({
    id: faker.string.uuid(),
    name: `${faker.person.fullName()} (${i})`,
    slug: `contributor-${i}`,
    role: faker.helpers.arrayElement(['Reporter', 'Correspondent', 'Editor', null]),
  }));
  const topics = Array.from({ length: 100 }, (_, i) => ({
    id: faker.string.uuid(),
    name: `${faker.helpers.arrayElement(TOPICS)} ${faker.location.country()} ${i}`,
    slug: `topic-${i}`,
    kind: faker.helpers.arrayElement(TOPIC_KINDS),
  }));
  return { sources, actors, contributors, topics };
}

function explainer(i: number, refs: ReturnType<typeof sourcesAndActors>, out: Tables): void {
  const id = faker.string.uuid();
  const city = faker.location.city();
  const topic = faker.helpers.arrayElement(TOPICS);
  const headline = `${topic} in ${city}: ${faker.helpers.arrayElement(ANGLES)}`;
  const day = new Date(Date.UTC(2024, 0, 1) + faker.number.int({ min: 0, max: 365 }) * 86_400_000);
  const published = i % 20 !== 19;
  const publishedAt = published ? new Date(day.getTime() + faker.number.int({ min: 3_600, max: 259_200 }) * 1000).toISOString() : null;
  const image = i % 5 === 4 ? null : faker.string.uuid();
  if (image !== null) {
    out.image.push(line([image, id, `bench/${i}.jpg`, `${topic} in ${city}`, faker.lorem.sentence(10), faker.person.fullName(), 1600, 900]));
  }
  faker.helpers
    .arrayElements(refs.contributors, faker.number.int({ min: 0, max: 2 }))
    .forEach((c, position) => out.article_contributor.push(line([id, c.id, position])));
  faker.helpers.arrayElements(refs.topics, faker.number.int({ min: 1, max: 3 })).forEach((t, position) => out.article_topic.push(line([id, t.id, position])));
  out.article.push(
    line([
      id,
      `${kebab(`${topic} ${city}`)}-${i}`,
      headline,
      faker.lorem.sentences(2),
      published ? 'PUBLISHED' : 'DRAFT',
      day.toISOString().slice(0, 10),
      publishedAt,
      image,
    ]),
  );
  const questions = faker.helpers.shuffle(QUESTIONS.map((q) => q(city))).slice(0, faker.number.int({ min: 3, max: 7 }));
  const sectionIds: string[] = [];
  [null, ...questions].forEach((heading, position) => {
    const sid = faker.string.uuid();
    sectionIds.push(sid);
    const body = heading === null ? `${topic} in ${city}. ${faker.lorem.paragraph(3)}` : faker.lorem.paragraphs(2, ' ');
    out.section.push(line([sid, id, heading === null ? 'lead' : kebab(heading), position, heading, body]));
    const citations = faker.number.int({ min: 1, max: 3 });
    for (let c = 0; c < citations; c++) {
      out.citation.push(line([faker.string.uuid(), sid, faker.helpers.arrayElement(refs.sources).id, faker.lorem.sentence(12), c]));
    }
  });
  const perSection = new Map<string, number>();
  const next = (sid: string) => {
    const n = perSection.get(sid) ?? 0;
    perSection.set(sid, n + 1);
    return n;
  };
  const quotes = faker.number.int({ min: 0, max: 3 });
  for (let q = 0; q < quotes; q++) {
    const sid = faker.helpers.arrayElement(sectionIds);
    const speaker = faker.number.int(9) === 0 ? null : faker.helpers.arrayElement(refs.actors).id;
    out.quote.push(line([faker.string.uuid(), sid, faker.lorem.sentence(10), speaker, faker.helpers.arrayElement(refs.sources).id, next(`q${sid}`)]));
  }
  const reactions = faker.number.int({ min: 0, max: 4 });
  for (let r = 0; r < reactions; r++) {
    const sid = faker.helpers.arrayElement(sectionIds.slice(1));
    const source = faker.number.int(4) === 0 ? null : faker.helpers.arrayElement(refs.sources).id;
    out.reaction.push(
      line([
        faker.string.uuid(),
        sid,
        faker.helpers.arrayElement(refs.actors).id,
        faker.helpers.arrayElement(STANCES),
        faker.lorem.sentence(8),
        source,
        next(`r${sid}`),
      ]),
    );
  }
}

async function copy(client: Client, table: string, rows: string[]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${COLUMNS[table as keyof typeof COLUMNS]}) FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
    stream.end(rows.join(''));
  });
}

export async function loadedSize(url: string): Promise<number | null> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`SELECT to_regclass('bench_meta') IS NOT NULL AS ok`);
    if (!r.rows[0].ok) return null;
    const m = await c.query(`SELECT articles FROM bench_meta WHERE seed = $1 AND version = $2`, [SEED, GENERATOR_VERSION]);
    return m.rows[0]?.articles ?? null;
  } finally {
    await c.end();
  }
}

const TABLES = ['article', 'section', 'citation', 'quote', 'reaction', 'image', 'article_contributor', 'article_topic'] as const;

/** Fills a migrated, empty database with `articles` explainers. */
export async function loadDataset(url: string, articles: number, log: (m: string) => void): Promise<void> {
  ({ faker } = await import('@faker-js/faker'));
  faker.seed(SEED);
  const started = Date.now();
  const clients = await Promise.all(
    [0, 1, 2, 3, 4].map(async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      // consistent by construction: no per-row foreign-key triggers while loading
      await c.query(`SET session_replication_role = replica`);
      return c;
    }),
  );
  const [admin] = clients;
  try {
    // Secondary indexes are built once after the load instead of row by row.
    const { rows: indexes } = await admin.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname LIKE 'IDX_%'`,
      [[...TABLES]],
    );
    for (const ix of indexes) await admin.query(`DROP INDEX "${ix.indexname}"`);

    const refs = sourcesAndActors();
    await copy(
      admin,
      'source',
      refs.sources.map((s) => line([s.id, s.name, s.kind, s.url])),
    );
    await copy(
      admin,
      'actor',
      refs.actors.map((a) => line([a.id, a.name, a.kind, a.title, a.country])),
    );
    await copy(
      admin,
      'contributor',
      refs.contributors.map((c) => line([c.id, c.name, c.slug, c.role, 'false'])),
    );
    await copy(
      admin,
      'topic',
      refs.topics.map((t) => line([t.id, t.name, t.slug, t.kind])),
    );
    const BATCH = 2000;
    for (let i = 0; i < articles; i += BATCH) {
      const out: Tables = { article: [], section: [], citation: [], quote: [], reaction: [], image: [], article_contributor: [], article_topic: [] };
      for (let j = i; j < Math.min(articles, i + BATCH); j++) explainer(j, refs, out);
      await Promise.all(
        clients.map(async (c, k) => {
          for (const t of TABLES.filter((_, j) => j % clients.length === k)) await copy(c, t, out[t]);
        }),
      );
      if ((i / BATCH) % 10 === 9) log(`  ${i + BATCH} articles (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    // COPY under session_replication_role = replica fires no triggers, the search documents' neither (migration
    // SearchDocument): computed here, by the database's own function, before their index is built.
    log(`  rows copied in ${Math.round((Date.now() - started) / 1000)} s; search documents`);
    await admin.query(`UPDATE article SET search_document = article_search_document(id, headline, summary)`);
    log(`  building ${indexes.length} indexes (${Math.round((Date.now() - started) / 1000)} s)`);
    await Promise.all(
      clients.map(async (c, k) => {
        await c.query(`SET maintenance_work_mem = '256MB'`);
        for (const ix of indexes.filter((_, i) => i % clients.length === k)) await c.query(ix.indexdef);
      }),
    );
    await admin.query(`VACUUM ANALYZE`);
    await admin.query(`CREATE TABLE bench_meta (articles int NOT NULL, seed int NOT NULL, version int NOT NULL)`);
    await admin.query(`INSERT INTO bench_meta VALUES ($1, $2, $3)`, [articles, SEED, GENERATOR_VERSION]);
    log(`  loaded ${articles} articles in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
