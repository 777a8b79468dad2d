// The importer's result: an explainer as data (ExplainerInput, contested figures in their sections), what the
// parser took out of the text as metadata, and warnings for the editor.
import type { ArticleStatus } from './vocabulary';
import type { InputFormat } from './blocks';
import type { HeadingCandidate, HeadingModel } from './heading-model';
import type { StanceCandidate } from './stance-model';
import type { ExplainerInput } from '../modules/articles/explainer-input';

export interface ParseOptions {
  /** Slug of the article; default: the kebab-case headline. */
  slug?: string;
  /** Headline; default: the headline line of the text, or the first sentence of the lead. */
  headline?: string;
  /** Default DRAFT. */
  status?: ArticleStatus;
  /** ISO instant, for a PUBLISHED import. */
  publishedAt?: string | null;
  /** Completes dates without a year ("KYIV, March 3"); default: today. */
  referenceDate?: Date;
  /** text, markdown or html; default: detected from the text. */
  format?: InputFormat;
  /** Called for each quote with the resolver step that named its speaker (or tried to): for scoring, not for imports. */
  onSpeaker?: (quote: string, step: SpeakerStep, speaker: string | null) => void;
  /** Called with every line the heading model judged (training and tracing). */
  onHeadingCandidate?: (candidate: HeadingCandidate) => void;
  /** The heading model that judges candidate lines; default: the trained one in the tree (training passes another). */
  headingModel?: HeadingModel;
  /** Called with every reaction the stance model judged (training and tracing). */
  onStanceCandidate?: (candidate: StanceCandidate) => void;
}

/**
 * How a quote's speaker was found: in the quote's own sentence ("X said"), a pronoun, a role ("the minister said"),
 * a spokesperson's body, "it/the company said", or for a quote standing alone the sign-off after it, the speaker of
 * the sentence before in its paragraph, the speaker of a quote the paragraph before left open (`open-run`), the
 * round-up heading's actor, or the speaker just before; `standing-alone`
 * when none of those told; `subject` for a quote inside a sentence whose subject opens it and acts on the quoted words
 * ("X has compared it to ‘…’", "X rejected the charges, denouncing “…”"); `none` when the sentence gave no cue at all.
 */
export type SpeakerStep =
  | 'sentence'
  | 'pronoun'
  | 'role'
  | 'spokesperson'
  | 'anaphor'
  | 'sign-off'
  | 'same-paragraph'
  | 'colon-intro'
  | 'lead-in'
  | 'open-run'
  | 'name-line-above'
  | 'heading-actor'
  | 'continued'
  | 'subject'
  | 'lone-word'
  | 'standing-alone'
  | 'none';

export type WarningCode =
  | 'HEADLINE_FROM_LEAD'
  | 'NO_LEAD'
  | 'EMPTY_SECTION'
  | 'NO_DATE'
  | 'DUPLICATE_HEADING'
  | 'QUOTE_WITHOUT_SPEAKER'
  | 'QUOTE_SPEAKER_INFERRED'
  | 'UNBALANCED_QUOTES'
  | 'LONG_HEADING';

export interface ImportWarning {
  code: WarningCode;
  message: string;
  /** Key of the section it concerns. */
  section?: string;
}

/** Text the parser recognised as metadata and so kept out of the section bodies. */
export interface DraftMeta {
  /** The input format read (given or detected). */
  format?: InputFormat;
  headlineLine: string | null;
  byline: string | null;
  /** "KYIV, March 3 (Reuters) -" as it stood before the lead. */
  dateline: string | null;
  /** Date lines and the seed's "date YYYY-MM-DD" prefix. */
  dateLines: string[];
  /** Credit lines such as "(Reporting by ...; Editing by ...)". */
  credits: string[];
  /** Headings as written, with their markers ("## ", "Q: ", "1. "). */
  headings: string[];
  /** Answer markers removed from the start of paragraphs ("A: "). */
  markers: string[];
}

export interface ExplainerDraft extends ExplainerInput {
  meta: DraftMeta;
  warnings: ImportWarning[];
}
