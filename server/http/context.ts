import type { Role } from './policy';

/** Who is acting, from where: passed from routes to services, and into the audit log. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  partnerId: string;
}

export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
}

/** The context for the CLI and seeding: a system actor with no user row. */
export const systemContext: RequestContext = { actor: null, ip: null, requestId: null };
