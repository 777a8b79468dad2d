// addCorrection: a versioned write of the article that adds notes and nothing else.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findOne } from '../../common/sql/run';
import { BadUserInputError } from '../../common/errors';
import { versionedWrite, type ReadBack } from '../articles/article-write.service';
import { insertCorrections, type CorrectionData } from './correction.writer';

export const MAX_CORRECTIONS_PER_WRITE = 20;

/** Refuses more notes in one write than anyone writes by hand. */
export function checkCorrections(corrections: CorrectionData[] | null | undefined, argument = 'corrections'): CorrectionData[] {
  const list = corrections ?? [];
  if (list.length > MAX_CORRECTIONS_PER_WRITE) {
    throw new BadUserInputError(`${argument}: at most ${MAX_CORRECTIONS_PER_WRITE} in one write`, { argument });
  }
  return list;
}

export const correctionService = {
  add<R>(ctx: Context, articleId: string, expectedVersion: number, correction: CorrectionData, readBack: ReadBack<R>): Promise<R> {
    return versionedWrite(ctx, articleId, expectedVersion, 'addCorrection', (m) => insertCorrections(m, articleId, [correction], () => 'correction'), readBack);
  },
};

/** A correction as the selection asks for it, with the viewer's visibility (null for a draft's, to readers). */
export function correctionById(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  return findOne(ctx, info, 'Correction', (t, b) => [`${t}.id = ${b.param(id, 'uuid')}`]);
}
