import { consentCapacities, consentDecisions, consentMethods, seenAloneValues, taskStatuses } from '@ecaf/domain';
import { z } from 'zod';

const versionStatus = z.enum(['draft', 'completed']);
const versionSummary = z.object({
  number: z.int(),
  status: versionStatus,
  startedAt: z.string(),
  completedAt: z.string().nullable(),
});
const sectionContent = z.record(z.string(), z.unknown());

export const assessmentViewOutput = z.object({
  episode: z.object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(['draft', 'active', 'closed']),
    childId: z.uuid(),
  }),
  child: z.object({
    id: z.uuid(),
    name: z.string(),
    isUnborn: z.boolean(),
    dateOfBirth: z.string().nullable(),
    expectedDateOfDelivery: z.string().nullable(),
    nhsNumber: z.string().nullable(),
  }),
  access: z.object({
    ground: z.enum([
      'assessor',
      'co_assessor',
      'lead_professional',
      'manager',
      'family',
      'team_consent',
      'team_without_consent',
    ]),
    /** SH-2: 'hidden' when the reader is outside the additional-information scope. */
    sensitive: z.enum(['shown', 'hidden']),
    canEdit: z.boolean(),
    canShare: z.boolean(),
    canSeeWhoLooked: z.boolean(),
    canManageCoAssessors: z.boolean(),
    canStartReview: z.boolean(),
  }),
  assessors: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      organisation: z.string().nullable(),
      role: z.enum(['assessor', 'co_assessor']),
    }),
  ),
  versions: z.array(versionSummary),
  version: versionSummary.extend({
    sections: z.array(
      z.object({ sectionId: z.string(), content: sectionContent, revision: z.int(), updatedAt: z.string() }),
    ),
    derived: z.record(z.string(), sectionContent),
    /** SH-2: per section, the labels of the sensitive elements withheld from this reader. */
    withheld: z.record(z.string(), z.array(z.string())),
  }),
  taskList: z.array(
    z.object({ sectionId: z.string(), number: z.string(), title: z.string(), status: z.enum(taskStatuses) }),
  ),
  /** CO-3 to CO-5: where consent to share stands today. */
  consentToShare: z.object({
    status: z.enum(['active', 'awaiting_confirmation', 'lapsed', 'withdrawn', 'none']),
  }),
  consent: z.object({
    status: z.enum(['given', 'refused', 'none']),
    overridesParent: z.boolean(),
    history: z.array(
      z.object({
        id: z.uuid(),
        decision: z.enum(consentDecisions),
        givenBy: z.object({ kind: z.enum(['person', 'child']), name: z.string() }),
        capacity: z.enum(consentCapacities),
        competenceReasons: z.string(),
        decidedOn: z.string(),
        method: z.enum(consentMethods),
        whatWasExplained: z.string(),
        recordedBy: z.string(),
        recordedAt: z.string(),
      }),
    ),
  }),
  consentGivers: z.array(
    z.object({ personId: z.uuid(), name: z.string(), relationship: z.string(), parentalResponsibility: z.boolean() }),
  ),
  childSeen: z.object({
    allowed: z.boolean(),
    message: z.string().nullable(),
    records: z.array(
      z.object({
        id: z.uuid(),
        seenOn: z.string(),
        seenBy: z.string(),
        seenAlone: z.enum(seenAloneValues),
        location: z.string(),
        expectantMother: z.boolean(),
      }),
    ),
  }),
  /** CF-5: everything still missing before the draft can be completed; empty when it can be. */
  completion: z.array(z.object({ sectionId: z.string(), field: z.string().optional(), message: z.string() })),
});
export type AssessmentView = z.output<typeof assessmentViewOutput>;

export const saveSectionOutput = z.object({ sectionId: z.string(), revision: z.int(), savedAt: z.string() });

const fieldComparison = z.object({
  path: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  changed: z.boolean(),
});

export const assessmentComparisonOutput = z.object({
  reference: z.string(),
  from: versionSummary,
  to: versionSummary,
  sections: z.array(
    z.object({
      sectionId: z.string(),
      number: z.string(),
      title: z.string(),
      changed: z.boolean(),
      fields: z.array(fieldComparison),
      withheld: z.array(z.string()),
    }),
  ),
});

export const presentedVersionOutput = z.object({
  reference: z.string(),
  childName: z.string(),
  version: versionSummary,
  generatedAt: z.string(),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      number: z.string(),
      title: z.string(),
      fields: z.array(z.object({ path: z.string(), label: z.string(), value: z.string().nullable() })),
      withheld: z.array(z.string()),
    }),
  ),
});
export type PresentedVersion = z.output<typeof presentedVersionOutput>;
