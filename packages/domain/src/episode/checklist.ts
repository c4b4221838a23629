import { z } from 'zod';

/**
 * The pre-assessment checklist (caf-form.md): a practitioner's quick look before starting a
 * CAF, whose one essential question is whether the child is at risk of significant harm.
 */

export const checklistAnswers = ['yes', 'no', 'not_sure'] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];

export const checklistQuestions = [
  { id: 'healthy', label: 'Is the child healthy?' },
  { id: 'safeFromHarm', label: 'Is the child safe from harm?' },
  { id: 'learningAndDeveloping', label: 'Is the child learning and developing?' },
  { id: 'positiveImpactOnOthers', label: 'Is the child having a positive impact on others?' },
  { id: 'freeFromPoverty', label: 'Is the child free from the negative impact of poverty?' },
] as const;

export const checklistDecisions = ['start_caf', 'refer_specialist', 'no_further_action'] as const;
export type ChecklistDecision = (typeof checklistDecisions)[number];
export const checklistDecisionLabels: Record<ChecklistDecision, string> = {
  start_caf: 'Start a CAF',
  refer_specialist: 'Refer for a specialist assessment',
  no_further_action: 'No further action',
};

const answer = z.enum(checklistAnswers).optional();

const questions = z.object({
  healthy: answer,
  safeFromHarm: answer,
  learningAndDeveloping: answer,
  positiveImpactOnOthers: answer,
  freeFromPoverty: answer,
  notes: z.string().trim().max(2000, 'Notes must be 2000 characters or fewer').default(''),
});

const immediateConcernMessage =
  'Select yes if there are immediate concerns that the child is suffering or at risk of significant harm';

/**
 * With an immediate concern no decision is asked for: the only route is a safeguarding referral
 * (CF-2). Without one, the practitioner must say what happens next.
 */
export const checklistSchema = z.discriminatedUnion(
  'immediateConcern',
  [
    questions.extend({
      immediateConcern: z.literal('yes'),
      decision: z.enum(checklistDecisions).optional(),
    }),
    questions.extend({
      immediateConcern: z.literal('no'),
      decision: z.enum(checklistDecisions, 'Select what you have decided to do'),
    }),
  ],
  { error: immediateConcernMessage },
);
export type Checklist = z.output<typeof checklistSchema>;
export type ChecklistInput = z.input<typeof checklistSchema>;

export type ChecklistOutcome = ChecklistDecision | 'safeguarding_referral';

/** The part of a checklist the decision depends on; any parsed `Checklist` is one. */
export type ChecklistVerdictInput =
  | { immediateConcern: 'yes'; decision?: ChecklistDecision | undefined }
  | { immediateConcern: 'no'; decision: ChecklistDecision };

/** CF-2 Safeguarding first: an immediate concern overrides whatever was decided. */
export function decideChecklist(checklist: ChecklistVerdictInput): { outcome: ChecklistOutcome } {
  if (checklist.immediateConcern === 'yes') return { outcome: 'safeguarding_referral' };
  return { outcome: checklist.decision };
}

export const startEpisodeInputSchema = z.object({
  childId: z.uuid(),
  checklist: checklistSchema,
});
export type StartEpisodeInput = z.output<typeof startEpisodeInputSchema>;
