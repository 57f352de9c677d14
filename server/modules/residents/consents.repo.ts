import type { ColumnType } from 'kysely';
import type { Db } from '../../db/tx';

/**
 * resident_consents (migration 2026-11-22-0015): one row per resident and purpose; no row means no consent. The one
 * store of per-purpose consent: matching's candidates keep theirs here too, through their resident (migration 0021).
 */
interface ResidentConsentsTable {
  resident_id: string;
  purpose: string;
  granted: boolean;
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>;
  recorded_by: string | null;
}
const cdb = (db: Db) => db.withTables<{ resident_consents: ResidentConsentsTable }>();

export const findConsents = (db: Db, residentId: string) =>
  cdb(db)
    .selectFrom('resident_consents as rc')
    .leftJoin('users as u', 'u.id', 'rc.recorded_by')
    .select(['rc.purpose', 'rc.granted', 'rc.recorded_at', 'rc.recorded_by', 'u.display_name as recorded_by_name'])
    .where('rc.resident_id', '=', residentId)
    .execute();

export const findConsentsOf = (db: Db, residentIds: string[]) =>
  residentIds.length === 0
    ? Promise.resolve([])
    : cdb(db)
        .selectFrom('resident_consents')
        .select(['resident_id', 'purpose', 'granted'])
        .where('resident_id', 'in', residentIds)
        .execute();

export async function upsertConsents(
  db: Db,
  residentId: string,
  consents: { purpose: string; granted: boolean }[],
  recordedBy: string | null,
): Promise<void> {
  if (consents.length === 0) return;
  await cdb(db)
    .insertInto('resident_consents')
    .values(consents.map((c) => ({ resident_id: residentId, ...c, recorded_by: recordedBy, recorded_at: new Date() })))
    .onConflict((oc) =>
      oc.columns(['resident_id', 'purpose']).doUpdateSet((eb) => ({
        granted: eb.ref('excluded.granted'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: eb.ref('excluded.recorded_at'),
      })),
    )
    .execute();
}

/** What a receiving team may see of referred residents: no notes, no special-category field. */
export const findProfiles = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('residents')
        .leftJoin('areas', 'areas.id', 'residents.area_id')
        .select(['residents.id', 'residents.reference', 'residents.display_name', 'residents.languages'])
        .select('areas.name as area_name')
        .where('residents.id', 'in', ids)
        .execute();
