import { z } from 'zod';
import {
  type ConsentToShareState,
  consentToShareStatusLabels,
  scopeAllows,
  sharesUnder,
} from '../consent/consent-to-share';
import type { Decision } from '../errors/app-error';

export type AddTeamMemberRefusal = 'OUTSIDE_CONSENT_SCOPE';

/**
 * SH-4: a practitioner joins the Team Around the Child only when the consent to share lets
 * their organisation see basic information, unless a share without consent (CO-7) names them.
 * Otherwise new consent has to be recorded first (CO-3).
 */
export function canAddTeamMember(input: {
  organisationId: string | null;
  organisationName: string;
  consent: ConsentToShareState;
  /** A CO-7 share recorded for this practitioner. */
  sharedWithoutConsent: boolean;
}): Decision<AddTeamMemberRefusal> {
  if (input.sharedWithoutConsent) return { allowed: true };
  const { consent } = input;
  if (!sharesUnder(consent.status)) {
    const why =
      consent.status === 'none'
        ? 'No consent to share has been recorded.'
        : `Consent to share is ${consentToShareStatusLabels[consent.status].toLowerCase()}.`;
    return {
      allowed: false,
      reason: 'OUTSIDE_CONSENT_SCOPE',
      message: `${why} Record the family's consent to share with ${input.organisationName} before adding them to the team.`,
    };
  }
  if (!scopeAllows(consent.basicScope, input.organisationId)) {
    return {
      allowed: false,
      reason: 'OUTSIDE_CONSENT_SCOPE',
      message: `The family's consent does not include ${input.organisationName}. Record new consent that includes them, or record a share without consent if one of its grounds applies.`,
    };
  }
  return { allowed: true };
}

export const addTeamMemberInputSchema = z.object({
  episodeId: z.uuid(),
  userId: z.uuid('Choose a practitioner'),
});
export type AddTeamMemberInput = z.output<typeof addTeamMemberInputSchema>;

export const removeTeamMemberInputSchema = z.object({ episodeId: z.uuid(), userId: z.uuid() });
