import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';
import type { EnterpriseTables } from './enterprises.tables';

/** Table types of the start-up programme, mentors and network membership (migration 0017). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type Json<T> = ColumnType<T, string, string>;

export type StartupTables = {
  startup_programmes: {
    id: Generated<string>;
    name: string;
    description: Generated<string>;
    created_at: Generated<Date>;
  };
  programme_modules: { id: Generated<string>; programme_id: string; code: string; position: Generated<number> };
  startup_cohorts: {
    id: Generated<string>;
    programme_id: string;
    name: string;
    starts_on: Day;
    /** migration 0027 */
    ends_on: ColumnType<string | null, string | null | undefined, string | null>;
    lead_mentor_id: ColumnType<string | null, string | null | undefined, string | null>;
    capacity: number;
    created_at: Generated<Date>;
  };
  cohort_members: { cohort_id: string; enterprise_id: string; joined_at: Generated<Date> };
  cohort_sessions: {
    id: Generated<string>;
    cohort_id: string;
    module_code: string | null;
    title: string;
    starts_at: Timestamp;
    capacity: number;
  };
  session_attendance: { session_id: string; enterprise_id: string; attended_at: Generated<Date> };
  startup_progress: { enterprise_id: string; module_code: string; status: string; updated_at: Timestamp };
  startup_support_log: {
    id: Generated<string>;
    enterprise_id: string;
    held_on: Day;
    minutes: number;
    topic: string;
    notes: Generated<string>;
    logged_by: string | null;
    created_at: Generated<Date>;
  };
  startup_milestones: { enterprise_id: string; milestone: string; reached_on: Day };
  peer_posts: {
    id: Generated<string>;
    cohort_id: string;
    parent_id: string | null;
    author_id: string | null;
    body: string;
    created_at: Generated<Date>;
  };
  mentors: {
    id: Generated<string>;
    partner_id: string;
    user_id: string | null;
    name: string;
    email: string;
    job_title: Generated<string>;
    skills: TextArray;
    sectors: TextArray;
    languages: TextArray;
    hours_per_month: number;
    max_mentees: Generated<number>;
    bio: Generated<string>;
    status: Generated<string>;
    created_at: Generated<Date>;
  };
  mentor_relationships: {
    id: Generated<string>;
    mentor_id: string;
    enterprise_id: string;
    status: Generated<string>;
    score: number;
    reasons: Json<unknown[]>;
    confirmed_by: string | null;
    confirmed_at: Generated<Date>;
    ended_at: Timestamp | null;
  };
  mentor_sessions: {
    id: Generated<string>;
    relationship_id: string;
    held_on: Day;
    minutes: number;
    notes: Generated<string>;
    rating: number | null;
    feedback: Generated<string>;
    logged_by: string | null;
    created_at: Generated<Date>;
  };
  network_members: { enterprise_id: string; joined_on: Day; status: Generated<string> };
};

export type StartupDb = Kysely<DB & EnterpriseTables & StartupTables>;

/** The shared handle (or transaction), typed with the enterprise and start-up tables. */
export const sdb = (db: Db): StartupDb => db.withTables<EnterpriseTables & StartupTables>();
