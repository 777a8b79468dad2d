import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { ActorKind } from '../../../src/modules/actors/actor.entity';
import { SourceKind } from '../../../src/modules/sources/source.entity';
import { Stance } from '../../../src/modules/reactions/reaction.entity';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'] });
  await given(t.ds, [
    explainer(1, { eventDate: '2021-05-01', publishedAt: '2021-05-02T10:00:00.000Z' }),
    explainer(2, {
      eventDate: '2024-01-10',
      publishedAt: '2024-01-11T10:00:00.000Z',
      sources: [{ name: 'BBC', kind: SourceKind.BROADCASTER }],
      actors: [{ name: 'Antony Blinken', kind: ActorKind.PERSON }],
      sections: [
        { key: 'lead', heading: null, body: 'Lead.', citations: [{ source: 'BBC', excerpt: 'Lead.' }], quotes: [], reactions: [] },
        {
          key: 'q',
          heading: 'Q?',
          body: 'Body.',
          citations: [],
          quotes: [{ text: 'We are watching.', speaker: 'Antony Blinken', source: null }],
          reactions: [{ actor: 'Antony Blinken', stance: Stance.CONCERN, summary: 'Watched.', source: null }],
        },
      ],
    }),
    explainer(3, { status: ArticleStatus.DRAFT, publishedAt: null, eventDate: '2022-09-14' }),
  ]);
});
afterAll(() => t.close());

const slugs = async (filter: Record<string, unknown>) => {
  const d = dataOf(await t.gql(`query($f: ArticleFilter) { articles(filter: $f) { totalCount edges { node { slug } } } }`, { f: filter }));
  expect(d.articles.totalCount).toBe(d.articles.edges.length);
  return d.articles.edges.map((e: { node: { slug: string } }) => e.node.slug).sort();
};

describe('article filters', () => {
  it('by source name, any case, over citations, quotes and reactions', async () => {
    expect(await slugs({ sourceName: 'bbc' })).toEqual(['armenia-azerbaijan-border-clashes-2022', 'story-2']);
    expect(await slugs({ sourceName: 'AFP' })).toEqual(['armenia-azerbaijan-border-clashes-2022']);
    expect(await slugs({ sourceName: 'Reuters' })).toEqual(['armenia-azerbaijan-border-clashes-2022', 'story-1']);
    expect(await slugs({ sourceName: 'Nobody' })).toEqual([]);
  });

  it('by actor name over reactions and quotes', async () => {
    expect(await slugs({ actorName: 'antony blinken' })).toEqual(['armenia-azerbaijan-border-clashes-2022', 'story-2']);
    expect(await slugs({ actorName: 'Russia' })).toEqual(['armenia-azerbaijan-border-clashes-2022']);
    expect(await slugs({ actorName: 'Someone' })).toEqual(['story-1']);
  });

  it('by event date and published date ranges, ends included', async () => {
    expect(await slugs({ eventDate: { from: '2022-09-14', to: '2022-09-14' } })).toEqual(['armenia-azerbaijan-border-clashes-2022']);
    expect(await slugs({ eventDate: { from: '2022-01-01' } })).toEqual(['armenia-azerbaijan-border-clashes-2022', 'story-2']);
    expect(await slugs({ eventDate: { to: '2021-12-31' } })).toEqual(['story-1']);
    expect(await slugs({ publishedAt: { from: '2024-01-11T10:00:00Z' } })).toEqual(['story-2']);
    expect(await slugs({ publishedAt: { from: '2021-01-01T00:00:00Z', to: '2022-12-31T00:00:00Z' } })).toEqual([
      'armenia-azerbaijan-border-clashes-2022',
      'story-1',
    ]);
  });

  it('by status: readers get PUBLISHED ones only, whatever they ask', async () => {
    expect(await slugs({ status: 'PUBLISHED' })).toEqual(['armenia-azerbaijan-border-clashes-2022', 'story-1', 'story-2']);
    expect(await slugs({ status: 'DRAFT' })).toEqual([]);
  });

  it('combines conditions', async () => {
    expect(await slugs({ sourceName: 'BBC', eventDate: { to: '2023-01-01' } })).toEqual(['armenia-azerbaijan-border-clashes-2022']);
  });

  it('refuses an inverted range and a malformed date with BAD_USER_INPUT', async () => {
    const q = `query($f: ArticleFilter) { articles(filter: $f) { totalCount } }`;
    const inverted = await t.gql(q, { f: { eventDate: { from: '2024-01-01', to: '2023-01-01' } } });
    expect(inverted.status).toBe(400);
    expect(inverted.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await t.gql(q, { f: { eventDate: { from: 'yesterday' } } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(q, { f: { sourceName: 'x'.repeat(201) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0].extensions?.validationErrors).toEqual([
      { path: 'filter.sourceName', messages: ['sourceName must be shorter than or equal to 200 characters'] },
    ]);
  });
});

describe('other lists', () => {
  it('quotes by speaker, outlet and article', async () => {
    const q = `query($f: QuoteFilter) { quotes(filter: $f) { totalCount edges { node { text section { article { slug } } } } } }`;
    const bySpeaker = dataOf(await t.gql(q, { f: { speaker: 'Antony Blinken' } }));
    expect(bySpeaker.quotes.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(['We are watching.']);
    const byOutlet = dataOf(await t.gql(q, { f: { sourceName: 'reuters' } }));
    expect(byOutlet.quotes.totalCount).toBe(2);
    const byArticle = dataOf(await t.gql(q, { f: { articleSlug: 'armenia-azerbaijan-border-clashes-2022' } }));
    expect(byArticle.quotes.totalCount).toBe(1);
    expect(byArticle.quotes.edges[0].node.section.article.slug).toBe('armenia-azerbaijan-border-clashes-2022');
    const both = dataOf(await t.gql(q, { f: { sourceName: 'Reuters', articleSlug: 'story-1' } }));
    expect(both.quotes.totalCount).toBe(1);
  });

  it('reactions by actor, country and stance', async () => {
    const q = `query($f: ReactionFilter) { reactions(filter: $f) { totalCount edges { node { summary actor { name } } } } }`;
    const names = async (f: Record<string, unknown>) =>
      dataOf(await t.gql(q, { f }))
        .reactions.edges.map((e: { node: { actor: { name: string } } }) => e.node.actor.name)
        .sort();
    expect(await names({ stance: 'MEDIATION_OFFER' })).toEqual(['European Union', 'France']);
    expect(await names({ country: 'france' })).toEqual(['Emmanuel Macron', 'France']);
    expect(await names({ actor: 'Antony Blinken' })).toEqual(['Antony Blinken', 'Antony Blinken']);
    expect(await names({ actor: 'Antony Blinken', stance: 'CONCERN' })).toEqual(['Antony Blinken', 'Antony Blinken']);
    expect(await names({ stance: 'CONDEMNATION' })).toEqual([]);
  });

  it('actors by kind, country and part of the name', async () => {
    const q = `query($f: ActorFilter) { actors(first: 100, filter: $f) { totalCount edges { node { name } } } }`;
    const names = async (f: Record<string, unknown>) => dataOf(await t.gql(q, { f })).actors.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await names({ kind: 'ORGANIZATION' })).toEqual(['European Union']);
    expect(await names({ country: 'ARMENIA' })).toEqual(['Armenia', 'Nikol Pashinyan']);
    expect(await names({ name: 'AN' })).toEqual(['Antony Blinken', 'Azerbaijan', 'Emmanuel Macron', 'European Union', 'France', 'Nikol Pashinyan']);
    expect(await names({ name: '%' })).toEqual([]);
  });

  it('sources by kind, a source by name, and its articles', async () => {
    const d = dataOf(
      await t.gql(`{ sources(filter: { kind: NEWS_AGENCY }) { edges { node { name } } }
        source(name: "BBC") { name kind articles { totalCount edges { node { slug } } } }
        none: source(name: "Nope") { name } }`),
    );
    expect(d.sources.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['AFP', 'Reuters']);
    expect(d.source.kind).toBe('BROADCASTER');
    expect(d.source.articles.totalCount).toBe(2);
    expect(d.source.articles.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(['story-2', 'armenia-azerbaijan-border-clashes-2022']);
    expect(d.none).toBeNull();
  });
});
