// addCorrection: a versioned write of the article that adds notes and nothing else.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { findOne } from '../../common/sql/run';
import { versionedWrite, type ReadBack } from '../articles/article-write.service';
import { insertCorrections, type CorrectionData } from '../corrections/correction.writer';

export const correctionService = {
  add<R>(ctx: Context, articleId: string, expectedVersion: number, correction: CorrectionData, readBack: ReadBack<R>): Promise<R> {
    return versionedWrite(ctx, articleId, expectedVersion, 'addCorrection', (m) => insertCorrections(m, articleId, [correction], () => 'correction'), readBack);
  },
};

/** A correction as the selection asks for it, with the viewer's visibility (null for a draft's, to readers). */
export function correctionById(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  return findOne(ctx, info, 'Correction', (t, b) => [`${t}.id = ${b.param(id, 'uuid')}`]);
}
