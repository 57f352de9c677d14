import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { xdb } from './enterprises.tables';

/** Kysely queries for consortia and their member enterprises. */

const consortia = (db: Db) =>
  xdb(db)
    .selectFrom('consortia as c')
    .leftJoin('enterprises as l', 'l.id', 'c.lead_enterprise_id')
    .selectAll('c')
    .select([
      'l.name as lead_name',
      (eb) =>
        eb
          .selectFrom('consortium_members as m')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('m.consortium_id', '=', 'c.id')
          .as('member_count'),
    ]);
export type ConsortiumRow = NonNullable<Awaited<ReturnType<typeof getConsortium>>>;

export async function getConsortium(db: Db, id: string, forUpdate = false) {
  const q = consortia(db).where('c.id', '=', id);
  return (forUpdate ? q.forUpdate('c') : q).executeTakeFirst();
}

export type ConsortiumSort = 'name' | 'market';
export async function listConsortia(
  db: Db,
  filter: { market?: string | undefined; markets?: readonly string[] | undefined },
  query: ListQuery<ConsortiumSort>,
) {
  let q = consortia(db);
  if (query.q) q = q.where('c.name', 'ilike', likePattern(query.q));
  if (filter.market) q = q.where('c.market', '=', filter.market);
  if (filter.markets) q = q.where('c.market', 'in', filter.markets.length ? [...filter.markets] : ['']);
  return paginate(q, query, { name: 'c.name', market: 'c.market' }, 'c.id');
}

export async function insertConsortium(
  db: Db,
  row: { name: string; market: string; lead: string | null; capabilities: string[]; description: string },
) {
  const inserted = await xdb(db)
    .insertInto('consortia')
    .values({
      name: row.name,
      market: row.market,
      lead_enterprise_id: row.lead,
      capabilities: row.capabilities,
      description: row.description,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateConsortium(
  db: Db,
  id: string,
  version: number,
  patch: { name?: string; lead_enterprise_id?: string | null; capabilities?: string[]; description?: string },
) {
  const res = await xdb(db)
    .updateTable('consortia')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function members(db: Db, consortiumId: string) {
  return xdb(db)
    .selectFrom('consortium_members as m')
    .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .leftJoin('areas as a', 'a.id', 'e.area_id')
    .select(['e.id', 'e.name', 'e.markets', 'e.area_id', 'a.name as area_name', 'm.role', 'm.joined_at'])
    .where('m.consortium_id', '=', consortiumId)
    .orderBy('m.role')
    .orderBy('e.name_key')
    .execute();
}

export async function setMember(db: Db, consortiumId: string, enterpriseId: string, role: 'lead' | 'member') {
  await xdb(db)
    .insertInto('consortium_members')
    .values({ consortium_id: consortiumId, enterprise_id: enterpriseId, role })
    .onConflict((oc) => oc.columns(['consortium_id', 'enterprise_id']).doUpdateSet({ role }))
    .execute();
}

export async function demoteLeads(db: Db, consortiumId: string) {
  await xdb(db)
    .updateTable('consortium_members')
    .set({ role: 'member' })
    .where('consortium_id', '=', consortiumId)
    .where('role', '=', 'lead')
    .execute();
}

export async function removeMember(db: Db, consortiumId: string, enterpriseId: string): Promise<boolean> {
  const res = await xdb(db)
    .deleteFrom('consortium_members')
    .where('consortium_id', '=', consortiumId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function consortiaOf(db: Db, enterpriseId: string) {
  return xdb(db)
    .selectFrom('consortium_members as m')
    .innerJoin('consortia as c', 'c.id', 'm.consortium_id')
    .select(['c.id', 'c.name', 'm.role'])
    .where('m.enterprise_id', '=', enterpriseId)
    .orderBy('c.name')
    .execute();
}
