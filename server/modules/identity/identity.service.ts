import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { Actor, RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { permissionsFor, type Action, type Role } from '../../http/policy';
import { hashToken, newToken } from '../../lib/ids';
import { readCache } from '../../lib/read-cache';
import { recordAudit } from '../privacy/privacy.service';
import { burnVerifyTime, hashPassword, verifyPassword } from './identity.password';
import * as repo from './identity.repo';
import {
  afterFailure,
  isLocked,
  normaliseEmail,
  passwordProblem,
  sessionExpiry,
  shouldTouchSession,
} from './identity.rules';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string | null;
  partner: { id: string; slug: string; name: string };
  permissions: Action[];
}

export function toUserView(u: repo.UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    role: u.role as Role,
    locale: u.locale,
    partner: { id: u.partner_id, slug: u.partner_slug, name: u.partner_name },
    permissions: permissionsFor(u.role as Role),
  };
}

export async function signIn(
  deps: Deps,
  ctx: RequestContext,
  input: { email: string; password: string; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date; user: UserView }> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  const user = await repo.findUserByEmail(deps.db, email);
  const fail = (detail: Record<string, unknown>) =>
    recordAudit(deps.db, ctx, {
      action: 'auth.sign-in-failed',
      entity: 'user',
      entityId: user?.id ?? null,
      detail: { email, ...detail },
    });
  if (!user || user.disabled) {
    await burnVerifyTime(input.password);
    await fail({ reason: user ? 'disabled' : 'unknown' });
    throw new AppError('invalid_credentials');
  }
  if (isLocked(user.locked_until, now)) {
    await fail({ reason: 'locked' });
    const retry = Math.ceil(((user.locked_until?.getTime() ?? 0) - now.getTime()) / 1000);
    throw new AppError('account_locked', `Too many failed attempts; try again in ${Math.ceil(retry / 60)} minutes`, {
      headers: { 'retry-after': String(retry) },
    });
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const next = afterFailure(
      user.failed_attempts,
      deps.config.SIGN_IN_MAX_FAILURES,
      deps.config.SIGN_IN_LOCK_MINUTES,
      now,
    );
    await repo.recordFailure(deps.db, user.id, next.failedAttempts, next.lockedUntil);
    await fail({ reason: 'password', locked: next.lockedUntil !== null });
    throw new AppError('invalid_credentials');
  }
  const token = newToken();
  const expiresAt = sessionExpiry(now, deps.config.SESSION_TTL_HOURS);
  await inTransaction(deps.db, async (trx) => {
    await repo.clearFailures(trx, user.id);
    await repo.insertSession(trx, {
      token_hash: hashToken(token),
      user_id: user.id,
      expires_at: expiresAt,
      ip: ctx.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    });
    const actorCtx = {
      ...ctx,
      actor: { userId: user.id, email: user.email, role: user.role as Role, partnerId: user.partner_id },
    };
    await recordAudit(trx, actorCtx, {
      action: 'auth.sign-in',
      entity: 'user',
      entityId: user.id,
      partnerId: user.partner_id,
    });
  });
  return { token, expiresAt, user: toUserView(user) };
}

export async function signOut(deps: Deps, ctx: RequestContext, token: string): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    await repo.deleteSession(trx, hashToken(token));
    sessionCache(deps).delete(hashToken(token));
    await recordAudit(trx, ctx, { action: 'auth.sign-out', entity: 'user', entityId: ctx.actor?.userId ?? null });
  });
}

interface CachedSession {
  actor: Actor | null;
  expiresAt: number;
}

const sessionCache = (deps: Deps) =>
  readCache<CachedSession>(deps.config, 'sessions', deps.config.SESSION_CACHE_SECONDS);

/**
 * The actor behind a session token, or null when the token is unknown, expired or its user disabled.
 * Resolved sessions are trusted for SESSION_CACHE_SECONDS; sign-out and password changes in this process drop them at once.
 */
export async function resolveSession(deps: Deps, token: string): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const cached = await sessionCache(deps).get(tokenHash, async () => {
    const s = await repo.findSession(deps.db, tokenHash);
    const now = new Date();
    if (!s || s.disabled) return { actor: null, expiresAt: 0 };
    if (shouldTouchSession(s.last_seen_at, now)) await repo.touchSession(deps.db, tokenHash, now);
    const actor: Actor = { userId: s.user_id, email: s.email, role: s.role as Role, partnerId: s.partner_id };
    return { actor, expiresAt: s.expires_at.getTime() };
  });
  return cached.expiresAt > Date.now() ? cached.actor : null;
}

function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

export async function getMe(deps: Deps, ctx: RequestContext): Promise<UserView> {
  const user = await repo.findUserById(deps.db, requireActor(ctx).userId);
  if (!user) throw new AppError('unauthenticated');
  return toUserView(user);
}

export async function updateMe(
  deps: Deps,
  ctx: RequestContext,
  patch: { displayName?: string | undefined; locale?: string | null | undefined },
): Promise<UserView> {
  const actor = requireActor(ctx);
  await inTransaction(deps.db, async (trx) => {
    await repo.updateUser(trx, actor.userId, {
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'user.update-profile',
      entity: 'user',
      entityId: actor.userId,
      detail: { fields: Object.keys(patch) },
    });
  });
  return getMe(deps, ctx);
}

export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string; sessionToken: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword)))
    throw new AppError('invalid_credentials', 'The current password is wrong');
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem)
    throw new AppError('weak_password', `The new password is too weak: ${problem}`, {
      errors: [{ path: 'body.newPassword', message: problem }],
    });
  const hash = await hashPassword(input.newPassword);
  await inTransaction(deps.db, async (trx) => {
    await repo.updateUser(trx, actor.userId, { password_hash: hash });
    await repo.deleteOtherSessions(trx, actor.userId, hashToken(input.sessionToken));
    sessionCache(deps).deleteWhere((c) => c.actor?.userId === actor.userId);
    await recordAudit(trx, ctx, { action: 'user.change-password', entity: 'user', entityId: actor.userId });
  });
}
