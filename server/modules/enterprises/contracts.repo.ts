import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb, type ContractGrantFeaturesTable, type ContractItem } from './contracts.tables';

/** Kysely queries for contract and grant details, their listing copy, and the suppliers who might bid. */

export async function insertContractDetails(
  db: Db,
  row: {
    opportunity_id: string;
    ocid: string;
    buyer_partner_id: string;
    procurement_method: string;
    main_category: string;
    items: ContractItem[];
  },
) {
  await cdb(db)
    .insertInto('contract_details')
    .values({ ...row, items: JSON.stringify(row.items), updated_at: new Date() })
    .execute();
}

export async function insertGrantDetails(
  db: Db,
  row: {
    opportunity_id: string;
    identifier: string;
    funder_partner_id: string | null;
    funder_name: string;
    funder_org_id: string;
    grant_programme: string;
    planned_start: string | null;
    planned_end: string | null;
  },
) {
  await cdb(db)
    .insertInto('grant_details')
    .values({ ...row, updated_at: new Date() })
    .execute();
}

/** Editing: the details are replaced as a whole (PUT), keeping their identifiers. */
export async function updateContractDetails(db: Db, row: Parameters<typeof insertContractDetails>[1]) {
  const { opportunity_id, ocid: _, ...rest } = row;
  await cdb(db)
    .updateTable('contract_details')
    .set({ ...rest, items: JSON.stringify(rest.items), updated_at: new Date() })
    .where('opportunity_id', '=', opportunity_id)
    .execute();
}

export async function updateGrantDetails(db: Db, row: Parameters<typeof insertGrantDetails>[1]) {
  const { opportunity_id, identifier: _, ...rest } = row;
  await cdb(db)
    .updateTable('grant_details')
    .set({ ...rest, updated_at: new Date() })
    .where('opportunity_id', '=', opportunity_id)
    .execute();
}

export const contractDetails = (db: Db, id: string) =>
  cdb(db).selectFrom('contract_details').selectAll().where('opportunity_id', '=', id).executeTakeFirst();
export const grantDetails = (db: Db, id: string) =>
  cdb(db).selectFrom('grant_details').selectAll().where('opportunity_id', '=', id).executeTakeFirst();

export type FeatureRow = Omit<ContractGrantFeaturesTable, 'created_at' | 'value' | 'capabilities'> & {
  value: string | null;
  capabilities: string[];
};

export async function upsertFeatures(db: Db, row: FeatureRow) {
  await cdb(db)
    .insertInto('contract_grant_features')
    .values(row)
    .onConflict((oc) =>
      oc.column('opportunity_id').doUpdateSet({
        title: row.title,
        status: row.status,
        value: row.value,
        area_id: row.area_id,
        closes_on: row.closes_on,
        partner_id: row.partner_id,
        search_text: row.search_text,
        market: row.market,
        capabilities: row.capabilities,
      }),
    )
    .execute();
}

export const findFeatures = (db: Db, id: string) =>
  cdb(db).selectFrom('contract_grant_features').selectAll().where('opportunity_id', '=', id).executeTakeFirst();
export type FeaturesRow = NonNullable<Awaited<ReturnType<typeof findFeatures>>>;

export type ContractSort = 'title' | 'closesOn' | 'value' | 'createdAt';
export interface ContractFilter {
  kind?: string | undefined;
  market?: string | undefined;
  status?: string | undefined;
  areaId?: string | undefined;
  /** drafts are seen by their own partner only (undefined: every partner's) */
  draftsOf?: string | undefined;
}

export async function listContracts(db: Db, f: ContractFilter, query: ListQuery<ContractSort>) {
  let q = cdb(db).selectFrom('contract_grant_features as f').selectAll('f');
  if (query.q) {
    for (const w of query.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8))
      q = q.where('f.search_text', 'like', likePattern(w));
  }
  if (f.kind) q = q.where('f.kind', '=', f.kind as 'contract');
  if (f.market) q = q.where('f.market', '=', f.market);
  if (f.status) q = q.where('f.status', '=', f.status);
  if (f.areaId) q = q.where('f.area_id', '=', f.areaId);
  if (f.draftsOf) {
    const partner = f.draftsOf;
    q = q.where((eb) => eb.or([eb('f.status', '<>', 'draft'), eb('f.partner_id', '=', partner)]));
  }
  return paginate(
    q,
    query,
    { title: 'f.title', closesOn: 'f.closes_on', value: 'f.value', createdAt: 'f.created_at' },
    'f.opportunity_id',
  );
}

/**
 * Approved, trading enterprises in the market (the gate, in SQL with the GIN index on markets), with which of the
 * needed capabilities their own words show. Every enterprise in one class (the same capability hits, turnover band,
 * local jobs or not, and same ward / other ward / none) scores the same, and ties go by name then id; so the first
 * `limit` of each class, in that order, hold the exact top `limit` overall, and only those rows leave the database.
 */
export async function enterpriseCandidates(
  db: Db,
  need: { market: string; capabilities: readonly string[]; areaId: string | null },
  limit: number,
) {
  const hits = need.capabilities.length
    ? sql<
        boolean[]
      >`array[${sql.join(need.capabilities.map((c) => sql`e.search_text like ${likePattern(c.trim().toLowerCase())}`))}]`
    : sql<boolean[]>`'{}'::boolean[]`;
  const ward = need.areaId ?? '00000000-0000-0000-0000-000000000000';
  const inMarket = cdb(db)
    .selectFrom('enterprises as e')
    .select([
      'e.id',
      'e.name',
      'e.markets',
      'e.area_id',
      'e.local_jobs',
      'e.turnover_band',
      hits.as('hits'),
      sql<number>`count(*) over ()`.as('considered'),
      sql<number>`row_number() over (partition by ${hits}, e.turnover_band, e.local_jobs > 0,
        case when e.area_id = ${ward}::uuid then 0 when e.area_id is null then 2 else 1 end
        order by e.name collate "C", e.id)`.as('rank'),
    ])
    .where('e.markets', '@>', sql<string[]>`array[${need.market}]::text[]`)
    .where('e.status', '=', 'approved')
    .where('e.stage', '<>', 'idea');
  return cdb(db).selectFrom(inMarket.as('c')).selectAll('c').where('c.rank', '<=', limit).execute();
}

/** Consortia in the market with their members' turnover, jobs, wards and words (the lead first). */
export async function consortiumCandidates(db: Db, market: string) {
  return cdb(db)
    .selectFrom('consortia as c')
    .innerJoin('consortium_members as m', 'm.consortium_id', 'c.id')
    .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .select([
      'c.id',
      'c.name',
      'c.market',
      'c.capabilities',
      'c.lead_enterprise_id',
      'e.id as member_id',
      'e.area_id',
      'e.local_jobs',
      'e.turnover_band',
      'e.search_text',
    ])
    .where('c.market', '=', market)
    .orderBy('c.id')
    .orderBy(sql`e.id = c.lead_enterprise_id`, 'desc')
    .orderBy('e.id')
    .execute();
}
