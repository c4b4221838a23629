import type { AppRouter } from '@ecaf/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../lib/trpc';

/** What `plan.get` answers: the actions, reviews, chart, closure history and what the viewer may do. */
export type PlanView = inferOutput<TRPCOptionsProxy<AppRouter>['plan']['get']>;
export type PlanActionView = PlanView['actions'][number];
export type ReviewView = PlanView['reviews'][number];

export function usePlan(episodeId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.plan.get.queryOptions({ episodeId }));
}

/** After a change: the plan pages, the episode page and the assessment (a review starts a version) read again. */
export function useRefreshPlan() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.plan.pathFilter()),
      queryClient.invalidateQueries(trpc.assessment.pathFilter()),
    ]);
}

/** What a page is told when it opens straight after a change was saved elsewhere. */
export type PlanNotice = { notice: string };

export function planNoticeFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return null;
}
