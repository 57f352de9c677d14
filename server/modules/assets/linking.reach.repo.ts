import type { ExpressionBuilder } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { DB } from '../../db/schema';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import type { AreaRow } from './linking.repo';

export type AreaOpportunitySort = 'closesOn' | 'title' | 'kind';

type From = ExpressionBuilder<DB & { o: DB['opportunities']; m: DB['macro_assets'] }, 'o' | 'm'>;

/** Inside the area's bounding box (no PostGIS: boxes, not polygons). */
function inBox(eb: From, lat: 'o.lat' | 'm.lat', lng: 'o.lng' | 'm.lng', a: AreaRow) {
  if (a.min_lat === null || a.max_lat === null || a.min_lng === null || a.max_lng === null) return eb.lit(false);
  return eb.and([
    eb(lat, '>=', a.min_lat),
    eb(lat, '<=', a.max_lat),
    eb(lng, '>=', a.min_lng),
    eb(lng, '<=', a.max_lng),
  ]);
}

/**
 * Opportunities that reach an area: set in it, located inside its box, published by a macro-asset inside its
 * box, or programme-wide (no area, no location, and no located macro-asset).
 */
export async function opportunitiesReaching(
  db: Db,
  area: AreaRow,
  query: ListQuery<AreaOpportunitySort> & { kind?: string | undefined; status: string; draftsOf: string | null },
) {
  let qb = db
    .selectFrom('opportunities as o')
    .innerJoin('partners as p', 'p.id', 'o.partner_id')
    .leftJoin('macro_assets as m', 'm.id', 'o.macro_asset_id')
    .leftJoin('areas as a', 'a.id', 'o.area_id')
    .select((eb) => [
      'o.id',
      'o.title',
      'o.kind',
      'o.status',
      'o.quantity',
      'o.closes_on',
      'a.id as area_id',
      'a.slug as area_slug',
      'a.name as area_name',
      'm.id as macro_id',
      'm.slug as macro_slug',
      'm.name as macro_name',
      'p.id as partner_id',
      'p.slug as partner_slug',
      'p.name as partner_name',
      eb
        .case()
        .when('o.area_id', '=', area.id)
        .then('area')
        .when(inBox(eb as unknown as From, 'o.lat', 'o.lng', area))
        .then('location')
        .when(inBox(eb as unknown as From, 'm.lat', 'm.lng', area))
        .then('macro_asset')
        .else('programme')
        .end()
        .$castTo<'area' | 'location' | 'macro_asset' | 'programme'>()
        .as('reach'),
    ])
    .where('o.status', '=', query.status)
    .where((eb) => {
      const from = eb as unknown as From;
      const programmeWide = eb.and([
        eb('o.area_id', 'is', null),
        eb('o.lat', 'is', null),
        eb.or([eb('m.id', 'is', null), eb('m.lat', 'is', null)]),
      ]);
      return eb.or([
        eb('o.area_id', '=', area.id),
        inBox(from, 'o.lat', 'o.lng', area),
        inBox(from, 'm.lat', 'm.lng', area),
        programmeWide,
      ]);
    });
  if (query.draftsOf !== null) {
    const partnerId = query.draftsOf;
    qb = qb.where((eb) => eb.or([eb('o.status', '<>', 'draft'), eb('o.partner_id', '=', partnerId)]));
  }
  if (query.kind) qb = qb.where('o.kind', '=', query.kind);
  if (query.q) qb = qb.where('o.title', 'ilike', likePattern(query.q));
  return paginate(qb, query, { closesOn: 'o.closes_on', title: 'o.title', kind: 'o.kind' }, 'o.id');
}

export const findArea = (db: Db, idOrSlug: string, byId: boolean) =>
  db
    .selectFrom('areas')
    .select(['id', 'slug', 'name', 'min_lat', 'min_lng', 'max_lat', 'max_lng'])
    .where(byId ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
