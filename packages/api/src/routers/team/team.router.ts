import { decideJoinRequestInputSchema, requestToJoinInputSchema, teamFamilyMemberInputSchema } from '@ecaf/domain';
import { z } from 'zod';
import {
  addFamilyMember,
  decideRequest,
  getTeam,
  listRequests,
  removeFamilyMember,
  requestToJoin,
} from '../../services/team';
import { procedureWith, router } from '../../trpc';

const episodeId = z.uuid();

/** The Team Around the Child: its members with dates, family members, requests to join (CF-1, LP-4). */
export const teamRouter = router({
  get: procedureWith('assessment:view')
    .input(z.object({ episodeId }))
    .query(({ ctx, input }) => getTeam(ctx, input)),
  // CF-1: practitioners only, the ones who start CAFs and are told one is already open.
  requestToJoin: procedureWith('episode:start')
    .input(requestToJoinInputSchema)
    .mutation(({ ctx, input }) => requestToJoin(ctx, input)),
  listRequests: procedureWith('sharing:manage')
    .input(z.object({ episodeId }))
    .query(({ ctx, input }) => listRequests(ctx, input)),
  decideRequest: procedureWith('sharing:manage')
    .input(decideJoinRequestInputSchema)
    .mutation(({ ctx, input }) => decideRequest(ctx, input)),
  addFamilyMember: procedureWith('sharing:manage')
    .input(teamFamilyMemberInputSchema)
    .mutation(({ ctx, input }) => addFamilyMember(ctx, input)),
  removeFamilyMember: procedureWith('sharing:manage')
    .input(teamFamilyMemberInputSchema)
    .mutation(({ ctx, input }) => removeFamilyMember(ctx, input)),
});
