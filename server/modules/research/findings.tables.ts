import type { ColumnType, Generated } from 'kysely';
import type { Db } from '../../db/tx';
import { rdb } from './research.tables';
import type { FindingRule } from './findings.rules';

/** Table types of the findings tables (migration 2026-11-22-0014-research-findings). */
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export interface ResearchFindingMapsTable {
  form_version_id: string;
  form_id: string;
  rules: Json<FindingRule[]>;
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface ResearchFindingsTable {
  id: Generated<string>;
  submission_id: string;
  form_id: string;
  path: string;
  becomes: string;
  value: string;
  area_id: string | null;
  micro_asset_id: string | null;
  occupation_code: string | null;
  created_at: Generated<Date>;
}

export interface ResearchFindingMarksTable {
  submission_id: string;
  revision: number;
  xml_sha256: string;
  applied_at: Generated<Date>;
}

export interface ResearchFollowUpReferralsTable {
  id: Generated<string>;
  form_id: string;
  contact_hash: string;
  target: string;
  question: string;
  status: Generated<string>;
  referral_ref: string | null;
  last_error: string | null;
  entered_on: ColumnType<string, string, string>;
}

export type FindingsOnlyTables = {
  research_finding_maps: ResearchFindingMapsTable;
  research_findings: ResearchFindingsTable;
  research_finding_marks: ResearchFindingMarksTable;
  research_follow_up_referrals: ResearchFollowUpReferralsTable;
};

/** The shared database handle (or transaction), typed with the research and findings tables. */
export const fdb = (db: Db) => rdb(db).withTables<FindingsOnlyTables>();
