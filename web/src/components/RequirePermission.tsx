import type { ReactNode } from 'react';
import { can, useSession } from '../lib/session';
import { ForbiddenPage } from './ForbiddenPage';

/** Renders children only when the signed-in user holds the permission; the server still checks every call. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { data: user } = useSession();
  return can(user, permission) ? <>{children}</> : <ForbiddenPage />;
}
