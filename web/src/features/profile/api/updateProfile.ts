import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey, updateSession } from '../../../lib/session';

/** Saves display name and preferred language; the session cache takes the server's answer. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSession,
    onSuccess: (user) => queryClient.setQueryData(sessionQueryKey, user),
  });
}
