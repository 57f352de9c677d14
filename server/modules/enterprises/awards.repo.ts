import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { cdb } from './contracts.tables';

/** Kysely queries for awards, their shares (the ledger's rows) and the social-value measures recorded on them. */

export async function insertAward(
  db: Db,
  row: {
    opportunity_id: string;
    bid_id: string;
    source: string;
    funder_name: string;
    amount: string;
    award_date: string;
    created_by: string | null;
  },
) {
  return await cdb(db).insertInto('awards').values(row).returning(['id', 'year']).executeTakeFirstOrThrow();
}

export async function insertShares(
  db: Db,
  rows: { award_id: string; enterprise_id: string; area_id: string | null; amount: string }[],
) {
  if (rows.length) await cdb(db).insertInto('award_shares').values(rows).execute();
}

export async function upsertMeasures(
  db: Db,
  rows: { award_id: string; measure_code: string; value: string; note: string; recorded_by: string | null }[],
) {
  if (!rows.length) return;
  await cdb(db)
    .insertInto('award_measures')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['award_id', 'measure_code']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        note: eb.ref('excluded.note'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: sql<Date>`now()`,
      })),
    )
    .execute();
}

export const findAward = (db: Db, id: string) =>
  cdb(db)
    .selectFrom('awards as a')
    .innerJoin('contract_grant_features as f', 'f.opportunity_id', 'a.opportunity_id')
    .selectAll('a')
    .select(['f.title as opportunity_title', 'f.partner_id'])
    .where('a.id', '=', id)
    .executeTakeFirst();

export const sharesOfAward = (db: Db, id: string) =>
  cdb(db)
    .selectFrom('award_shares as s')
    .innerJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .select(['s.enterprise_id', 'e.name', 's.area_id', 's.amount'])
    .where('s.award_id', '=', id)
    .orderBy('e.name')
    .execute();

export const measuresOfAward = (db: Db, id: string) =>
  cdb(db)
    .selectFrom('award_measures')
    .select(['measure_code', 'value', 'note'])
    .where('award_id', '=', id)
    .orderBy('measure_code')
    .execute();

/** Every share in the ledger with its award, filtered; the ledger service totals them. */
export async function ledgerRows(
  db: Db,
  f: { year?: number | undefined; areaId?: string | undefined; source?: string | undefined },
) {
  let q = cdb(db)
    .selectFrom('award_shares as s')
    .innerJoin('awards as a', 'a.id', 's.award_id')
    .innerJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .innerJoin('contract_grant_features as f', 'f.opportunity_id', 'a.opportunity_id')
    .leftJoin('areas as w', 'w.id', 's.area_id')
    .select([
      'w.name as area_name',
      'a.id as award_id',
      'a.award_date',
      'a.year',
      'a.source',
      'a.funder_name',
      'f.title as opportunity_title',
      's.enterprise_id',
      'e.name as enterprise_name',
      's.area_id',
      's.amount',
    ]);
  if (f.year) q = q.where('a.year', '=', f.year);
  if (f.areaId) q = q.where('s.area_id', '=', f.areaId);
  if (f.source) q = q.where('a.source', '=', f.source);
  return q.orderBy('a.award_date', 'desc').orderBy('a.id').orderBy('e.name').execute();
}
