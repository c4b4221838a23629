import { z } from 'zod';
import { formatDate } from '../child/age';
import { addDaysToIsoDate, isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from '../errors/app-error';
import { closureReasons } from './closure';
import { actionStatuses } from './plan-action';

/**
 * PL-2: a review records who attended, progress on every open action, distance travelled for
 * every need (0 = needs not met at all, 10 = fully met), the child's and the parent's comments,
 * and either the next review date (within the authority's limit) or a closure (PL-3).
 */

export const attendeeKinds = ['user', 'person', 'child', 'other'] as const;

export const reviewAttendeeSchema = z.object({
  kind: z.enum(attendeeKinds),
  id: z.uuid().nullable().default(null),
  name: z.string().trim().min(1).max(200),
});

export const reviewProgressSchema = z.object({
  actionId: z.uuid(),
  status: z.enum(actionStatuses, { error: 'Select the progress on this action' }),
  note: z.string().trim().max(5000).default(''),
});

export const reviewDistanceSchema = z.object({
  need: z.string().trim().min(1).max(500),
  score: z.int({ error: 'Select a score from 0 to 10' }).min(0).max(10),
});

export const reviewNextSteps = ['next_review', 'close'] as const;

export const recordReviewInputSchema = z.object({
  episodeId: z.uuid(),
  heldOn: z.string().trim().refine(isIsoDate, { error: 'Enter the date the review was held' }),
  attendees: z.array(reviewAttendeeSchema).max(100),
  progress: z.array(reviewProgressSchema).max(200),
  distances: z.array(reviewDistanceSchema).max(200),
  childComments: z.string().trim().max(20_000),
  parentComments: z.string().trim().max(20_000),
  next: z.enum(reviewNextSteps, { error: 'Select what happens next' }),
  nextReviewOn: z.string().trim().max(10).default(''),
  closureReason: z.enum(closureReasons).nullable().default(null),
  closureReasonText: z.string().trim().max(2000).default(''),
});
export type RecordReviewInput = z.input<typeof recordReviewInputSchema>;
export type RecordReviewData = z.output<typeof recordReviewInputSchema>;

export type ReviewContext = {
  today: string;
  /** The authority's limit on the time to the next review (local_authority.reviewLimitWeeks). */
  reviewLimitWeeks: number;
  /** The plan's open actions: each needs progress recorded. */
  openActions: readonly { id: string; action: string }[];
  /** The plan's needs: each needs a distance travelled score. */
  needs: readonly string[];
};

/** PL-2 (and PL-3 for a closure): every problem with a review, keyed by the form's field. */
export function checkReview(input: RecordReviewData, context: ReviewContext): FieldErrors {
  const errors: FieldErrors = {};
  if (input.heldOn > context.today) errors.heldOn = 'The date of the review must be today or in the past';
  if (input.attendees.length === 0) errors.attendees = 'Select who attended the review';

  context.openActions.forEach((action, i) => {
    if (!input.progress.some((p) => p.actionId === action.id)) {
      errors[`progress.${i}.status`] = `Select the progress on "${action.action}"`;
    }
  });
  context.needs.forEach((need, i) => {
    if (!input.distances.some((d) => d.need === need)) {
      errors[`distances.${i}.score`] = `Select a score from 0 to 10 for "${need}"`;
    }
  });
  if (input.distances.some((d) => !context.needs.includes(d.need))) {
    errors.distances = 'Score only the needs in the plan';
  }

  if (input.childComments === '') {
    errors.childComments = "Enter the child's comments, or why they could not be obtained";
  }
  if (input.parentComments === '') {
    errors.parentComments = "Enter the parent's or carer's comments, or why they could not be obtained";
  }

  if (input.next === 'next_review') {
    const problem = nextReviewDateProblem(input.nextReviewOn, input.heldOn, context.reviewLimitWeeks);
    if (problem) errors.nextReviewOn = problem;
  } else {
    if (input.closureReason === null) errors.closureReason = 'Select the reason for closing';
    else if (input.closureReason === 'other' && input.closureReasonText === '') {
      errors.closureReasonText = 'Enter the reason for closing';
    }
  }
  return errors;
}

/** The next review date: after the review, and within the authority's limit of it. */
export function nextReviewDateProblem(nextReviewOn: string, heldOn: string, weeks: number): string | null {
  if (nextReviewOn === '') return 'Enter the date of the next review';
  if (!isIsoDate(nextReviewOn)) return 'The next review date must be a real date';
  if (nextReviewOn <= heldOn) return 'The next review date must be after the date of this review';
  const limit = addDaysToIsoDate(heldOn, weeks * 7);
  if (nextReviewOn > limit) {
    return `The next review must be within ${weeks} weeks of this review, on or before ${formatDate(limit)}`;
  }
  return null;
}

/** PL-4: a review date that has passed is shown as overdue; nothing closes on its own. */
export function reviewDue(
  episode: { status: 'draft' | 'active' | 'closed'; nextReviewOn: string | null },
  today: string,
): { overdue: boolean; status: 'draft' | 'active' | 'closed' } {
  const overdue = episode.status === 'active' && episode.nextReviewOn !== null && episode.nextReviewOn < today;
  return { overdue, status: episode.status };
}
