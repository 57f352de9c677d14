import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshCsrfToken, sendJson } from '../../../lib/api';
import { sessionQueryKey, userEnvelopeSchema, type SessionUser } from '../../../lib/session';

export type SignInInput = { email: string; password: string };

export async function signIn(input: SignInInput): Promise<SessionUser> {
  return (await sendJson('POST', '/api/v1/auth/sign-in', input, userEnvelopeSchema)).user;
}

/** Signs in, then starts from a clean cache with the new session and a CSRF token bound to it. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async (user) => {
      await refreshCsrfToken().catch(() => undefined);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'programme' });
      queryClient.setQueryData(sessionQueryKey, user);
    },
  });
}
