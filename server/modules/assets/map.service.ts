import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { suppressCells, suppressSmall } from '../privacy/privacy.service';
import { viewerOf } from './linking.service';
import * as repo from './map.repo';
import { microAssetCategories, microAssetKinds } from './micro-assets.rules';
import { parseBbox, parseLayers, pointCap, type MapLayer } from './map.rules';

export interface MapQuery {
  bbox: string;
  layers?: string | undefined;
  q?: string | undefined;
  kind?: string | undefined;
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, {
    errors: [{ path: `querystring.${field}`, message }],
  });
}

const located = <T extends { lat: number | null; lng: number | null }>(rows: T[]) =>
  rows.flatMap((r) => (r.lat === null || r.lng === null ? [] : [{ ...r, lat: r.lat, lng: r.lng }]));

/**
 * What to draw in a viewport. Areas carry counts: residents' assets only ever as a per-area count, suppressed
 * below 5; no resident-owned asset is ever a point. Point layers are capped (see `truncated`).
 */
export async function getMap(deps: Deps, ctx: RequestContext, query: MapQuery) {
  const viewer = viewerOf(ctx, 'map.read');
  const box = parseBbox(query.bbox);
  if ('problem' in box) throw invalid('bbox', box.problem);
  const asked = parseLayers(query.layers);
  if ('problem' in asked) throw invalid('layers', asked.problem);
  const want = (l: MapLayer) => asked.layers.includes(l);
  const b = box.bbox;
  const filter = { q: query.q || undefined, kind: query.kind || undefined, limit: pointCap + 1 };

  const [areas, sites, macroAssets, opportunities, microAssets] = await Promise.all([
    want('areas') ? areaLayer(deps, b) : [],
    want('sites') ? repo.sitesIn(deps.db, b, filter) : [],
    want('macroAssets') ? repo.macroAssetsIn(deps.db, b, filter).then(located) : [],
    want('opportunities') ? repo.opportunitiesIn(deps.db, b, filter) : [],
    want('microAssets')
      ? repo.microAssetsIn(deps.db, b, { ...filter, partnerRole: viewer.partnerRole }).then(located)
      : [],
  ]);
  const layers = { sites, macroAssets, opportunities, microAssets };
  const truncated = Object.entries(layers)
    .filter(([, rows]) => rows.length > pointCap)
    .map(([name]) => name);
  return {
    areas,
    sites: sites.slice(0, pointCap),
    macroAssets: macroAssets.slice(0, pointCap),
    opportunities: opportunities.slice(0, pointCap),
    microAssets: microAssets.slice(0, pointCap),
    truncated,
  };
}

async function areaLayer(deps: Deps, b: Parameters<typeof repo.areasIn>[1]) {
  const areas = await repo.areasIn(deps.db, b);
  const ids = areas.map((a) => a.id);
  const [assets, opportunities] = await Promise.all([
    repo.assetCountsByArea(deps.db, ids),
    repo.opportunityCountsByArea(deps.db, ids),
  ]);
  const count = (areaId: string, personal: boolean) =>
    assets.find((c) => c.area_id === areaId && c.personal === personal)?.n ?? 0;
  return areas.map((a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    boundary: a.boundary,
    centre: a.centre_lat !== null && a.centre_lng !== null ? { lat: a.centre_lat, lng: a.centre_lng } : null,
    counts: {
      residentAssets: suppressSmall(count(a.id, true)),
      microAssets: suppressSmall(count(a.id, false)),
      opportunities: opportunities.find((o) => o.area_id === a.id)?.n ?? 0,
    },
  }));
}

/**
 * An area and its micro-assets by category (residents' included, as on the map), suppressed together with the
 * total so no cell under 5 can be read or worked out.
 */
export async function getAreaCounts(deps: Deps, ctx: RequestContext, idOrSlug: string) {
  viewerOf(ctx, 'map.read');
  const area = await repo.findArea(deps.db, idOrSlug, isUuid(idOrSlug));
  if (!area) throw notFound('Area');
  const byKind = await repo.assetCountsByKind(deps.db, area.id);
  const inCategory = (category: (typeof microAssetCategories)[number]) =>
    byKind
      .filter((r) => (microAssetKinds[category] as readonly string[]).includes(r.kind))
      .reduce((sum, r) => sum + r.n, 0);
  const cells = suppressCells(microAssetCategories.map((key) => ({ key, count: inCategory(key) })));
  return {
    area,
    microAssets: { byCategory: cells.cells.map((c) => ({ category: c.key, count: c.count })), total: cells.total },
  };
}
