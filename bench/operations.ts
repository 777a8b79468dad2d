// The benchmarked read operations, as explainer-api (and the SQL floor, which reads the same request body)
// and PostGraphile v5 (amber preset naming) are asked for them, and how PostGraphile's answers are mapped onto
// explainer-api's shape so that every server's data can be compared before timing.
export interface Sample {
  slug: string;
  /** Key of the article's third section (position 2): with `lead`, the two chosen sections. */
  key2: string;
  /** An event day: the page of 20 articles of that day. */
  day: string;
  /** Words of the headline (city and topic): a selective full-text query. */
  q: string;
}

export type OpName = 'Explainer' | 'ExplainerBefore' | 'TwoSections' | 'DayPage' | 'Search';
type Json = any;

export interface Operation {
  name: OpName;
  title: string;
  /** explainer-api's query (operationName = name); the SQL floor gets the same body. */
  query: string;
  variables: (s: Sample) => Record<string, unknown>;
  pgl: { query: string; variables: (s: Sample) => Record<string, unknown>; toApi: (data: Json) => Json };
  /** Rounds what may differ in the last float digit. */
  canonical?: (data: Json) => Json;
}

const SECTION_FIELDS = `key heading body
  citations { excerpt source { name kind } }
  quotes { text speaker { name title } source { name } }
  reactions { stance summary actor { name country } source { name } }`;

const PGL_SECTION_FIELDS = `position key heading body
  citationsBySectionId(orderBy: POSITION_ASC) { nodes { excerpt sourceBySourceId { name kind } } }
  quotesBySectionId(orderBy: POSITION_ASC) { nodes { text actorBySpeakerId { name title } sourceBySourceId { name } } }
  reactionsBySectionId(orderBy: POSITION_ASC) { nodes { stance summary actorByActorId { name country } sourceBySourceId { name } } }`;

function pglSection(s: Json): Json {
  return {
    key: s.key,
    heading: s.heading,
    body: s.body,
    citations: s.citationsBySectionId.nodes.map((c: Json) => ({ excerpt: c.excerpt, source: c.sourceBySourceId })),
    quotes: s.quotesBySectionId.nodes.map((q: Json) => ({ text: q.text, speaker: q.actorBySpeakerId, source: q.sourceBySourceId })),
    reactions: s.reactionsBySectionId.nodes.map((r: Json) => ({ stance: r.stance, summary: r.summary, actor: r.actorByActorId, source: r.sourceBySourceId })),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * What the Explainer operation asks beyond ExplainerBefore (the explainer query as it was benched before issue 15:
 * slug, headline, summary, eventDate and the section tree). To bench a richer explainer page, add here
 * - `api`: the fields, as explainer-api's query selects them on Article (e.g. `byline topics { slug name }`);
 * - `pgl`: the same data as PostGraphile's amber preset names it on its article node;
 * - `fromPgl`: the fields of PostGraphile's node mapped onto explainer-api's names (the answers are compared);
 * and the SQL floor's JSON for them in bench/peers/sql.cjs (EXPLAINER_EXTRA: `'key', <expression over a>` pairs).
 * ExplainerBefore keeps the old query, so a run with both (`--ops Explainer,ExplainerBefore`; both run by default
 * once they differ) shows what the new fields cost.
 */
const EXPLAINER_EXTRA: { api: string; pgl: string; fromPgl: (article: Json) => Json } = {
  api: `contributors { slug name role } topics { slug name kind } leadImage { path alt caption credit width height }`,
  pgl: `articleContributorsByArticleId(orderBy: POSITION_ASC) { nodes { contributorByContributorId { slug name role } } }
        articleTopicsByArticleId(orderBy: POSITION_ASC) { nodes { topicByTopicId { slug name kind } } }
        imageByLeadImageId { path alt caption credit width height }`,
  fromPgl: (a) => ({
    contributors: a.articleContributorsByArticleId.nodes.map((n: Json) => n.contributorByContributorId),
    topics: a.articleTopicsByArticleId.nodes.map((n: Json) => n.topicByTopicId),
    leadImage: a.imageByLeadImageId,
  }),
};

function explainerOp(name: 'Explainer' | 'ExplainerBefore', extra: typeof EXPLAINER_EXTRA): Operation {
  return {
    name,
    title: `explainer by slug: all sections, citations+sources, quotes+speakers+sources, reactions+actors${name === 'ExplainerBefore' ? ' (the query before issue 15)' : ''}`,
    query: `query ${name}($slug: String!) { article(slug: $slug) { slug headline summary eventDate ${extra.api} sections { ${SECTION_FIELDS} } } }`,
    variables: (s) => ({ slug: s.slug }),
    pgl: {
      query: `query ${name}($slug: String!) { allArticles(condition: { slug: $slug, status: PUBLISHED, draftOf: null }, first: 1) { nodes {
        slug headline summary eventDate ${extra.pgl} sectionsByArticleId(orderBy: POSITION_ASC) { nodes { ${PGL_SECTION_FIELDS} } } } } }`,
      variables: (s) => ({ slug: s.slug }),
      toApi: (d) => {
        const a = d.allArticles.nodes[0];
        if (!a) return { article: null };
        return {
          article: {
            slug: a.slug,
            headline: a.headline,
            summary: a.summary,
            eventDate: a.eventDate,
            ...extra.fromPgl(a),
            sections: a.sectionsByArticleId.nodes.map(pglSection),
          },
        };
      },
    },
  };
}

export const OPERATIONS: Operation[] = [
  explainerOp('Explainer', EXPLAINER_EXTRA),
  explainerOp('ExplainerBefore', { api: '', pgl: '', fromPgl: () => ({}) }),
  {
    name: 'TwoSections',
    title: 'two chosen sections of an explainer (sections(keys:)) with their items',
    query: `query TwoSections($slug: String!, $keys: [String!]) { article(slug: $slug) { headline sections(keys: $keys) { ${SECTION_FIELDS} } } }`,
    variables: (s) => ({ slug: s.slug, keys: ['lead', s.key2] }),
    pgl: {
      // no list condition in PostGraphile without a plugin: one aliased relation per key
      query: `query TwoSections($slug: String!, $k1: String!, $k2: String!) { allArticles(condition: { slug: $slug, status: PUBLISHED, draftOf: null }, first: 1) { nodes { headline
        a: sectionsByArticleId(condition: { key: $k1 }) { nodes { ${PGL_SECTION_FIELDS} } }
        b: sectionsByArticleId(condition: { key: $k2 }) { nodes { ${PGL_SECTION_FIELDS} } } } } }`,
      variables: (s) => ({ slug: s.slug, k1: 'lead', k2: s.key2 }),
      toApi: (d) => {
        const a = d.allArticles.nodes[0];
        if (!a) return { article: null };
        const sections = [...a.a.nodes, ...a.b.nodes].sort((x: Json, y: Json) => x.position - y.position).map(pglSection);
        return { article: { headline: a.headline, sections } };
      },
    },
  },
  {
    name: 'DayPage',
    title: 'a page of 20 articles (of one event day, newest first): headline, summary, lead section',
    query: `query DayPage($day: Date!) { articles(first: 20, filter: { eventDate: { from: $day, to: $day } }) { edges { node { slug headline summary section(key: "lead") { body } } } } }`,
    variables: (s) => ({ day: s.day }),
    pgl: {
      query: `query DayPage($day: Date!) { allArticles(first: 20, condition: { eventDate: $day, status: PUBLISHED }, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]) { nodes {
        slug headline summary sectionsByArticleId(condition: { key: "lead" }) { nodes { body } } } } }`,
      variables: (s) => ({ day: s.day }),
      toApi: (d) => ({
        articles: {
          edges: d.allArticles.nodes.map((n: Json) => ({
            node: { slug: n.slug, headline: n.headline, summary: n.summary, section: n.sectionsByArticleId.nodes[0] ?? null },
          })),
        },
      }),
    },
  },
  {
    name: 'Search',
    title: 'full-text search: 10 best of the matches with totalCount, rank and per-section highlights',
    query: `query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { node { rank article { slug headline } matches { key highlight } } } } }`,
    variables: (s) => ({ q: s.q }),
    pgl: {
      query: `query Search($q: String!) { benchSearch(q: $q, first: 10) { totalCount nodes { rank slug headline matches } } }`,
      variables: (s) => ({ q: s.q }),
      toApi: (d) => ({
        search: {
          totalCount: d.benchSearch.totalCount,
          edges: d.benchSearch.nodes.map((n: Json) => ({ node: { rank: n.rank, article: { slug: n.slug, headline: n.headline }, matches: n.matches } })),
        },
      }),
    },
    canonical: (d) => ({
      search: { ...d.search, edges: d.search.edges.map((e: Json) => ({ node: { ...e.node, rank: round(e.node.rank) } })) },
    }),
  },
];
