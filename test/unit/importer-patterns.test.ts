import { COUNTRIES, OUTLETS } from '../../src/importer/lexicon';
import { allMatches } from '../../src/importer/matches';
import { alt, esc } from '../../src/importer/mentions';

// The importer's pattern helpers are there for speed only: each must give exactly what the plain way gives.
const viaMatchAll = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const via = (text: string, re: RegExp) => allMatches(text, re).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it.each([
    ['names', /(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+(\p{Lu}\p{Ll}+))?/gu, 'Ann Lee met Bo and Cy Dee in Paris.'],
    ['empty matches step over an astral character', /x*/gu, 'a😀xxb😀'],
    ['empty matches without the u flag', /(?:)/g, 'ab'],
    ['groups that do not take part', /(a)|(b)/g, 'abba'],
    ['no match', /z/g, 'abc'],
  ])('%s: the matches matchAll gives', (_, re, text) => {
    expect(via(text, re)).toEqual(viaMatchAll(text, re));
  });

  it('starts where the pattern stands, as matchAll does, and leaves it there', () => {
    const re = /\d/g;
    re.lastIndex = 2;
    expect(via('1234', re)).toEqual(viaMatchAll('1234', re));
    expect(re.lastIndex).toBe(2);
  });

  it('lets the caller use the same pattern again while reading the matches', () => {
    const re = /\p{Lu}/gu;
    const pairs = allMatches('AB', re).map((m) => [
      m[0],
      allMatches('CD', re)
        .map((n) => n[0])
        .join(''),
    ]);
    expect(pairs).toEqual([
      ['A', 'CD'],
      ['B', 'CD'],
    ]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });
});

describe('alt: literal strings as one alternation', () => {
  const plain = (list: readonly string[]) =>
    [...new Set(list)]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|');
  const both = (list: readonly string[], around = (s: string) => `(?<![\\p{L}])(${s})`) =>
    [new RegExp(around(plain(list)), 'gu'), new RegExp(around(alt(list)), 'gu')] as const;

  it('prefers the longest name where names share a start, and falls back to a shorter one', () => {
    const [, re] = both(['Niger', 'Nigeria', 'Guinea', 'Guinea-Bissau'], (s) => `(${s})(?![\\p{L}-])`);
    expect(allMatches('Nigeria, Niger, Guinea-Bissau, Guinea-Conakry, Nigerian', re).map((m) => m[1])).toEqual(['Nigeria', 'Niger', 'Guinea-Bissau']);
  });

  it.each([
    ['countries', COUNTRIES.flatMap((c) => c.names)],
    ['outlets', OUTLETS.flatMap((o) => o.aliases)],
  ])("matches what a longest-first list of the lexicon's %s matches, at the same places", (_, list) => {
    // Every name, with the names it starts (Niger in Nigeria), a word glued after it and a possessive.
    const text = list.map((n, i) => `${n}${['', 'n', "'s", ' x', '-y'][i % 5]} and ${n.slice(0, -1)}.`).join(' ');
    for (const around of [(s: string) => `(?<![\\p{L}])(${s})`, (s: string) => `(?<![\\p{L}])(${s})(?![\\p{L}\\p{N}-])`, (s: string) => `(${s})['’]s`]) {
      const [a, b] = both(list, around);
      expect(via(text, b)).toEqual(viaMatchAll(text, a));
    }
  });

  it('is no pattern at all for no names, and an optional one when a name is empty', () => {
    expect(alt([])).toBe('');
    expect(new RegExp(`^(${alt(['', 'ab'])})$`).test('')).toBe(true);
    expect(alt(['a.b', 'a+c'])).toBe('a(?:\\.b|\\+c)');
  });
});
