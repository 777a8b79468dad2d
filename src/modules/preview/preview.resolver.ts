// Preview links: createPreviewToken, revokePreviewToken, previewTokens (EDITOR).
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { idOf } from '../../common/ids';
import { toGlobalId, UUID } from '../../common/node';
import { BadUserInputError } from '../../common/errors';
import { PreviewToken } from './preview-token.entity';
import { PREVIEW_DEFAULT_TTL_SECONDS, PREVIEW_MAX_TTL_SECONDS, previewService } from './preview.service';

@ObjectType('CreatedPreviewToken', { description: 'A new preview token: `token` is shown this once.' })
export class CreatedPreviewToken {
  @Field(() => String, {
    description: 'Send it as `Authorization: Preview <token>`, or as `?preview=<token>` on a GET. Stored only as a hash: it cannot be shown again.',
  })
  token: string;

  @Field(() => PreviewToken, { description: 'The stored token (to list or revoke it).' })
  previewToken: PreviewToken;
}

const withGlobalId = (t: PreviewToken) => ({ ...t, articleId: toGlobalId('Article', t.articleId) });

@Resolver(() => PreviewToken)
export class PreviewTokenResolver {
  @Authorized('EDITOR')
  @Mutation(() => CreatedPreviewToken, {
    description: 'A token that lets a frontend read this one article (its pending version where it has one) without an API key, for at most 24 h (EDITOR).',
  })
  async createPreviewToken(
    @Arg('articleId', () => ID, { description: 'Global id of the article.' }) articleId: string,
    @Arg('ttlSeconds', () => Int, { defaultValue: PREVIEW_DEFAULT_TTL_SECONDS, description: `How long it is valid, 1 to ${PREVIEW_MAX_TTL_SECONDS} s.` })
    ttlSeconds: number,
    @Ctx() ctx: Context,
  ) {
    const created = await previewService.create(ctx, idOf(articleId, 'Article', 'articleId'), ttlSeconds);
    return { token: created.token, previewToken: withGlobalId(created.previewToken) };
  }

  @Authorized('EDITOR')
  @Mutation(() => PreviewToken, { description: 'Revokes a preview token: it gives 401 UNAUTHENTICATED from now on (EDITOR).' })
  async revokePreviewToken(@Arg('id', () => ID, { description: 'Id of the preview token.' }) id: string, @Ctx() ctx: Context) {
    if (!UUID.test(id)) throw new BadUserInputError('id: not a preview token id', { argument: 'id' });
    return withGlobalId(await previewService.revoke(ctx, id));
  }

  @Authorized('EDITOR')
  @Query(() => [PreviewToken], { description: "An article's preview tokens, newest first (EDITOR)." })
  async previewTokens(@Arg('articleId', () => ID, { description: 'Global id of the article.' }) articleId: string, @Ctx() ctx: Context) {
    return (await previewService.list(ctx, idOf(articleId, 'Article', 'articleId'))).map(withGlobalId);
  }
}
