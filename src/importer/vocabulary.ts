// The enum values the parser writes, as plain constants typed by the entities' enums (type-only imports, so the
// library loads neither TypeORM nor type-graphql). A test compares them with the entities' enums.
import type { ArticleStatus as ArticleStatusEnum } from '../modules/articles/article.entity';
import type { ActorKind as ActorKindEnum } from '../modules/actors/actor.entity';
import type { SourceKind as SourceKindEnum } from '../modules/sources/source.entity';
import type { Stance as StanceEnum } from '../modules/reactions/reaction.entity';

export const ArticleStatus = {
  DRAFT: 'DRAFT' as ArticleStatusEnum.DRAFT,
  PUBLISHED: 'PUBLISHED' as ArticleStatusEnum.PUBLISHED,
  ARCHIVED: 'ARCHIVED' as ArticleStatusEnum.ARCHIVED,
} as const;
export type ArticleStatus = ArticleStatusEnum;

export const ActorKind = {
  PERSON: 'PERSON' as ActorKindEnum.PERSON,
  COUNTRY: 'COUNTRY' as ActorKindEnum.COUNTRY,
  ORGANIZATION: 'ORGANIZATION' as ActorKindEnum.ORGANIZATION,
} as const;
export type ActorKind = ActorKindEnum;

export const SourceKind = {
  NEWS_AGENCY: 'NEWS_AGENCY' as SourceKindEnum.NEWS_AGENCY,
  NEWSPAPER: 'NEWSPAPER' as SourceKindEnum.NEWSPAPER,
  BROADCASTER: 'BROADCASTER' as SourceKindEnum.BROADCASTER,
  GOVERNMENT: 'GOVERNMENT' as SourceKindEnum.GOVERNMENT,
  OTHER: 'OTHER' as SourceKindEnum.OTHER,
} as const;
export type SourceKind = SourceKindEnum;

export const Stance = {
  CONCERN: 'CONCERN' as StanceEnum.CONCERN,
  CONDEMNATION: 'CONDEMNATION' as StanceEnum.CONDEMNATION,
  CALL_FOR_CEASEFIRE: 'CALL_FOR_CEASEFIRE' as StanceEnum.CALL_FOR_CEASEFIRE,
  MEDIATION_OFFER: 'MEDIATION_OFFER' as StanceEnum.MEDIATION_OFFER,
  SUPPORT: 'SUPPORT' as StanceEnum.SUPPORT,
  CLAIM: 'CLAIM' as StanceEnum.CLAIM,
  OTHER: 'OTHER' as StanceEnum.OTHER,
} as const;
export type Stance = StanceEnum;

/** Kebab-case: lower-case letters and digits separated by single dashes (the articles' SLUG). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
