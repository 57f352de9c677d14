import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import { toMicroAssetView, type MicroAssetView } from './micro-assets.mappers';
import {
  invalid,
  ownerColumns,
  placeAndTerms,
  type MicroAssetPatch,
  type NewMicroAsset,
} from './micro-assets.input.service';
import * as repo from './micro-assets.repo';
import { canSeeMicroAsset, isPartnerRole, kindProblem, type OwnerType, type Viewer } from './micro-assets.rules';
import { changedColumns } from './opportunities.rules';
import { areaRef } from './refs.service';

export type { MicroAssetView };
export type { MicroAssetPatch, NewMicroAsset, Owner } from './micro-assets.input.service';

export interface MicroAssetFilters {
  category?: string | undefined;
  kind?: string | undefined;
  area?: string | undefined;
  occupation?: string | undefined;
  owner?: string | undefined;
}

function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.actor) return { role: 'system', partnerId: '', allPartners: true };
  const scope = partnerScope(ctx.actor, 'micro-assets.read');
  return { role: ctx.actor.role, partnerId: ctx.actor.partnerId, allPartners: scope.kind === 'all' };
}

export async function listMicroAssets(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.MicroAssetSort> & MicroAssetFilters,
): Promise<Page<MicroAssetView>> {
  const viewer = viewerOf(ctx);
  const reach: repo.MicroAssetReach = viewer.allPartners
    ? { kind: 'all' }
    : { kind: 'scoped', partnerId: viewer.partnerId, partnerRole: isPartnerRole(viewer.role) };
  const areaId = query.area ? await areaRef(deps, query.area, 'querystring.area').catch(() => null) : undefined;
  if (areaId === null)
    throw new AppError('validation_failed', `area: unknown area ${query.area}`, {
      errors: [{ path: 'querystring.area', message: 'unknown area' }],
    });
  const filter = { ...query, areaId };
  const { items, total } = await repo.listMicroAssets(deps.db, reach, filter, query);
  return { items: items.map(toMicroAssetView), page: query.page, pageSize: query.pageSize, total };
}

/** The row, or the one it was merged into (merges may chain), so old links keep working. */
async function liveRow(deps: Deps, id: string): Promise<repo.MicroAssetRow | undefined> {
  let row = isUuid(id) ? await repo.findMicroAsset(deps.db, id) : undefined;
  for (let hops = 0; row?.merged_into_id && hops < 10; hops++)
    row = await repo.findMicroAsset(deps.db, row.merged_into_id);
  return row?.merged_into_id ? undefined : row;
}

/** A micro-asset the caller may see; anything else is 404, so ids cannot be probed. */
async function visibleRow(deps: Deps, ctx: RequestContext, id: string): Promise<repo.MicroAssetRow> {
  const row = await liveRow(deps, id);
  const asset = row && {
    partnerId: row.partner_id,
    ownerType: row.owner_type,
    visibility: row.visibility,
    sensitive: row.sensitive,
  };
  if (!row || !asset || !canSeeMicroAsset(viewerOf(ctx), asset)) throw notFound('Micro-asset');
  return row;
}

/** One micro-asset; reading a sensitive one is audited. */
export async function getMicroAsset(deps: Deps, ctx: RequestContext, id: string): Promise<MicroAssetView> {
  const row = await visibleRow(deps, ctx, id);
  if (row.sensitive)
    await recordAudit(deps.db, ctx, {
      action: 'micro-asset.read',
      entity: 'micro_asset',
      entityId: row.id,
      partnerId: row.partner_id,
      detail: { sensitive: true },
    });
  return toMicroAssetView(row);
}

export async function createMicroAsset(deps: Deps, ctx: RequestContext, input: NewMicroAsset): Promise<{ id: string }> {
  const kind = kindProblem(input.category, input.kind);
  if (kind) throw invalid('kind', kind);
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const owner = await ownerColumns(d, ctx, input);
    const c = await placeAndTerms(d, input.owner.type, owner.ownerAreaId, input);
    const { id } = await repo.insertMicroAsset(trx, {
      partner_id: owner.partnerId,
      category: input.category,
      kind: input.kind,
      name: input.name,
      description: input.description ?? '',
      occupation_code: c.occupation_code ?? null,
      owner_type: input.owner.type,
      resident_id: owner.residentId,
      owner_partner_id: owner.ownerPartnerId,
      area_id: c.area_id !== undefined ? c.area_id : owner.areaId,
      lat: c.lat ?? null,
      lng: c.lng ?? null,
      provenance: input.provenance,
      source_ref: input.sourceRef ?? null,
      visibility: input.owner.type === 'resident' ? 'private' : (input.visibility ?? 'partners'),
      sensitive: input.sensitive ?? false,
    });
    await recordActivity(trx, {
      kind: 'asset',
      partnerId: owner.partnerId,
      subject: { type: 'micro_asset', id },
      // a resident's or a sensitive asset is named in no feed; private ones stay with their partner
      summary:
        input.owner.type === 'resident' || input.sensitive
          ? `New ${input.category} asset recorded`
          : `New ${input.category} asset: ${input.name}`,
      visibility: input.owner.type === 'resident' ? 'partner' : activityVisibility(input.visibility ?? 'partners'),
      actorUserId: ctx.actor?.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'micro-asset.create',
      entity: 'micro_asset',
      entityId: id,
      partnerId: owner.partnerId,
      detail: {
        category: input.category,
        kind: input.kind,
        owner: input.owner.type,
        sensitive: input.sensitive ?? false,
      },
    });
    return { id };
  });
}

export async function updateMicroAsset(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  { updatedAt, ...patch }: MicroAssetPatch & { updatedAt?: string | undefined },
): Promise<MicroAssetView> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    if (updatedAt !== undefined && isUuid(id)) await repo.lockMicroAsset(trx, id);
    const row = await visibleRow(d, ctx, id);
    if (ctx.actor && !inScope(partnerScope(ctx.actor, 'micro-assets.update'), row.partner_id))
      throw new AppError('forbidden', "You can only change your own partner's micro-assets");
    if (updatedAt !== undefined && updatedAt !== row.updated_at.toISOString())
      throw new AppError(
        'conflict',
        `The micro-asset has changed since ${updatedAt} (it was changed at ${row.updated_at.toISOString()}); reload and try again`,
      );
    const kind = kindProblem(patch.category ?? row.category, patch.kind ?? row.kind);
    if (kind) throw invalid(patch.kind ? 'kind' : 'category', kind);
    const ownerType = row.owner_type as OwnerType;
    const c = await placeAndTerms(d, ownerType, ownerType === 'area' ? row.area_id : null, patch);
    const fields = changedColumns(c, row);
    if (fields.length === 0) return toMicroAssetView(row);
    await repo.updateMicroAsset(trx, id, c);
    await recordAudit(trx, ctx, {
      action: 'micro-asset.update',
      entity: 'micro_asset',
      entityId: id,
      partnerId: row.partner_id,
      detail: { fields: [...fields].sort() },
    });
    return toMicroAssetView((await repo.findMicroAsset(trx, id))!);
  });
}

/** An asset's visibility as the activity feed's: a private asset's event stays with its partner. */
const activityVisibility = (v: string) => (v === 'public' ? 'public' : v === 'private' ? 'partner' : 'partners');
