import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { cdb } from './activity.tables';

/** What a partner's round-up draws on besides the feed counts: its own news, what is coming, what is due. */

/** The partner's own (partner-visibility) events of the week, newest first. */
export const partnerNews = (db: Db, partnerId: string, from: Date, to: Date, limit: number) =>
  cdb(db)
    .selectFrom('activity_events')
    .select(['summary', 'occurred_at'])
    .where('partner_id', '=', partnerId)
    .where('visibility', '=', 'partner')
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute();

/** Meetings of bodies the partner (or one of its people) belongs to, in the window. */
export const upcomingMeetings = (db: Db, partnerId: string, from: Date, to: Date) =>
  db
    .selectFrom('meetings as m')
    .select(['m.title', 'm.starts_at'])
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('governance_body_members as g')
          .leftJoin('users as u', 'u.id', 'g.user_id')
          .select(sql`1`.as('one'))
          .whereRef('g.body_id', '=', 'm.body_id')
          .where((w) => w.or([w('g.partner_id', '=', partnerId), w('u.partner_id', '=', partnerId)])),
      ),
    )
    .orderBy('m.starts_at')
    .limit(20)
    .execute();

/** Shared calendar events in the window (the calendar is the partnership's, so every partner sees it). */
export const upcomingEvents = (db: Db, from: Date, to: Date) =>
  cdb(db)
    .selectFrom('comms_events')
    .select(['title', 'starts_at'])
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .orderBy('starts_at')
    .limit(20)
    .execute();

/** The partner's open tasks due by `until` (overdue ones included). */
export const tasksDue = (db: Db, partnerId: string, until: string) =>
  db
    .selectFrom('tasks')
    .select(['title', 'due_on'])
    .where('owner_partner_id', '=', partnerId)
    .where('status', 'in', ['todo', 'doing'])
    .where('due_on', 'is not', null)
    .where('due_on', '<=', until as never)
    .orderBy('due_on')
    .limit(20)
    .execute();

/** Referrals sent to the partner and not yet answered. */
export async function referralsWaiting(db: Db, partnerId: string): Promise<number> {
  const row = await cdb(db)
    .selectFrom('referrals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('to_partner_id', '=', partnerId)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
