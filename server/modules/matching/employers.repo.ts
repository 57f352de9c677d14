import type { Db } from '../../db/tx';
import { edb } from './matches.tables';

/** Anchor employers: partners that recruit through the skills-matching service. */

export async function listEmployers(db: Db, partnerId: string | null) {
  let q = edb(db).selectFrom('employers').selectAll().orderBy('created_at');
  if (partnerId) q = q.where('partner_id', '=', partnerId);
  return q.execute();
}

export async function findEmployer(db: Db, partnerId: string) {
  return edb(db).selectFrom('employers').selectAll().where('partner_id', '=', partnerId).executeTakeFirst();
}

export async function upsertEmployer(
  db: Db,
  row: { partner_id: string; kind: string; area_id: string | null; lat: number | null; lng: number | null },
): Promise<boolean> {
  const res = await edb(db)
    .insertInto('employers')
    .values(row)
    .onConflict((oc) => oc.column('partner_id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
