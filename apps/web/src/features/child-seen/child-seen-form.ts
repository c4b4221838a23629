import {
  checkChildSeenRecord,
  type DateParts,
  dateParts,
  datePartsError,
  partsToIsoDate,
  type RecordChildSeenInput,
  recordChildSeenInputSchema,
  seenAloneValues,
} from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from '../consent/report-once';

export type ChildSeenFormContext = { episodeId: string; isUnborn: boolean; today: () => string };

/** The form as the page holds it: the date is three boxes, 'seen alone' starts unanswered. */
export const childSeenFormFields = z.object({
  seenOn: dateParts,
  seenBy: z.string(),
  seenAlone: z.string().optional(),
  location: z.string(),
});
export type ChildSeenFormValues = z.input<typeof childSeenFormFields>;

/** For an unborn baby the record is of seeing the expectant mother (CF-4), and the messages say so. */
export function wordedFor(isUnborn: boolean, message: string): string {
  return isUnborn ? message.replace(/the child/g, 'the expectant mother') : message;
}

function candidate(form: z.output<typeof childSeenFormFields>, context: ChildSeenFormContext) {
  const seenOn = partsToIsoDate(form.seenOn);
  const partsProblem = datePartsError(form.seenOn, wordedFor(context.isUnborn, 'The date the child was seen'));
  return {
    partsProblem,
    input: {
      episodeId: context.episodeId,
      // Blank gets the domain's 'Enter the date…'; part-filled boxes get the GOV.UK message instead.
      seenOn: seenOn ?? (partsProblem === null ? '' : 'invalid'),
      seenBy: form.seenBy,
      // Not asked for an unborn baby: the mother is seen, and 'alone' does not apply.
      seenAlone: context.isUnborn ? 'not_applicable' : form.seenAlone,
      location: form.location,
    },
  };
}

/**
 * The child-seen form's schema: the domain's schema and `checkChildSeenRecord` (CF-4: not in the
 * future), every problem at once. Its output is the API's input; the server checks it again.
 */
export function makeChildSeenFormSchema(context: ChildSeenFormContext) {
  const say = (message: string) => wordedFor(context.isUnborn, message);
  return childSeenFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const { input, partsProblem } = candidate(form, context);
      if (partsProblem) report('seenOn', partsProblem);
      const parsed = recordChildSeenInputSchema.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) {
        const [field = ''] = issue.path.map(String);
        report(field === 'episodeId' ? '' : field, say(issue.message));
      }
      // The date's own rule even while other answers are missing ('yes' stands in for an unanswered question).
      const seenAlone = seenAloneValues.find((value) => value === input.seenAlone) ?? 'yes';
      const errors = checkChildSeenRecord(
        { seenOn: input.seenOn, seenAlone },
        { today: context.today(), isUnborn: context.isUnborn },
      );
      for (const [field, message] of Object.entries(errors)) report(field, say(message));
    })
    .transform((form): RecordChildSeenInput => recordChildSeenInputSchema.parse(candidate(form, context).input));
}

const emptyDate: DateParts = { day: '', month: '', year: '' };

/** A blank record; 'seen by' starts as the signed-in practitioner, who can change it. */
export function emptyChildSeenForm(seenBy: string): ChildSeenFormValues {
  return { seenOn: { ...emptyDate }, seenBy, seenAlone: undefined, location: '' };
}

export type ChildSeenRecord = {
  id: string;
  seenOn: string;
  seenBy: string;
  seenAlone: (typeof seenAloneValues)[number];
  location: string;
  expectantMother: boolean;
};

/**
 * Records newest first, each marked with whether it counts towards completing this version
 * (CF-4): seen on or after the version started and, for an unborn baby, a record of the mother.
 * The date must also be on or before completion; records are never dated in the future.
 */
export function childSeenRows<T extends ChildSeenRecord>(
  records: readonly T[],
  version: { startedOn: string; completedOn: string | null },
  isUnborn: boolean,
): (T & { counts: boolean })[] {
  return [...records]
    .sort((a, b) => (a.seenOn === b.seenOn ? 0 : a.seenOn < b.seenOn ? 1 : -1))
    .map((record) => ({
      ...record,
      counts:
        record.seenOn >= version.startedOn &&
        (version.completedOn === null || record.seenOn <= version.completedOn) &&
        record.expectantMother === isUnborn,
    }));
}
