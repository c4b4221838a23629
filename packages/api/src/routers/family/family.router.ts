import {
  acceptInvitationInputSchema,
  familyWithdrawConsentInputSchema,
  inviteFamilyMemberInputSchema,
  saveFamilyViewsInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import {
  acceptInvitation,
  confirmConsentOnline,
  describeInvitation,
  familyEpisode,
  familyHome,
  familyWhoLooked,
  inviteFamilyMember,
  listInvitations,
  revokeInvitation,
  saveFamilyViews,
  withdrawConsentAsFamily,
} from '../../services/family';
import { procedureWith, publicProcedure, router } from '../../trpc';
import {
  acceptInvitationOutput,
  familyConfirmConsentInput,
  familyEpisodeOutput,
  familyHomeOutput,
  familyWhoLookedOutput,
  invitationOutput,
  invitationsOutput,
  invitationTokenInput,
  inviteOutput,
  revokeInvitationInput,
  saveFamilyViewsOutput,
} from './family.types';

const episodeId = z.uuid();

/**
 * Family accounts and the family view (screen 6). Practitioners invite ('family:invite');
 * the invitation page and setting a password are public (the link is the credential); all the
 * rest is the family's own ('family:view-own'), and each episode is opened through the access
 * policy, which lets a family member see only the children they are party to (SH-1).
 */
export const familyRouter = router({
  invite: procedureWith('family:invite')
    .input(inviteFamilyMemberInputSchema)
    .output(inviteOutput)
    .mutation(({ ctx, input }) => inviteFamilyMember(ctx, input)),
  invitations: procedureWith('family:invite')
    .input(z.object({ episodeId }))
    .output(invitationsOutput)
    .query(({ ctx, input }) => listInvitations(ctx, input)),
  revokeInvitation: procedureWith('family:invite')
    .input(revokeInvitationInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input)),

  invitation: publicProcedure
    .input(invitationTokenInput)
    .output(invitationOutput)
    .query(({ ctx, input }) => describeInvitation(ctx, input)),
  acceptInvitation: publicProcedure
    .input(acceptInvitationInputSchema)
    .output(acceptInvitationOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),

  home: procedureWith('family:view-own')
    .output(familyHomeOutput)
    .query(({ ctx }) => familyHome(ctx)),
  episode: procedureWith('family:view-own')
    .input(z.object({ episodeId }))
    .output(familyEpisodeOutput)
    .query(({ ctx, input }) => familyEpisode(ctx, input)),
  whoLooked: procedureWith('family:view-own')
    .input(z.object({ episodeId, before: z.int().positive().optional() }))
    .output(familyWhoLookedOutput)
    .query(({ ctx, input }) => familyWhoLooked(ctx, input)),
  saveViews: procedureWith('family:view-own')
    .input(saveFamilyViewsInputSchema)
    .output(saveFamilyViewsOutput)
    .mutation(({ ctx, input }) => saveFamilyViews(ctx, input)),
  confirmConsent: procedureWith('family:view-own')
    .input(familyConfirmConsentInput)
    .mutation(({ ctx, input }) => confirmConsentOnline(ctx, input)),
  withdrawConsent: procedureWith('family:view-own')
    .input(familyWithdrawConsentInputSchema)
    .mutation(({ ctx, input }) => withdrawConsentAsFamily(ctx, input)),
});
