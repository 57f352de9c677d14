import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { sessionQueryKey } from '../lib/session';

/** 4xx answers will not change on retry; network and server errors get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that expires mid-visit: forget the user so the signed-in layout sends them to sign in.
      onError: (error, query) => {
        if (query.queryKey[0] === sessionQueryKey[0]) return;
        if (isApiError(error) && error.status === 401) client.setQueryData(sessionQueryKey, null);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
