import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './places.repo';
import { boundingBox, centreOf, type PolygonGeometry } from './places.rules';

export interface AreaView {
  id: string;
  slug: string;
  name: string;
  kind: string;
  code: string | null;
  description: string;
  centre: { lat: number; lng: number } | null;
  boundary: unknown;
}

export async function listAreas(deps: Deps, query: ListQuery<repo.AreaSort>): Promise<Page<AreaView>> {
  const { items, total } = await repo.listAreas(deps.db, query);
  return {
    items: items.map((a) => ({
      id: a.id,
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      code: a.code,
      description: a.description,
      boundary: a.boundary,
      centre: a.centre_lat !== null && a.centre_lng !== null ? { lat: a.centre_lat, lng: a.centre_lng } : null,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export interface SiteView {
  id: string;
  slug: string;
  name: string;
  kind: string;
  lat: number;
  lng: number;
  description: string;
  area: { id: string; slug: string; name: string } | null;
}

export async function listSites(
  deps: Deps,
  query: ListQuery<repo.SiteSort> & { area?: string | undefined },
): Promise<Page<SiteView>> {
  const area = query.area ? await repo.findAreaBySlug(deps.db, query.area) : undefined;
  if (query.area && !area)
    throw new AppError('validation_failed', `Area ${query.area} does not exist`, {
      errors: [{ path: 'querystring.area', message: 'unknown area' }],
    });
  const { items, total } = await repo.listSites(deps.db, query, area?.id);
  return {
    items: items.map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      kind: s.kind,
      lat: s.lat,
      lng: s.lng,
      description: s.description,
      area: s.area_id && s.area_slug && s.area_name ? { id: s.area_id, slug: s.area_slug, name: s.area_name } : null,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function createArea(
  deps: Deps,
  ctx: RequestContext,
  input: {
    slug: string;
    name: string;
    kind: string;
    code: string | null;
    description: string;
    boundary: PolygonGeometry | null;
  },
): Promise<{ id: string }> {
  const bbox = input.boundary ? boundingBox(input.boundary) : null;
  const centre = input.boundary ? centreOf(input.boundary) : null;
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertArea(trx, {
      ...input,
      centre_lat: centre?.lat ?? null,
      centre_lng: centre?.lng ?? null,
      min_lat: bbox?.minLat ?? null,
      min_lng: bbox?.minLng ?? null,
      max_lat: bbox?.maxLat ?? null,
      max_lng: bbox?.maxLng ?? null,
    });
    await recordAudit(trx, ctx, { action: 'area.create', entity: 'area', entityId: id, detail: { slug: input.slug } });
    return { id };
  });
}

export async function createSite(
  deps: Deps,
  ctx: RequestContext,
  input: {
    slug: string;
    name: string;
    kind: string;
    area: string | null;
    lat: number;
    lng: number;
    description: string;
  },
): Promise<{ id: string }> {
  return inTransaction(deps.db, async (trx) => {
    const area = input.area ? await repo.findAreaBySlug(trx, input.area) : null;
    if (input.area && !area) throw new AppError('unprocessable', `Area ${input.area} does not exist`);
    const { id } = await repo.insertSite(trx, {
      slug: input.slug,
      name: input.name,
      kind: input.kind,
      area_id: area?.id ?? null,
      lat: input.lat,
      lng: input.lng,
      description: input.description,
    });
    await recordAudit(trx, ctx, { action: 'site.create', entity: 'site', entityId: id, detail: { slug: input.slug } });
    return { id };
  });
}

export async function findSiteId(deps: Deps, slug: string): Promise<string | null> {
  return (await repo.findSiteBySlug(deps.db, slug))?.id ?? null;
}

export async function findAreaId(deps: Deps, slug: string): Promise<string | null> {
  return (await repo.findAreaBySlug(deps.db, slug))?.id ?? null;
}
