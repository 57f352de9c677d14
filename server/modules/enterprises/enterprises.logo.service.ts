import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isAllowed } from '../../http/policy';
import { recordAudit } from '../privacy/privacy.service';
import * as changesRepo from './enterprises.changes.repo';
import * as repo from './enterprises.repo';
import { logoTypeOf, maxLogoBytes } from './enterprises.logo.rules';
import { visibleEnterprise } from './enterprises.service';

/** Logos: PNG, JPEG or WebP up to 256 KB, told apart by their bytes (not the name or the declared type). */

export async function uploadLogo(deps: Deps, ctx: RequestContext, id: string, content: Buffer) {
  if (content.length > maxLogoBytes)
    throw new AppError('payload_too_large', `The logo is larger than the ${maxLogoBytes / 1024} KB limit`);
  const type = logoTypeOf(content);
  if (!type)
    throw new AppError('unprocessable', 'The logo must be a PNG, JPEG or WebP image', {
      errors: [{ path: 'body.file', message: 'is not a PNG, JPEG or WebP image' }],
    });
  await inTransaction(deps.db, async (trx) => {
    await visibleEnterprise({ ...deps, db: trx }, ctx, id);
    await changesRepo.putLogo(trx, id, type, content);
    await recordAudit(trx, ctx, { action: 'enterprises.logo', entity: 'enterprise', entityId: id });
  });
  return { id, hasLogo: true, contentType: type, size: content.length };
}

/** A listed entry's logo is public; other logos only to those who may read the entry. */
export async function readLogo(deps: Deps, ctx: RequestContext, id: string) {
  const row = await repo.getEnterprise(deps.db, id);
  if (!row) throw notFound('Logo');
  const listed = row.status === 'approved' && row.listed_publicly;
  if (!listed) {
    const actor = ctx.actor;
    if (!actor || !isAllowed({ role: actor.role, partnerId: actor.partnerId }, 'enterprises.read'))
      throw notFound('Logo');
    await visibleEnterprise(deps, ctx, id);
  }
  const logo = await changesRepo.getLogo(deps.db, id);
  if (!logo) throw notFound('Logo');
  return { type: logo.content_type, content: logo.bytes, listed };
}
