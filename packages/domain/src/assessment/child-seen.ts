import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from '../errors/app-error';

/**
 * CF-4: the record that the child (or, for an unborn baby, the expectant mother) was seen. The
 * schema checks the record on its own; `checkChildSeenRecord` adds what needs today's date.
 */

export const seenAloneValues = ['yes', 'no', 'not_applicable'] as const;
export type SeenAlone = (typeof seenAloneValues)[number];
export const seenAloneLabels: Record<SeenAlone, string> = {
  yes: 'Yes, seen alone',
  no: 'No, someone else was present',
  not_applicable: 'Not applicable',
};

export const recordChildSeenInputSchema = z.object({
  episodeId: z.uuid(),
  seenOn: z
    .string('Enter the date the child was seen')
    .trim()
    .min(1, 'Enter the date the child was seen')
    .refine(isIsoDate, 'The date the child was seen must be a real date'),
  seenBy: z
    .string('Enter who saw the child')
    .trim()
    .min(1, 'Enter who saw the child')
    .max(200, 'Who saw the child must be 200 characters or fewer'),
  seenAlone: z.enum(seenAloneValues, 'Select whether the child was seen alone'),
  location: z.string().trim().max(500, 'Where the child was seen must be 500 characters or fewer').default(''),
});
export type RecordChildSeenInput = z.output<typeof recordChildSeenInputSchema>;

/** What the schema cannot know: today, and whether the child is an unborn baby. */
export function checkChildSeenRecord(
  record: Pick<RecordChildSeenInput, 'seenOn' | 'seenAlone'>,
  context: { today: string; isUnborn: boolean },
): FieldErrors {
  const errors: FieldErrors = {};
  if (record.seenOn > context.today) errors.seenOn = 'The date seen must be today or in the past';
  if (!context.isUnborn && record.seenAlone === 'not_applicable') {
    errors.seenAlone = 'Select whether the child was seen alone';
  }
  return errors;
}
