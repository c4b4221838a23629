import { z } from 'zod';
import { addDaysToIsoDate, isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from '../errors/app-error';
import { consentGivenBySchema, consentMethods } from './consent-to-assess';

/**
 * Consent to share (CO-3 to CO-6): which organisations in the Team Around the Child may see the
 * assessment, separately for basic information and for the additional (sensitive) elements.
 * Records are never edited: confirmation and withdrawal are stamped once, and a correction is a
 * new record that names the one it corrects (CO-6), so the original stays in the history.
 */

export const shareScopeKinds = ['all', 'all_except', 'only'] as const;
/** Additional information may also be kept from every service. */
export const additionalScopeKinds = [...shareScopeKinds, 'none'] as const;
export type ShareScopeKind = (typeof additionalScopeKinds)[number];

export type ShareScope = { kind: ShareScopeKind; organisationIds: readonly string[] };

export const shareScopeLabels: Record<ShareScopeKind, string> = {
  all: 'All services in the Team Around the Child',
  all_except: 'All services in the team except the organisations named',
  only: 'Only the organisations named',
  none: 'No services: additional information is not shared',
};

/** CO-3: whether a scope lets an organisation see what it covers. */
export function scopeAllows(scope: ShareScope, organisationId: string | null): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'all_except':
      return organisationId === null || !scope.organisationIds.includes(organisationId);
    case 'only':
      return organisationId !== null && scope.organisationIds.includes(organisationId);
    case 'none':
      return false;
  }
}

/** CO-4: verbal consent must be confirmed in writing, or online by the family, within this many days. */
export const VERBAL_CONFIRMATION_DAYS = 14;

export type ConsentToShareStatus = 'active' | 'awaiting_confirmation' | 'lapsed' | 'withdrawn';

export const consentToShareStatusLabels: Record<ConsentToShareStatus | 'none', string> = {
  active: 'Active',
  awaiting_confirmation: 'Verbal, awaiting written confirmation',
  lapsed: 'Verbal, not confirmed within 14 days',
  withdrawn: 'Withdrawn',
  none: 'Not recorded',
};

export type ConsentToShareRecord = {
  id: string;
  method: (typeof consentMethods)[number];
  /** ISO date consent was given. */
  decidedOn: string;
  basicScope: ShareScope;
  additionalScope: ShareScope;
  confirmedOn: string | null;
  withdrawnOn: string | null;
  /** The record this one corrects (CO-6), or null. */
  correctsId: string | null;
};

export function confirmationDueOn(record: Pick<ConsentToShareRecord, 'decidedOn'>): string {
  return addDaysToIsoDate(record.decidedOn, VERBAL_CONFIRMATION_DAYS);
}

/**
 * CO-4, CO-5. Verbal consent counts while it awaits confirmation. Unconfirmed after 14 days it
 * lapses: nothing is shared under it until it is confirmed ("must be confirmed within 14 days").
 * Withdrawal ends it at once, whatever else is true.
 */
export function consentToShareStatus(record: ConsentToShareRecord, today: string): ConsentToShareStatus {
  if (record.withdrawnOn !== null) return 'withdrawn';
  if (record.method !== 'verbal' || record.confirmedOn !== null) return 'active';
  return today > confirmationDueOn(record) ? 'lapsed' : 'awaiting_confirmation';
}

/** Whether a status lets anything be shared under the consent. */
export function sharesUnder(status: ConsentToShareStatus | 'none'): boolean {
  return status === 'active' || status === 'awaiting_confirmation';
}

/**
 * CO-6: the consent that stands is the newest one given (a record that corrects nothing), as
 * last corrected. Correcting an older consent does not bring it back over a newer one. Records
 * are in the order they were made.
 */
export function standingConsentToShare<T extends Pick<ConsentToShareRecord, 'id' | 'correctsId'>>(
  records: readonly T[],
): T | null {
  const newestGiven = records.findLast((r) => r.correctsId === null);
  if (newestGiven === undefined) return null;
  const correctionOf = new Map(records.filter((r) => r.correctsId !== null).map((r) => [r.correctsId, r]));
  let standing = newestGiven;
  // Each record is corrected at most once; the bound only guards against a malformed cycle.
  for (let i = 0; i < records.length; i++) {
    const correction = correctionOf.get(standing.id);
    if (correction === undefined) break;
    standing = correction;
  }
  return standing;
}

export type ConsentToShareState = {
  status: ConsentToShareStatus | 'none';
  consentId: string | null;
  basicScope: ShareScope;
  additionalScope: ShareScope;
};

const nothingShared: ShareScope = { kind: 'none', organisationIds: [] };

/** What the access policy needs to know about consent to share for one episode, today. */
export function consentToShareState(records: readonly ConsentToShareRecord[], today: string): ConsentToShareState {
  const standing = standingConsentToShare(records);
  if (standing === null) {
    return { status: 'none', consentId: null, basicScope: nothingShared, additionalScope: nothingShared };
  }
  return {
    status: consentToShareStatus(standing, today),
    consentId: standing.id,
    basicScope: standing.basicScope,
    additionalScope: standing.additionalScope,
  };
}

/** A consent record as stored: each scope's kind and organisations in columns side by side. */
export type StoredConsentToShare = Omit<ConsentToShareRecord, 'basicScope' | 'additionalScope'> & {
  basicScope: ShareScopeKind;
  basicOrganisationIds: readonly string[];
  additionalScope: ShareScopeKind;
  additionalOrganisationIds: readonly string[];
};

export function consentToShareRecordOf(row: StoredConsentToShare): ConsentToShareRecord {
  return {
    ...row,
    basicScope: { kind: row.basicScope, organisationIds: row.basicOrganisationIds },
    additionalScope: { kind: row.additionalScope, organisationIds: row.additionalOrganisationIds },
  };
}

/**
 * CO-4: the verbal consent that stands and is not confirmed (awaiting confirmation, or lapsed
 * after 14 days), with its confirm-by date; null when the consent that stands is anything else.
 */
export function unconfirmedVerbalConsent(
  rows: readonly StoredConsentToShare[],
  today: string,
): { id: string; decidedOn: string; dueOn: string; lapsed: boolean } | null {
  const state = consentToShareState(rows.map(consentToShareRecordOf), today);
  const standing = rows.find((r) => r.id === state.consentId);
  if (!standing || (state.status !== 'awaiting_confirmation' && state.status !== 'lapsed')) return null;
  return {
    id: standing.id,
    decidedOn: standing.decidedOn,
    dueOn: confirmationDueOn(standing),
    lapsed: state.status === 'lapsed',
  };
}

// ---- What the pages send ----

const tooLong = (what: string, max: number) => `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;

const isoDateField = (what: string) =>
  z
    .string(`Enter the date ${what}`)
    .trim()
    .min(1, `Enter the date ${what}`)
    .refine(isIsoDate, `The date ${what} must be a real date`);

const organisationIdsSchema = z.array(z.uuid('Choose an organisation from the list')).max(100).default([]);

export const shareScopeSchema = (what: 'basic' | 'additional') =>
  z
    .object({
      kind: z.enum(what === 'basic' ? shareScopeKinds : additionalScopeKinds, {
        error: `Select who may see ${what === 'basic' ? 'basic' : 'additional (sensitive)'} information`,
      }),
      organisationIds: organisationIdsSchema,
    })
    .superRefine((scope, ctx) => {
      if ((scope.kind === 'all_except' || scope.kind === 'only') && scope.organisationIds.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['organisationIds'],
          message:
            scope.kind === 'only'
              ? 'Select the organisations that may see this information'
              : 'Select the organisations that may not see this information',
        });
      }
    })
    .transform((scope) =>
      scope.kind === 'all' || scope.kind === 'none' ? { kind: scope.kind, organisationIds: [] } : scope,
    );

export const recordConsentToShareInputSchema = z.object({
  episodeId: z.uuid(),
  givenBy: consentGivenBySchema,
  method: z.enum(consentMethods, 'Select how consent was given'),
  date: isoDateField('consent was given'),
  basicScope: shareScopeSchema('basic'),
  additionalScope: shareScopeSchema('additional'),
  whatWasExplained: z
    .string('Enter what was explained about sharing')
    .trim()
    .min(1, 'Enter what was explained about sharing')
    .max(5000, tooLong('What was explained', 5000)),
});
export type RecordConsentToShareInput = z.output<typeof recordConsentToShareInputSchema>;
export type RecordConsentToShareFormInput = z.input<typeof recordConsentToShareInputSchema>;

/** CO-4: verbal consent confirmed in writing (a practitioner records it) or online (the family). */
export const confirmConsentToShareInputSchema = z.object({
  episodeId: z.uuid(),
  consentId: z.uuid(),
  confirmedOn: isoDateField('consent was confirmed'),
});
export type ConfirmConsentToShareInput = z.output<typeof confirmConsentToShareInputSchema>;

/** CO-5: recorded by a practitioner on the family's behalf. The family withdraws in the family view. */
export const withdrawConsentToShareInputSchema = z.object({
  episodeId: z.uuid(),
  consentId: z.uuid(),
  withdrawnBy: consentGivenBySchema,
  reason: z.string().trim().max(2000, tooLong('The reason', 2000)).default(''),
});
export type WithdrawConsentToShareInput = z.output<typeof withdrawConsentToShareInputSchema>;

/** CO-6: a wrong date, person or method is corrected with a reason; the scopes are kept. */
export const correctConsentToShareInputSchema = z.object({
  episodeId: z.uuid(),
  consentId: z.uuid(),
  givenBy: consentGivenBySchema,
  method: z.enum(consentMethods, 'Select how consent was given'),
  date: isoDateField('consent was given'),
  reason: z
    .string('Enter why the record is being corrected')
    .trim()
    .min(1, 'Enter why the record is being corrected')
    .max(2000, tooLong('The reason', 2000)),
});
export type CorrectConsentToShareInput = z.output<typeof correctConsentToShareInputSchema>;

/** What the schema cannot check alone: dates against today and against the record they follow. */
export function checkConsentToShareDates(
  input: { date?: string; confirmedOn?: string },
  context: { today: string; decidedOn?: string },
): FieldErrors {
  const errors: FieldErrors = {};
  if (input.date !== undefined && isIsoDate(input.date) && input.date > context.today) {
    errors.date = 'The date consent was given must be today or in the past';
  }
  if (input.confirmedOn !== undefined && isIsoDate(input.confirmedOn)) {
    if (input.confirmedOn > context.today) errors.confirmedOn = 'The date of confirmation must be today or in the past';
    else if (context.decidedOn !== undefined && input.confirmedOn < context.decidedOn) {
      errors.confirmedOn = 'The date of confirmation must be on or after the date consent was given';
    }
  }
  return errors;
}
