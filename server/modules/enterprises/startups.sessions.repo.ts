import type { Db } from '../../db/tx';
import { sdb } from './startups.tables';

/** Cohort sessions and their attendance; progress, milestones and the one-to-one support log of a start-up. */

export const listSessions = (db: Db, cohortId: string) =>
  sdb(db)
    .selectFrom('cohort_sessions as s')
    .select(['s.id', 's.title', 's.module_code', 's.starts_at', 's.capacity'])
    .select((eb) =>
      eb
        .selectFrom('session_attendance as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.session_id', '=', 's.id')
        .as('attended'),
    )
    .where('s.cohort_id', '=', cohortId)
    .orderBy('s.starts_at')
    .execute();

export const insertSession = (
  db: Db,
  s: { cohort_id: string; module_code: string | null; title: string; starts_at: Date; capacity: number },
) => sdb(db).insertInto('cohort_sessions').values(s).returning('id').executeTakeFirstOrThrow();

export const lockSession = (db: Db, id: string) =>
  sdb(db)
    .selectFrom('cohort_sessions')
    .select(['id', 'cohort_id', 'capacity', 'title'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const attendance = (db: Db, sessionId: string) =>
  sdb(db)
    .selectFrom('session_attendance')
    .select('enterprise_id')
    .where('session_id', '=', sessionId)
    .execute()
    .then((rows) => rows.map((r) => r.enterprise_id));

export async function replaceAttendance(db: Db, sessionId: string, enterpriseIds: readonly string[]) {
  await sdb(db).deleteFrom('session_attendance').where('session_id', '=', sessionId).execute();
  if (enterpriseIds.length > 0)
    await sdb(db)
      .insertInto('session_attendance')
      .values(enterpriseIds.map((enterprise_id) => ({ session_id: sessionId, enterprise_id })))
      .execute();
}

export const progressOf = (db: Db, enterpriseId: string) =>
  sdb(db)
    .selectFrom('startup_progress')
    .select(['module_code', 'status', 'updated_at'])
    .where('enterprise_id', '=', enterpriseId)
    .execute();

export const progressOfMany = (db: Db, enterpriseIds: readonly string[]) =>
  enterpriseIds.length === 0
    ? Promise.resolve([])
    : sdb(db)
        .selectFrom('startup_progress')
        .select(['enterprise_id', 'module_code', 'status'])
        .where('enterprise_id', 'in', [...enterpriseIds])
        .execute();

export const upsertProgress = (db: Db, enterpriseId: string, moduleCode: string, status: string) =>
  sdb(db)
    .insertInto('startup_progress')
    .values({ enterprise_id: enterpriseId, module_code: moduleCode, status, updated_at: new Date() })
    .onConflict((oc) => oc.columns(['enterprise_id', 'module_code']).doUpdateSet({ status, updated_at: new Date() }))
    .execute();

export const milestonesOf = (db: Db, enterpriseId: string) =>
  sdb(db)
    .selectFrom('startup_milestones')
    .select(['milestone', 'reached_on'])
    .where('enterprise_id', '=', enterpriseId)
    .execute();

export const upsertMilestone = (db: Db, enterpriseId: string, milestone: string, reachedOn: string) =>
  sdb(db)
    .insertInto('startup_milestones')
    .values({ enterprise_id: enterpriseId, milestone, reached_on: reachedOn })
    .onConflict((oc) => oc.columns(['enterprise_id', 'milestone']).doUpdateSet({ reached_on: reachedOn }))
    .execute();

export const supportLog = (db: Db, enterpriseId: string) =>
  sdb(db)
    .selectFrom('startup_support_log as l')
    .leftJoin('users as u', 'u.id', 'l.logged_by')
    .select(['l.id', 'l.held_on', 'l.minutes', 'l.topic', 'l.notes', 'u.display_name as logged_by_name'])
    .where('l.enterprise_id', '=', enterpriseId)
    .orderBy('l.held_on', 'desc')
    .orderBy('l.created_at', 'desc')
    .limit(200)
    .execute();

export const insertSupport = (
  db: Db,
  s: {
    enterprise_id: string;
    held_on: string;
    minutes: number;
    topic: string;
    notes: string;
    logged_by: string | null;
  },
) => sdb(db).insertInto('startup_support_log').values(s).returning('id').executeTakeFirstOrThrow();
