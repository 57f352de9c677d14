import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { getPartner, type PartnerView } from '../identity/identity.directory.service';
import { findAreaId } from '../places/places.service';
import * as assetsRepo from './assets.repo';

/**
 * Turning the slugs and ids a request names into rows, for opportunities and micro-assets:
 * a reference to something that does not exist is a 422 naming the field.
 */

const unknown = (path: string, what: string, value: string) =>
  new AppError('unprocessable', `${what} ${value} does not exist`, {
    errors: [{ path, message: `unknown ${what.toLowerCase()}` }],
  });

export async function partnerRef(deps: Deps, idOrSlug: string, path: string): Promise<PartnerView> {
  try {
    return await getPartner(deps, idOrSlug);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw unknown(path, 'Partner', idOrSlug);
    throw err;
  }
}

export async function areaRef(deps: Deps, slug: string, path: string): Promise<string> {
  const id = await findAreaId(deps, slug);
  if (!id) throw unknown(path, 'Area', slug);
  return id;
}

export async function macroAssetRef(deps: Deps, idOrSlug: string, path: string) {
  const row = await assetsRepo.findMacroAsset(deps.db, idOrSlug, isUuid(idOrSlug));
  if (!row) throw unknown(path, 'Macro-asset', idOrSlug);
  return row;
}

/**
 * The partner a record is filed under. Staff file for their own partner; roles that see every partner
 * for `action` may name another. The system (seeding, CLI) must name one, or fall back to `fallback`.
 */
export async function owningPartner(
  deps: Deps,
  ctx: RequestContext,
  action: Action,
  requested: string | undefined,
  fallback?: string,
): Promise<string> {
  if (!ctx.actor) {
    const named = requested ?? fallback;
    if (!named)
      throw new AppError('validation_failed', 'partner is required', {
        errors: [{ path: 'body.partner', message: 'is required' }],
      });
    return (await partnerRef(deps, named, 'body.partner')).id;
  }
  if (!requested) return ctx.actor.partnerId;
  const partner = await partnerRef(deps, requested, 'body.partner');
  if (!inScope(partnerScope(ctx.actor, action), partner.id))
    throw new AppError('forbidden', 'You can only file records under your own partner');
  return partner.id;
}
