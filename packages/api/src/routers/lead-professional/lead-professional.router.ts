import { assignLeadProfessionalInputSchema, handOverLeadProfessionalInputSchema } from '@ecaf/domain';
import { z } from 'zod';
import {
  assignLeadProfessional,
  getLeadProfessionalPage,
  handOverLeadProfessional,
} from '../../services/lead-professional';
import { procedureWith, router } from '../../trpc';

/** The lead professional (LP-1 to LP-3): who it is, the history, assignment and handover. */
export const leadProfessionalRouter = router({
  get: procedureWith('assessment:view')
    .input(z.object({ episodeId: z.uuid() }))
    .query(({ ctx, input }) => getLeadProfessionalPage(ctx, input)),
  assign: procedureWith('lead-professional:assign')
    .input(assignLeadProfessionalInputSchema)
    .mutation(({ ctx, input }) => assignLeadProfessional(ctx, input)),
  handOver: procedureWith('lead-professional:assign')
    .input(handOverLeadProfessionalInputSchema)
    .mutation(({ ctx, input }) => handOverLeadProfessional(ctx, input)),
});
