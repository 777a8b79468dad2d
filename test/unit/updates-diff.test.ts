import { diffParagraphs, diffSections, diffSnapshots, isEmptyDiff } from '../../src/modules/updates/diff';

// The reader-facing diff (modules/updates/diff.ts): paragraphs paired as CHANGED, figures with old and new values.
describe('diff of explainer versions', () => {
  it('pairs a removed paragraph followed by an added one as CHANGED, and places the rest', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'B', 'c', 'd'])).toEqual([
      { change: 'CHANGED', position: 1, before: 'b', after: 'B' },
      { change: 'ADDED', position: 3, before: null, after: 'd' },
    ]);
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'c'])).toEqual([{ change: 'REMOVED', position: 1, before: 'b', after: null }]);
    expect(diffParagraphs(['a'], ['a'])).toEqual([]);
  });

  it('lists sections ADDED, REMOVED and CHANGED (heading, figures, items); an unchanged or only moved section is left out', () => {
    const figure = (value: number) => [{ claim: 'killed', claims: [{ claimant: 'X', value, unit: 'people' }] }];
    const before = [
      { key: 'lead', heading: null, body: 'Lead.' },
      { key: 'q1', heading: 'Q1?', body: 'One.', contestedFigures: figure(10) },
      { key: 'q2', heading: 'Q2?', body: 'Two.', quotes: [{ text: 'Hi', speaker: 'Y', source: null }] },
      { key: 'gone', heading: 'Gone?', body: 'Bye.' },
    ];
    const after = [
      { key: 'lead', heading: null, body: 'Lead.' },
      { key: 'q2', heading: 'Q2, now?', body: 'Two.', quotes: [] },
      { key: 'q1', heading: 'Q1?', body: 'One.', contestedFigures: figure(12) },
      { key: 'new', heading: 'New?', body: 'Fresh.' },
    ];
    expect(diffSections(before, after)).toEqual([
      {
        key: 'q2',
        change: 'CHANGED',
        heading: 'Q2, now?',
        previousHeading: 'Q2?',
        paragraphs: [],
        figures: [],
        items: [{ kind: 'QUOTE', change: 'REMOVED', text: 'Hi', by: 'Y' }],
      },
      {
        key: 'q1',
        change: 'CHANGED',
        heading: 'Q1?',
        previousHeading: null,
        paragraphs: [],
        figures: [
          { claim: 'killed', change: 'CHANGED', claims: [{ claimant: 'X', before: { value: 10, unit: 'people' }, after: { value: 12, unit: 'people' } }] },
        ],
        items: [],
      },
      {
        key: 'new',
        change: 'ADDED',
        heading: 'New?',
        previousHeading: null,
        paragraphs: [{ change: 'ADDED', position: 0, before: null, after: 'Fresh.' }],
        figures: [],
        items: [],
      },
      {
        key: 'gone',
        change: 'REMOVED',
        heading: 'Gone?',
        previousHeading: null,
        paragraphs: [{ change: 'REMOVED', position: 0, before: 'Bye.', after: null }],
        figures: [],
        items: [],
      },
    ]);
  });

  it('a first publication lists nothing; a version that changed nothing readers see is empty', () => {
    const v = { headline: 'H', summary: null, sections: [{ key: 'lead', heading: null, body: 'L.' }] };
    expect(diffSnapshots(null, v)).toEqual({ firstPublication: true, headline: null, summary: null, sections: [] });
    expect(isEmptyDiff(diffSnapshots(v, { ...v }))).toBe(true);
    expect(diffSnapshots(v, { ...v, summary: 'S' }).summary).toEqual({ before: null, after: 'S' });
  });
});
