import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { parseSort, type ListQuery } from '../../lib/paging';
import { idb } from './impact.tables';

export type Section = { heading: string; body: string };
export const planStatuses = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planSorts = ['title', 'status', 'updatedAt'] as const;
export type PlanSort = (typeof planSorts)[number];

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
export async function updatePlan(
  db: Db,
  id: string,
  version: number,
  patch: { title: string; sections: string; status: PlanStatus },
) {
  return idb(db)
    .updateTable('impact_plans')
    .set({ ...patch, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

const sortColumn = { title: 'title', status: 'status', updatedAt: 'updated_at' } as const;

/** One page of plans, optionally of one area and status, matching a search in the title. */
export async function listPlans(
  db: Db,
  q: ListQuery<PlanSort> & { areaId?: string | undefined; status?: PlanStatus | undefined },
) {
  let base = idb(db).selectFrom('impact_plans');
  if (q.areaId) base = base.where('area_id', '=', q.areaId);
  if (q.status) base = base.where('status', '=', q.status);
  if (q.q) base = base.where(sql<boolean>`strpos(lower(title), lower(${q.q})) > 0`);
  const { field, direction } = parseSort(q.sort);
  const [items, count] = await Promise.all([
    base
      .select(['id', 'area_id', 'title', 'status', 'version', 'updated_at'])
      .orderBy(sortColumn[field], direction)
      .orderBy('id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
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
