import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';
import type { MatchingTables } from './matching.tables';

/** Table types for employers, vacancy details, match features and matches (migration 0010). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string | null, string | null, string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface EmployersTable {
  partner_id: string;
  kind: string;
  area_id: string | null;
  lat: number | null;
  lng: number | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface VacancyDetailsTable {
  opportunity_id: string;
  employer_partner_id: string;
  pay_scale: string;
  band: number | null;
  role: string | null;
  registration: string | null;
  dbs: string;
  paid: boolean;
  hours: string;
  updated_at: Timestamp;
}

export interface VacancyMatchFeaturesTable {
  opportunity_id: string;
  partner_id: string;
  title: string;
  status: string;
  quantity: number;
  occupation_codes: string[];
  band: number | null;
  registration: string | null;
  dbs: string;
  paid: boolean;
  cefr: number;
  lat: number | null;
  lng: number | null;
  closes_on: DateColumn;
  /** the role its details name, and its hours pattern (migration 0025) */
  role: string | null;
  hours: string | null;
  refreshed_at: Timestamp;
}

export interface CandidateMatchFeaturesTable {
  candidate_id: string;
  occupation_code: string;
  partner_id: string;
  profession: string | null;
  regulator: string | null;
  right_to_work: string;
  right_to_work_expires_on: DateColumn;
  dbs: string;
  cefr: number;
  cefr_source: string;
  english_for_regulator: string;
  english_shortfall: number | null;
  stage: number;
  registered: boolean;
  current_step: string | null;
  steps_left: Json<string[]>;
  ready_in_months: number | null;
  ready_basis: string | null;
  static_open: number;
  static_reg: number;
  lat: number | null;
  lng: number | null;
  /** gated interim roles eligible for, evidence still to show per role, availability (migration 0025) */
  roles_eligible: ColumnType<string[], string[] | undefined, string[]>;
  role_gaps: ColumnType<Record<string, string[]>, string | undefined, string>;
  available_hours: number | null;
  available_from: DateColumn;
  refreshed_at: Timestamp;
}

export interface MatchWatermarksTable {
  name: string;
  seen_until: Timestamp;
}

export interface MatchesTable {
  id: Generated<string>;
  opportunity_id: string;
  candidate_id: string;
  occupation_code: string;
  status: string;
  score: number;
  readiness: string;
  ready_in_months: number | null;
  breakdown: Json<unknown>;
  reasons: Json<string[]>;
  gaps: Json<string[]>;
  reason: string;
  decided_by: string | null;
  decided_at: Timestamp;
  version: Generated<number>;
}

export type EmployerTables = MatchingTables & {
  employers: EmployersTable;
  vacancy_details: VacancyDetailsTable;
  vacancy_match_features: VacancyMatchFeaturesTable;
  candidate_match_features: CandidateMatchFeaturesTable;
  match_watermarks: MatchWatermarksTable;
  matches: MatchesTable;
};

export type EmployerDb = Kysely<DB & EmployerTables>;

/** The shared handle (or transaction), typed with the matching and employer tables as well. */
export const edb = (db: Db): EmployerDb => db.withTables<EmployerTables>();
