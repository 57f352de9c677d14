import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { cdb } from './contracts.tables';

/** Kysely queries for the open-data exports: awarded grants (360Giving) and published contracts (OCDS). */

const recipient = sql<string>`coalesce(e.name, c.name)`;
const recipientId = sql<string>`coalesce(b.enterprise_id, b.consortium_id)`;

export async function grantAwards(db: Db) {
  return cdb(db)
    .selectFrom('awards as a')
    .innerJoin('bids as b', 'b.id', 'a.bid_id')
    .innerJoin('grant_details as g', 'g.opportunity_id', 'a.opportunity_id')
    .innerJoin('contract_grant_features as f', 'f.opportunity_id', 'a.opportunity_id')
    .leftJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .leftJoin('consortia as c', 'c.id', 'b.consortium_id')
    .leftJoin('areas as w', 'w.id', 'f.area_id')
    .select([
      'a.id as award_id',
      'a.amount',
      'a.currency',
      'a.award_date',
      'a.created_at',
      'b.amount as applied',
      'f.title',
      'f.search_text',
      'g.funder_name',
      'g.funder_org_id',
      'g.grant_programme',
      'g.planned_start',
      'g.planned_end',
      recipient.as('recipient_name'),
      recipientId.as('recipient_id'),
      'w.name as ward_name',
      'w.code as ward_code',
    ])
    .where('a.source', '=', 'grant')
    .orderBy('a.award_date')
    .orderBy('a.id')
    .execute();
}

/** Published contracts (not drafts) with their tender details and the number of bids submitted. */
export async function publishedContracts(db: Db) {
  return cdb(db)
    .selectFrom('contract_grant_features as f')
    .innerJoin('contract_details as d', 'd.opportunity_id', 'f.opportunity_id')
    .selectAll('d')
    .select([
      'f.title',
      'f.status',
      'f.value',
      'f.closes_on',
      'f.created_at',
      (eb) =>
        eb
          .selectFrom('bids as b')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('b.opportunity_id', '=', 'f.opportunity_id')
          .where('b.status', 'in', ['submitted', 'won', 'lost'])
          .as('tenderers'),
    ])
    .where('f.status', '<>', 'draft')
    .orderBy('f.created_at')
    .orderBy('f.opportunity_id')
    .execute();
}

export async function contractAwards(db: Db) {
  return cdb(db)
    .selectFrom('awards as a')
    .innerJoin('bids as b', 'b.id', 'a.bid_id')
    .leftJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .leftJoin('consortia as c', 'c.id', 'b.consortium_id')
    .select([
      'a.id',
      'a.opportunity_id',
      'a.amount',
      'a.award_date',
      recipient.as('supplier_name'),
      recipientId.as('supplier_id'),
    ])
    .where('a.source', '=', 'contract')
    .orderBy('a.award_date')
    .execute();
}
