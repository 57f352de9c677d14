import type { Db } from '../../db/tx';
import { cdb } from './contracts.tables';

/** Kysely queries for the city's social-value measures catalogue. */

export const listMeasures = (db: Db) =>
  cdb(db).selectFrom('social_value_measures').selectAll().orderBy('position').orderBy('code').execute();
export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

export const findMeasure = (db: Db, code: string, forUpdate = false) => {
  const q = cdb(db).selectFrom('social_value_measures').selectAll().where('code', '=', code);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
};

export async function insertMeasure(
  db: Db,
  m: {
    code: string;
    label: Record<string, string>;
    unit: string;
    description: string;
    active: boolean;
    position: number;
  },
) {
  await cdb(db)
    .insertInto('social_value_measures')
    .values({ ...m, label: JSON.stringify(m.label), updated_at: new Date() })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function updateMeasure(
  db: Db,
  code: string,
  version: number,
  m: { label: Record<string, string>; unit: string; description: string; active: boolean },
) {
  await cdb(db)
    .updateTable('social_value_measures')
    .set({ ...m, label: JSON.stringify(m.label), version: version + 1, updated_at: new Date() })
    .where('code', '=', code)
    .execute();
}
