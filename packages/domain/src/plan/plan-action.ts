import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from '../errors/app-error';

/**
 * PL-1: the delivery plan's actions. Each has a need, an owner (a member of the Team Around the
 * Child or of the family), a due date and a status. LP-4: the owner of an action updates its
 * status and progress; the lead professional manages the whole plan.
 */

export const actionStatuses = ['not_started', 'in_progress', 'done', 'no_longer_needed'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  no_longer_needed: 'No longer needed',
};

/** Open actions are the ones a review asks about and the ones that can be overdue. */
export function isOpenAction(status: ActionStatus): boolean {
  return status === 'not_started' || status === 'in_progress';
}

/** PL-1: overdue is open and due before today (due today is not yet overdue). */
export function isOverdue(action: { status: ActionStatus; dueOn: string }, today: string): boolean {
  return isOpenAction(action.status) && action.dueOn < today;
}

const isoDate = (message: string) => z.string().trim().refine(isIsoDate, { error: message });

/** Who is responsible: a practitioner (user), a person on the child record, or the child themself. */
export const actionOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.enum(['user', 'person']), id: z.uuid(), name: z.string().trim().min(1).max(200) }),
    z.strictObject({ kind: z.literal('child'), name: z.string().trim().min(1).max(200) }),
  ],
  { error: 'Choose who is responsible' },
);
export type ActionOwner = z.output<typeof actionOwnerSchema>;

const actionFields = {
  need: z.string().trim().min(1, { error: 'Enter the need this action addresses' }).max(500),
  action: z.string().trim().min(1, { error: 'Enter the action' }).max(2000),
  desiredOutcome: z.string().trim().max(2000).default(''),
  owner: actionOwnerSchema,
  dueOn: isoDate('Enter a real due date'),
};

export const addPlanActionInputSchema = z.object({ episodeId: z.uuid(), ...actionFields });
export type AddPlanActionInput = z.input<typeof addPlanActionInputSchema>;
export type AddPlanActionData = z.output<typeof addPlanActionInputSchema>;

/**
 * An update of one action. The owner sends status and note only; the lead professional may also
 * change the action itself. `baseRevision` is the revision the user saw (CF-7 style conflicts).
 */
export const updatePlanActionInputSchema = z.object({
  episodeId: z.uuid(),
  actionId: z.uuid(),
  baseRevision: z.int().min(0),
  status: z.enum(actionStatuses, { error: 'Select the status of the action' }),
  note: z.string().trim().min(1, { error: 'Enter a progress note' }).max(5000),
  changes: z
    .object({
      need: actionFields.need.optional(),
      action: actionFields.action.optional(),
      desiredOutcome: z.string().trim().max(2000).optional(),
      owner: actionOwnerSchema.optional(),
      dueOn: actionFields.dueOn.optional(),
    })
    .optional(),
});
export type UpdatePlanActionInput = z.input<typeof updatePlanActionInputSchema>;
export type UpdatePlanActionData = z.output<typeof updatePlanActionInputSchema>;

/** The form for an owner's progress update (the web form; the API adds the ids). */
export const actionProgressFormSchema = z.object({
  status: z.enum(actionStatuses, { error: 'Select the status of the action' }),
  note: z.string().trim().min(1, { error: 'Enter a progress note' }).max(5000),
});

export type ActionUpdateDecision =
  | { allowed: true; as: 'lead' | 'owner' }
  | { allowed: false; reason: 'FORBIDDEN'; message: string };

/**
 * LP-4: who may update this action. The lead professional (or whoever coordinates the plan)
 * changes anything; the practitioner who owns it changes its status and adds a progress note;
 * nobody else does.
 */
export function canUpdateAction(input: {
  viewerId: string;
  coordinates: boolean;
  action: { ownerKind: 'user' | 'person' | 'child'; ownerUserId: string | null };
  changesTheAction: boolean;
}): ActionUpdateDecision {
  if (input.coordinates) return { allowed: true, as: 'lead' };
  const owns = input.action.ownerKind === 'user' && input.action.ownerUserId === input.viewerId;
  if (!owns) {
    return {
      allowed: false,
      reason: 'FORBIDDEN',
      message: 'Only the owner of this action or the lead professional can update it.',
    };
  }
  if (input.changesTheAction) {
    return {
      allowed: false,
      reason: 'FORBIDDEN',
      message: 'You can update the status and progress of your action. Ask the lead professional to change the action.',
    };
  }
  return { allowed: true, as: 'owner' };
}

/** A due date in the past is allowed for a recorded action, but not when one is added or changed. */
export function checkActionDueDate(dueOn: string | undefined, today: string): FieldErrors {
  if (dueOn === undefined) return {};
  if (dueOn < today) return { dueOn: 'The due date must be today or in the future' };
  return {};
}

export type PlanActionDraft = {
  need: string;
  action: string;
  desiredOutcome: string;
  owner: ActionOwner;
  dueOn: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Section 10's agreed actions as plan actions. Items without an action, an owner or a valid due
 * date are left out (CF-5 refuses completion without them, so this only drops blank items).
 * A missing need is recorded as "General" so distance travelled has something to score.
 */
export function planActionsFromConclusions(conclusions: unknown): PlanActionDraft[] {
  if (!isRecord(conclusions) || !Array.isArray(conclusions.agreedActions)) return [];
  const out: PlanActionDraft[] = [];
  for (const item of conclusions.agreedActions) {
    if (!isRecord(item)) continue;
    const owner = actionOwnerSchema.safeParse(item.owner);
    const action = typeof item.action === 'string' ? item.action.trim() : '';
    const dueOn = typeof item.dueDate === 'string' ? item.dueDate.trim() : '';
    if (!owner.success || action === '' || !isIsoDate(dueOn)) continue;
    const need = typeof item.need === 'string' && item.need.trim() !== '' ? item.need.trim() : 'General';
    const desiredOutcome = typeof item.desiredOutcome === 'string' ? item.desiredOutcome.trim() : '';
    out.push({ need, action, desiredOutcome, owner: owner.data, dueOn });
  }
  return out;
}

/** The first review date of section 10, when it is a real date. */
export function firstReviewDateOf(conclusions: unknown): string | null {
  if (!isRecord(conclusions) || typeof conclusions.firstReviewDate !== 'string') return null;
  const date = conclusions.firstReviewDate.trim();
  return isIsoDate(date) ? date : null;
}

/** A key that says whether two actions are the same agreed action (for later versions). */
export function agreedActionKey(a: { need: string; action: string }): string {
  return `${a.need.trim().toLowerCase()}\u0000${a.action.trim().toLowerCase()}`;
}

/** The plan's needs, in the order they first appear: each is scored at every review (PL-2). */
export function needsOfPlan(actions: readonly { need: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of actions) {
    if (!seen.has(a.need)) {
      seen.add(a.need);
      out.push(a.need);
    }
  }
  return out;
}
