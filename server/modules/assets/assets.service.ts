import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { findSiteId } from '../places/places.service';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './assets.repo';

export interface Phase {
  name: string;
  start: string;
  end: string | null;
}

export interface MacroAssetView {
  id: string;
  slug: string;
  name: string;
  kind: string;
  status: string;
  investmentValue: string | null;
  location: { lat: number; lng: number } | null;
  boundary: unknown;
  group: string | null;
  phases: Phase[];
  description: string;
  owner: { id: string; slug: string; name: string };
}

function toView(r: repo.MacroAssetRow): MacroAssetView {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    status: r.status,
    investmentValue: r.investment_value,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    boundary: r.boundary,
    group: r.group_name,
    phases: r.phases as Phase[],
    description: r.description,
    owner: { id: r.owner_partner_id, slug: r.owner_slug, name: r.owner_name },
  };
}

export async function listMacroAssets(
  deps: Deps,
  query: ListQuery<repo.MacroAssetSort> & { kind?: string | undefined },
): Promise<Page<MacroAssetView>> {
  const { items, total } = await repo.listMacroAssets(deps.db, query);
  return { items: items.map(toView), page: query.page, pageSize: query.pageSize, total };
}

export async function getMacroAsset(deps: Deps, idOrSlug: string): Promise<MacroAssetView> {
  const row = await repo.findMacroAsset(deps.db, idOrSlug, isUuid(idOrSlug));
  if (!row) throw notFound('Macro-asset');
  return toView(row);
}

export interface NewMacroAsset {
  slug: string;
  name: string;
  kind: string;
  owner: string;
  investmentValue: number | string | null;
  status: string;
  location: { lat: number; lng: number } | null;
  boundary: unknown;
  group: string | null;
  site: string | null;
  phases: Phase[];
  description: string;
}

export async function createMacroAsset(deps: Deps, ctx: RequestContext, a: NewMacroAsset): Promise<{ id: string }> {
  const owner = await getPartner(deps, a.owner);
  const siteId = a.site ? await findSiteId(deps, a.site) : null;
  if (a.site && !siteId) throw notFound(`Site ${a.site}`);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertMacroAsset(trx, {
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      owner_partner_id: owner.id,
      investment_value: a.investmentValue,
      status: a.status,
      lat: a.location?.lat ?? null,
      lng: a.location?.lng ?? null,
      boundary: a.boundary ?? null,
      group_name: a.group,
      site_id: siteId,
      phases: a.phases,
      description: a.description,
    });
    await recordAudit(trx, ctx, {
      action: 'macro-asset.create',
      entity: 'macro_asset',
      entityId: id,
      partnerId: owner.id,
    });
    return { id };
  });
}
