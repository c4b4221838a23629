import { childSearchInputSchema, registerChildInputSchema } from '@ecaf/domain';
import { z } from 'zod';
import { registerChild, searchChildren, viewChild } from '../../services/children';
import { procedureWith, router } from '../../trpc';

export const childrenRouter = router({
  search: procedureWith('child-index:search')
    .input(childSearchInputSchema)
    .query(({ ctx, input }) => searchChildren(ctx, input.query)),
  get: procedureWith('child:view')
    .input(z.object({ childId: z.uuid() }))
    .query(({ ctx, input }) => viewChild(ctx, input.childId)),
  register: procedureWith('child:register')
    .input(registerChildInputSchema)
    .mutation(({ ctx, input }) => registerChild(ctx, input)),
});
