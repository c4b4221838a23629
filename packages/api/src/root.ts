import { assessmentRouter } from './routers/assessment/assessment.router';
import { authRouter } from './routers/auth/auth.router';
import { childrenRouter } from './routers/children/children.router';
import { episodesRouter } from './routers/episodes/episodes.router';
import { familyRouter } from './routers/family/family.router';
import { sharingRouter } from './routers/sharing/sharing.router';
import { workRouter } from './routers/work/work.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  assessment: assessmentRouter,
  auth: authRouter,
  children: childrenRouter,
  episodes: episodesRouter,
  family: familyRouter,
  sharing: sharingRouter,
  work: workRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
