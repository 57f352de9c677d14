import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';

/** Table types of indicators, targets, manual results, reports and plans (migration 0019; plan status 0028). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;
/** numeric columns read back as exact decimal strings */
type Numeric = ColumnType<string, number | string, number | string>;

export interface ImpactIndicatorsTable {
  id: Generated<string>;
  code: string;
  name: string;
  definition_text: Generated<string>;
  unit: string;
  period: string;
  baseline: ColumnType<string, number | string | undefined, number | string>;
  work_package_id: string | null;
  macro_asset_id: string | null;
  method: string;
  query: Json<unknown> | null;
  published: Generated<boolean>;
  headline: Generated<boolean>;
  position: Generated<number>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ImpactTargetsTable {
  indicator_id: string;
  period_start: string;
  period_end: string;
  target: Numeric;
}

export interface ImpactManualResultsTable {
  id: Generated<string>;
  indicator_id: string;
  period_start: string;
  period_end: string;
  value: Numeric;
  area_id: string | null;
  evidence_url: string | null;
  evidence_name: string | null;
  evidence_type: string | null;
  evidence_data: Buffer | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ImpactReportsTable {
  id: Generated<string>;
  title: string;
  period_start: string;
  period_end: string;
  narrative: Json<{ heading: string; body: string }[]>;
  snapshot: Json<unknown>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ImpactPlansTable {
  id: Generated<string>;
  area_id: string;
  title: string;
  sections: Json<{ heading: string; body: string }[]>;
  status: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ImpactPlanActionsTable {
  id: Generated<string>;
  plan_id: string;
  title: string;
  task_id: string | null;
  created_at: Generated<Date>;
}

export interface ImpactMonthlyCacheTable {
  indicator_id: string;
  month: string;
  area_id: string | null;
  value: Numeric;
}

export interface ImpactCacheStateTable {
  indicator_id: string;
  query_text: string;
  through_month: string;
  refreshed_at: Generated<Date>;
}

export type ImpactTables = {
  impact_monthly_cache: ImpactMonthlyCacheTable;
  impact_cache_state: ImpactCacheStateTable;
  impact_indicators: ImpactIndicatorsTable;
  impact_targets: ImpactTargetsTable;
  impact_manual_results: ImpactManualResultsTable;
  impact_reports: ImpactReportsTable;
  impact_plans: ImpactPlansTable;
  impact_plan_actions: ImpactPlanActionsTable;
};

export type ImpactDb = Kysely<DB & ImpactTables>;
export const idb = (db: Db): ImpactDb => db.withTables<ImpactTables>();
