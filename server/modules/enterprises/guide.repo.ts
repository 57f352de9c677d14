import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { xdb, type GuideLeadsTable } from './enterprises.tables';
import type { Insertable } from 'kysely';

/** Kysely queries for the guide's follow-up leads. */

export async function insertLead(db: Db, row: Insertable<GuideLeadsTable>): Promise<string> {
  return (await xdb(db).insertInto('guide_leads').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

const leads = (db: Db) =>
  xdb(db)
    .selectFrom('guide_leads as l')
    .leftJoin('areas as a', 'a.id', 'l.area_id')
    .leftJoin('enterprises as e', 'e.id', 'l.enterprise_id')
    .selectAll('l')
    .select(['a.name as area_name', 'e.name as enterprise_name']);
export type LeadRow = NonNullable<Awaited<ReturnType<typeof getLead>>>;

export async function getLead(db: Db, id: string, forUpdate = false) {
  const q = leads(db).where('l.id', '=', id);
  return (forUpdate ? q.forUpdate('l') : q).executeTakeFirst();
}

export async function listLeads(
  db: Db,
  filter: { status?: string | undefined; suggestion?: string | undefined },
  query: ListQuery<'createdAt' | 'name'>,
) {
  let q = leads(db);
  if (query.q)
    q = q.where((eb) =>
      eb.or([eb('l.name', 'ilike', likePattern(query.q!)), eb('l.idea', 'ilike', likePattern(query.q!))]),
    );
  if (filter.status) q = q.where('l.status', '=', filter.status);
  if (filter.suggestion) q = q.where('l.suggestion', '=', filter.suggestion);
  return paginate(q, query, { createdAt: 'l.created_at', name: 'l.name' }, 'l.id');
}

export async function updateLead(
  db: Db,
  id: string,
  version: number,
  patch: { status: string; enterprise_id?: string },
): Promise<boolean> {
  const res = await xdb(db)
    .updateTable('guide_leads')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
