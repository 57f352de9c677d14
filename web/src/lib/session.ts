import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, isApiError, send, sendJson } from './api';
import { idSchema, partnerRefSchema } from './schemas';

export const roles = [
  'programme_admin',
  'work_package_lead',
  'caseworker',
  'community_researcher',
  'partner_member',
  'enterprise_member',
  'employer',
  'viewer',
] as const;

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  // Kept as a string so a role added on the server does not break sign-in; unknown roles show as-is.
  role: z.string(),
  locale: z.string().nullable(),
  partner: partnerRefSchema,
  permissions: z.array(z.string()),
});

export type SessionUser = z.infer<typeof userSchema>;

export const userEnvelopeSchema = z.object({ user: userSchema });

export const sessionQueryKey = ['session'] as const;

/** The signed-in user, or null when there is no session (the server answers 401). */
export async function fetchSession(): Promise<SessionUser | null> {
  try {
    return (await getJson('/api/v1/auth/me', userEnvelopeSchema)).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** Like useSession, for components rendered only inside the signed-in layout. */
export function useSignedInUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInUser used outside the signed-in layout');
  return data;
}

export function can(user: SessionUser | null | undefined, permission: string): boolean {
  return user?.permissions.includes(permission) ?? false;
}

export type SessionPatch = { displayName?: string; locale?: string | null };

/** PATCH /auth/me; used by the profile page and by the language switcher when signed in. */
export async function updateSession(patch: SessionPatch): Promise<SessionUser> {
  return (await sendJson('PATCH', '/api/v1/auth/me', patch, userEnvelopeSchema)).user;
}

/** Ends the session on the server; the caller clears cached data and fetches a new CSRF token. */
export async function signOut(): Promise<void> {
  await send('POST', '/api/v1/auth/sign-out');
}
