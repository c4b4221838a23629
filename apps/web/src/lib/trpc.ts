import type { AppRouter } from '@ecaf/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** The server refuses state-changing requests without this header (CSRF). */
export const CLIENT_HEADER = 'x-ecaf-request';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // tRPC puts query input in the URL by default; names and dates of birth must never be
        // in a URL (logs, history, proxies), so every call is a POST with a JSON body.
        methodOverride: 'POST',
        headers: () => ({ [CLIENT_HEADER]: '1' }),
        fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
