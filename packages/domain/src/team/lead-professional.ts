import { z } from 'zod';
import type { EpisodeStatus } from '../episode/start-episode';
import type { Decision } from '../errors/app-error';

/**
 * LP-1 to LP-3: who may become the lead professional, when, and how the role passes on.
 *
 * Who is eligible (LP-1 "a practitioner member of the team"): a practitioner on the Team Around
 * the Child under consent, or the assessor or a co-assessor (they are added to the team when
 * assigned, so the rule holds). A practitioner who joined on a share without consent (CO-7) is
 * not eligible: the lead professional reads the whole record, and the share gave them only part.
 */

export type LeadCandidate = {
  userId: string;
  /** How they are related to the episode now. */
  relation: 'team_consent' | 'team_without_consent' | 'assessor' | 'co_assessor';
};

export type LeadProfessionalSnapshot = {
  episodeStatus: EpisodeStatus;
  /** Whether a version of the assessment has been completed (LP-1). */
  hasCompletedVersion: boolean;
  /** The current lead professional, or null. */
  currentLeadUserId: string | null;
  /** Everyone related to the episode who could be chosen, with how they are related. */
  candidates: readonly LeadCandidate[];
};

export type LeadProfessionalRefusal =
  | 'NOT_COMPLETED'
  | 'EPISODE_CLOSED'
  | 'ALREADY_ASSIGNED'
  | 'NO_LEAD_PROFESSIONAL'
  | 'NOT_ON_TEAM'
  | 'SAME_PERSON'
  | 'HANDOVER_NOTE_REQUIRED'
  | 'FAMILY_VIEW_REQUIRED';

export const leadProfessionalRules = {
  notCompleted: 'You can assign a lead professional once the assessment is completed.',
  closed: 'This CAF is closed. Reopen it before changing the lead professional.',
  notOnTeam:
    'The lead professional must be a practitioner in the team (or the assessor or a co-assessor). Add them to the team first.',
  withoutConsent:
    'This practitioner joined the team on a share without consent, so they see only what was shared. They cannot be the lead professional.',
  familyView: "Enter the family's view on who should be the lead professional",
  handoverNote: 'Enter a handover note for the new lead professional',
} as const;

/** Whether a person may be chosen as lead professional (LP-1), with the reason shown beside them when not. */
export function leadEligibility(candidate: LeadCandidate | undefined): Decision<'NOT_ON_TEAM'> {
  if (!candidate) return { allowed: false, reason: 'NOT_ON_TEAM', message: leadProfessionalRules.notOnTeam };
  if (candidate.relation === 'team_without_consent') {
    return { allowed: false, reason: 'NOT_ON_TEAM', message: leadProfessionalRules.withoutConsent };
  }
  return { allowed: true };
}

/** LP-1: the episode is ready for a lead professional: a completed version, not closed. */
export function leadProfessionalReady(
  snapshot: Pick<LeadProfessionalSnapshot, 'episodeStatus' | 'hasCompletedVersion'>,
): Decision<'NOT_COMPLETED' | 'EPISODE_CLOSED'> {
  if (snapshot.episodeStatus === 'closed') {
    return { allowed: false, reason: 'EPISODE_CLOSED', message: leadProfessionalRules.closed };
  }
  if (!snapshot.hasCompletedVersion) {
    return { allowed: false, reason: 'NOT_COMPLETED', message: leadProfessionalRules.notCompleted };
  }
  return { allowed: true };
}

/**
 * LP-1, LP-2: the first lead professional. One at a time: when one exists, the role is handed
 * over instead (LP-3), so the history records why it changed.
 */
export function canAssignLeadProfessional(
  snapshot: LeadProfessionalSnapshot,
  input: { userId: string; familyView: string },
): Decision<LeadProfessionalRefusal> {
  const ready = leadProfessionalReady(snapshot);
  if (!ready.allowed) return ready;
  if (snapshot.currentLeadUserId !== null) {
    return {
      allowed: false,
      reason: 'ALREADY_ASSIGNED',
      message: 'This CAF already has a lead professional. Hand the role over to change it.',
    };
  }
  if (input.familyView.trim() === '') {
    return { allowed: false, reason: 'FAMILY_VIEW_REQUIRED', message: leadProfessionalRules.familyView };
  }
  return leadEligibility(snapshot.candidates.find((c) => c.userId === input.userId));
}

/**
 * LP-3: the role passes from the current lead professional to another eligible member, with a
 * note of what was handed over, and the family's view asked again (LP-2: every assignment).
 */
export function canHandOverLeadProfessional(
  snapshot: LeadProfessionalSnapshot,
  input: { toUserId: string; note: string; familyView: string },
): Decision<LeadProfessionalRefusal> {
  if (snapshot.episodeStatus === 'closed') {
    return { allowed: false, reason: 'EPISODE_CLOSED', message: leadProfessionalRules.closed };
  }
  if (snapshot.currentLeadUserId === null) {
    return {
      allowed: false,
      reason: 'NO_LEAD_PROFESSIONAL',
      message: 'This CAF has no lead professional to hand over from. Assign one instead.',
    };
  }
  if (input.toUserId === snapshot.currentLeadUserId) {
    return {
      allowed: false,
      reason: 'SAME_PERSON',
      message: 'Choose a different practitioner from the current lead professional.',
    };
  }
  if (input.note.trim() === '') {
    return { allowed: false, reason: 'HANDOVER_NOTE_REQUIRED', message: leadProfessionalRules.handoverNote };
  }
  if (input.familyView.trim() === '') {
    return { allowed: false, reason: 'FAMILY_VIEW_REQUIRED', message: leadProfessionalRules.familyView };
  }
  return leadEligibility(snapshot.candidates.find((c) => c.userId === input.toUserId));
}

/** LP-3: the current lead professional cannot leave, or be removed from, the team until handed over. */
export function canLeaveTeam(input: {
  userId: string;
  currentLeadUserId: string | null;
}): Decision<'HANDOVER_REQUIRED'> {
  if (input.currentLeadUserId !== null && input.userId === input.currentLeadUserId) {
    return {
      allowed: false,
      reason: 'HANDOVER_REQUIRED',
      message:
        'The lead professional cannot leave the team until the role is handed over to another member of the team.',
    };
  }
  return { allowed: true };
}

const requiredText = (message: string) => z.string().trim().min(1, message).max(4000);

export const assignLeadProfessionalInputSchema = z.object({
  episodeId: z.uuid(),
  userId: z.uuid('Choose who will be the lead professional'),
  familyView: requiredText(leadProfessionalRules.familyView),
});
export type AssignLeadProfessionalInput = z.output<typeof assignLeadProfessionalInputSchema>;

export const handOverLeadProfessionalInputSchema = z.object({
  episodeId: z.uuid(),
  toUserId: z.uuid('Choose who the role is handed over to'),
  note: requiredText(leadProfessionalRules.handoverNote),
  familyView: requiredText(leadProfessionalRules.familyView),
});
export type HandOverLeadProfessionalInput = z.output<typeof handOverLeadProfessionalInputSchema>;
