import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';
import type { MatchingTables } from './matching.tables';

/** Table types for training programmes, cohorts and waiting lists (migration 2026-11-22-0009-training). */
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface TrainingFundersTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  eligibility: Json<unknown>;
  source: Generated<string>;
  created_at: Generated<Date>;
}

export interface TrainingProgrammesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  weeks: number;
  pathway_step: string;
  description: Generated<string>;
  priority_rules: Json<unknown>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface TrainingCohortsTable {
  id: Generated<string>;
  programme_id: string;
  funder_id: string;
  name: string;
  capacity: number;
  starts_on: DateColumn;
  ends_on: DateColumn;
  venue: Generated<string>;
  created_at: Generated<Date>;
}

export interface TrainingWaitingListTable {
  id: Generated<string>;
  programme_id: string;
  candidate_id: string;
  joined_on: DateColumn;
  status: Generated<string>;
  token_hash: string;
  created_at: Generated<Date>;
}

export interface TrainingEnrolmentsTable {
  id: Generated<string>;
  cohort_id: string;
  candidate_id: string;
  enrolled_on: DateColumn;
  created_at: Generated<Date>;
}

export interface TrainingAttendanceTable {
  cohort_id: string;
  candidate_id: string;
  session_on: DateColumn;
  present: boolean;
  recorded_at: Generated<Date>;
}

export type TrainingTables = MatchingTables & {
  training_funders: TrainingFundersTable;
  training_programmes: TrainingProgrammesTable;
  training_cohorts: TrainingCohortsTable;
  training_waiting_list: TrainingWaitingListTable;
  training_enrolments: TrainingEnrolmentsTable;
  training_attendance: TrainingAttendanceTable;
};

export type TrainingDb = Kysely<DB & TrainingTables>;

export const tdb = (db: Db): TrainingDb => db.withTables<TrainingTables>();
