import { z } from 'zod';
import { ageOn } from '../child/age';
import { isIsoDate } from '../dates/iso-date';
import type { Decision, FieldErrors } from '../errors/app-error';

/**
 * Consent to assess and store (CO-1) and who may give it (CO-2). Recorded through the consent
 * flow before any assessment content is saved (CF-3); section 11 of the form shows a summary.
 */

export const consentCapacities = [
  'parental_responsibility',
  'young_person_presumed_competent',
  'young_person_judged_competent',
] as const;
export type ConsentCapacity = (typeof consentCapacities)[number];
export const consentCapacityLabels: Record<ConsentCapacity, string> = {
  parental_responsibility: 'Person with parental responsibility',
  young_person_presumed_competent: 'The young person (16 or over, presumed competent)',
  young_person_judged_competent: 'The young person (12 to 15, judged competent)',
};

export const consentMethods = ['written', 'verbal', 'online'] as const;
export type ConsentMethod = (typeof consentMethods)[number];
export const consentMethodLabels: Record<ConsentMethod, string> = {
  written: 'Written',
  verbal: 'Verbal',
  online: 'Online',
};

/** From this age a young person is presumed competent to consent for themselves (CO-2). */
export const PRESUMED_COMPETENT_AGE = 16;
/** From this age a practitioner may judge a young person competent, with reasons (CO-2). */
export const COMPETENCE_JUDGEMENT_AGE = 12;
/** Parental responsibility ends when the child turns 18. */
export const ADULT_AGE = 18;

const tooLong = (what: string, max: number) => `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;

export const consentGivenBySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('person'), personId: z.uuid('Select who gave consent') }),
    z.object({ kind: z.literal('child') }),
  ],
  { error: 'Select who gave consent' },
);
export type ConsentGivenBy = z.output<typeof consentGivenBySchema>;

/**
 * CO-1. Rules that need the child's age, the giver's parental responsibility or today's date
 * are in `checkConsentToAssess`; the schema checks what the record says on its own.
 */
export const consentToAssessSchema = z
  .object({
    givenBy: consentGivenBySchema,
    capacity: z.enum(consentCapacities, 'Select the capacity in which consent was given'),
    competenceReasons: z.string().trim().max(2000, tooLong('Reasons', 2000)).default(''),
    date: z
      .string('Enter the date consent was given')
      .trim()
      .min(1, 'Enter the date consent was given')
      .refine(isIsoDate, 'The date consent was given must be a real date'),
    method: z.enum(consentMethods, 'Select how consent was given'),
    whatWasExplained: z
      .string('Enter what was explained to the person giving consent')
      .trim()
      .min(1, 'Enter what was explained to the person giving consent')
      .max(5000, tooLong('What was explained', 5000)),
  })
  .superRefine((consent, ctx) => {
    const byChild = consent.givenBy.kind === 'child';
    if (byChild && consent.capacity === 'parental_responsibility') {
      ctx.addIssue({
        code: 'custom',
        path: ['capacity'],
        message: 'Select the capacity in which the young person gave consent',
      });
    }
    if (!byChild && consent.capacity !== 'parental_responsibility') {
      ctx.addIssue({
        code: 'custom',
        path: ['capacity'],
        message: 'A parent or carer gives consent as a person with parental responsibility',
      });
    }
    if (consent.capacity === 'young_person_judged_competent' && consent.competenceReasons === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['competenceReasons'],
        message: 'Enter the reasons you judged the young person competent to consent',
      });
    }
  });
export type ConsentToAssess = z.output<typeof consentToAssessSchema>;
export type ConsentToAssessInput = z.input<typeof consentToAssessSchema>;

export type ConsentGiver = { kind: 'person'; parentalResponsibility: boolean } | { kind: 'child' };

export type WhoMayConsentInput = {
  /** Whole years on the date consent was given; null for an unborn baby. */
  childAgeYears: number | null;
  giver: ConsentGiver;
  /** The practitioner's reasons for judging a child of 12 to 15 competent. */
  competenceReasons?: string;
};

export type ConsentRefusal = 'NO_PARENTAL_RESPONSIBILITY' | 'CHILD_TOO_YOUNG' | 'COMPETENCE_NOT_RECORDED';

/**
 * CO-2 Who may consent: a person with parental responsibility (which ends at 18), or the child
 * themself when competent: presumed at 16 and over; from 12 to 15 only with a recorded
 * competence judgement and its reasons; never under 12 or before birth.
 */
export function whoMayConsent({
  childAgeYears,
  giver,
  competenceReasons,
}: WhoMayConsentInput): Decision<ConsentRefusal> {
  if (giver.kind === 'person') {
    if (childAgeYears !== null && childAgeYears >= ADULT_AGE) {
      return {
        allowed: false,
        reason: 'NO_PARENTAL_RESPONSIBILITY',
        message: 'Parental responsibility ends when a child turns 18. Ask the young person for their consent.',
      };
    }
    if (giver.parentalResponsibility) return { allowed: true };
    const ask =
      childAgeYears !== null && childAgeYears >= COMPETENCE_JUDGEMENT_AGE
        ? 'Ask a person with parental responsibility, or the young person if they are competent to consent.'
        : 'Ask a person with parental responsibility.';
    return {
      allowed: false,
      reason: 'NO_PARENTAL_RESPONSIBILITY',
      message: `This person does not have parental responsibility for the child, so they cannot give consent. ${ask}`,
    };
  }

  if (childAgeYears === null) {
    return {
      allowed: false,
      reason: 'CHILD_TOO_YOUNG',
      message: 'Consent for an unborn baby is given by a person with parental responsibility, such as the mother.',
    };
  }
  if (childAgeYears >= PRESUMED_COMPETENT_AGE) return { allowed: true };
  if (childAgeYears >= COMPETENCE_JUDGEMENT_AGE) {
    if ((competenceReasons ?? '').trim() !== '') return { allowed: true };
    return {
      allowed: false,
      reason: 'COMPETENCE_NOT_RECORDED',
      message:
        'A young person aged 12 to 15 can consent only if you judge them competent. Enter the reasons for your judgement.',
    };
  }
  return {
    allowed: false,
    reason: 'CHILD_TOO_YOUNG',
    message: 'A child under 12 cannot give consent themselves. Ask a person with parental responsibility.',
  };
}

/** The capacity a consent record must state for this giver and this child's age. */
export function expectedConsentCapacity(
  childAgeYears: number | null,
  giverKind: ConsentGiver['kind'],
): ConsentCapacity {
  if (giverKind === 'person') return 'parental_responsibility';
  return childAgeYears !== null && childAgeYears >= PRESUMED_COMPETENT_AGE
    ? 'young_person_presumed_competent'
    : 'young_person_judged_competent';
}

export type ConsentCheckContext = {
  today: string;
  /** Whole years on the date consent was given; null for an unborn baby. */
  childAgeYears: number | null;
  /** Whether the person who gave consent is recorded with parental responsibility (ignored for the child). */
  giverHasParentalResponsibility: boolean;
};

/**
 * CO-1 and CO-2 on a parsed consent record, with what the schema cannot know: today's date,
 * the child's age and the giver's parental responsibility. Errors keyed by field; empty when valid.
 */
export function checkConsentToAssess(
  consent: Pick<ConsentToAssess, 'givenBy' | 'capacity' | 'competenceReasons' | 'date'>,
  context: ConsentCheckContext,
): FieldErrors {
  const errors: FieldErrors = {};
  if (isIsoDate(consent.date) && consent.date > context.today) {
    errors.date = 'The date consent was given must be today or in the past';
  }

  const giver: ConsentGiver =
    consent.givenBy.kind === 'person'
      ? { kind: 'person', parentalResponsibility: context.giverHasParentalResponsibility }
      : { kind: 'child' };
  const decision = whoMayConsent({
    childAgeYears: context.childAgeYears,
    giver,
    competenceReasons: consent.competenceReasons,
  });
  if (!decision.allowed) {
    errors[decision.reason === 'COMPETENCE_NOT_RECORDED' ? 'competenceReasons' : 'givenBy'] = decision.message;
    return errors;
  }

  const expected = expectedConsentCapacity(context.childAgeYears, giver.kind);
  if (consent.capacity !== expected) {
    errors.capacity = `Select "${consentCapacityLabels[expected]}" as the capacity`;
  }
  return errors;
}

export type ConsentDecisionRecord = {
  decision: 'given' | 'refused';
  capacity: ConsentCapacity;
  /** ISO date the decision was made. */
  decidedOn: string;
};

export type EffectiveConsent = {
  status: 'given' | 'refused' | 'none';
  /** The record whose decision stands, or null when there is none. */
  standing: ConsentDecisionRecord | null;
  /** A competent young person's decision stands, and a parent's latest decision says otherwise. */
  overridesParent: boolean;
};

function latest(records: readonly ConsentDecisionRecord[]): ConsentDecisionRecord | null {
  // Stable: of records on the same date, the one recorded last wins.
  let found: ConsentDecisionRecord | null = null;
  for (const record of records) if (found === null || record.decidedOn >= found.decidedOn) found = record;
  return found;
}

/**
 * CO-2 "A competent child's decision stands even if the parent disagrees." Records are in the
 * order they were made, each already accepted by `whoMayConsent`, so a young person's capacity
 * means they were competent. If a competent young person has decided, their latest decision
 * stands, whatever any parent decided before or after; otherwise the latest decision of a
 * person with parental responsibility stands. Disagreement between two parents is for the
 * practitioner to resolve with the family, not for this function.
 */
export function effectiveConsent(records: readonly ConsentDecisionRecord[]): EffectiveConsent {
  const child = latest(records.filter((r) => r.capacity !== 'parental_responsibility'));
  const parent = latest(records.filter((r) => r.capacity === 'parental_responsibility'));
  if (child !== null) {
    return {
      status: child.decision,
      standing: child,
      overridesParent: parent !== null && parent.decision !== child.decision,
    };
  }
  if (parent !== null) return { status: parent.decision, standing: parent, overridesParent: false };
  return { status: 'none', standing: null, overridesParent: false };
}

export const consentDecisions = ['given', 'refused'] as const;
export type ConsentDecision = (typeof consentDecisions)[number];

/** What the consent page sends: the record (CO-1) for one episode, given or refused. */
export const recordConsentToAssessInputSchema = z.intersection(
  z.object({
    episodeId: z.uuid(),
    decision: z.enum(consentDecisions, 'Select whether consent was given'),
  }),
  consentToAssessSchema,
);
export type RecordConsentToAssessInput = z.output<typeof recordConsentToAssessInputSchema>;

/**
 * CO-2 counts the child's age in whole years on the date consent was given: null for an unborn
 * baby; a born child whose date of birth is not recorded counts as under 12.
 */
export function childAgeForConsent(
  child: { isUnborn: boolean; dateOfBirth: string | null },
  consentDate: string,
): number | null {
  if (child.isUnborn) return null;
  if (!child.dateOfBirth) return 0;
  return ageOn(child.dateOfBirth, consentDate).years;
}
