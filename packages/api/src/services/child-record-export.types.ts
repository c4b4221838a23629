import {
  additionalScopeKinds,
  consentCapacities,
  consentDecisions,
  consentMethods,
  roles,
  seenAloneValues,
  sharedInformationKinds,
  withoutConsentGrounds,
} from '@ecaf/domain';
import { z } from 'zod';

/**
 * The right of access export (issue 4 item 7, UK GDPR Art. 15): everything eCAF holds about one
 * child, as the JSON file gives it and the PDF prints it. This schema is the documentation of
 * the file and its contract: a field is added under the same `format`, never renamed, removed
 * or given another meaning; anything else is a new format (`ecaf-right-of-access/2`).
 *
 * Conventions: instants are ISO 8601 in UTC (`2026-03-03T10:00:00.000Z`); calendar dates are
 * `YYYY-MM-DD`; codes are the ones eCAF stores (the PDF prints them in words); a value not
 * recorded is `null`. Lists are oldest first. People are named, with their organisation; no
 * account ids, passwords, session data or IP addresses are included.
 */
export const CHILD_RECORD_EXPORT_FORMAT = 'ecaf-right-of-access/1';

const instant = z.string();
const isoDate = z.string();
const yesNoNotKnown = z.enum(['yes', 'no', 'not_known']).nullable();

/** A practitioner, manager or family member as a record names them. */
const actor = z.object({ name: z.string(), jobTitle: z.string().nullable(), organisation: z.string().nullable() });

const givenBy = z.object({
  /** 'person': a parent or carer; 'child': the young person themself. */
  kind: z.enum(['person', 'child']),
  name: z.string(),
});

const scope = z.object({
  kind: z.enum(additionalScopeKinds),
  /** The organisations a scope of 'only' or 'all_except' names. */
  organisations: z.array(z.string()),
});

const presentedSection = z.object({
  sectionId: z.string(),
  /** The form's own numbering: '8.1'. */
  number: z.string(),
  title: z.string(),
  /** Every question of the section with its label; `value` is null when not answered. */
  fields: z.array(z.object({ path: z.string(), label: z.string(), value: z.string().nullable() })),
  /** SH-2: labels of sensitive elements withheld from the reader (always empty for a manager). */
  withheld: z.array(z.string()),
});

const episodeExport = z.object({
  id: z.uuid(),
  /** 'CAF-2026-000123' */
  reference: z.string(),
  status: z.enum(['draft', 'active', 'closed']),
  startedAt: instant,
  closedAt: instant.nullable(),
  assessors: z.array(
    z.object({ name: z.string(), organisation: z.string().nullable(), role: z.enum(['assessor', 'co_assessor']) }),
  ),
  /** CF-6: every version of the assessment, each complete, the first first. */
  versions: z.array(
    z.object({
      number: z.int(),
      status: z.enum(['draft', 'completed']),
      startedAt: instant,
      completedAt: instant.nullable(),
      sections: z.array(presentedSection),
    }),
  ),
  /** CO-1, CO-2: consent to assess and store, given or refused. */
  consentToAssess: z.array(
    z.object({
      id: z.uuid(),
      decision: z.enum(consentDecisions),
      givenBy,
      capacity: z.enum(consentCapacities),
      competenceReasons: z.string(),
      decidedOn: isoDate,
      method: z.enum(consentMethods),
      whatWasExplained: z.string(),
      recordedBy: z.string(),
      recordedAt: instant,
    }),
  ),
  /** CO-3 to CO-6: consent to share, with its scopes, confirmation, withdrawal and corrections. */
  consentToShare: z.array(
    z.object({
      id: z.uuid(),
      /** As it stands on the day of the export. */
      status: z.enum(['active', 'awaiting_confirmation', 'lapsed', 'withdrawn']),
      /** Whether this is the record that decides sharing now (corrections replace what they correct). */
      standing: z.boolean(),
      givenBy,
      method: z.enum(consentMethods),
      decidedOn: isoDate,
      basicScope: scope,
      additionalScope: scope,
      whatWasExplained: z.string(),
      recordedBy: z.string(),
      recordedAt: instant,
      confirmation: z.object({ on: isoDate, by: z.string().nullable(), recordedAt: instant.nullable() }).nullable(),
      withdrawal: z
        .object({
          on: isoDate,
          by: z.string().nullable(),
          recordedBy: z.string().nullable(),
          reason: z.string().nullable(),
        })
        .nullable(),
      /** CO-6: set on a record that corrects an earlier one. */
      correction: z.object({ correctsId: z.uuid(), reason: z.string() }).nullable(),
    }),
  ),
  /** CO-7: information shared without consent, on a recorded ground. */
  sharesWithoutConsent: z.array(
    z.object({
      id: z.uuid(),
      ground: z.enum(withoutConsentGrounds),
      reason: z.string(),
      shared: z.enum(sharedInformationKinds),
      recipient: z.object({ name: z.string(), organisation: z.string() }),
      sharedBy: z.string(),
      sharedAt: instant,
    }),
  ),
  /** CF-4: when the child (or the expectant mother) was seen. */
  childSeen: z.array(
    z.object({
      seenOn: isoDate,
      seenBy: z.string(),
      seenAlone: z.enum(seenAloneValues),
      location: z.string(),
      expectantMother: z.boolean(),
      recordedAt: instant,
    }),
  ),
  /** SH-4: everyone who has been on the Team Around the Child; `leftAt` is null while they are. */
  team: z.array(
    actor.extend({ basis: z.enum(['consent', 'without_consent']), joinedAt: instant, leftAt: instant.nullable() }),
  ),
  /** LP-1 to LP-3: every lead professional, with the family's view asked at assignment. */
  leadProfessionals: z.array(
    actor.extend({
      assignedAt: instant,
      assignedBy: z.string(),
      endedAt: instant.nullable(),
      familyView: z.string(),
    }),
  ),
  /** Invitations to the family view: who was invited, at which address, and what became of it. */
  familyInvitations: z.array(
    z.object({
      invited: z.string(),
      email: z.string(),
      sentAt: instant,
      sentBy: z.string(),
      expiresAt: instant,
      acceptedAt: instant.nullable(),
      revokedAt: instant.nullable(),
    }),
  ),
});

export const childRecordExportSchema = z.object({
  format: z.literal(CHILD_RECORD_EXPORT_FORMAT),
  generatedAt: instant,
  generatedBy: actor.extend({ role: z.enum(roles), authority: z.string() }),
  /** The identifying details held on the child index and the child's page. */
  child: z.object({
    id: z.uuid(),
    name: z.string(),
    givenNames: z.string(),
    familyName: z.string(),
    alsoKnownAs: z.string().nullable(),
    sex: z.enum(['male', 'female', 'unknown', 'prefer_not_to_say']),
    isUnborn: z.boolean(),
    dateOfBirth: isoDate.nullable(),
    expectedDateOfDelivery: isoDate.nullable(),
    motherName: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    telephone: z.string().nullable(),
    ethnicity: z.string().nullable(),
    ethnicityOther: z.string().nullable(),
    firstLanguage: z.string().nullable(),
    parentFirstLanguage: z.string().nullable(),
    interpreterNeeded: z.boolean(),
    disability: yesNoNotKnown,
    disabilityDetails: z.string().nullable(),
    specialRequirements: z.string().nullable(),
    nhsNumber: z.string().nullable(),
    upn: z.string().nullable(),
    schoolName: z.string().nullable(),
    gpPractice: z.string().nullable(),
    religion: z.string().nullable(),
    youngCarer: yesNoNotKnown,
    specialEducationalNeeds: yesNoNotKnown,
    registeredAt: instant,
  }),
  parentsAndCarers: z.array(
    z.object({
      name: z.string(),
      relationship: z.string(),
      parentalResponsibility: z.boolean(),
      address: z.string().nullable(),
      telephone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  /** CF-2: every pre-assessment checklist, including those that did not start a CAF. */
  checklistDecisions: z.array(
    z.object({
      decidedAt: instant,
      decidedBy: z.object({ name: z.string(), organisation: z.string().nullable() }),
      outcome: z.enum(['start_caf', 'refer_specialist', 'no_further_action', 'safeguarding_referral']),
      /** The CAF it started, if any. */
      episodeReference: z.string().nullable(),
      answers: z.array(z.object({ question: z.string(), answer: z.string() })),
    }),
  ),
  /** Every CAF (episode) of the child, the first first. */
  episodes: z.array(episodeExport),
  /**
   * SH-5: every read of the child's record and its CAFs before this export, oldest first. The
   * export itself is recorded as the next entry ('child.exported').
   */
  accessLog: z.array(
    z.object({
      at: instant,
      who: z.string(),
      jobTitle: z.string().nullable(),
      organisation: z.string().nullable(),
      role: z.string().nullable(),
      /** The audit action: 'assessment.viewed', 'assessment.downloaded', 'child.viewed', … */
      action: z.string(),
      /** The action in words: 'Viewed version 2 of CAF-2026-000123'. */
      what: z.string(),
      /** The ground of access as recorded: 'assessor', 'manager', 'team:consent:<consent id>', 'role:practitioner', … */
      ground: z.string().nullable(),
      /** The ground in words. */
      groundDescription: z.string(),
      episodeReference: z.string().nullable(),
    }),
  ),
});
export type ChildRecordExport = z.output<typeof childRecordExportSchema>;
export type ExportedEpisode = ChildRecordExport['episodes'][number];
