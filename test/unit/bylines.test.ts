import { namesFromByline } from '../../src/importer/bylines';

const names = (byline: string | null, credits: string[] = []) => namesFromByline(byline, credits).map((n) => n.name);

describe('names of a byline and credit lines', () => {
  it.each([
    ['By Elena Marsh', ['Elena Marsh']],
    ['By Ana Petrosyan and Dara Quinn', ['Ana Petrosyan', 'Dara Quinn']],
    ['By A. Smith, Bo Li and Carla de Souza', ['A. Smith', 'Bo Li', 'Carla de Souza']],
    ['By Nino Beridze | Tbilisi', ['Nino Beridze']],
    ['By Claire Dubois, Paris', ['Claire Dubois']],
    ['By Jane Doe in Kyiv', ['Jane Doe']],
    ['By Staff Writer', []],
    ['By Reuters', []],
  ])('%s', (byline, expected) => {
    expect(names(byline)).toEqual(expected);
  });

  it('adds writing credits after the byline, once each, and leaves editors out', () => {
    expect(names('By Jane Doe', ['(Reporting by Jane Doe and Tom Field; Additional reporting by Ola Nowak; Editing by Mark Heinrich)'])).toEqual([
      'Jane Doe',
      'Tom Field',
      'Ola Nowak',
    ]);
    expect(names(null, ['Photo: Reuters'])).toEqual([]);
  });
});
