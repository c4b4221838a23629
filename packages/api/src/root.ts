import { assessmentRouter } from './routers/assessment/assessment.router';
import { authRouter } from './routers/auth/auth.router';
import { childrenRouter } from './routers/children/children.router';
import { concernsRouter } from './routers/concerns/concerns.router';
import { dashboardRouter } from './routers/dashboard/dashboard.router';
import { duplicatesRouter } from './routers/duplicates/duplicates.router';
import { episodesRouter } from './routers/episodes/episodes.router';
import { familyRouter } from './routers/family/family.router';
import { leadProfessionalRouter } from './routers/lead-professional/lead-professional.router';
import { planRouter } from './routers/plan/plan.router';
import { sharingRouter } from './routers/sharing/sharing.router';
import { teamRouter } from './routers/team/team.router';
import { workRouter } from './routers/work/work.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  assessment: assessmentRouter,
  auth: authRouter,
  children: childrenRouter,
  concerns: concernsRouter,
  dashboard: dashboardRouter,
  duplicates: duplicatesRouter,
  episodes: episodesRouter,
  family: familyRouter,
  leadProfessional: leadProfessionalRouter,
  plan: planRouter,
  sharing: sharingRouter,
  team: teamRouter,
  work: workRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
