import { z } from 'zod';
import { addDaysToIsoDate } from '../dates/iso-date';

/** The manager's dashboard (screen 7): its filters, as the page's form and the procedure read them. */
export const dashboardEpisodeStatuses = ['draft', 'active', 'closed'] as const;

export const dashboardFiltersSchema = z
  .object({
    organisationId: z.uuid('Choose an organisation from the list').nullish(),
    status: z.enum(dashboardEpisodeStatuses, 'Choose a status from the list').nullish(),
    /** Only what is overdue; otherwise what falls due in the next 14 days is listed too. */
    overdueOnly: z.boolean().default(false),
  })
  .default({ overdueOnly: false });
export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;
export type DashboardFiltersInput = z.input<typeof dashboardFiltersSchema>;

/** Lists on the dashboard stop at this many rows; their counts are always exact. */
export const DASHBOARD_LIST_LIMIT = 50;

/** The last date a dated item may fall on to be listed: yesterday when only the overdue are wanted. */
export function dashboardListUntil(today: string, overdueOnly: boolean, dueSoonDays: number): string {
  return overdueOnly ? addDaysToIsoDate(today, -1) : addDaysToIsoDate(today, dueSoonDays);
}
