import type { AppRouter } from '@ecaf/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../lib/trpc';

/** What `sharing.get` answers: consent to share, its history, the team, shares without consent. */
export type SharingView = inferOutput<TRPCOptionsProxy<AppRouter>['sharing']['get']>;
export type ConsentToShareRecordView = SharingView['consent']['history'][number];
export type TeamMemberView = SharingView['team'][number];

export function useSharing(episodeId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.sharing.get.queryOptions({ episodeId }));
}

/** After a change: the sharing pages and the episode page (which shows consent to share) read again. */
export function useRefreshSharing() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.sharing.pathFilter()),
      queryClient.invalidateQueries(trpc.assessment.pathFilter()),
    ]);
}

/** The record that stands (CO-6), or null when none has been recorded. */
export function standingRecord(view: SharingView): ConsentToShareRecordView | null {
  return view.consent.history.find((record) => record.standing) ?? null;
}

/** What a page is told when it opens straight after a change was saved elsewhere. */
export type SharingNotice = { notice: string };

export function noticeFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return null;
}
