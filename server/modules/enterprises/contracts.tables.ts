import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';
import type { EnterpriseTables } from './enterprises.tables';

/** Table types of contracts, grants, bids, awards and social-value measures (migration 0018). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
/** numeric(14,2) columns come back as strings; write them as strings too */
type Money = ColumnType<string, string, string>;

export interface ContractDetailsTable {
  opportunity_id: string;
  ocid: string;
  buyer_partner_id: string;
  currency: Generated<string>;
  procurement_method: Generated<string>;
  main_category: Generated<string>;
  items: Json<ContractItem[]>;
  updated_at: Timestamp;
}

export interface ContractItem {
  id: string;
  description: string;
  classification?: { scheme: string; id: string; description?: string | undefined } | undefined;
  quantity?: number | undefined;
}

export interface GrantDetailsTable {
  opportunity_id: string;
  identifier: string;
  funder_partner_id: string | null;
  funder_name: string;
  funder_org_id: string;
  currency: Generated<string>;
  grant_programme: Generated<string>;
  planned_start: string | null;
  planned_end: string | null;
  updated_at: Timestamp;
}

export interface ContractGrantFeaturesTable {
  opportunity_id: string;
  kind: 'contract' | 'grant';
  partner_id: string;
  title: string;
  status: string;
  value: Money | null;
  area_id: string | null;
  closes_on: string | null;
  market: string;
  capabilities: TextArray;
  search_text: string;
  created_at: Generated<Date>;
}

export interface BidsTable {
  id: Generated<string>;
  opportunity_id: string;
  enterprise_id: string | null;
  consortium_id: string | null;
  status: Generated<string>;
  amount: Money | null;
  notes: Generated<string>;
  submitted_at: Timestamp | null;
  decided_at: Timestamp | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface AwardsTable {
  id: Generated<string>;
  opportunity_id: string;
  bid_id: string;
  source: string;
  funder_name: string;
  amount: Money;
  currency: Generated<string>;
  award_date: string;
  year: ColumnType<number, never, never>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface AwardSharesTable {
  award_id: string;
  enterprise_id: string;
  area_id: string | null;
  amount: Money;
}

export interface SocialValueMeasuresTable {
  code: string;
  label: Json<Record<string, string>>;
  unit: string;
  description: Generated<string>;
  active: Generated<boolean>;
  position: Generated<number>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface AwardMeasuresTable {
  award_id: string;
  measure_code: string;
  value: Money;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export type ContractTables = EnterpriseTables & {
  contract_details: ContractDetailsTable;
  grant_details: GrantDetailsTable;
  contract_grant_features: ContractGrantFeaturesTable;
  bids: BidsTable;
  awards: AwardsTable;
  award_shares: AwardSharesTable;
  social_value_measures: SocialValueMeasuresTable;
  award_measures: AwardMeasuresTable;
};

export type ContractDb = Kysely<DB & ContractTables>;

/** The shared handle (or transaction), typed with the enterprise and contract tables as well. */
export const cdb = (db: Db): ContractDb => db.withTables<ContractTables>();
