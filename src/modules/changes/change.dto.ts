// Types of the changes feed: entries of published-article events in commit order, a cursor to poll with.
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { PageInfo } from '../../common/graphql/connection';

export enum ChangeKind {
  PUBLISHED = 'PUBLISHED',
  UPDATED = 'UPDATED',
  UNPUBLISHED = 'UNPUBLISHED',
  DELETED = 'DELETED',
}
registerEnumType(ChangeKind, {
  name: 'ArticleChangeKind',
  description: 'What happened to an article as readers see it.',
  valuesConfig: {
    PUBLISHED: { description: 'Readers can see it now (published, or its embargo ended): fetch it.' },
    UPDATED: { description: 'A new version of a published article: fetch it again.' },
    UNPUBLISHED: { description: 'Readers no longer see it (unpublished, archived or put under embargo): drop it.' },
    DELETED: { description: 'A published article was deleted: drop it. A tombstone: the article id and slug stay in the feed.' },
  },
});

export const CHANGES_DEFAULT_PAGE = 100;
export const CHANGES_MAX_PAGE = 1000;

@ObjectType('Change', { description: 'One entry of the changes feed.' })
export class Change {
  @Field(() => String, { description: 'Opaque position of this entry: pass it as `after` to read what follows.' })
  cursor: string;

  @Field(() => ChangeKind, { description: 'What happened.' })
  kind: ChangeKind;

  @Field(() => String, { description: 'Global id of the article (also for a deleted one).' })
  articleId: string;

  @Field(() => String, { description: 'The slug the article had then.' })
  slug: string;

  @Field(() => Int, { description: 'The article version after the change (a DELETED entry: its last version).' })
  version: number;

  @Field(() => DateTimeResolver, { description: 'When the change was written.' })
  at: Date;
}

@ObjectType('ChangesPage', { description: 'A page of the changes feed.' })
export class ChangesPage {
  @Field(() => [Change], { description: "Entries in commit order (an article's entries always in the order of its writes)." })
  entries: Change[];

  @Field(() => String, {
    description:
      'Poll again with this as `after`: the last entry of the page, or the `after` given when the page is empty. Valid across restarts and instances.',
  })
  nextCursor: string;

  @Field(() => PageInfo, { description: 'hasNextPage: more entries are ready now; endCursor: as nextCursor.' })
  pageInfo: PageInfo;
}

@ArgsType()
export class ChangesArgs {
  @Field(() => String, { nullable: true, description: "A cursor (`nextCursor` or an entry's `cursor`); omitted: from the start of the feed." })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Entries at most, 1 to ${CHANGES_MAX_PAGE}; default ${CHANGES_DEFAULT_PAGE}.` })
  @IsOptional()
  @Min(1)
  @Max(CHANGES_MAX_PAGE)
  first?: number | null;
}
