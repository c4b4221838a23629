import { dashboardFiltersSchema } from '@ecaf/domain';
import { dashboardOverview } from '../../services/dashboard';
import { procedureWith, router } from '../../trpc';

export const dashboardRouter = router({
  /** Screen 7: managers only ('dashboard:view'), their own authority only; audited. */
  overview: procedureWith('dashboard:view')
    .input(dashboardFiltersSchema)
    .query(({ ctx, input }) => dashboardOverview(ctx, input)),
});
