import {
  checkInvolvementDates,
  dateParts,
  datePartsError,
  partsToIsoDate,
  type RaiseConcernInput,
  type RecordInvolvementInput,
  type ResolveConcernInput,
  raiseConcernInputSchema,
  recordInvolvementInputSchema,
  resolveConcernInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from '../consent/report-once';

/** The pages of involvement (IN-1), concerns (IN-2) and the chronology. */
export const concernPaths = (childId: string) => ({
  child: `/children/${childId}`,
  recordInvolvement: `/children/${childId}/involvement/new`,
  raiseConcern: `/children/${childId}/concerns/new`,
  resolveConcern: (concernId: string) => `/children/${childId}/concerns/${concernId}/resolve`,
  chronology: `/children/${childId}/chronology`,
});

/** What the child page is told after a change, for its success banner. */
export type ConcernsNotice = { notice?: string };

export function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string'
    ? state.notice
    : null;
}

const STARTED_NAME = 'The date your involvement started';

/** A blank date gets the domain's 'Enter the date…', a part-filled one the GOV.UK message. */
function isoDateFor(parts: z.output<typeof dateParts>, name: string): string {
  return partsToIsoDate(parts) ?? (datePartsError(parts, name) === null ? '' : 'invalid');
}

export const involvementFormFields = z.object({
  service: z.string(),
  startedOn: dateParts,
  explicitConsent: z.boolean().default(false),
});
export type InvolvementFormValues = z.input<typeof involvementFormFields>;

export function emptyInvolvementForm(): InvolvementFormValues {
  return { service: '', startedOn: { day: '', month: '', year: '' }, explicitConsent: false };
}

export function makeInvolvementFormSchema(childId: string, today: () => string) {
  const candidate = (form: z.output<typeof involvementFormFields>) => ({
    childId,
    service: form.service,
    startedOn: isoDateFor(form.startedOn, STARTED_NAME),
    explicitConsent: form.explicitConsent,
  });
  return involvementFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const partsProblem = datePartsError(form.startedOn, STARTED_NAME);
      if (partsProblem) report('startedOn', partsProblem);
      const input = candidate(form);
      for (const [field, message] of Object.entries(
        checkInvolvementDates({ startedOn: input.startedOn }, { today: today() }),
      )) {
        report(field, message);
      }
      const parsed = recordInvolvementInputSchema.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) report(issue.path.map(String).join('.'), issue.message);
    })
    .transform((form): RecordInvolvementInput => recordInvolvementInputSchema.parse(candidate(form)));
}

export const raiseFormFields = z.object({ description: z.string() });
export type RaiseFormValues = z.input<typeof raiseFormFields>;

export function makeRaiseFormSchema(childId: string) {
  return raiseFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const parsed = raiseConcernInputSchema.safeParse({ childId, ...form });
      for (const issue of parsed.error?.issues ?? []) report(issue.path.map(String).join('.'), issue.message);
    })
    .transform((form): RaiseConcernInput => raiseConcernInputSchema.parse({ childId, ...form }));
}

export const resolveFormFields = z.object({ resolution: z.string() });
export type ResolveFormValues = z.input<typeof resolveFormFields>;

export function makeResolveFormSchema(concernId: string) {
  return resolveFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const parsed = resolveConcernInputSchema.safeParse({ concernId, ...form });
      for (const issue of parsed.error?.issues ?? []) report(issue.path.map(String).join('.'), issue.message);
    })
    .transform((form): ResolveConcernInput => resolveConcernInputSchema.parse({ concernId, ...form }));
}

/** A field the server names that this form does not have (the ids) is a problem with the whole form. */
export function concernFieldFor(serverPath: string): string {
  return serverPath === 'childId' || serverPath === 'concernId' ? '' : serverPath;
}
