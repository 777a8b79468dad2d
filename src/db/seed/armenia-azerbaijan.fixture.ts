// Named fixture set: the seed explainer, hand-checked against the text it was given as
// (armenia-azerbaijan-border-clashes-2022-09-14). Every fact below stands in that text.
import { ArticleStatus } from '../../modules/articles/article.entity';
import { SourceKind } from '../../modules/sources/source.entity';
import { ActorKind } from '../../modules/actors/actor.entity';
import { Stance } from '../../modules/reactions/reaction.entity';
import type { ExplainerInput } from '../../modules/articles/explainer-input';
import { TopicKind } from '../../modules/topics/topic.entity';
import type { TimelineFixture } from '../../modules/articles/topic.writer';

const p = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const REUTERS_QUOTE =
  "Intensive shooting is continuing - started as a result of a large-scale provocation by the Azerbaijani side. Armenia's armed forces have launched a proportionate response.";

export const armeniaAzerbaijanExplainer: ExplainerInput = {
  slug: 'armenia-azerbaijan-border-clashes-2022',
  headline: 'Armenia-Azerbaijan border clashes: what is happening and why',
  summary:
    'Border clashes broke out between Armenia and Azerbaijan over the disputed Nagorno-Karabakh region, the deadliest between the two countries since the war in 2020.',
  status: ArticleStatus.PUBLISHED,
  eventDate: '2022-09-14',
  publishedAt: '2022-09-14T00:00:00.000Z',
  // No byline: the seed text names no author, and none is invented.
  contributors: [],
  topics: [
    {
      name: 'Armenia-Azerbaijan conflict',
      slug: 'armenia-azerbaijan-conflict',
      kind: TopicKind.STORY,
      summary: 'Armenia and Azerbaijan have fought two wars over the Nagorno-Karabakh region \u2014 one in 2020, and one in the 1990s.',
    },
    { name: 'Armenia', slug: 'armenia', kind: TopicKind.PLACE },
    { name: 'Azerbaijan', slug: 'azerbaijan', kind: TopicKind.PLACE },
  ],
  sources: [
    { name: 'BBC', kind: SourceKind.BROADCASTER, url: 'https://www.bbc.com/news' },
    { name: 'Al Jazeera', kind: SourceKind.BROADCASTER, url: 'https://www.aljazeera.com' },
    { name: 'Reuters', kind: SourceKind.NEWS_AGENCY, url: 'https://www.reuters.com' },
    { name: 'AFP', kind: SourceKind.NEWS_AGENCY, url: 'https://www.afp.com' },
    { name: 'Azerbaijan Defence Ministry', kind: SourceKind.GOVERNMENT, url: null },
  ],
  actors: [
    { name: 'Armenia', kind: ActorKind.COUNTRY, country: 'Armenia' },
    { name: 'Azerbaijan', kind: ActorKind.COUNTRY, country: 'Azerbaijan' },
    { name: 'Nikol Pashinyan', kind: ActorKind.PERSON, title: 'Prime Minister of Armenia', country: 'Armenia' },
    { name: 'Ilham Aliyev', kind: ActorKind.PERSON, title: 'President of Azerbaijan', country: 'Azerbaijan' },
    { name: 'Antony Blinken', kind: ActorKind.PERSON, title: 'US Secretary of State', country: 'United States' },
    { name: 'Emmanuel Macron', kind: ActorKind.PERSON, title: 'President of France', country: 'France' },
    { name: 'France', kind: ActorKind.COUNTRY, country: 'France' },
    { name: 'European Union', kind: ActorKind.ORGANIZATION, country: null },
    { name: 'Russia', kind: ActorKind.COUNTRY, country: 'Russia' },
  ],
  sections: [
    {
      key: 'lead',
      heading: null,
      body: p(
        'Border clashes broke out between Armenia and Azerbaijan on Tuesday over the disputed Nagorno-Karabakh region. This is said to have been the deadliest of clashes between the two countries since the war in 2020.',
        'The clashes caused the death of soldiers on both sides.',
      ),
      citations: [],
      quotes: [],
      reactions: [],
    },
    {
      key: 'what-is-happening-in-the-region-right-now',
      heading: 'What is happening in the region right now?',
      body: p(
        "Armenia and Azerbaijan have blamed each other over the clashes that erupted early on Tuesday morning. BBC reported that according to Armenian prime minister Nikol Pashinyan, 49 soldiers of the country died. Azerbaijan's defence ministry, meanwhile, said that 50 people from their side had been killed.",
        'Armenia has said that the clashes broke out after Azerbaijani forces began a cross-border attack. Al Jazeera reported that the Armenian defence ministry said that mortars, drones, artillery and large-calibre rifles were used by the other side during the attack. The attack reportedly affected several areas around the border.',
        `Reuters quoted "${REUTERS_QUOTE}"`,
        'Azerbaijan has, meanwhile, said that several of its posts came under shelling from the Armenian side. According to the Reuters report, Azerbaijani side said that Armenian forces conducted mining operations and intelligence activities on the border since Monday night.',
      ),
      citations: [
        { source: 'BBC', excerpt: 'BBC reported that according to Armenian prime minister Nikol Pashinyan, 49 soldiers of the country died.' },
        { source: 'Azerbaijan Defence Ministry', excerpt: "Azerbaijan's defence ministry, meanwhile, said that 50 people from their side had been killed." },
        {
          source: 'Al Jazeera',
          excerpt:
            'Al Jazeera reported that the Armenian defence ministry said that mortars, drones, artillery and large-calibre rifles were used by the other side during the attack.',
        },
        { source: 'Reuters', excerpt: `Reuters quoted "${REUTERS_QUOTE}"` },
        {
          source: 'Reuters',
          excerpt:
            'According to the Reuters report, Azerbaijani side said that Armenian forces conducted mining operations and intelligence activities on the border since Monday night.',
        },
      ],
      quotes: [{ text: REUTERS_QUOTE, speaker: null, source: 'Reuters' }],
      reactions: [
        { actor: 'Armenia', stance: Stance.CLAIM, summary: 'Said the clashes broke out after Azerbaijani forces began a cross-border attack.', source: null },
        { actor: 'Azerbaijan', stance: Stance.CLAIM, summary: 'Said several of its posts came under shelling from the Armenian side.', source: null },
        {
          actor: 'Azerbaijan',
          stance: Stance.CLAIM,
          summary: 'Said Armenian forces conducted mining operations and intelligence activities on the border since Monday night.',
          source: 'Reuters',
        },
      ],
      contestedFigures: [
        {
          claim: 'soldiers killed',
          claims: [
            {
              claimant: 'Armenia',
              statedBy: 'Nikol Pashinyan',
              value: 49,
              unit: 'soldiers',
              source: 'BBC',
              excerpt: 'BBC reported that according to Armenian prime minister Nikol Pashinyan, 49 soldiers of the country died.',
            },
            {
              claimant: 'Azerbaijan',
              statedBy: null,
              value: 50,
              unit: 'people',
              source: 'Azerbaijan Defence Ministry',
              excerpt: "Azerbaijan's defence ministry, meanwhile, said that 50 people from their side had been killed.",
            },
          ],
        },
      ],
    },
    {
      key: 'how-have-world-leaders-reacted',
      heading: 'How have world leaders reacted?',
      body: p(
        'Amid the escalation of tensions, world leaders have called for peace in the region. US Secretary of State Antony Blinken spoke to Azerbaijani president Ilham Aliyev and Armenian prime minister Nikol Pashinyan to convey his concerns over the conflict in the region.',
        'French president Emmanuel Macron also expressed concern over the situation and called for a ceasefire. France, according to an AFP report, offered assistance to Azerbaijan along with the European Union to broker peace.',
        'Meanwhile, Russia, which is an ally of Armenia, said it brokered a ceasefire agreement in Moscow, according to Al Jazeera.',
      ),
      citations: [
        { source: 'AFP', excerpt: 'France, according to an AFP report, offered assistance to Azerbaijan along with the European Union to broker peace.' },
        {
          source: 'Al Jazeera',
          excerpt: 'Meanwhile, Russia, which is an ally of Armenia, said it brokered a ceasefire agreement in Moscow, according to Al Jazeera.',
        },
      ],
      quotes: [],
      reactions: [
        {
          actor: 'Antony Blinken',
          stance: Stance.CONCERN,
          summary:
            'Spoke to Azerbaijani president Ilham Aliyev and Armenian prime minister Nikol Pashinyan to convey his concerns over the conflict in the region.',
          source: null,
        },
        {
          actor: 'Emmanuel Macron',
          stance: Stance.CALL_FOR_CEASEFIRE,
          summary: 'Expressed concern over the situation and called for a ceasefire.',
          source: null,
        },
        {
          actor: 'France',
          stance: Stance.MEDIATION_OFFER,
          summary: 'Offered assistance to Azerbaijan along with the European Union to broker peace.',
          source: 'AFP',
        },
        { actor: 'European Union', stance: Stance.MEDIATION_OFFER, summary: 'Offered, with France, assistance to Azerbaijan to broker peace.', source: 'AFP' },
        { actor: 'Russia', stance: Stance.CLAIM, summary: 'Said it brokered a ceasefire agreement in Moscow.', source: 'Al Jazeera' },
      ],
    },
    {
      key: 'what-is-the-history-behind-the-conflict',
      heading: 'What is the history behind the conflict?',
      body: p(
        "Armenia and Azerbaijan have fought two wars over the Nagorno-Karabakh region \u2014 one in 2020, and one in the 1990s. While the region is recognised by international powers to be part of Azerbaijan's territory, most of the population in the region are Armenians.",
        "Conflict over the region when both countries were part of the Soviet Union. According to the Reuters report, Armenians had managed to take over large sections of the Nagorno-Karabakh region even though it was recognized by Azerbaijan's territory.",
        'Al Jazeera reports that Armenians in the territory either want to join Armenia or want to secede from Azerbaijan.',
        'In 2020, the two countries fought a war for six weeks that left over 5,000 people dead. According to the BBC, Moscow brokered an agreement and deployed 2,000 Russian peacekeepers.',
      ),
      citations: [
        {
          source: 'Reuters',
          excerpt:
            "According to the Reuters report, Armenians had managed to take over large sections of the Nagorno-Karabakh region even though it was recognized by Azerbaijan's territory.",
        },
        { source: 'Al Jazeera', excerpt: 'Al Jazeera reports that Armenians in the territory either want to join Armenia or want to secede from Azerbaijan.' },
        { source: 'BBC', excerpt: 'According to the BBC, Moscow brokered an agreement and deployed 2,000 Russian peacekeepers.' },
      ],
      quotes: [],
      reactions: [],
    },
  ],
};

/**
 * The timeline of the seed's STORY topic, every event from the seed text (quoted or closely paraphrased, with the
 * sentence it rests on). Years and months only where the text gives no day: the text dates the clashes "on
 * Tuesday" of its September 2022 report, so they are "September 2022".
 */
export const armeniaAzerbaijanTimeline: TimelineFixture = {
  topic: 'armenia-azerbaijan-conflict',
  events: [
    {
      date: '1990-01-01',
      dateLabel: '1990s',
      title: 'First war over Nagorno-Karabakh',
      body: 'Armenia and Azerbaijan fought the first of two wars over the Nagorno-Karabakh region in the 1990s.',
      article: armeniaAzerbaijanExplainer.slug,
      citations: [],
    },
    {
      date: '2020-01-01',
      dateLabel: '2020',
      title: 'Six-week war leaves over 5,000 people dead',
      body: 'In 2020, the two countries fought a war for six weeks that left over 5,000 people dead. Moscow brokered an agreement and deployed 2,000 Russian peacekeepers.',
      article: armeniaAzerbaijanExplainer.slug,
      citations: [{ source: 'BBC', excerpt: 'According to the BBC, Moscow brokered an agreement and deployed 2,000 Russian peacekeepers.' }],
    },
    {
      date: '2022-09-01',
      dateLabel: 'September 2022',
      title: 'Deadliest border clashes since the 2020 war',
      body: 'Border clashes broke out over the disputed Nagorno-Karabakh region, killing soldiers on both sides. Armenia said 49 of its soldiers died; Azerbaijan said 50 people from its side had been killed.',
      article: armeniaAzerbaijanExplainer.slug,
      citations: [
        { source: 'BBC', excerpt: 'BBC reported that according to Armenian prime minister Nikol Pashinyan, 49 soldiers of the country died.' },
        { source: 'Azerbaijan Defence Ministry', excerpt: "Azerbaijan's defence ministry, meanwhile, said that 50 people from their side had been killed." },
      ],
    },
    {
      date: '2022-09-01',
      dateLabel: 'September 2022',
      title: 'Russia says it brokered a ceasefire in Moscow',
      body: 'Russia, an ally of Armenia, said it brokered a ceasefire agreement in Moscow.',
      article: armeniaAzerbaijanExplainer.slug,
      citations: [
        {
          source: 'Al Jazeera',
          excerpt: 'Meanwhile, Russia, which is an ally of Armenia, said it brokered a ceasefire agreement in Moscow, according to Al Jazeera.',
        },
      ],
    },
  ],
};

/** Timelines of the fixture sets, loaded after their explainers. */
export const FIXTURE_TIMELINES: Record<FixtureName, TimelineFixture[]> = {
  'armenia-azerbaijan': [armeniaAzerbaijanTimeline],
};

/** Named fixture sets shared by `npm start`, `npm run seed` and the tests. */
export const FIXTURES = {
  'armenia-azerbaijan': [armeniaAzerbaijanExplainer],
} as const;
export type FixtureName = keyof typeof FIXTURES;
