import type { Db } from '../../db/tx';
import { idb } from './impact.tables';

export async function insertReport(
  db: Db,
  row: {
    title: string;
    period_start: string;
    period_end: string;
    narrative: string;
    snapshot: string;
    created_by: string | null;
  },
): Promise<{ id: string }> {
  return idb(db).insertInto('impact_reports').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findReport(db: Db, id: string) {
  return idb(db).selectFrom('impact_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listReports(db: Db, page: number, pageSize: number) {
  const items = await idb(db)
    .selectFrom('impact_reports')
    .select(['id', 'title', 'period_start', 'period_end', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const { n } = await idb(db)
    .selectFrom('impact_reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { items, total: Number(n) };
}
