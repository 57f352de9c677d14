import { useMutation } from '@tanstack/react-query';
import { refreshCsrfToken, send } from '../../../lib/api';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await send('POST', '/api/v1/auth/password', input);
}

export function useChangePassword() {
  return useMutation({
    mutationFn: changePassword,
    // The server may rotate the session on a password change; take a token that matches it.
    onSuccess: () =>
      refreshCsrfToken().then(
        () => undefined,
        () => undefined,
      ),
  });
}
