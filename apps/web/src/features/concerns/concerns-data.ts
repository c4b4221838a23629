import type { AppRouter } from '@ecaf/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../lib/trpc';

type Concerns = TRPCOptionsProxy<AppRouter>['concerns'];
export type ConcernsView = inferOutput<Concerns['listForChild']>;
export type ChildConcernView = ConcernsView['concerns'][number];
export type InvolvementView = ConcernsView['involvements'][number];
export type ChronologyView = inferOutput<Concerns['chronology']>;

/** The child's name for a page's caption, and who is working with them and the concerns. */
export function useChildConcerns(childId: string) {
  const trpc = useTRPC();
  const child = useQuery(trpc.children.get.queryOptions({ childId }));
  const concerns = useQuery(trpc.concerns.listForChild.queryOptions({ childId }));
  return { child, concerns };
}

/** After a change: the child page, its concerns and its chronology are read again. */
export function useRefreshConcerns() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.concerns.pathFilter()),
      queryClient.invalidateQueries(trpc.children.get.pathFilter()),
    ]);
  };
}
