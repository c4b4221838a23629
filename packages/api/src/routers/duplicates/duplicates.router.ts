import { z } from 'zod';
import {
  decideNotDuplicate,
  duplicatePairDetail,
  duplicatesOverview,
  getDuplicateReviewProgress,
  listPairs,
  mergeChildren,
  startDuplicateReview,
  undoMerge,
} from '../../services/duplicates';
import { procedureWith, router } from '../../trpc';
import {
  duplicatePairOutput,
  duplicatePairsInput,
  duplicatePairsOutput,
  duplicateReviewRunOutput,
  duplicatesOverviewOutput,
  mergeInput,
  notDuplicateInput,
  undoMergeInput,
} from './duplicates.types';

/** CH-2: managers only ('duplicates:review'), their own authority only; every read and decision audited. */
export const duplicatesRouter = router({
  overview: procedureWith('duplicates:review')
    .output(duplicatesOverviewOutput)
    .query(({ ctx }) => duplicatesOverview(ctx)),
  start: procedureWith('duplicates:review')
    .output(z.object({ runId: z.uuid() }))
    .mutation(({ ctx }) => startDuplicateReview(ctx)),
  run: procedureWith('duplicates:review')
    .input(z.object({ runId: z.uuid() }))
    .output(duplicateReviewRunOutput)
    .query(({ ctx, input }) => getDuplicateReviewProgress(ctx, input.runId)),
  pairs: procedureWith('duplicates:review')
    .input(duplicatePairsInput)
    .output(duplicatePairsOutput)
    .query(({ ctx, input }) => listPairs(ctx, input)),
  pair: procedureWith('duplicates:review')
    .input(z.object({ pairId: z.uuid() }))
    .output(duplicatePairOutput)
    .query(({ ctx, input }) => duplicatePairDetail(ctx, input.pairId)),
  merge: procedureWith('duplicates:review')
    .input(mergeInput)
    .output(z.object({ mergeId: z.uuid(), survivorId: z.uuid() }))
    .mutation(({ ctx, input }) => mergeChildren(ctx, input)),
  notDuplicate: procedureWith('duplicates:review')
    .input(notDuplicateInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => decideNotDuplicate(ctx, input)),
  undoMerge: procedureWith('duplicates:review')
    .input(undoMergeInput)
    .output(z.object({ ok: z.literal(true), mergedId: z.uuid() }))
    .mutation(({ ctx, input }) => undoMerge(ctx, input)),
});
