import type { Db } from '../../db/tx';
import { idb } from './impact.tables';

export type Section = { heading: string; body: string };

export async function insertPlan(
  db: Db,
  row: { area_id: string; title: string; sections: string; created_by: string | null },
) {
  return idb(db).insertInto('impact_plans').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findPlan(db: Db, id: string) {
  return idb(db).selectFrom('impact_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes only when the version still matches (optimistic concurrency); undefined when it did not. */
export async function updatePlan(db: Db, id: string, version: number, patch: { title: string; sections: string }) {
  return idb(db)
    .updateTable('impact_plans')
    .set({ ...patch, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

export async function insertAction(db: Db, row: { plan_id: string; title: string; task_id: string }) {
  return idb(db).insertInto('impact_plan_actions').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function actionsOf(db: Db, planId: string) {
  return idb(db)
    .selectFrom('impact_plan_actions')
    .select(['id', 'title', 'task_id', 'created_at'])
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .execute();
}
