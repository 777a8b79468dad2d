import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { PaginationArgs } from '../../common/graphql/connection';
import { preloaded } from '../../common/graphql/preloaded';
import { idOf } from '../../common/ids';
import { Article } from '../articles/article.entity';
import { ArticleConnection } from '../articles/article.resolver';
import { Contributor } from './contributor.entity';
import { ContributorPatch, CreateContributorInput } from './contributor.dto';
import { contributorService } from './contributor.service';

type Row = Record<string, unknown>;

@Resolver(() => Contributor)
export class ContributorResolver {
  @Query(() => Contributor, {
    nullable: true,
    description: 'The contributor page, by slug. Readers see a contributor once a published explainer credits it; null otherwise.',
  })
  contributor(@Arg('slug', () => String, { description: 'The contributor slug.' }) slug: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return contributorService.bySlug(ctx, info, slug);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Explainers credited to the contributor, newest published first (readers: published only).' })
  articles(@Root() c: Row, @Args(() => PaginationArgs) _args: PaginationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(c, info, ctx);
  }

  @Authorized('EDITOR')
  @Mutation(() => Contributor, { description: 'Creates a contributor (EDITOR); credit it with `contributors` in createArticle/updateArticle.' })
  createContributor(
    @Arg('input', () => CreateContributorInput, { description: 'The contributor.' }) input: CreateContributorInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return contributorService.create(ctx, info, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => Contributor, { description: 'Changes a contributor (EDITOR); every byline that shows it reads the change at once.' })
  updateContributor(
    @Arg('id', () => ID, { description: 'Global id of the contributor.' }) id: string,
    @Arg('patch', () => ContributorPatch, { description: 'The fields to change.' }) patch: ContributorPatch,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return contributorService.update(ctx, info, idOf(id, 'Contributor', 'id'), patch);
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, { description: 'Deletes a contributor that no article credits (EDITOR); returns its id.' })
  async deleteContributor(@Arg('id', () => ID, { description: 'Global id of the contributor.' }) id: string, @Ctx() ctx: Context) {
    await contributorService.delete(ctx, idOf(id, 'Contributor', 'id'));
    return id;
  }
}

/** The byline fields of Article. */
@Resolver(() => Article)
export class ArticleBylineResolver {
  @FieldResolver(() => [Contributor], { description: 'The contributors credited, in byline order.' })
  contributors(@Root() a: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(a, info, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The rendered byline: "By A", "By A and B", "By A, B and C"; null without contributors.' })
  byline(@Root() a: Row) {
    return a.byline ?? null;
  }
}
