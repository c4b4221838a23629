import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useLeadProfessional(episodeId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.leadProfessional.get.queryOptions({ episodeId }));
}

/** After a change of lead professional or team: every page that shows them reads again. */
export function useRefreshTeam() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.leadProfessional.pathFilter()),
      queryClient.invalidateQueries(trpc.team.pathFilter()),
      queryClient.invalidateQueries(trpc.sharing.pathFilter()),
      queryClient.invalidateQueries(trpc.assessment.pathFilter()),
    ]);
}
