import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export type MicroAssetSort = 'name' | 'createdAt';

/** Who is looking: the list applies the same rule as canSeeMicroAsset, in SQL. */
export type MicroAssetReach = { kind: 'all' } | { kind: 'scoped'; partnerId: string; partnerRole: boolean };

export interface MicroAssetFilter {
  category?: string | undefined;
  kind?: string | undefined;
  areaId?: string | undefined;
  occupation?: string | undefined;
  owner?: string | undefined;
}

function base(db: Db) {
  return db
    .selectFrom('micro_assets as m')
    .innerJoin('partners as p', 'p.id', 'm.partner_id')
    .leftJoin('partners as op', 'op.id', 'm.owner_partner_id')
    .leftJoin('areas as a', 'a.id', 'm.area_id')
    .leftJoin('residents as r', 'r.id', 'm.resident_id')
    .leftJoin('occupations as c', 'c.code', 'm.occupation_code')
    .selectAll('m')
    .select([
      'p.slug as partner_slug',
      'p.name as partner_name',
      'op.slug as owner_partner_slug',
      'op.name as owner_partner_name',
      'a.slug as area_slug',
      'a.name as area_name',
      'r.reference as resident_reference',
      'c.labels as occupation_labels',
    ]);
}

export async function listMicroAssets(
  db: Db,
  reach: MicroAssetReach,
  filter: MicroAssetFilter,
  query: ListQuery<MicroAssetSort>,
) {
  let qb = base(db).where('m.merged_into_id', 'is', null);
  if (reach.kind === 'scoped') {
    const wider = reach.partnerRole ? (['public', 'partners'] as const) : (['public'] as const);
    qb = qb.where((eb) =>
      eb.or([
        eb('m.partner_id', '=', reach.partnerId),
        eb.and([eb('m.owner_type', '<>', 'resident'), eb('m.sensitive', '=', false), eb('m.visibility', 'in', wider)]),
      ]),
    );
  }
  if (filter.category) qb = qb.where('m.category', '=', filter.category);
  if (filter.kind) qb = qb.where('m.kind', '=', filter.kind);
  if (filter.areaId) qb = qb.where('m.area_id', '=', filter.areaId);
  if (filter.occupation) qb = qb.where('m.occupation_code', '=', filter.occupation);
  if (filter.owner) qb = qb.where('m.owner_type', '=', filter.owner);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('m.name', 'ilike', p), eb('m.description', 'ilike', p)]));
  }
  return paginate(qb, query, { name: 'm.name', createdAt: 'm.created_at' }, 'm.id');
}

export const findMicroAsset = (db: Db, id: string) => base(db).where('m.id', '=', id).executeTakeFirst();

export type MicroAssetRow = NonNullable<Awaited<ReturnType<typeof findMicroAsset>>>;

export interface MicroAssetColumns {
  partner_id: string;
  category: string;
  kind: string;
  name: string;
  description: string;
  occupation_code: string | null;
  owner_type: string;
  resident_id: string | null;
  owner_partner_id: string | null;
  area_id: string | null;
  lat: number | null;
  lng: number | null;
  provenance: string;
  source_ref: string | null;
  visibility: string;
  sensitive: boolean;
}

export async function insertMicroAsset(db: Db, c: MicroAssetColumns) {
  return db
    .insertInto('micro_assets')
    .values({ ...c, updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Holds the row for the rest of the transaction, so a stale-copy check cannot race another write. */
export const lockMicroAsset = (db: Db, id: string) =>
  db.selectFrom('micro_assets').select('id').where('id', '=', id).forUpdate().executeTakeFirst();

export async function updateMicroAsset(db: Db, id: string, c: Partial<MicroAssetColumns>) {
  await db
    .updateTable('micro_assets')
    .set({ ...c, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}
