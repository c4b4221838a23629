import {
  endInvolvementInputSchema,
  raiseConcernInputSchema,
  recordInvolvementInputSchema,
  resolveConcernInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import { childChronology } from '../../services/chronology';
import { endInvolvement, listForChild, raiseConcern, recordInvolvement, resolveConcern } from '../../services/concerns';
import { procedureWith, router } from '../../trpc';
import { chronologyOutput, concernsForChildOutput } from './concerns.types';

const childInput = z.object({ childId: z.uuid() });

/** Involvement (IN-1), concerns (IN-2) and the child's chronology (screen 4). */
export const concernsRouter = router({
  listForChild: procedureWith('child:view')
    .input(childInput)
    .output(concernsForChildOutput)
    .query(({ ctx, input }) => listForChild(ctx, input)),
  recordInvolvement: procedureWith('involvement:record')
    .input(recordInvolvementInputSchema)
    .mutation(({ ctx, input }) => recordInvolvement(ctx, input)),
  endInvolvement: procedureWith('involvement:record')
    .input(endInvolvementInputSchema)
    .mutation(({ ctx, input }) => endInvolvement(ctx, input)),
  raise: procedureWith('concern:raise')
    .input(raiseConcernInputSchema)
    .mutation(({ ctx, input }) => raiseConcern(ctx, input)),
  resolve: procedureWith('concern:resolve')
    .input(resolveConcernInputSchema)
    .mutation(({ ctx, input }) => resolveConcern(ctx, input)),
  chronology: procedureWith('child:view')
    .input(childInput)
    .output(chronologyOutput)
    .query(({ ctx, input }) => childChronology(ctx, input)),
});
