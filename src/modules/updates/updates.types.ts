// GraphQL types of "what changed": Article.updates (published versions, newest first), Article.changesSince and
// Article.pendingChanges (the diff of two versions). Their shapes are those of diff.ts.
import { Extensions, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

// The lists of a diff are parts of one stored JSON value, not rows read one by one: the query cost counts them as
// short lists (common/limits.ts), so that a page of updates with every detail stays under the cost limit.
const SHORT_LIST = { costListSize: 2 };
import { DateTimeResolver } from 'graphql-scalars';

export enum ChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeKind, {
  name: 'DiffKind',
  description: 'How a part of an explainer differs from the version before.',
  valuesConfig: {
    ADDED: { description: 'New in this version.' },
    REMOVED: { description: 'Gone in this version.' },
    CHANGED: { description: 'There before, different now.' },
  },
});

export enum ItemKind {
  CITATION = 'CITATION',
  QUOTE = 'QUOTE',
  REACTION = 'REACTION',
}
registerEnumType(ItemKind, {
  name: 'SectionItemKind',
  description: 'What kind of section item came or went.',
  valuesConfig: { CITATION: { description: 'A citation.' }, QUOTE: { description: 'A quote.' }, REACTION: { description: 'A reaction.' } },
});

@ObjectType('TextChange', { description: 'A text before and after.' })
export class TextChange {
  @Field(() => String, { nullable: true, description: 'The text before; null when there was none.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The text now; null when there is none.' })
  after: string | null;
}

@ObjectType('ParagraphChange', { description: 'A paragraph of a section body that came, went or changed.' })
export class ParagraphChange {
  @Field(() => ChangeKind, { description: 'ADDED, REMOVED or CHANGED.' })
  change: ChangeKind;

  @Field(() => Int, { description: 'Index of the paragraph in the new body (in the old one for REMOVED), from 0.' })
  position: number;

  @Field(() => String, { nullable: true, description: 'The paragraph before (null when ADDED).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The paragraph now (null when REMOVED).' })
  after: string | null;
}

@ObjectType('FigureValue', { description: 'A value claimed for a contested figure.' })
export class FigureValue {
  @Field(() => Float, { description: 'The number claimed.' })
  value: number;

  @Field(() => String, { nullable: true, description: 'Its unit, e.g. "soldiers".' })
  unit: string | null;
}

@ObjectType('FigureClaimChange', { description: "A side's claim for a contested figure, old and new value." })
export class FigureClaimChange {
  @Field(() => String, { description: 'Who claims it (actor name).' })
  claimant: string;

  @Field(() => FigureValue, { nullable: true, description: 'The value before; null when the claim is new.' })
  before: FigureValue | null;

  @Field(() => FigureValue, { nullable: true, description: 'The value now; null when the claim was withdrawn.' })
  after: FigureValue | null;
}

@ObjectType('FigureChange', { description: 'A contested figure whose claims came, went or changed value.' })
export class FigureChange {
  @Field(() => String, { description: 'What is disputed, e.g. "soldiers killed".' })
  claim: string;

  @Field(() => ChangeKind, { description: 'ADDED, REMOVED or CHANGED.' })
  change: ChangeKind;

  @Extensions(SHORT_LIST)
  @Field(() => [FigureClaimChange], { description: 'The claims whose value differs, with old and new value.' })
  claims: FigureClaimChange[];
}

@ObjectType('SectionItemChange', { description: 'A citation, quote or reaction that came or went.' })
export class SectionItemChange {
  @Field(() => ItemKind, { description: 'CITATION, QUOTE or REACTION.' })
  kind: ItemKind;

  @Field(() => ChangeKind, { description: 'ADDED or REMOVED (a changed item is one removed and one added).' })
  change: ChangeKind;

  @Field(() => String, { description: 'The excerpt, the quoted words or the reaction summary.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The source of a citation, the speaker of a quote, the actor of a reaction.' })
  by: string | null;
}

@ObjectType('SectionChange', { description: 'How one section differs from the version before.' })
export class SectionChange {
  @Field(() => String, { description: 'The section key.' })
  key: string;

  @Field(() => ChangeKind, { description: 'ADDED, REMOVED or CHANGED.' })
  change: ChangeKind;

  @Field(() => String, { nullable: true, description: 'The heading now (the last one of a REMOVED section); null for the lead.' })
  heading: string | null;

  @Field(() => String, { nullable: true, description: 'The heading before, when it changed.' })
  previousHeading: string | null;

  @Extensions(SHORT_LIST)
  @Field(() => [ParagraphChange], { description: 'The paragraphs that came, went or changed (all of them for an ADDED or REMOVED section).' })
  paragraphs: ParagraphChange[];

  @Extensions(SHORT_LIST)
  @Field(() => [FigureChange], { description: 'Contested figures that changed, with old and new values.' })
  figures: FigureChange[];

  @Extensions(SHORT_LIST)
  @Field(() => [SectionItemChange], { description: 'Citations, quotes and reactions that came or went.' })
  items: SectionItemChange[];
}

@ObjectType('ArticleUpdate', { description: 'A published version of an article, with what changed since the published version before.' })
export class ArticleUpdate {
  @Field(() => Int, { description: 'The article version (Article.version) readers were shown.' })
  version: number;

  @Field(() => DateTimeResolver, { description: 'When this version went live.' })
  publishedAt: Date;

  @Field(() => String, { nullable: true, description: 'The editor\'s note on the change, e.g. "Death toll updated".' })
  changeNote: string | null;

  @Field(() => Boolean, { description: 'The first publication (nothing listed as changed).' })
  firstPublication: boolean;

  @Field(() => TextChange, { nullable: true, description: 'The headline, when it changed.' })
  headline: TextChange | null;

  @Field(() => TextChange, { nullable: true, description: 'The summary, when it changed.' })
  summary: TextChange | null;

  @Field(() => [SectionChange], { description: 'The sections that changed, in reading order, then the removed ones.' })
  sections: SectionChange[];
}

@ObjectType('ArticleChanges', { description: 'What differs between two versions of an article.' })
export class ArticleChanges {
  @Field(() => Int, { nullable: true, description: 'The version compared from (null: none, everything is ADDED).' })
  fromVersion: number | null;

  @Field(() => Int, { description: 'The version compared to.' })
  toVersion: number;

  @Field(() => [String], { description: "The editors' notes of the changes in between, oldest first." })
  changeNotes: string[];

  @Field(() => TextChange, { nullable: true, description: 'The headline, when it changed.' })
  headline: TextChange | null;

  @Field(() => TextChange, { nullable: true, description: 'The summary, when it changed.' })
  summary: TextChange | null;

  @Field(() => [SectionChange], { description: 'The sections that changed, in reading order, then the removed ones.' })
  sections: SectionChange[];
}
