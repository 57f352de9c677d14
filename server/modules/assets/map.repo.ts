import { sql } from 'kysely';
import { likePattern } from '../../db/paging';
import type { Db } from '../../db/tx';
import { asJson } from './linking.repo';
import type { BBox } from './map.rules';

export interface PointFilter {
  q?: string | undefined;
  kind?: string | undefined;
  limit: number;
}

/** Areas whose bounding box overlaps the viewport (areas_bbox_idx). */
export const areasIn = (db: Db, b: BBox) =>
  db
    .selectFrom('areas')
    .select(['id', 'slug', 'name', 'boundary', 'centre_lat', 'centre_lng'])
    .where('min_lat', '<=', b.maxLat)
    .where('max_lat', '>=', b.minLat)
    .where('min_lng', '<=', b.maxLng)
    .where('max_lng', '>=', b.minLng)
    .orderBy('name')
    .execute();

/** Live micro-assets per area, residents' and others' apart (from the derived counts). */
export async function assetCountsByArea(db: Db, areaIds: readonly string[]) {
  if (areaIds.length === 0) return [];
  return db
    .selectFrom('derived.area_asset_counts')
    .select(['area_id', sql<boolean>`owner_type = 'resident'`.as('personal'), sql<number>`sum(n)::int`.as('n')])
    .where('area_id', 'in', areaIds)
    .groupBy(['area_id', sql`owner_type = 'resident'`])
    .execute();
}

/**
 * Open opportunities reaching each area: set in it, else located in its box, else published by a macro-asset in
 * its box. Three disjoint counts per area, each an index look-up, rather than one join on an OR.
 */
export async function opportunityCountsByArea(db: Db, areaIds: readonly string[]) {
  if (areaIds.length === 0) return [];
  const located = (lat: string, lng: string) =>
    sql`${sql.ref(lat)} between a.min_lat and a.max_lat and ${sql.ref(lng)} between a.min_lng and a.max_lng`;
  const rows = await sql<{ area_id: string; n: number }>`
    select a.id as area_id,
      (select count(*) from opportunities o where o.status = 'open' and o.area_id = a.id)
      + (select count(*) from opportunities o where o.status = 'open' and o.area_id is distinct from a.id
          and ${located('o.lat', 'o.lng')})
      + (select count(*) from macro_assets m join opportunities o on o.macro_asset_id = m.id
          where ${located('m.lat', 'm.lng')} and o.status = 'open' and o.area_id is distinct from a.id
            and not coalesce(${located('o.lat', 'o.lng')}, false)) as n
    from areas a where a.id = any(${areaIds}::uuid[])`.execute(db);
  return rows.rows.map((r) => ({ area_id: r.area_id, n: Number(r.n) }));
}

export function sitesIn(db: Db, b: BBox, f: PointFilter) {
  let qb = db
    .selectFrom('sites')
    .select(['id', 'slug', 'name', 'kind', 'lat', 'lng'])
    .where('lat', '>=', b.minLat)
    .where('lat', '<=', b.maxLat)
    .where('lng', '>=', b.minLng)
    .where('lng', '<=', b.maxLng);
  if (f.q) qb = qb.where('name', 'ilike', likePattern(f.q));
  if (f.kind) qb = qb.where('kind', '=', f.kind);
  return qb.orderBy('name').orderBy('id').limit(f.limit).execute();
}

export function macroAssetsIn(db: Db, b: BBox, f: PointFilter) {
  let qb = db
    .selectFrom('macro_assets')
    .select(['id', 'slug', 'name', 'kind', 'status', 'lat', 'lng'])
    .where('lat', '>=', b.minLat)
    .where('lat', '<=', b.maxLat)
    .where('lng', '>=', b.minLng)
    .where('lng', '<=', b.maxLng);
  if (f.q) qb = qb.where('name', 'ilike', likePattern(f.q));
  if (f.kind) qb = qb.where('kind', '=', f.kind);
  return qb.orderBy('name').orderBy('id').limit(f.limit).execute();
}

/**
 * Point layers are capped and ordered by id, so a cut layer is an even random sample of the viewport rather
 * than its southern strip. Larger layers come back as one JSON document (see asJson).
 *
 * Open opportunities at their own point, else at their macro-asset's: two look-ups, each a box filter on a
 * lat/lng index. Those with only an area are not stacked on its centre; the area's count includes them.
 */
export async function opportunitiesIn(db: Db, b: BBox, f: PointFilter) {
  const box = (lat: string, lng: string) =>
    sql`${sql.ref(lat)} between ${b.minLat} and ${b.maxLat} and ${sql.ref(lng)} between ${b.minLng} and ${b.maxLng}`;
  const filter = sql`o.status = 'open'
    ${f.q ? sql`and o.title ilike ${likePattern(f.q)}` : sql``}
    ${f.kind ? sql`and o.kind = ${f.kind}` : sql``}`;
  const rows = await sql<{ rows: { id: string; title: string; kind: string; lat: number; lng: number }[] | null }>`
    select json_agg(p) as rows from (select id, title, kind, lat, lng from (
      select o.id, o.title, o.kind, o.lat, o.lng from opportunities o
        where ${filter} and ${box('o.lat', 'o.lng')}
      union all
      select o.id, o.title, o.kind, m.lat, m.lng from opportunities o join macro_assets m on m.id = o.macro_asset_id
        where ${filter} and o.lat is null and ${box('m.lat', 'm.lng')}
    ) u order by id limit ${f.limit}) p`.execute(db);
  return rows.rows[0]?.rows ?? [];
}

/**
 * Micro-assets that may be placed at a point: never a resident's, never private or sensitive, merged-away
 * never; partners-only ones only for partner roles. Resident-owned rows carry no coordinates at all
 * (a CHECK in the schema), and are excluded here as well.
 */
export function microAssetsIn(db: Db, b: BBox, f: PointFilter & { partnerRole: boolean }) {
  let qb = db
    .selectFrom('micro_assets')
    .select(['id', 'name', 'kind', 'category', 'lat', 'lng'])
    .where('lat', '>=', b.minLat)
    .where('lat', '<=', b.maxLat)
    .where('lng', '>=', b.minLng)
    .where('lng', '<=', b.maxLng)
    .where('owner_type', '<>', 'resident')
    .where('merged_into_id', 'is', null)
    .where('sensitive', '=', false)
    .where('visibility', 'in', f.partnerRole ? ['public', 'partners'] : ['public']);
  if (f.q) qb = qb.where('name', 'ilike', likePattern(f.q));
  if (f.kind) qb = qb.where('kind', '=', f.kind);
  return asJson(db, qb.orderBy('id').limit(f.limit));
}

/** One area by id or slug. */
export const findArea = (db: Db, idOrSlug: string, byId: boolean) =>
  db
    .selectFrom('areas')
    .select(['id', 'slug', 'name', 'kind'])
    .where(byId ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();

/** Live micro-assets in one area by kind, residents' included (from the derived counts). */
export const assetCountsByKind = (db: Db, areaId: string) =>
  db
    .selectFrom('derived.micro_asset_counts')
    .select(['kind', sql<number>`sum(n)::int`.as('n')])
    .where('area_id', '=', areaId)
    .groupBy('kind')
    .execute();
