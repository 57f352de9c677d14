import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';

/** Table types of referrals, the activity feed, round-ups, calendar and stories (migration 0015). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string | undefined, string>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface ReferralsTable {
  id: Generated<string>;
  resident_id: string;
  from_partner_id: string;
  from_work_package_id: string | null;
  to_work_package_id: string;
  to_partner_id: string;
  reason: string;
  status: Generated<string>;
  decline_reason: string | null;
  sent_by: string | null;
  sent_at: Generated<Date>;
  responded_by: string | null;
  responded_at: Timestamp | null;
  completed_at: Timestamp | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface ActivityEventsTable {
  id: Generated<string>;
  kind: string;
  partner_id: string | null;
  work_package_id: string | null;
  subject_type: string;
  subject_id: string;
  summary: string;
  visibility: string;
  actor_user_id: string | null;
  occurred_at: Timestamp;
}

export interface PartnerContactsTable {
  id: Generated<string>;
  partner_id: string;
  name: string;
  email: string;
  language: Generated<string>;
}

export interface RoundupsTable {
  id: Generated<string>;
  week_start: Day;
  status: Generated<string>;
  intro: Generated<string>;
  highlights: Json<string[]>;
  drafted_at: Generated<Date>;
  approved_by: string | null;
  approved_at: Timestamp | null;
  sent_at: Timestamp | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface RoundupDeliveriesTable {
  id: Generated<string>;
  roundup_id: string;
  partner_id: string;
  email: string;
  language: string;
  mail_id: string | null;
  created_at: Generated<Date>;
}

export interface WorkPackageMembersTable {
  work_package_id: string;
  partner_id: string;
}

export interface CommsEventsTable {
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  location: Generated<string>;
  partner_id: string;
  work_package_id: string | null;
  public: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface StoriesTable {
  id: Generated<string>;
  kind: string;
  title: string;
  body: string;
  person_name: string | null;
  consent_level: string;
  partner_id: string;
  work_package_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  /** migration 0021 */
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface ChampionsTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  partner_id: string;
  work_package_id: string | null;
  since: Day;
  created_at: Generated<Date>;
}

export type CoordinationTables = {
  referrals: ReferralsTable;
  activity_events: ActivityEventsTable;
  partner_contacts: PartnerContactsTable;
  roundups: RoundupsTable;
  roundup_deliveries: RoundupDeliveriesTable;
  work_package_members: WorkPackageMembersTable;
  comms_events: CommsEventsTable;
  stories: StoriesTable;
  champions: ChampionsTable;
};

export type CoordinationDb = Kysely<DB & CoordinationTables>;

/** The shared database handle (or transaction), typed with this slice's tables as well. */
export const cdb = (db: Db): CoordinationDb => db.withTables<CoordinationTables>();
