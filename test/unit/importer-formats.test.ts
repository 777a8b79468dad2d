import fs from 'node:fs';
import path from 'node:path';
import { parseExplainer } from '../../src/importer/parse-explainer';
import { detectFormat } from '../../src/importer/blocks';
import * as vocabulary from '../../src/importer/vocabulary';
import { ArticleStatus } from '../../src/modules/articles/article.entity';
import { ActorKind } from '../../src/modules/actors/actor.entity';
import { SourceKind } from '../../src/modules/sources/source.entity';
import { Stance } from '../../src/modules/reactions/reaction.entity';

// Markdown and HTML versions (written for these tests) of the seed and of two dev-split corpus texts: the same
// explainer whichever format it comes in; the markup's headings and links are read by the parsers.
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const read = (p: string) => fs.readFileSync(path.join(FIXTURES, p), 'utf8');
const REF = { referenceDate: new Date('2022-09-20T00:00:00Z') };
const content = (d: ReturnType<typeof parseExplainer>) => ({
  headline: d.headline,
  eventDate: d.eventDate,
  sections: d.sections,
  sources: d.sources.map((s) => s.name),
  actors: d.actors,
});

describe('input formats', () => {
  const text = parseExplainer(read('explainers/seed/armenia-azerbaijan-border-clashes-2022-09-14.txt'), REF);

  it.each([
    ['formats/seed.html', 'html'],
    ['formats/seed.md', 'markdown'],
  ])("%s is detected as %s and gives the text version's explainer, the linked outlet with its URL", (file, format) => {
    const d = parseExplainer(read(`explainers/${file}`), REF);
    expect(d.meta.format).toBe(format);
    expect(content(d)).toEqual(content(text));
    expect(d.sections.map((s) => s.heading)).toEqual([
      null,
      'What is happening in the region right now?',
      'How have world leaders reacted?',
      'What is the history behind the conflict?',
    ]);
    expect(d.sources.find((s) => s.name === 'Reuters')).toEqual({ name: 'Reuters', kind: 'NEWS_AGENCY', url: 'https://www.reuters.com/world/' });
    expect(d.meta.byline).toBe('By Staff Writer');
  });

  it('an HTML round-up (dev d01): its h3 actor headings are the sections, the figure caption is no paragraph', () => {
    const expected = JSON.parse(read('corpus/dev/d01-paris-attacks-world-leaders.expected.json'));
    const d = parseExplainer(read('explainers/formats/d01-paris-attacks-world-leaders.html'), { referenceDate: new Date('2015-11-14T00:00:00Z') });
    expect(d.meta.format).toBe('html');
    expect(d.headline).toBe(expected.headline);
    expect(d.sections.slice(1).map((s) => s.heading)).toEqual(expected.headings);
    const quotes = d.sections.flatMap((s) => s.quotes.map((q) => q.text));
    expect(quotes.length).toBeGreaterThanOrEqual(8);
  });

  it('a Markdown explainer (dev d04): its ## label headings are the sections', () => {
    const expected = JSON.parse(read('corpus/dev/d04-nepal-quake-things-to-know.expected.json'));
    const d = parseExplainer(read('explainers/formats/d04-nepal-quake-things-to-know.md'), { format: 'markdown' });
    expect(d.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(expected.headings);
    expect(d.headline).toBe(expected.headline);
  });

  it('detects the format, and an unknown format is BAD_USER_INPUT', () => {
    expect([detectFormat('<p>a</p>'), detectFormat('Title\n\nSee [Reuters](https://reuters.com).'), detectFormat('Title\n\n## Heading\n\nText.')]).toEqual([
      'html',
      'markdown',
      'text',
    ]);
    expect(() => parseExplainer('Title\n\nText.', { format: 'pdf' as never })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ reason: 'BAD_FORMAT' }) }),
    );
  });

  it("the library's enum values are the entities' enums", () => {
    expect([vocabulary.ArticleStatus, vocabulary.ActorKind, vocabulary.SourceKind, vocabulary.Stance]).toEqual([
      { ...ArticleStatus },
      { ...ActorKind },
      { ...SourceKind },
      { ...Stance },
    ]);
  });
});
