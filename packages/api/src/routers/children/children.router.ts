import { childSearchInputSchema, registerChildInputSchema } from '@ecaf/domain';
import { z } from 'zod';
import { registerChild, searchChildren, viewChild } from '../../services/children';
import { procedureWith, router } from '../../trpc';
import { childSearchOutput, childViewOutput } from './children.types';

export const childrenRouter = router({
  search: procedureWith('child-index:search')
    .input(childSearchInputSchema)
    .output(childSearchOutput)
    .query(({ ctx, input }) => searchChildren(ctx, input.query)),
  get: procedureWith('child:view')
    .input(z.object({ childId: z.uuid() }))
    .output(childViewOutput)
    .query(({ ctx, input }) => viewChild(ctx, input.childId)),
  register: procedureWith('child:register')
    .input(registerChildInputSchema)
    .mutation(({ ctx, input }) => registerChild(ctx, input)),
});
