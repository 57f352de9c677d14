import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';
import type { CandidatesTable, MatchingTables } from './matching.tables';

/** Table types for the pipeline (migration 2026-11-22-0011-pipeline). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PipelineCandidatesTable extends CandidatesTable {
  stage: Generated<string>;
  stage_changed_at: Timestamp;
  withdrawn_reason: string | null;
  /** equality monitoring (sex, ethnicity) as AES-256-GCM ciphertext of JSON; read only by the fairness report */
  monitoring_enc: string | null;
}

export interface CandidateStageMovesTable {
  id: Generated<string>;
  candidate_id: string;
  from_stage: string;
  to_stage: string;
  reason: string | null;
  moved_by: string | null;
  moved_at: Generated<Date>;
}

export interface InterimPlacementsTable {
  id: Generated<string>;
  candidate_id: string;
  provider: string;
  role: string;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string | null, string | null, string | null>;
  hours_per_week: ColumnType<string | null, number | null, number | null>;
  status: Generated<string>;
  notes: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export type PipelineTables = Omit<MatchingTables, 'candidates'> & {
  candidates: PipelineCandidatesTable;
  candidate_stage_moves: CandidateStageMovesTable;
  interim_placements: InterimPlacementsTable;
};

export type PipelineDb = Kysely<DB & PipelineTables>;

export const pdb = (db: Db): PipelineDb => db.withTables<PipelineTables>();
