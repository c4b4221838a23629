import type { AppRouter } from '@ecaf/api';
import { useQueryClient } from '@tanstack/react-query';
import type { inferInput, inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../lib/trpc';

type Duplicates = TRPCOptionsProxy<AppRouter>['duplicates'];

/** What the duplicate review's procedures answer (CH-2), named once for the pages. */
export type DuplicatesOverview = inferOutput<Duplicates['overview']>;
export type DuplicateReviewRun = inferOutput<Duplicates['run']>;
export type DuplicatePairs = inferOutput<Duplicates['pairs']>;
export type DuplicatePairListItem = DuplicatePairs['pairs'][number];
export type DuplicatePairView = inferOutput<Duplicates['pair']>;
export type SideBySideChild = DuplicatePairView['a'];
export type RecentMerge = DuplicatesOverview['recentMerges'][number];
export type MergeInput = inferInput<Duplicates['merge']>;
export type NotDuplicateInput = inferInput<Duplicates['notDuplicate']>;
export type UndoMergeInput = inferInput<Duplicates['undoMerge']>;

/**
 * After a decision: the review's pages read again, and so do the child index and the children's
 * pages (a merge hides a record from the index and moves its CAFs), and the dashboard's count.
 */
export function useRefreshAfterDecision() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.duplicates.pathFilter()),
      queryClient.invalidateQueries(trpc.children.pathFilter()),
      queryClient.invalidateQueries(trpc.dashboard.pathFilter()),
    ]);
}

/** What /duplicates is told when it opens straight after a decision made on another page. */
export type DuplicatesNotice = { notice: string };

export function duplicatesNoticeFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return null;
}
