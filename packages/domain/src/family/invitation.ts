import { z } from 'zod';
import { COMPETENCE_JUDGEMENT_AGE } from '../consent/consent-to-assess';
import type { Decision } from '../errors/app-error';

/**
 * Family accounts (screen 6). A practitioner invites a parent or carer with parental
 * responsibility, or the young person, from the episode. The invitation is a single-use link,
 * valid for 7 days, that the family member opens to set a password.
 */

export const INVITATION_VALID_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALID_DAYS * DAY_MS);
}

export type InvitationState = { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };
export type InvitationRefusal = 'INVITATION_USED' | 'INVITATION_EXPIRED' | 'INVITATION_REVOKED';

/** Single use, 7 days: a used, withdrawn or expired link does nothing, and says so. */
export function checkInvitation(invitation: InvitationState, now: Date): Decision<InvitationRefusal> {
  if (invitation.acceptedAt !== null) {
    return {
      allowed: false,
      reason: 'INVITATION_USED',
      message: 'This invitation has already been used. Sign in with the password you chose.',
    };
  }
  if (invitation.revokedAt !== null) {
    return {
      allowed: false,
      reason: 'INVITATION_REVOKED',
      message: 'This invitation was withdrawn. Ask the practitioner who invited you for a new one.',
    };
  }
  if (now.getTime() >= invitation.expiresAt.getTime()) {
    return {
      allowed: false,
      reason: 'INVITATION_EXPIRED',
      message: `This invitation has expired: invitations last ${INVITATION_VALID_DAYS} days. Ask the practitioner who invited you for a new one.`,
    };
  }
  return { allowed: true };
}

export type Invitee =
  | { kind: 'person'; parentalResponsibility: boolean; hasAccount: boolean }
  | { kind: 'child'; ageYears: number | null; hasAccount: boolean };

export type InviteeRefusal = 'NOT_PARTY' | 'ALREADY_HAS_ACCOUNT';

/**
 * Who may be given a family account for a child: a parent or carer recorded with parental
 * responsibility, or the young person themself from 12 (the age from which CO-2 lets a young
 * person be judged competent).
 */
export function mayBeInvited(invitee: Invitee): Decision<InviteeRefusal> {
  if (invitee.hasAccount) {
    return {
      allowed: false,
      reason: 'ALREADY_HAS_ACCOUNT',
      message: 'This person already has a family account. They can sign in with it.',
    };
  }
  if (invitee.kind === 'person' && !invitee.parentalResponsibility) {
    return {
      allowed: false,
      reason: 'NOT_PARTY',
      message: 'Only a parent or carer with parental responsibility can be given a family account.',
    };
  }
  if (invitee.kind === 'child' && (invitee.ageYears === null || invitee.ageYears < COMPETENCE_JUDGEMENT_AGE)) {
    return {
      allowed: false,
      reason: 'NOT_PARTY',
      message: `A young person can have their own account from the age of ${COMPETENCE_JUDGEMENT_AGE}.`,
    };
  }
  return { allowed: true };
}

const emailSchema = z
  .string('Enter their email address')
  .trim()
  .toLowerCase()
  .min(1, 'Enter their email address')
  .max(254, 'Enter an email address in the correct format, like name@example.com')
  .pipe(z.email('Enter an email address in the correct format, like name@example.com'));

export const inviteFamilyMemberInputSchema = z.object({
  episodeId: z.uuid(),
  invitee: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('person'), personId: z.uuid('Select who to invite') }),
      z.object({ kind: z.literal('child') }),
    ],
    { error: 'Select who to invite' },
  ),
  email: emailSchema,
});
export type InviteFamilyMemberInput = z.output<typeof inviteFamilyMemberInputSchema>;

/** NCSC guidance: length over complexity rules; long passphrases allowed. */
export const MIN_PASSWORD_LENGTH = 12;

export const acceptInvitationInputSchema = z
  .object({
    token: z.string().min(20).max(200),
    // Not trimmed: spaces may be part of a password.
    password: z
      .string('Enter a password')
      .min(MIN_PASSWORD_LENGTH, `Your password must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(1024, 'Your password must be 1024 characters or fewer'),
    confirmPassword: z.string('Enter your password again'),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });
export type AcceptInvitationInput = z.output<typeof acceptInvitationInputSchema>;
