// The write service's validation and shaping, without a database: section keys, the lead rule, the input ->
// stored-data mapping and the sources and actors a write must create.
import { BadUserInputError } from '../../../src/common/errors';
import { keyFor, referenced, sectionData } from '../../../src/modules/articles/article-write.service';
import type { SectionInput } from '../../../src/modules/articles/article-write.dto';
import { ActorKind } from '../../../src/modules/actors/actor.entity';
import { SourceKind } from '../../../src/modules/sources/source.entity';
import { Stance } from '../../../src/modules/reactions/reaction.entity';

const section = (fields: Partial<SectionInput>): SectionInput => ({ body: 'Text.', ...fields }) as SectionInput;

function codeAndField(fn: () => unknown): { code: string; field: unknown } | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadUserInputError) return { code: e.code, field: e.details.field };
    throw e;
  }
  return undefined;
}

describe('keyFor', () => {
  it.each([
    [null, 'lead'],
    [undefined, 'lead'],
    ['How have world leaders reacted?', 'how-have-world-leaders-reacted'],
    ['Qu’est-ce que ça change ?', 'qu-est-ce-que-ca-change'],
    ['  --Why now--  ', 'why-now'],
    ['???', 'section'],
    [`${'a'.repeat(119)} b`, 'a'.repeat(119)],
  ])('%j -> %s', (heading, key) => {
    expect(keyFor(heading)).toBe(key);
  });
});

describe('sectionData', () => {
  it('the lead has no heading and is keyed `lead`; items are mapped to the stored names', () => {
    const lead = sectionData(
      section({
        body: 'Armenia and Azerbaijan signed.',
        citations: [{ sourceName: 'Reuters', excerpt: 'They signed.' }],
        quotes: [{ text: 'A historic day', speakerName: 'Pashinyan' }],
        reactions: [{ actorName: 'France', stance: Stance.SUPPORT, summary: 'France welcomed it.', sourceName: null }],
      }),
      'sections.0',
      true,
    );
    expect(lead).toEqual({
      key: 'lead',
      heading: null,
      body: 'Armenia and Azerbaijan signed.',
      citations: [{ source: 'Reuters', excerpt: 'They signed.' }],
      quotes: [{ text: 'A historic day', speaker: 'Pashinyan', source: null }],
      reactions: [{ actor: 'France', stance: Stance.SUPPORT, summary: 'France welcomed it.', source: null }],
      image: null,
    });
  });

  it('a question takes its key from the heading unless given one', () => {
    expect(sectionData(section({ heading: 'What was signed?' }), 'sections.1', false).key).toBe('what-was-signed');
    expect(sectionData(section({ heading: 'What was signed?', key: 'deal' }), 'sections.1', false).key).toBe('deal');
  });

  it('a question without a heading, or a lead with one, is the user’s mistake, named by its path', () => {
    expect(codeAndField(() => sectionData(section({ heading: null }), 'sections.2', false))).toEqual({ code: 'BAD_USER_INPUT', field: 'sections.2.heading' });
    expect(codeAndField(() => sectionData(section({ heading: 'Why?' }), 'sections.0', true))).toEqual({ code: 'BAD_USER_INPUT', field: 'sections.0.heading' });
  });
});

describe('referenced', () => {
  const sections = [
    sectionData(
      section({
        citations: [{ sourceName: 'Reuters', excerpt: 'x' }],
        quotes: [{ text: 'y', speakerName: 'Aliyev', sourceName: 'AP' }],
        reactions: [{ actorName: 'France', stance: Stance.SUPPORT, summary: 'z', sourceName: 'Reuters' }],
      }),
      'sections.0',
      true,
    ),
  ];

  it('every named source and actor once, with defaults for those not declared', () => {
    expect(referenced(sections, {})).toEqual({
      sources: [
        { name: 'Reuters', kind: SourceKind.OTHER, url: null },
        { name: 'AP', kind: SourceKind.OTHER, url: null },
      ],
      actors: [
        { name: 'Aliyev', kind: ActorKind.PERSON, title: null, country: null },
        { name: 'France', kind: ActorKind.PERSON, title: null, country: null },
      ],
    });
  });

  it('declared details win over the defaults', () => {
    const out = referenced(sections, {
      sources: [{ name: 'Reuters', kind: SourceKind.NEWS_AGENCY, url: 'https://www.reuters.com' }],
      actors: [{ name: 'France', kind: ActorKind.COUNTRY }],
    });
    expect(out.sources[0]).toEqual({ name: 'Reuters', kind: SourceKind.NEWS_AGENCY, url: 'https://www.reuters.com' });
    expect(out.actors).toContainEqual({ name: 'France', kind: ActorKind.COUNTRY, title: null, country: null });
  });
});
