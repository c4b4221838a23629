import { z } from 'zod';
import type { EpisodeStatus } from '../episode/start-episode';
import type { Decision } from '../errors/app-error';

/**
 * CF-1 "can ask to join the team": a practitioner told that a child already has an open CAF asks
 * its lead professional (or the assessor, before one is assigned) to join the Team Around the
 * Child. Acceptance still obeys SH-4 (canAddTeamMember), checked when the request is decided.
 */

export type JoinRequestRefusal = 'EPISODE_CLOSED' | 'ALREADY_ON_TEAM' | 'ALREADY_REQUESTED';

export function canRequestToJoin(input: {
  episodeStatus: EpisodeStatus;
  /** The requester is already on the team, an assessor, or the lead professional. */
  alreadyInvolved: boolean;
  /** The requester already has a request waiting for a decision. */
  hasPendingRequest: boolean;
}): Decision<JoinRequestRefusal> {
  if (input.episodeStatus === 'closed') {
    return { allowed: false, reason: 'EPISODE_CLOSED', message: 'This CAF is closed, so there is no team to join.' };
  }
  if (input.alreadyInvolved) {
    return { allowed: false, reason: 'ALREADY_ON_TEAM', message: 'You are already working on this CAF.' };
  }
  if (input.hasPendingRequest) {
    return {
      allowed: false,
      reason: 'ALREADY_REQUESTED',
      message: 'You have already asked to join this team. The lead professional has not decided yet.',
    };
  }
  return { allowed: true };
}

export const joinRequestDecisions = ['accepted', 'declined'] as const;
export type JoinRequestDecision = (typeof joinRequestDecisions)[number];

/** A request is decided once; a decline gives the practitioner a reason. */
export function canDecideJoinRequest(input: {
  alreadyDecided: boolean;
  decision: JoinRequestDecision;
  reason: string;
}): Decision<'ALREADY_DECIDED' | 'REASON_REQUIRED'> {
  if (input.alreadyDecided) {
    return { allowed: false, reason: 'ALREADY_DECIDED', message: 'This request has already been decided.' };
  }
  if (input.decision === 'declined' && input.reason.trim() === '') {
    return { allowed: false, reason: 'REASON_REQUIRED', message: 'Enter why you are declining the request' };
  }
  return { allowed: true };
}

export const requestToJoinInputSchema = z.object({
  childId: z.uuid(),
  message: z
    .string()
    .trim()
    .min(1, 'Enter a message saying why you want to join the team')
    .max(2000, 'Message must be 2,000 characters or fewer'),
});
export type RequestToJoinInput = z.output<typeof requestToJoinInputSchema>;

export const decideJoinRequestInputSchema = z
  .object({
    requestId: z.uuid(),
    decision: z.enum(joinRequestDecisions, 'Select whether to accept or decline the request'),
    reason: z.string().trim().max(2000).default(''),
  })
  .refine((v) => v.decision === 'accepted' || v.reason !== '', {
    path: ['reason'],
    message: 'Enter why you are declining the request',
  });
export type DecideJoinRequestInput = z.output<typeof decideJoinRequestInputSchema>;

/** A family member of the team: a parent or carer on the child's record, or the young person. */
export const teamFamilyMemberSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: z.uuid('Choose a parent or carer') }),
  z.object({ kind: z.literal('child') }),
]);
export type TeamFamilyMemberRef = z.output<typeof teamFamilyMemberSchema>;

export const teamFamilyMemberInputSchema = z.object({ episodeId: z.uuid(), member: teamFamilyMemberSchema });
export type TeamFamilyMemberInput = z.output<typeof teamFamilyMemberInputSchema>;
