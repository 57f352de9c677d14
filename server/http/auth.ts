import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './context';
import { AppError } from './errors';
import { isAllowed, isPublic, usesDeviceToken } from './policy';
import { sessionToken } from './session-cookie';

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuthHookOptions {
  resolveSession: (token: string) => Promise<Actor | null>;
  csrfProtection: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => void;
}

/**
 * Runs before the body is parsed: who is calling, may their role take this route's action,
 * and, for writes, does the CSRF token match. Deny by default: a route without a policy is refused.
 */
export function authHook(options: AuthHookOptions) {
  return async function authenticate(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    req.ctx = { actor: null, ip: req.ip ?? null, requestId: String(req.id) };
    if (req.is404) return;
    const action = req.routeOptions.config.policy;
    const token = sessionToken(req);
    if (token) req.ctx.actor = await options.resolveSession(token);
    if (action === undefined) {
      // Only framework routes (docs assets, static files) lack a policy; onRoute refuses any API route without one.
      if (req.url.startsWith('/api/v1')) throw new AppError('forbidden', 'This route has no policy');
      return;
    }
    if (!isPublic(action)) {
      if (!req.ctx.actor) throw new AppError('unauthenticated');
      if (!isAllowed(req.ctx.actor, action))
        throw new AppError('forbidden', `The ${req.ctx.actor.role} role may not do ${action}`);
    }
    if (unsafe.has(req.method) && !usesDeviceToken(action)) {
      await new Promise<void>((resolve, reject) => {
        options.csrfProtection(req, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
    }
  };
}
