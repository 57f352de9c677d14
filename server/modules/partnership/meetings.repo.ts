import { likePattern, paginate } from '../../db/paging';
import type { AgendaItem, MeetingPaper } from '../../db/schema';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import type { AttendanceStatus } from './coordination.rules';
import { memberBodyIds, type MemberScope } from './governance.repo';

export type MeetingSort = 'startsAt' | 'title';

const meetings = (db: Db) =>
  db
    .selectFrom('meetings as m')
    .innerJoin('governance_bodies as b', 'b.id', 'm.body_id')
    .select([
      'm.id',
      'm.title',
      'm.starts_at',
      'm.ends_at',
      'm.location',
      'm.minutes',
      'm.agenda',
      'm.papers',
      'm.sequence',
      'm.updated_at',
      'b.id as body_id',
      'b.slug as body_slug',
      'b.name as body_name',
    ]);
export type MeetingRow = Awaited<ReturnType<ReturnType<typeof meetings>['executeTakeFirstOrThrow']>>;

export async function listMeetings(
  db: Db,
  scope: MemberScope,
  f: { bodyId?: string | undefined; from?: Date | undefined; workPackageId?: string | undefined },
  query: ListQuery<MeetingSort>,
) {
  let qb = meetings(db);
  if (scope.kind === 'member') qb = qb.where('m.body_id', 'in', memberBodyIds(db, scope.userId, scope.partnerId));
  if (f.bodyId) qb = qb.where('m.body_id', '=', f.bodyId);
  if (f.from) qb = qb.where('m.ends_at', '>=', f.from);
  const wp = f.workPackageId;
  if (wp)
    qb = qb.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('tasks as t')
          .select('t.id')
          .whereRef('t.meeting_id', '=', 'm.id')
          .where('t.work_package_id', '=', wp),
      ),
    );
  if (query.q) qb = qb.where('m.title', 'ilike', likePattern(query.q));
  return paginate(qb, query, { startsAt: 'm.starts_at', title: 'm.title' }, 'm.id');
}

export const findMeeting = (db: Db, id: string) => meetings(db).where('m.id', '=', id).executeTakeFirst();

export const lockMeeting = (db: Db, id: string) =>
  db.selectFrom('meetings').select('id').where('id', '=', id).forUpdate().executeTakeFirst();

export async function insertMeeting(
  db: Db,
  m: {
    body_id: string;
    title: string;
    starts_at: Date;
    ends_at: Date;
    location: string;
    agenda: AgendaItem[];
    papers: MeetingPaper[];
    created_by: string | null;
  },
) {
  return db
    .insertInto('meetings')
    .values({ ...m, agenda: JSON.stringify(m.agenda), papers: JSON.stringify(m.papers) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateMeeting(
  db: Db,
  id: string,
  c: Partial<{
    title: string;
    starts_at: Date;
    ends_at: Date;
    location: string;
    minutes: string;
    agenda: AgendaItem[];
    papers: MeetingPaper[];
  }>,
  bumpSequence: boolean,
) {
  const { agenda, papers, ...rest } = c;
  await db
    .updateTable('meetings')
    .set((eb) => ({
      ...rest,
      ...(agenda ? { agenda: JSON.stringify(agenda) } : {}),
      ...(papers ? { papers: JSON.stringify(papers) } : {}),
      ...(bumpSequence ? { sequence: eb('sequence', '+', 1) } : {}),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .execute();
}

export const attendeesOf = (db: Db, meetingId: string) =>
  db
    .selectFrom('meeting_attendees as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('partners as p', 'p.id', 'u.partner_id')
    .select([
      'a.status',
      'u.id',
      'u.display_name',
      'u.email',
      'u.locale',
      'p.id as p_id',
      'p.slug as p_slug',
      'p.name as p_name',
    ])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('u.display_name')
    .execute();

/** Records a status; inviting someone who already answered (attended, apologies) keeps their answer. */
export async function setAttendance(db: Db, meetingId: string, userId: string, status: AttendanceStatus) {
  await db
    .insertInto('meeting_attendees')
    .values({ meeting_id: meetingId, user_id: userId, status })
    .onConflict((oc) =>
      status === 'invited'
        ? oc.columns(['meeting_id', 'user_id']).doNothing()
        : oc.columns(['meeting_id', 'user_id']).doUpdateSet({ status }),
    )
    .execute();
}

export const decisionsOf = (db: Db, meetingId: string) =>
  db
    .selectFrom('meeting_decisions')
    .select(['id', 'text', 'created_at'])
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const insertDecision = (db: Db, meetingId: string, text: string) =>
  db.insertInto('meeting_decisions').values({ meeting_id: meetingId, text }).returning('id').executeTakeFirstOrThrow();
