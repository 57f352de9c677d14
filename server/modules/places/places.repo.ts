import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export type AreaSort = 'name' | 'kind';
export type SiteSort = 'name' | 'kind';

export async function listAreas(db: Db, query: ListQuery<AreaSort>) {
  let qb = db
    .selectFrom('areas')
    .select(['id', 'slug', 'name', 'kind', 'code', 'description', 'boundary', 'centre_lat', 'centre_lng']);
  if (query.q) qb = qb.where('name', 'ilike', likePattern(query.q));
  return paginate(qb, query, { name: 'name', kind: 'kind' });
}

export async function listSites(db: Db, query: ListQuery<SiteSort>, areaId?: string) {
  let qb = db
    .selectFrom('sites')
    .leftJoin('areas', 'areas.id', 'sites.area_id')
    .select([
      'sites.id',
      'sites.slug',
      'sites.name',
      'sites.kind',
      'sites.lat',
      'sites.lng',
      'sites.description',
      'areas.slug as area_slug',
      'areas.name as area_name',
      'sites.area_id',
    ]);
  if (areaId) qb = qb.where('sites.area_id', '=', areaId);
  if (query.q) qb = qb.where('sites.name', 'ilike', likePattern(query.q));
  return paginate(qb, query, { name: 'sites.name', kind: 'sites.kind' }, 'sites.id');
}

export const findAreaBySlug = (db: Db, slug: string) =>
  db.selectFrom('areas').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();

export const findSiteBySlug = (db: Db, slug: string) =>
  db.selectFrom('sites').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();

export async function insertArea(
  db: Db,
  a: {
    slug: string;
    name: string;
    kind: string;
    code: string | null;
    description: string;
    boundary: unknown;
    centre_lat: number | null;
    centre_lng: number | null;
    min_lat: number | null;
    min_lng: number | null;
    max_lat: number | null;
    max_lng: number | null;
  },
) {
  return db
    .insertInto('areas')
    .values({ ...a, boundary: a.boundary === null ? null : JSON.stringify(a.boundary) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertSite(
  db: Db,
  s: {
    slug: string;
    name: string;
    kind: string;
    area_id: string | null;
    lat: number;
    lng: number;
    description: string;
  },
) {
  return db.insertInto('sites').values(s).returning('id').executeTakeFirstOrThrow();
}
