// The importer service's comparison of a stored explainer with a new draft: what `importExplainer` reports as
// `differences` (and whether it writes at all), without a database.
import { compareContent, draftToInput } from '../../../src/modules/importer/importer.service';
import type { ExplainerInput } from '../../../src/modules/articles/explainer-input';
import type { ExplainerDraft } from '../../../src/importer/types';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';
import { Stance } from '../../../src/modules/reactions/reaction.entity';
import { SourceKind } from '../../../src/modules/sources/source.entity';

const stored: ExplainerInput = {
  slug: 'deal',
  headline: 'The deal',
  summary: null,
  status: ArticleStatus.PUBLISHED,
  eventDate: '2025-08-08',
  publishedAt: '2025-08-08T10:00:00.000Z',
  sources: [{ name: 'Reuters', kind: SourceKind.NEWS_AGENCY }],
  actors: [],
  sections: [
    {
      key: 'lead',
      heading: null,
      body: 'They signed.',
      citations: [{ source: 'Reuters', excerpt: 'They signed.' }],
      quotes: [{ text: 'A historic day', speaker: 'Pashinyan' }],
      reactions: [{ actor: 'France', stance: Stance.SUPPORT, summary: 'France backs it.' }],
      contestedFigures: [{ claim: 'soldiers killed', claims: [{ claimant: 'Armenia', value: 12, unit: 'soldiers', excerpt: '12 soldiers' }] }],
    },
    { key: 'what-next', heading: 'What next?', body: 'Talks.', citations: [], quotes: [], reactions: [] },
  ],
};

const copy = (): ExplainerInput => JSON.parse(JSON.stringify(stored));

describe('compareContent', () => {
  it('nothing for the same content, whatever the publication time, the shared records and absent vs null optionals', () => {
    const same = copy();
    same.publishedAt = '2026-01-01T00:00:00.000Z';
    same.sources = [];
    same.sections[0].quotes[0].source = null;
    same.sections[1].contestedFigures = [];
    // A figure read back from the database as numeric text is the same figure.
    (same.sections[0].contestedFigures![0].claims[0] as { value: unknown }).value = '12';
    expect(compareContent(stored, same)).toEqual([]);
  });

  it('names each article field and each section field that changed', () => {
    const next = copy();
    next.headline = 'The peace deal';
    next.status = ArticleStatus.DRAFT;
    next.sections[0].quotes[0].speaker = 'Aliyev';
    next.sections[1].body = 'More talks.';
    expect(compareContent(stored, next)).toEqual(['headline', 'status', 'sections.lead.quotes', 'sections.what-next.body']);
  });

  it('sections added, removed or reordered are one difference: `sections`', () => {
    const reordered = copy();
    reordered.sections.reverse();
    expect(compareContent(stored, reordered)).toEqual(['sections']);
    const fewer = copy();
    fewer.headline = 'Shorter';
    fewer.sections.pop();
    expect(compareContent(stored, fewer)).toEqual(['headline', 'sections']);
  });
});

describe('draftToInput', () => {
  it('drops what only the parser reports (meta, warnings)', () => {
    const draft = { ...copy(), meta: { format: 'markdown' }, warnings: ['no date'] } as unknown as ExplainerDraft;
    expect(draftToInput(draft)).toEqual(stored);
  });
});
