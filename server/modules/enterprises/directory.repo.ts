import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { xdb } from './enterprises.tables';

/** Kysely queries for the public directory's statistics and the baseline survey link. */

export async function areaNames(db: Db) {
  return xdb(db).selectFrom('areas').select(['id', 'name']).execute();
}

export interface CountRow {
  key: string | null;
  label: string | null;
  count: number;
}

/** Approved enterprises counted by one dimension (markets are counted once per market an enterprise is in). */
export async function approvedCounts(db: Db): Promise<Record<'market' | 'stage' | 'legalForm' | 'area', CountRow[]>> {
  const run = async (q: ReturnType<typeof sql<CountRow>>) => (await q.execute(db)).rows;
  const [market, stage, legalForm, area] = await Promise.all([
    run(sql<CountRow>`select m as key, null::text as label, count(*)::int as count
      from enterprises, unnest(markets) as m where status = 'approved' group by m order by m`),
    run(sql<CountRow>`select stage as key, null::text as label, count(*)::int as count
      from enterprises where status = 'approved' group by stage order by stage`),
    run(sql<CountRow>`select legal_form as key, null::text as label, count(*)::int as count
      from enterprises where status = 'approved' group by legal_form order by legal_form`),
    run(sql<CountRow>`select e.area_id::text as key, a.name as label, count(*)::int as count
      from enterprises e left join areas a on a.id = e.area_id where e.status = 'approved'
      group by e.area_id, a.name order by a.name nulls last`),
  ]);
  return { market, stage, legalForm, area };
}

export async function baselineForms(db: Db) {
  return xdb(db).selectFrom('enterprise_baseline_forms').select(['form_id', 'linked_at']).execute();
}

export async function linkBaselineForm(db: Db, formId: string, userId: string | null) {
  await xdb(db)
    .insertInto('enterprise_baseline_forms')
    .values({ form_id: formId, linked_by: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function unlinkBaselineForm(db: Db, formId: string): Promise<boolean> {
  const res = await xdb(db).deleteFrom('enterprise_baseline_forms').where('form_id', '=', formId).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
