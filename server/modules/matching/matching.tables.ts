import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';

/** Table types for the matching module's tables (migration 2026-11-22-0006-matching). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<Date, string, string>;
type Json<T> = ColumnType<T, string | undefined, string>;
/** numeric columns arrive as strings from PostgreSQL */
type Numeric = ColumnType<string, number, number>;

export interface CandidatesTable {
  id: Generated<string>;
  reference: string;
  partner_id: string;
  caseworker_id: string | null;
  /** the resident this candidate is (migration 0009); null for records made before the link */
  resident_id: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<string>;
  source: string;
  full_name: string;
  preferred_name: string | null;
  name_key: string;
  date_of_birth: ColumnType<Date | null, string | null, string | null>;
  phone: string | null;
  phone_key: string | null;
  email: string | null;
  area_id: string | null;
  borough: string | null;
  right_to_work: Generated<string>;
  right_to_work_checked_on: ColumnType<Date | null, string | null, string | null>;
  right_to_work_expires_on: ColumnType<Date | null, string | null, string | null>;
  dbs: Generated<string>;
  immigration_status_enc: string | null;
  previous_roles: ColumnType<string[] | null, string | null, string | null>;
  possible_duplicates: Json<{ id: string; reason: string }[]>;
  notes: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface CandidateQualificationsTable {
  id: Generated<string>;
  candidate_id: string;
  position: number;
  occupation_code: string;
  country: string | null;
  institution: string | null;
  year: number | null;
  years_of_practice: ColumnType<string | null, number | null, number | null>;
  specialties: Json<string[]>;
  documents: Json<string[]>;
}

export interface CandidateLanguagesTable {
  candidate_id: string;
  language: string;
  level: string | null;
}

export interface CandidateEnglishTestsTable {
  id: Generated<string>;
  candidate_id: string;
  test: string;
  variant: string;
  taken_on: DateColumn;
  report_number: string | null;
  listening: Numeric;
  reading: Numeric;
  writing: Numeric;
  speaking: Numeric;
  overall: ColumnType<string | null, number | null, number | null>;
}

export interface CandidateProgressTable {
  id: Generated<string>;
  candidate_id: string;
  step: string;
  outcome: string;
  on_date: DateColumn;
}

export type MatchingTables = {
  candidates: CandidatesTable;
  candidate_qualifications: CandidateQualificationsTable;
  candidate_languages: CandidateLanguagesTable;
  candidate_english_tests: CandidateEnglishTestsTable;
  candidate_progress: CandidateProgressTable;
};

export type MatchingDb = Kysely<DB & MatchingTables>;

/** The shared database handle (or transaction), typed with the matching tables as well. */
export const mdb = (db: Db): MatchingDb => db.withTables<MatchingTables>();
