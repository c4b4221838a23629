import {
  type ConsentCapacity,
  type ConsentGivenBy,
  checkConsentToAssess,
  childAgeForConsent,
  type DateParts,
  dateParts,
  datePartsError,
  expectedConsentCapacity,
  partsToIsoDate,
  type RecordConsentToAssessInput,
  recordConsentToAssessInputSchema,
  whoMayConsent,
} from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from './report-once';

export type ConsentChild = { isUnborn: boolean; dateOfBirth: string | null };

export type ConsentGiverRecord = {
  personId: string;
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
};

/** The radio value that means "the child or young person themself". */
export const CHILD_GIVER = 'child';

export type OfferedGiver =
  | { kind: 'person'; value: string; name: string; relationship: string }
  | { kind: 'child'; value: typeof CHILD_GIVER; capacity: ConsentCapacity; needsCompetenceReasons: boolean };

export type ConsentGiverChoices = {
  /** Who the form offers, in the order shown: people with parental responsibility, then the child. */
  offered: OfferedGiver[];
  /** Recorded people who may not consent, each with the reason (shown so nobody wonders where they went). */
  notOffered: { personId: string; name: string; relationship: string; reason: string }[];
  /** Why the child cannot consent themself (under 12, unborn), or null when they can. */
  childCannotConsent: string | null;
};

/**
 * CO-2 before the user runs into it: which of the recorded people, and whether the child, may
 * give consent, decided by the domain's `whoMayConsent` for the child's age.
 */
export function consentGiverChoices(
  givers: readonly ConsentGiverRecord[],
  childAgeYears: number | null,
): ConsentGiverChoices {
  const offered: OfferedGiver[] = [];
  const notOffered: ConsentGiverChoices['notOffered'] = [];
  for (const giver of givers) {
    const decision = whoMayConsent({
      childAgeYears,
      giver: { kind: 'person', parentalResponsibility: giver.parentalResponsibility },
    });
    const { personId, name, relationship } = giver;
    if (decision.allowed) offered.push({ kind: 'person', value: personId, name, relationship });
    else {
      const reason = giver.parentalResponsibility
        ? 'parental responsibility ends when a child turns 18'
        : 'not recorded as having parental responsibility';
      notOffered.push({ personId, name, relationship, reason });
    }
  }
  // Could the child consent, given reasons for a competence judgement where one is needed?
  const child = whoMayConsent({ childAgeYears, giver: { kind: 'child' }, competenceReasons: 'judged competent' });
  if (child.allowed) {
    const capacity = expectedConsentCapacity(childAgeYears, 'child');
    offered.push({
      kind: 'child',
      value: CHILD_GIVER,
      capacity,
      needsCompetenceReasons: capacity === 'young_person_judged_competent',
    });
  }
  return { offered, notOffered, childCannotConsent: child.allowed ? null : child.message };
}

/** The form as the page holds it: radios start unanswered, the date is three boxes. */
export const consentFormFields = z.object({
  decision: z.string().optional(),
  /** A person's id, or `CHILD_GIVER`. */
  givenBy: z.string().optional(),
  competenceReasons: z.string(),
  date: dateParts,
  method: z.string().optional(),
  whatWasExplained: z.string(),
});
export type ConsentFormValues = z.input<typeof consentFormFields>;

export type ConsentFormContext = {
  episodeId: string;
  child: ConsentChild;
  givers: readonly ConsentGiverRecord[];
  today: () => string;
};

const DATE_NAME = 'The date consent was given';

/** The server's field for a problem, as this form's field: capacity follows from who gave consent. */
export function consentFieldFor(serverPath: string): string {
  const [field = ''] = serverPath.split('.');
  if (field === 'capacity' || field === 'givenBy') return 'givenBy';
  if (field === 'episodeId') return '';
  return field;
}

function givenByFrom(value: string | undefined): ConsentGivenBy | undefined {
  if (value === undefined || value === '') return undefined;
  return value === CHILD_GIVER ? { kind: 'child' } : { kind: 'person', personId: value };
}

/**
 * What the form would send: the capacity is not asked but follows from who gave consent and the
 * child's age on that date (CO-2); reasons are kept only where a competence judgement is needed.
 */
function candidate(form: z.output<typeof consentFormFields>, context: ConsentFormContext) {
  const date = partsToIsoDate(form.date);
  const givenBy = givenByFrom(form.givenBy);
  const childAgeYears = childAgeForConsent(context.child, date ?? context.today());
  const capacity = givenBy ? expectedConsentCapacity(childAgeYears, givenBy.kind) : undefined;
  return {
    childAgeYears,
    input: {
      episodeId: context.episodeId,
      decision: form.decision,
      givenBy,
      capacity,
      competenceReasons: capacity === 'young_person_judged_competent' ? form.competenceReasons : '',
      // A blank date gets the domain's 'Enter the date…'; a part-filled one the GOV.UK message below.
      date: date ?? (datePartsError(form.date, DATE_NAME) === null ? '' : 'invalid'),
      method: form.method,
      whatWasExplained: form.whatWasExplained,
    },
  };
}

/**
 * The consent form's schema: every problem the server would find (CO-1, CO-2 and the date not
 * in the future) found here first by the domain's own schema and rules, all at once. Its output
 * is the API's input, which the server checks again.
 */
export function makeConsentFormSchema(context: ConsentFormContext) {
  return consentFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const partsProblem = datePartsError(form.date, DATE_NAME);
      if (partsProblem) report('date', partsProblem);

      const { input, childAgeYears } = candidate(form, context);
      // Who may consent (and a date in the future), whatever else is missing, once we know who gave it.
      let mayNotConsent = false;
      if (input.givenBy && input.capacity) {
        const { givenBy } = input;
        const giver =
          givenBy.kind === 'person' ? context.givers.find((g) => g.personId === givenBy.personId) : undefined;
        const errors = checkConsentToAssess(
          { givenBy, capacity: input.capacity, competenceReasons: input.competenceReasons.trim(), date: input.date },
          {
            today: context.today(),
            childAgeYears,
            giverHasParentalResponsibility: giver?.parentalResponsibility ?? false,
          },
        );
        mayNotConsent = errors.givenBy !== undefined;
        for (const [field, message] of Object.entries(errors)) report(consentFieldFor(field), message);
      }
      const parsed = recordConsentToAssessInputSchema.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) {
        const field = consentFieldFor(issue.path.map(String).join('.'));
        // Reasons for a competence judgement mean nothing for someone who may not consent at all.
        if (!(mayNotConsent && field === 'competenceReasons')) report(field, issue.message);
      }
    })
    .transform(
      (form): RecordConsentToAssessInput => recordConsentToAssessInputSchema.parse(candidate(form, context).input),
    );
}

const emptyDate: DateParts = { day: '', month: '', year: '' };

export function emptyConsentForm(): ConsentFormValues {
  return {
    decision: undefined,
    givenBy: undefined,
    competenceReasons: '',
    date: { ...emptyDate },
    method: undefined,
    whatWasExplained: '',
  };
}
