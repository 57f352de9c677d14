import type { Db } from '../../db/tx';
import { caldb } from './calendar.tables';

/** Registrations for calendar events, and the event row lock that keeps capacity exact. */
export const lockEvent = (db: Db, id: string) =>
  caldb(db)
    .selectFrom('comms_events')
    .select(['id', 'title', 'starts_at', 'capacity', 'public', 'partner_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const countRegistrations = async (db: Db, eventId: string) =>
  Number(
    (
      await caldb(db)
        .selectFrom('event_registrations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertRegistration = (
  db: Db,
  r: {
    event_id: string;
    user_id: string | null;
    name: string;
    email: string;
    language: string;
    enterprise_id: string | null;
  },
) =>
  caldb(db)
    .insertInto('event_registrations')
    .values(r)
    .onConflict((oc) => oc.columns(['event_id', 'email']).doNothing())
    .returning('id')
    .executeTakeFirst();

export const registrationsOf = (db: Db, eventId: string) =>
  caldb(db)
    .selectFrom('event_registrations')
    .select(['id', 'user_id', 'name', 'email', 'language', 'enterprise_id', 'attended', 'registered_at'])
    .where('event_id', '=', eventId)
    .orderBy('registered_at')
    .orderBy('id')
    .execute();

export const setAttended = (db: Db, eventId: string, registrationId: string, attended: boolean) =>
  caldb(db)
    .updateTable('event_registrations')
    .set({ attended })
    .where('event_id', '=', eventId)
    .where('id', '=', registrationId)
    .returning('id')
    .executeTakeFirst();

/** The signed-in person's name, address and language, to register them. */
export const person = (db: Db, userId: string) =>
  caldb(db).selectFrom('users').select(['display_name', 'email', 'locale']).where('id', '=', userId).executeTakeFirst();
