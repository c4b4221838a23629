import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { appErrorOf, isSignedOutError } from '../lib/errors';

/**
 * One QueryClient for the app. `onSignedOut` runs when any request finds the session gone
 * (SESSION_EXPIRED / NOT_SIGNED_IN), so the app can send the user to sign in again.
 */
export function createQueryClient(onSignedOut: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isSignedOutError(error)) onSignedOut(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSignedOutError(error)) onSignedOut(error);
      },
    }),
    defaultOptions: {
      queries: {
        // Every read of a child's record is audited: no background refetches nobody asked for.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The server's refusals are final; only a network failure is worth one more try.
        retry: (failureCount, error) => appErrorOf(error) === null && failureCount < 1,
      },
      mutations: { retry: false },
    },
  });
}
