import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { landingFor } from '../features/family/plain-words';
import { signInPath } from '../lib/return-to';
import { useTRPC } from '../lib/trpc';
import { PageLoading } from './PageLoading';

/** Pages inside need a signed-in user; anyone else goes to sign in and comes back after. */
export function RequireSignIn() {
  const trpc = useTRPC();
  const location = useLocation();
  const me = useQuery(trpc.auth.me.queryOptions());

  if (me.isPending) return <PageLoading />;
  if (me.isError || !me.data.user) {
    const expired = me.data?.sessionProblem === 'SESSION_EXPIRED';
    return <Navigate to={signInPath(location.pathname, expired ? 'signed-out' : undefined)} replace />;
  }
  // A family member's home is the family view, not My work.
  const landing = landingFor(me.data.user.role, location.pathname);
  if (landing !== location.pathname) return <Navigate to={landing} replace />;
  return <Outlet />;
}
