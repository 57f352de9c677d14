import type { Db } from '../../db/tx';
import { idb } from './impact.tables';

/** Closed months' figures per indicator and area, and which definition and month each indicator's cache holds. */
export async function cacheStates(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return idb(db)
    .selectFrom('impact_cache_state')
    .select(['indicator_id', 'query_text', 'through_month'])
    .where('indicator_id', 'in', ids)
    .execute();
}

/** Replaces an indicator's cached months; the state row is written first, so a concurrent rebuild waits on its lock. */
export async function replaceCache(
  db: Db,
  indicatorId: string,
  state: { query_text: string; through_month: string },
  rows: readonly { month: string; area_id: string | null; value: number }[],
): Promise<void> {
  await idb(db)
    .insertInto('impact_cache_state')
    .values({ indicator_id: indicatorId, ...state })
    .onConflict((oc) => oc.column('indicator_id').doUpdateSet({ ...state, refreshed_at: new Date() }))
    .execute();
  await idb(db).deleteFrom('impact_monthly_cache').where('indicator_id', '=', indicatorId).execute();
  for (let i = 0; i < rows.length; i += 1000)
    await idb(db)
      .insertInto('impact_monthly_cache')
      .values(rows.slice(i, i + 1000).map((r) => ({ indicator_id: indicatorId, ...r })))
      .execute();
}

export async function cachedMonths(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return idb(db)
    .selectFrom('impact_monthly_cache')
    .select(['indicator_id', 'month', 'area_id', 'value'])
    .where('indicator_id', 'in', ids)
    .execute();
}

/** Forgets every cached month (the refresh job, after records in closed months changed). */
export async function clearCache(db: Db): Promise<void> {
  await idb(db).deleteFrom('impact_cache_state').execute();
}
