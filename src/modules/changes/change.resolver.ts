import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ChangesArgs, ChangesPage } from './change.dto';
import { changeService } from './change.service';

@Resolver()
export class ChangeResolver {
  @Query(() => ChangesPage, {
    description:
      'What changed for readers, in commit order: PUBLISHED, UPDATED, UNPUBLISHED and DELETED (tombstones) entries of published articles; ' +
      "a draft's life never shows. Replaying from the start gives the published articles at their current versions. Poll with `nextCursor`. Never cached.",
  })
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context) {
    ctx.cache.noStore = true;
    return changeService.page(ctx, args);
  }
}
