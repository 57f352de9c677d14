import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb } from './contracts.tables';

/** Kysely queries for bids, each with its opportunity, bidder's name and award (if won). */

const bids = (db: Db) =>
  cdb(db)
    .selectFrom('bids as b')
    .innerJoin('contract_grant_features as f', 'f.opportunity_id', 'b.opportunity_id')
    .leftJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .leftJoin('consortia as c', 'c.id', 'b.consortium_id')
    .leftJoin('awards as a', 'a.bid_id', 'b.id')
    .selectAll('b')
    .select([
      'f.title as opportunity_title',
      'f.kind as opportunity_kind',
      'f.value as opportunity_value',
      'f.partner_id as opportunity_partner_id',
      sql<string>`coalesce(e.name, c.name)`.as('bidder_name'),
      'a.id as award_id',
      'a.amount as award_amount',
      'a.award_date',
    ]);
export type BidRow = NonNullable<Awaited<ReturnType<typeof findBid>>>;

export async function findBid(db: Db, id: string, forUpdate = false) {
  const q = bids(db).where('b.id', '=', id);
  return (forUpdate ? q.forUpdate('b') : q).executeTakeFirst();
}

export type BidSort = 'updatedAt' | 'status';
export async function listBids(
  db: Db,
  f: {
    status?: string | undefined;
    opportunity?: string | undefined;
    consortium?: string | undefined;
    enterprise?: string | undefined;
  },
  query: ListQuery<BidSort>,
) {
  let q = bids(db);
  if (query.q)
    q = q.where(
      sql<boolean>`lower(coalesce(e.name, c.name) || ' ' || f.title) like ${likePattern(query.q.toLowerCase())}`,
    );
  if (f.status) q = q.where('b.status', '=', f.status);
  if (f.opportunity) q = q.where('b.opportunity_id', '=', f.opportunity);
  if (f.consortium) q = q.where('b.consortium_id', '=', f.consortium);
  if (f.enterprise) q = q.where('b.enterprise_id', '=', f.enterprise);
  return paginate(q, query, { updatedAt: 'b.updated_at', status: 'b.status' }, 'b.id');
}

export async function existingBid(db: Db, opportunityId: string, bidder: { enterprise?: string; consortium?: string }) {
  let q = cdb(db).selectFrom('bids').select(['id', 'status']).where('opportunity_id', '=', opportunityId);
  q = bidder.enterprise
    ? q.where('enterprise_id', '=', bidder.enterprise)
    : q.where('consortium_id', '=', bidder.consortium!);
  return q.executeTakeFirst();
}

export async function insertBid(
  db: Db,
  row: {
    opportunity_id: string;
    enterprise_id: string | null;
    consortium_id: string | null;
    status: string;
    amount: string | null;
    notes: string;
    created_by: string | null;
  },
) {
  const now = new Date();
  const r = await cdb(db)
    .insertInto('bids')
    .values({ ...row, submitted_at: row.status === 'submitted' ? now : null, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateBid(
  db: Db,
  id: string,
  version: number,
  c: { status?: string; amount?: string | null; notes?: string; submitted_at?: Date; decided_at?: Date },
) {
  await cdb(db)
    .updateTable('bids')
    .set({ ...c, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The approved enterprise, or the consortium with its member ids and lead, that would bid. */
export const enterpriseForBid = (db: Db, id: string) =>
  cdb(db).selectFrom('enterprises').select(['id', 'name', 'status', 'area_id']).where('id', '=', id).executeTakeFirst();

export async function consortiumForBid(db: Db, id: string) {
  const c = await cdb(db)
    .selectFrom('consortia')
    .select(['id', 'name', 'lead_enterprise_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) return undefined;
  const members = await cdb(db)
    .selectFrom('consortium_members as m')
    .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .select(['e.id', 'e.area_id'])
    .where('m.consortium_id', '=', id)
    .execute();
  return { ...c, members };
}

export const consortiumByName = (db: Db, name: string) =>
  cdb(db)
    .selectFrom('consortia')
    .select('id')
    .where(sql<string>`lower(btrim(name))`, '=', name.trim().toLowerCase())
    .executeTakeFirst();
