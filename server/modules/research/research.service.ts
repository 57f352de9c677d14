import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { Actor, RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isAllowed, type Role } from '../../http/policy';
import { hashToken, isUuid, newToken } from '../../lib/ids';
import { readCache } from '../../lib/read-cache';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './research.repo';

/** Device tokens: how a researcher's phone (ODK Collect) talks OpenRosa without a session. */

export interface DeviceTokenView {
  id: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface IssuedDeviceToken extends DeviceTokenView {
  token: string;
  serverUrl: string;
  /** PNG data URL of ODK Collect's settings QR code (zlib-deflated, base64 JSON) */
  qrCode: string;
  /** the same settings as text, for KoBoCollect and manual entry */
  collectSettings: string;
}

const actorOf = (ctx: RequestContext): Actor => {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
};

const tokenCache = (deps: Deps) =>
  readCache<{ actor: Actor | null }>(deps.config, 'research.device-tokens', deps.config.SESSION_CACHE_SECONDS);

/** The OpenRosa base URL for a token: Collect appends /formList and /submission. */
export const openRosaUrl = (base: string, token: string) => `${base.replace(/\/$/, '')}/openrosa/${token}`;

export async function issueDeviceToken(
  deps: Deps,
  ctx: RequestContext,
  label: string,
  base: string,
): Promise<IssuedDeviceToken> {
  const actor = actorOf(ctx);
  const token = newToken();
  const row = await inTransaction(deps.db, async (trx) => {
    const inserted = await repo.insertDeviceToken(trx, { userId: actor.userId, tokenHash: hashToken(token), label });
    await recordAudit(trx, ctx, {
      action: 'research.device-token.issue',
      entity: 'device_token',
      entityId: inserted.id,
    });
    return inserted;
  });
  const serverUrl = openRosaUrl(deps.config.PUBLIC_URL ?? base, token);
  const settings = {
    general: { server_url: serverUrl, form_update_mode: 'match_exactly' },
    admin: {},
    project: { name: label },
  };
  const collectSettings = deflateSync(Buffer.from(JSON.stringify(settings))).toString('base64');
  return {
    id: row.id,
    label: row.label,
    createdAt: row.created_at.toISOString(),
    revokedAt: null,
    token,
    serverUrl,
    qrCode: await QRCode.toDataURL(collectSettings, { errorCorrectionLevel: 'M', margin: 2 }),
    collectSettings,
  };
}

export async function listDeviceTokens(deps: Deps, ctx: RequestContext): Promise<{ items: DeviceTokenView[] }> {
  const rows = await repo.listDeviceTokens(deps.db, actorOf(ctx).userId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      label: r.label,
      createdAt: r.created_at.toISOString(),
      revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
    })),
  };
}

export async function revokeDeviceToken(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(deps.db, async (trx) => {
    const row = isUuid(id) ? await repo.revokeDeviceToken(trx, actor.userId, id) : undefined;
    if (!row) throw notFound('Device token');
    await recordAudit(trx, ctx, { action: 'research.device-token.revoke', entity: 'device_token', entityId: id });
  });
  tokenCache(deps).clear();
}

/**
 * Who holds a device token, or a 404 when it is unknown, revoked or its user is disabled or no longer
 * allowed to submit (a token in a URL is a path segment: an unknown one is "no such server URL").
 */
export async function deviceActor(deps: Deps, token: string): Promise<Actor> {
  const found = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await tokenCache(deps).get(hashToken(token), async () => {
        const h = await repo.findDeviceHolder(deps.db, hashToken(token));
        if (!h || h.disabled) return { actor: null };
        return { actor: { userId: h.user_id, email: h.email, role: h.role as Role, partnerId: h.partner_id } };
      })
    : { actor: null };
  if (!found.actor || !isAllowed(found.actor, 'research.submissions.create'))
    throw new AppError('not_found', 'This device token is unknown or has been revoked: scan a new QR code');
  return found.actor;
}
