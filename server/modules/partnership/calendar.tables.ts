import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';
import type { CoordinationTables } from './activity.tables';

/** The calendar's columns and tables added by migration 0017: event kind, capacity, speakers, topics; registrations. */
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export const eventKinds = ['event', 'network_meeting', 'workshop', 'awareness_day', 'peer_group'] as const;
export type EventKind = (typeof eventKinds)[number];

export type CalendarTables = {
  comms_events: CoordinationTables['comms_events'] & {
    kind: Generated<string>;
    capacity: number | null;
    speakers: TextArray;
    topics: TextArray;
  };
  event_registrations: {
    id: Generated<string>;
    event_id: string;
    user_id: string | null;
    name: string;
    email: string;
    language: Generated<string>;
    enterprise_id: string | null;
    attended: boolean | null;
    registered_at: Generated<Date>;
  };
};

export type CalendarDb = Kysely<DB & Omit<CoordinationTables, 'comms_events'> & CalendarTables>;

export const caldb = (db: Db): CalendarDb => db.withTables<Omit<CoordinationTables, 'comms_events'> & CalendarTables>();
