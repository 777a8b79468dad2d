// The shape of a whole explainer as data: what the seed fixture, the importer and createArticle share.
import type { ArticleStatus } from './article.entity';
import type { SourceKind } from '../sources/source.entity';
import type { ActorKind } from '../actors/actor.entity';
import type { Stance } from '../reactions/reaction.entity';
import type { ContributorRef } from './contributor.writer';
import type { TopicRef } from './topic.writer';
import type { ImageData } from '../images/image.writer';

export interface SourceInput {
  name: string;
  kind: SourceKind;
  url?: string | null;
}

export interface ActorInput {
  name: string;
  kind: ActorKind;
  title?: string | null;
  country?: string | null;
}

export interface ExplainerSectionInput {
  key: string;
  heading: string | null;
  body: string;
  /** `source` names a SourceInput of the explainer. */
  citations: { source: string; excerpt: string }[];
  /** `speaker` names an ActorInput, `source` a SourceInput. */
  quotes: { text: string; speaker?: string | null; source?: string | null }[];
  reactions: { actor: string; stance: Stance; summary: string; source?: string | null }[];
  contestedFigures?: ContestedFigureInput[];
  /** The image shown with the section. */
  image?: ImageData | null;
}

/** A number the sides dispute: what is counted, and each side's figure. */
export interface ContestedFigureInput {
  /** What is counted or measured, e.g. "soldiers killed". */
  claim: string;
  claims: FigureClaimInput[];
}

export interface FigureClaimInput {
  /** The side (an ActorInput name): Armenia, the police, the organisers. */
  claimant: string;
  /** Who states the figure for the side (an ActorInput name), when the text names them. */
  statedBy?: string | null;
  value: number;
  /** What the value counts, as the text words it: "soldiers", "people", "%", "USD". */
  unit: string;
  /** The outlet or body it is reported through (a SourceInput name). */
  source?: string | null;
  /** The sentence of the section body that states the figure. */
  excerpt: string;
}

export interface ExplainerInput {
  slug: string;
  headline: string;
  summary?: string | null;
  status: ArticleStatus;
  eventDate?: string | null;
  publishedAt?: string | null;
  sources: SourceInput[];
  actors: ActorInput[];
  sections: ExplainerSectionInput[];
  /** The byline in order, matched by slug (created when new). Left out: no byline (on restore: unchanged). */
  contributors?: ContributorRef[];
  /** Topics in order, matched by slug (created when new). */
  topics?: TopicRef[];
  /** Editor-picked related explainers (raw article ids), in order. */
  related?: string[];
  /** The image at the top of the article. */
  leadImage?: ImageData | null;
}
