// What each item feature tells the section item writes (its SectionItemTable), checked without a database: which
// columns an input or a patch sets, which may be cleared with null, and the coded error for one that may not.
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../src/common/errors';
import { itemColumns, type SectionItemTable } from '../../../src/modules/sections/section-items.service';
import { citationTable } from '../../../src/modules/citations/citation-write.service';
import { quoteTable } from '../../../src/modules/quotes/quote-write.service';
import { reactionTable } from '../../../src/modules/reactions/reaction-write.service';
import { Stance } from '../../../src/modules/reactions/reaction.entity';

// Names given as null clear a column without a lookup; a name would need the database (the e2e tests cover it).
const noDatabase = {
  query: () => {
    throw new Error('no database expected');
  },
} as unknown as EntityManager;

async function outcome(item: SectionItemTable, fields: Record<string, unknown>) {
  try {
    return { columns: await itemColumns(noDatabase, item, fields) };
  } catch (e) {
    if (e instanceof BadUserInputError) return { code: e.code, field: e.details.field, message: e.message };
    throw e;
  }
}

describe('the three kinds', () => {
  it('name their table and type', () => {
    expect([citationTable, quoteTable, reactionTable].map((t) => [t.table, t.type])).toEqual([
      ['citation', 'Citation'],
      ['quote', 'Quote'],
      ['reaction', 'Reaction'],
    ]);
  });
});

describe('columns of a patch', () => {
  it('only the fields given; an absent (undefined) field is left alone', async () => {
    expect(await outcome(citationTable, { excerpt: 'They signed.', sourceName: undefined })).toEqual({ columns: { excerpt: 'They signed.' } });
    expect(await outcome(reactionTable, { stance: Stance.SUPPORT, summary: 'Backs it.' })).toEqual({
      columns: { stance: Stance.SUPPORT, summary: 'Backs it.' },
    });
    expect(await outcome(quoteTable, {})).toEqual({ columns: {} });
  });

  it("a quote's speaker and source, and a reaction's source, are cleared with null", async () => {
    expect(await outcome(quoteTable, { speakerName: null, sourceName: null })).toEqual({ columns: { speaker_id: null, source_id: null } });
    expect(await outcome(reactionTable, { sourceName: null })).toEqual({ columns: { source_id: null } });
  });

  it.each([
    [citationTable, { sourceName: null }, 'source_id', 'patch: sourceName cannot be null'],
    [citationTable, { excerpt: null }, 'excerpt', 'patch: excerpt cannot be null'],
    [quoteTable, { text: null }, 'text', 'patch: text cannot be null'],
    [reactionTable, { actorName: null }, 'actor_id', 'patch: actorName cannot be null'],
    [reactionTable, { stance: null }, 'stance', 'patch: stance cannot be null'],
    [reactionTable, { summary: null }, 'summary', 'patch: summary cannot be null'],
  ])('%o: %j is refused, naming the field', async (item, fields, field, message) => {
    expect(await outcome(item, fields)).toEqual({ code: 'BAD_USER_INPUT', field, message });
  });

  it('the first required column in the order the kind gives is the one named', async () => {
    expect(await outcome(reactionTable, { summary: null, actorName: null })).toMatchObject({ field: 'actor_id' });
  });
});
