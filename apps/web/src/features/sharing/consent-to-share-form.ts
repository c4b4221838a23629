import {
  type ConfirmConsentToShareInput,
  type ConsentGivenBy,
  type CorrectConsentToShareInput,
  checkConsentToShareDates,
  childAgeForConsent,
  confirmConsentToShareInputSchema,
  correctConsentToShareInputSchema,
  type DateParts,
  dateParts,
  datePartsError,
  isoDateToParts,
  partsToIsoDate,
  type RecordConsentToShareInput,
  recordConsentToShareInputSchema,
  type WithdrawConsentToShareInput,
  whoMayConsent,
  withdrawConsentToShareInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import { CHILD_GIVER, type ConsentChild, consentGiverChoices, type OfferedGiver } from '../consent/consent-form';
import { reportOnce } from '../consent/report-once';

/**
 * The consent to share forms (CO-3 to CO-6): record, correct, confirm and withdraw. Each form's
 * schema finds every problem the server would (the domain's own schema and rules, all at once)
 * and its output is the API's input, which the server checks again.
 */

export { CHILD_GIVER };

/** A parent or carer with parental responsibility, as `sharing.get` lists them. */
export type ShareGiver = { personId: string; name: string; relationship: string };

export type ShareFormContext = {
  episodeId: string;
  child: ConsentChild;
  givers: readonly ShareGiver[];
  today: () => string;
};

/**
 * CO-2 applies to sharing as to assessing: who the form offers on a date. A young person of 12
 * to 15 is offered as the server accepts them: judged competent when they consented to the
 * assessment.
 */
export function shareGiverChoices(givers: readonly ShareGiver[], child: ConsentChild, on: string) {
  const age = childAgeForConsent(child, on);
  const choices = consentGiverChoices(
    givers.map((g) => ({ ...g, parentalResponsibility: true })),
    age,
  );
  return { age, ...choices };
}

export type { OfferedGiver };

function givenByFrom(value: string | undefined): ConsentGivenBy | undefined {
  if (value === undefined || value === '') return undefined;
  return value === CHILD_GIVER ? { kind: 'child' } : { kind: 'person', personId: value };
}

/** The form's radio value for a recorded giver. */
export function giverValue(givenBy: { kind: 'person' | 'child' }, personId: string | null): string | undefined {
  return givenBy.kind === 'child' ? CHILD_GIVER : (personId ?? undefined);
}

/** Why this person may not give (or withdraw) consent on that date, as the server would say it; null when they may. */
export function giverProblem(
  givenBy: ConsentGivenBy | undefined,
  date: string,
  context: Pick<ShareFormContext, 'child' | 'givers'>,
): string | null {
  if (!givenBy) return null;
  if (givenBy.kind === 'person' && !context.givers.some((g) => g.personId === givenBy.personId)) {
    return 'Select a parent or carer of this child';
  }
  const decision = whoMayConsent({
    childAgeYears: childAgeForConsent(context.child, date),
    giver: givenBy.kind === 'person' ? { kind: 'person', parentalResponsibility: true } : { kind: 'child' },
    competenceReasons: givenBy.kind === 'child' ? 'judged competent for the consent to assess' : '',
  });
  return decision.allowed ? null : decision.message;
}

/** Checked organisations: react-hook-form gives an array, or a single value for a single checkbox. */
const organisationIds = z
  .union([z.array(z.string()), z.string(), z.boolean(), z.null()])
  .optional()
  .transform((value): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []));

const DATE_NAME = 'The date consent was given';

/** An ISO date for the API: a blank date gets the domain's 'Enter the date…', a part-filled one the GOV.UK message. */
function isoDateFor(parts: DateParts, name: string): string {
  return partsToIsoDate(parts) ?? (datePartsError(parts, name) === null ? '' : 'invalid');
}

// ---- Record consent to share (CO-3) ----

/**
 * The form as the page holds it. Each scope is a radio; the organisations it names are
 * checkboxes revealed under "only" and under "all except", kept apart so that both lists can
 * sit on the page at once.
 */
export const consentToShareFormFields = z.object({
  /** A person's id, or `CHILD_GIVER`. */
  givenBy: z.string().optional(),
  method: z.string().optional(),
  date: dateParts,
  basicScope: z.string().optional(),
  basicOnly: organisationIds,
  basicExcept: organisationIds,
  additionalScope: z.string().optional(),
  additionalOnly: organisationIds,
  additionalExcept: organisationIds,
  whatWasExplained: z.string(),
});
export type ConsentToShareFormValues = z.input<typeof consentToShareFormFields>;
type ConsentToShareForm = z.output<typeof consentToShareFormFields>;

export function emptyConsentToShareForm(): ConsentToShareFormValues {
  return {
    givenBy: undefined,
    method: undefined,
    date: { day: '', month: '', year: '' },
    basicScope: undefined,
    basicOnly: [],
    basicExcept: [],
    additionalScope: undefined,
    additionalOnly: [],
    additionalExcept: [],
    whatWasExplained: '',
  };
}

type ScopeChoice = { basicScope?: string | undefined; additionalScope?: string | undefined };

/**
 * The form's field for a problem the domain (or the server) reports: a scope's organisations
 * are the checkboxes under the scope chosen.
 */
export function consentToShareFieldFor(serverPath: string, values: ScopeChoice): string {
  const [field = '', part = ''] = serverPath.split('.');
  if (field === 'episodeId' || field === 'consentId') return '';
  if (field === 'givenBy' || field === 'withdrawnBy') return field;
  if (field === 'basicScope' || field === 'additionalScope') {
    if (part !== 'organisationIds') return field;
    const kind = values[field];
    const prefix = field === 'basicScope' ? 'basic' : 'additional';
    return kind === 'all_except' ? `${prefix}Except` : `${prefix}Only`;
  }
  return field;
}

function scopeFrom(kind: string | undefined, only: string[], except: string[]) {
  return { kind, organisationIds: kind === 'only' ? only : kind === 'all_except' ? except : [] };
}

function recordCandidate(form: ConsentToShareForm, context: ShareFormContext) {
  return {
    episodeId: context.episodeId,
    givenBy: givenByFrom(form.givenBy),
    method: form.method,
    date: isoDateFor(form.date, DATE_NAME),
    basicScope: scopeFrom(form.basicScope, form.basicOnly, form.basicExcept),
    additionalScope: scopeFrom(form.additionalScope, form.additionalOnly, form.additionalExcept),
    whatWasExplained: form.whatWasExplained,
  };
}

/** Who gave consent and when: the checks the record and correction forms share. */
function checkGiverAndDate(
  report: (path: string, message: string) => void,
  input: { givenBy: ConsentGivenBy | undefined; date: string },
  datePartsProblem: string | null,
  context: ShareFormContext,
) {
  if (datePartsProblem) report('date', datePartsProblem);
  const on = input.date === '' || input.date === 'invalid' ? context.today() : input.date;
  const problem = giverProblem(input.givenBy, on, context);
  if (problem) report('givenBy', problem);
  for (const [field, message] of Object.entries(
    checkConsentToShareDates({ date: input.date }, { today: context.today() }),
  ))
    report(field, message);
}

export function makeConsentToShareFormSchema(context: ShareFormContext) {
  return consentToShareFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const input = recordCandidate(form, context);
      checkGiverAndDate(report, input, datePartsError(form.date, DATE_NAME), context);
      const parsed = recordConsentToShareInputSchema.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) {
        report(consentToShareFieldFor(issue.path.map(String).join('.'), form), issue.message);
      }
    })
    .transform(
      (form): RecordConsentToShareInput => recordConsentToShareInputSchema.parse(recordCandidate(form, context)),
    );
}

// ---- Correct a record (CO-6) ----

export const correctionFormFields = z.object({
  givenBy: z.string().optional(),
  method: z.string().optional(),
  date: dateParts,
  reason: z.string(),
});
export type CorrectionFormValues = z.input<typeof correctionFormFields>;

/** The correction form starts from the record as it stands, so only what was wrong is changed. */
export function correctionFormFrom(record: {
  givenBy: { kind: 'person' | 'child' };
  givenByPersonId: string | null;
  method: string;
  decidedOn: string;
}): CorrectionFormValues {
  return {
    givenBy: giverValue(record.givenBy, record.givenByPersonId),
    method: record.method,
    date: isoDateToParts(record.decidedOn),
    reason: '',
  };
}

export function makeCorrectionFormSchema(
  context: ShareFormContext & { consentId: string; original: { confirmedOn: string | null } },
) {
  const candidate = (form: z.output<typeof correctionFormFields>) => ({
    episodeId: context.episodeId,
    consentId: context.consentId,
    givenBy: givenByFrom(form.givenBy),
    method: form.method,
    date: isoDateFor(form.date, DATE_NAME),
    reason: form.reason,
  });
  return correctionFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const input = candidate(form);
      checkGiverAndDate(report, input, datePartsError(form.date, DATE_NAME), context);
      const { confirmedOn } = context.original;
      if (confirmedOn !== null && partsToIsoDate(form.date) !== null && input.date > confirmedOn) {
        report('date', 'The date consent was given must be on or before the date it was confirmed');
      }
      const parsed = correctConsentToShareInputSchema.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) {
        report(consentToShareFieldFor(issue.path.map(String).join('.'), {}), issue.message);
      }
    })
    .transform((form): CorrectConsentToShareInput => correctConsentToShareInputSchema.parse(candidate(form)));
}

// ---- Confirm verbal consent (CO-4) ----

export const confirmationFormFields = z.object({ confirmedOn: dateParts });
export type ConfirmationFormValues = z.input<typeof confirmationFormFields>;

const CONFIRMED_NAME = 'The date of confirmation';

export function makeConfirmationFormSchema(context: {
  episodeId: string;
  consentId: string;
  decidedOn: string;
  today: () => string;
}) {
  const candidate = (form: z.output<typeof confirmationFormFields>) => ({
    episodeId: context.episodeId,
    consentId: context.consentId,
    confirmedOn: isoDateFor(form.confirmedOn, CONFIRMED_NAME),
  });
  return confirmationFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const partsProblem = datePartsError(form.confirmedOn, CONFIRMED_NAME);
      if (partsProblem) report('confirmedOn', partsProblem);
      const input = candidate(form);
      const dates = checkConsentToShareDates(
        { confirmedOn: input.confirmedOn },
        { today: context.today(), decidedOn: context.decidedOn },
      );
      for (const [field, message] of Object.entries(dates)) report(field, message);
      const parsed = confirmConsentToShareInputSchema.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) {
        report(consentToShareFieldFor(issue.path.map(String).join('.'), {}), issue.message);
      }
    })
    .transform((form): ConfirmConsentToShareInput => confirmConsentToShareInputSchema.parse(candidate(form)));
}

// ---- Withdrawal recorded on the family's behalf (CO-5) ----

export const withdrawalFormFields = z.object({
  /** A person's id, or `CHILD_GIVER`. */
  withdrawnBy: z.string().optional(),
  reason: z.string(),
});
export type WithdrawalFormValues = z.input<typeof withdrawalFormFields>;

export function makeWithdrawalFormSchema(context: { episodeId: string; consentId: string }) {
  const candidate = (form: z.output<typeof withdrawalFormFields>) => ({
    episodeId: context.episodeId,
    consentId: context.consentId,
    withdrawnBy: givenByFrom(form.withdrawnBy),
    reason: form.reason,
  });
  return withdrawalFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      if (form.withdrawnBy === undefined || form.withdrawnBy === '') {
        report('withdrawnBy', 'Select who withdrew consent');
      }
      const parsed = withdrawConsentToShareInputSchema.safeParse(candidate(form));
      for (const issue of parsed.error?.issues ?? []) {
        report(consentToShareFieldFor(issue.path.map(String).join('.'), {}), issue.message);
      }
    })
    .transform((form): WithdrawConsentToShareInput => withdrawConsentToShareInputSchema.parse(candidate(form)));
}
