import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';

/** Table types of the researcher programme and interviews (migration 2026-11-22-0012-researchers). */
type Day = ColumnType<string, string | undefined, string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export interface RecruitmentEventsTable {
  id: Generated<string>;
  partner_id: string;
  title: string;
  held_on: Day;
  area_id: string | null;
  location: Generated<string>;
  notes: Generated<string>;
  created_at: Generated<Date>;
}

export interface ResearchersTable {
  id: Generated<string>;
  partner_id: string;
  resident_id: string | null;
  user_id: string | null;
  display_name: string;
  role: Generated<string>;
  status: Generated<string>;
  leave_reason: string | null;
  left_on: Day | null;
  recruitment_event_id: string | null;
  signed_up_on: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CohortsTable {
  id: Generated<string>;
  partner_id: string;
  name: string;
  starts_on: Day;
  ends_on: Day;
  capacity: Generated<number>;
  created_at: Generated<Date>;
}

export interface CohortSessionsTable {
  id: Generated<string>;
  cohort_id: string;
  number: number;
  held_on: Day;
  topic: Generated<string>;
}

export interface CohortMembersTable {
  cohort_id: string;
  researcher_id: string;
}

export interface SessionAttendanceTable {
  session_id: string;
  researcher_id: string;
  attended: boolean;
  recorded_at: Generated<Date>;
}

export interface MentoringNotesTable {
  id: Generated<string>;
  researcher_id: string;
  author_user_id: string | null;
  body_enc: string;
  created_at: Generated<Date>;
}

export interface CommunityReportsTable {
  id: Generated<string>;
  partner_id: string;
  researcher_id: string | null;
  author_user_id: string | null;
  meeting_title: string;
  met_on: Day;
  area_id: string | null;
  kind: string;
  body: Generated<string>;
  ideas: Json<string[]>;
  needs: Json<string[]>;
  skills: Json<string[]>;
  audio_path: string | null;
  audio_type: string | null;
  audio_size: number | null;
  created_at: Generated<Date>;
}

export interface InterviewsTable {
  id: Generated<string>;
  partner_id: string;
  researcher_id: string | null;
  title: string;
  interviewee_label: string;
  interviewed_on: Day;
  language: Generated<string>;
  area_id: string | null;
  consent_recorded: Generated<boolean>;
  consent_on: Day | null;
  quote_consent: Generated<string>;
  transcript: Generated<string>;
  audio_path: string | null;
  audio_type: string | null;
  audio_size: number | null;
  status: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ThemesTable {
  id: Generated<string>;
  partner_id: string;
  name: string;
  description: Generated<string>;
}

export interface CodesTable {
  id: Generated<string>;
  partner_id: string;
  theme_id: string | null;
  name: string;
  description: Generated<string>;
}

export interface CodedSegmentsTable {
  id: Generated<string>;
  interview_id: string;
  code_id: string;
  start_offset: number;
  end_offset: number;
  created_by: string | null;
  created_at: Generated<Date>;
}

// A type alias (not an interface) so it satisfies Kysely's withTables<Record<string, ...>> constraint.
export type ProgrammeTables = {
  research_recruitment_events: RecruitmentEventsTable;
  research_researchers: ResearchersTable;
  research_cohorts: CohortsTable;
  research_cohort_sessions: CohortSessionsTable;
  research_cohort_members: CohortMembersTable;
  research_session_attendance: SessionAttendanceTable;
  research_mentoring_notes: MentoringNotesTable;
  research_community_reports: CommunityReportsTable;
  research_interviews: InterviewsTable;
  research_themes: ThemesTable;
  research_codes: CodesTable;
  research_coded_segments: CodedSegmentsTable;
};

export type ProgrammeDb = Kysely<DB & ProgrammeTables>;

/** The shared database handle (or transaction), typed with the programme tables as well. */
export const pdb = (db: Db): ProgrammeDb => db.withTables<ProgrammeTables>();
