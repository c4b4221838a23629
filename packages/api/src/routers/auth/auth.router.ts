import { signInInputSchema } from '@ecaf/domain';
import { signIn, signOut } from '../../services/auth';
import { publicProcedure, router, signedInProcedure } from '../../trpc';

export const authRouter = router({
  /** Who is signed in, or null: the SPA's guard. Never an error, so the sign-in page can load. */
  me: publicProcedure.query(({ ctx }) => {
    if (!ctx.user) return { user: null, sessionProblem: ctx.sessionProblem };
    const { id, name, email, role, organisationName, authorityName, jobTitle } = ctx.user;
    return { user: { id, name, email, role, organisationName, authorityName, jobTitle }, sessionProblem: null };
  }),
  signIn: publicProcedure.input(signInInputSchema).mutation(({ ctx, input }) => signIn(ctx, input)),
  signOut: signedInProcedure.mutation(({ ctx }) => signOut(ctx)),
});
