import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { signInPath } from '../lib/return-to';
import { createApiClient, TRPCProvider } from '../lib/trpc';
import { createQueryClient } from './query-client';
import { createAppRouter } from './routes';

const trpcClient = createApiClient();

const router = createAppRouter();

let sendingToSignIn = false;

const queryClient = createQueryClient(() => {
  // The session ended (idle timeout, signed out elsewhere): send the user to sign in, coming
  // back here afterwards, then forget everything cached about children. Several requests may
  // fail at once; only the first one redirects, and the cache is cleared once the page that
  // made them has gone (clearing earlier would make it ask again, and fail again).
  const { pathname } = router.state.location;
  if (sendingToSignIn || pathname.startsWith('/sign-in')) return;
  sendingToSignIn = true;
  void router.navigate(signInPath(pathname, 'signed-out'), { replace: true }).finally(() => {
    queryClient.clear();
    sendingToSignIn = false;
  });
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
