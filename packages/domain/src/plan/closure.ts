import { z } from 'zod';
import type { FieldErrors } from '../errors/app-error';

/**
 * PL-3: closing needs a reason; only the lead professional (or the assessor before one is
 * assigned) or a manager closes (access policy 'close'). A closed episode is read-only and can
 * be reopened by them, with a reason, unless the child has another open episode (CF-1).
 * PL-4: nothing closes an episode automatically.
 */

export const closureReasons = [
  'needs_met',
  'consent_withdrawn_or_disengaged',
  'moved_area',
  'escalated_to_social_care',
  'age_limit',
  'other',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

export const closureReasonLabels: Record<ClosureReason, string> = {
  needs_met: 'Needs met',
  consent_withdrawn_or_disengaged: 'The family withdrew consent or disengaged',
  moved_area: 'Moved to another area',
  escalated_to_social_care: "Escalated to children's social care",
  age_limit: 'Reached the age limit',
  other: 'Other',
};

export const closeEpisodeInputSchema = z.object({
  episodeId: z.uuid(),
  reason: z.enum(closureReasons, { error: 'Select the reason for closing' }),
  reasonText: z.string().trim().max(2000).default(''),
});
export type CloseEpisodeInput = z.input<typeof closeEpisodeInputSchema>;
export type CloseEpisodeData = z.output<typeof closeEpisodeInputSchema>;

export const reopenEpisodeInputSchema = z.object({
  episodeId: z.uuid(),
  reason: z.string().trim().min(1, { error: 'Enter why the CAF is being reopened' }).max(2000),
});
export type ReopenEpisodeInput = z.input<typeof reopenEpisodeInputSchema>;

type EpisodeStatus = 'draft' | 'active' | 'closed';

export type ClosureDecision =
  | { allowed: true }
  | { allowed: false; reason: 'EPISODE_CLOSED' | 'EPISODE_NOT_CLOSED' | 'EPISODE_ALREADY_OPEN'; message: string };

/** PL-3: the reason's own problems ('other' needs words). */
export function checkClosureReason(input: { reason: ClosureReason | null; reasonText: string }): FieldErrors {
  if (input.reason === null) return { reason: 'Select the reason for closing' };
  if (input.reason === 'other' && input.reasonText.trim() === '') return { reasonText: 'Enter the reason for closing' };
  return {};
}

/** PL-3: a closed episode is read-only: every write to it is refused until it is reopened. */
export function canWriteToEpisode(status: EpisodeStatus): ClosureDecision {
  return status === 'closed'
    ? { allowed: false, reason: 'EPISODE_CLOSED', message: 'This CAF is closed. Reopen it to make changes.' }
    : { allowed: true };
}

export function canClose(status: EpisodeStatus): ClosureDecision {
  return canWriteToEpisode(status);
}

/** PL-3, CF-1: reopening needs a closed episode and no other open episode for the child. */
export function canReopen(input: { status: EpisodeStatus; childHasOtherOpenEpisode: boolean }): ClosureDecision {
  if (input.status !== 'closed') {
    return { allowed: false, reason: 'EPISODE_NOT_CLOSED', message: 'This CAF is not closed.' };
  }
  if (input.childHasOtherOpenEpisode) {
    return {
      allowed: false,
      reason: 'EPISODE_ALREADY_OPEN',
      message: 'This child has another open CAF, so this one cannot be reopened. Contact its lead professional.',
    };
  }
  return { allowed: true };
}

/** The status a reopened episode returns to: active once an assessment was completed. */
export function statusAfterReopening(hasCompletedVersion: boolean): 'draft' | 'active' {
  return hasCompletedVersion ? 'active' : 'draft';
}
