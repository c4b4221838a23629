import {
  addPlanActionInputSchema,
  closeEpisodeInputSchema,
  recordReviewInputSchema,
  reopenEpisodeInputSchema,
  updatePlanActionInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import { closeEpisode, reopenEpisode } from '../../services/closure';
import { addPlanAction, getPlan, updatePlanAction } from '../../services/plan';
import { recordReview } from '../../services/review';
import { procedureWith, router } from '../../trpc';

/**
 * The delivery plan (PL-1), reviews with distance travelled (PL-2), closure and reopening (PL-3,
 * PL-4). Reading and closing use 'assessment:view' (managers close too); the plan's writes are
 * practitioners' ('assessment:edit'). The access policy decides who, per episode, in the service.
 */
export const planRouter = router({
  get: procedureWith('assessment:view')
    .input(z.object({ episodeId: z.uuid() }))
    .query(({ ctx, input }) => getPlan(ctx, input)),
  addAction: procedureWith('assessment:edit')
    .input(addPlanActionInputSchema)
    .mutation(({ ctx, input }) => addPlanAction(ctx, input)),
  updateAction: procedureWith('assessment:edit')
    .input(updatePlanActionInputSchema)
    .mutation(({ ctx, input }) => updatePlanAction(ctx, input)),
  recordReview: procedureWith('assessment:edit')
    .input(recordReviewInputSchema)
    .mutation(({ ctx, input }) => recordReview(ctx, input)),
  close: procedureWith('assessment:view')
    .input(closeEpisodeInputSchema)
    .mutation(({ ctx, input }) => closeEpisode(ctx, input)),
  reopen: procedureWith('assessment:view')
    .input(reopenEpisodeInputSchema)
    .mutation(({ ctx, input }) => reopenEpisode(ctx, input)),
});
