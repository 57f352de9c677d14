import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { sdb } from './startups.tables';

/** Network membership: the enterprises that are members of the social-enterprise network. */
export type NetworkSort = 'name' | 'joinedOn';
export function listMembers(
  db: Db,
  f: { market?: string | undefined; status?: string | undefined },
  query: ListQuery<NetworkSort>,
) {
  let qb = sdb(db)
    .selectFrom('network_members as n')
    .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .leftJoin('areas as a', 'a.id', 'e.area_id')
    .select(['n.enterprise_id as id', 'n.joined_on', 'n.status', 'e.name', 'e.name_key', 'e.stage', 'e.markets'])
    .select('a.name as area_name');
  if (f.market) qb = qb.where(sql<boolean>`${f.market} = any(e.markets)`);
  if (f.status) qb = qb.where('n.status', '=', f.status);
  if (query.q) qb = qb.where('e.name', 'ilike', likePattern(query.q));
  return paginate(qb, query, { name: 'e.name_key', joinedOn: 'n.joined_on' }, 'n.enterprise_id');
}

export const addMember = (db: Db, enterpriseId: string, joinedOn: string) =>
  sdb(db)
    .insertInto('network_members')
    .values({ enterprise_id: enterpriseId, joined_on: joinedOn })
    .onConflict((oc) => oc.column('enterprise_id').doNothing())
    .returning('enterprise_id')
    .executeTakeFirst();

export const setStatus = (db: Db, enterpriseId: string, status: string) =>
  sdb(db)
    .updateTable('network_members')
    .set({ status })
    .where('enterprise_id', '=', enterpriseId)
    .returning('enterprise_id')
    .executeTakeFirst();
