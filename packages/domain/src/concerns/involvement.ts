import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from '../errors/app-error';

/**
 * IN-1 Involvement: a practitioner records that their service is working with a child
 * (ContactPoint's "who else is working with this child"). The involvement of a sensitive service
 * (sexual health, mental health, substance misuse) shows to people outside that organisation only
 * with the explicit consent of the child or family; its own organisation always sees it.
 */

/** Who is looking, as far as involvement visibility needs to know. */
export type InvolvementViewer = { organisationId: string | null };

/** The parts of an involvement the rule needs. */
export type InvolvementVisibilityFacts = {
  organisationId: string;
  sensitiveService: boolean;
  explicitConsent: boolean;
};

/**
 * IN-1: whether this viewer (who may already see the child page, SH-3) may see this involvement.
 * Non-sensitive: yes. Sensitive: only its own organisation, or anyone once explicit consent is recorded.
 */
export function maySeeInvolvement(viewer: InvolvementViewer, involvement: InvolvementVisibilityFacts): boolean {
  if (!involvement.sensitiveService) return true;
  if (involvement.explicitConsent) return true;
  return viewer.organisationId !== null && viewer.organisationId === involvement.organisationId;
}

/** How many involvements were hidden, so the page can say that some exist without naming them. */
export function partitionInvolvements<T extends InvolvementVisibilityFacts>(
  viewer: InvolvementViewer,
  involvements: readonly T[],
): { visible: T[]; hiddenCount: number } {
  const visible = involvements.filter((i) => maySeeInvolvement(viewer, i));
  return { visible, hiddenCount: involvements.length - visible.length };
}

/** IN-1: only the organisation whose service it is ends its involvement. */
export function mayEndInvolvement(viewer: InvolvementViewer, involvement: { organisationId: string }): boolean {
  return viewer.organisationId !== null && viewer.organisationId === involvement.organisationId;
}

const tooLong = (what: string, max: number) => `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;

const isoDateField = (what: string) =>
  z
    .string(`Enter the date ${what}`)
    .trim()
    .min(1, `Enter the date ${what}`)
    .refine(isIsoDate, `The date ${what} must be a real date`);

export const recordInvolvementInputSchema = z.object({
  childId: z.uuid(),
  service: z
    .string('Enter what your service is doing with the child')
    .trim()
    .min(1, 'Enter what your service is doing with the child')
    .max(200, tooLong('What your service is doing', 200)),
  startedOn: isoDateField('your involvement started'),
  /** IN-1: only meaningful for a sensitive service; recorded as given by the child or family. */
  explicitConsent: z.boolean().default(false),
});
export type RecordInvolvementInput = z.output<typeof recordInvolvementInputSchema>;
export type RecordInvolvementFormInput = z.input<typeof recordInvolvementInputSchema>;

export const endInvolvementInputSchema = z.object({
  involvementId: z.uuid(),
  endedOn: isoDateField('your involvement ended'),
});
export type EndInvolvementInput = z.output<typeof endInvolvementInputSchema>;

/** What the schema cannot check alone: the dates against today and against each other. */
export function checkInvolvementDates(
  input: { startedOn?: string; endedOn?: string },
  context: { today: string; startedOn?: string },
): FieldErrors {
  const errors: FieldErrors = {};
  if (input.startedOn !== undefined && isIsoDate(input.startedOn) && input.startedOn > context.today) {
    errors.startedOn = 'The date your involvement started must be today or in the past';
  }
  if (input.endedOn !== undefined && isIsoDate(input.endedOn)) {
    const started = input.startedOn ?? context.startedOn;
    if (input.endedOn > context.today) errors.endedOn = 'The date your involvement ended must be today or in the past';
    else if (started !== undefined && input.endedOn < started) {
      errors.endedOn = 'The date your involvement ended must be on or after the date it started';
    }
  }
  return errors;
}
