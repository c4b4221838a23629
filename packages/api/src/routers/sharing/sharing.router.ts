import {
  addTeamMemberInputSchema,
  confirmConsentToShareInputSchema,
  correctConsentToShareInputSchema,
  practitionerSearchSchema,
  recordConsentToShareInputSchema,
  removeTeamMemberInputSchema,
  shareWithoutConsentInputSchema,
  withdrawConsentToShareInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import {
  addTeamMember,
  confirmConsentToShare,
  correctConsentToShare,
  findTeamCandidates,
  getSharing,
  recordConsentToShare,
  removeTeamMember,
  shareWithoutConsent,
  whoLooked,
  withdrawConsentToShare,
} from '../../services/sharing';
import { procedureWith, router } from '../../trpc';

const episodeId = z.uuid();

/** Consent to share (CO-3 to CO-6), sharing without consent (CO-7), the team (SH-4), reads (SH-5). */
export const sharingRouter = router({
  get: procedureWith('assessment:view')
    .input(z.object({ episodeId }))
    .query(({ ctx, input }) => getSharing(ctx, input)),
  recordConsent: procedureWith('sharing:manage')
    .input(recordConsentToShareInputSchema)
    .mutation(({ ctx, input }) => recordConsentToShare(ctx, input)),
  confirmConsent: procedureWith('sharing:manage')
    .input(confirmConsentToShareInputSchema)
    .mutation(({ ctx, input }) => confirmConsentToShare(ctx, input)),
  withdrawConsent: procedureWith('sharing:manage')
    .input(withdrawConsentToShareInputSchema)
    .mutation(({ ctx, input }) => withdrawConsentToShare(ctx, input)),
  correctConsent: procedureWith('sharing:manage')
    .input(correctConsentToShareInputSchema)
    .mutation(({ ctx, input }) => correctConsentToShare(ctx, input)),
  shareWithoutConsent: procedureWith('sharing:manage')
    .input(shareWithoutConsentInputSchema)
    .mutation(({ ctx, input }) => shareWithoutConsent(ctx, input)),
  findTeamCandidates: procedureWith('sharing:manage')
    .input(practitionerSearchSchema.extend({ episodeId }))
    .query(({ ctx, input }) => findTeamCandidates(ctx, input)),
  addTeamMember: procedureWith('sharing:manage')
    .input(addTeamMemberInputSchema)
    .mutation(({ ctx, input }) => addTeamMember(ctx, input)),
  removeTeamMember: procedureWith('sharing:manage')
    .input(removeTeamMemberInputSchema)
    .mutation(({ ctx, input }) => removeTeamMember(ctx, input)),
  whoLooked: procedureWith('access-log:view')
    .input(z.object({ episodeId, before: z.int().positive().optional() }))
    .query(({ ctx, input }) => whoLooked(ctx, input)),
});
