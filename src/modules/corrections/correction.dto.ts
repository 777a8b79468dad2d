import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { BadUserInputError } from '../../common/errors';
import { CorrectionKind } from './correction.entity';
import type { CorrectionData } from './correction.writer';

@InputType('CorrectionInput', { description: "A correction, clarification or editor's note to add; it can never be changed afterwards." })
export class CorrectionInput {
  @Field(() => CorrectionKind, { description: 'CORRECTION, CLARIFICATION or EDITORS_NOTE.' })
  kind: CorrectionKind;

  @Field(() => String, { description: 'The note as readers will see it.' })
  @Length(1, 5000)
  @Matches(/\S/, { message: 'text must not be blank' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Key of the section it concerns (one of the article); null: the whole article.' })
  @IsOptional()
  @Length(1, 120)
  sectionKey?: string | null;
}

export const MAX_CORRECTIONS_PER_WRITE = 20;

/** Refuses more notes in one write than anyone writes by hand. */
export function checkCorrections(corrections: CorrectionData[] | null | undefined, argument = 'corrections'): CorrectionData[] {
  const list = corrections ?? [];
  if (list.length > MAX_CORRECTIONS_PER_WRITE) {
    throw new BadUserInputError(`${argument}: at most ${MAX_CORRECTIONS_PER_WRITE} in one write`, { argument });
  }
  return list;
}
