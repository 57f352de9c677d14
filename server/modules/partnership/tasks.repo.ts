import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import type { LinkType, TaskStatus } from './coordination.rules';
import { memberBodyIds } from './governance.repo';

export type TaskSort = 'dueOn' | 'title' | 'status' | 'createdAt' | 'updatedAt';

export interface TaskFilter {
  partnerId?: string | undefined;
  /** with partnerId: also the actions of meetings of bodies this user or partner belongs to */
  orMeetingsOf?: { userId: string; partnerId: string } | undefined;
  status?: TaskStatus | undefined;
  ownerUserId?: string | undefined;
  workPackageId?: string | undefined;
  meetingId?: string | undefined;
  overdueOn?: string | undefined;
}

const tasks = (db: Db) =>
  db
    .selectFrom('tasks as t')
    .innerJoin('users as u', 'u.id', 't.owner_user_id')
    .innerJoin('partners as p', 'p.id', 't.owner_partner_id')
    .leftJoin('work_packages as w', 'w.id', 't.work_package_id')
    .leftJoin('meetings as m', 'm.id', 't.meeting_id')
    .select([
      't.id',
      't.title',
      't.description',
      't.due_on',
      't.status',
      't.version',
      't.meeting_id',
      't.created_at',
      't.updated_at',
      'u.id as owner_id',
      'u.display_name as owner_name',
      'p.id as p_id',
      'p.slug as p_slug',
      'p.name as p_name',
      'w.id as wp_id',
      'w.slug as wp_slug',
      'w.code as wp_code',
      'w.name as wp_name',
      'm.title as meeting_title',
      'm.body_id as meeting_body_id',
    ]);
export type TaskRow = Awaited<ReturnType<ReturnType<typeof tasks>['executeTakeFirstOrThrow']>>;

export async function listTasks(db: Db, f: TaskFilter, query: ListQuery<TaskSort>) {
  let qb = tasks(db);
  if (f.partnerId) {
    const { partnerId, orMeetingsOf: m } = f;
    qb = qb.where((eb) =>
      eb.or([
        eb('t.owner_partner_id', '=', partnerId),
        ...(m
          ? [eb('t.owner_user_id', '=', m.userId), eb('m.body_id', 'in', memberBodyIds(db, m.userId, m.partnerId))]
          : []),
      ]),
    );
  }
  if (f.status) qb = qb.where('t.status', '=', f.status);
  if (f.ownerUserId) qb = qb.where('t.owner_user_id', '=', f.ownerUserId);
  if (f.workPackageId) qb = qb.where('t.work_package_id', '=', f.workPackageId);
  if (f.meetingId) qb = qb.where('t.meeting_id', '=', f.meetingId);
  if (f.overdueOn) qb = qb.where('t.status', 'in', ['todo', 'doing']).where('t.due_on', '<', f.overdueOn);
  if (query.q)
    qb = qb.where((eb) =>
      eb.or([eb('t.title', 'ilike', likePattern(query.q!)), eb('t.description', 'ilike', likePattern(query.q!))]),
    );
  return paginate(
    qb,
    query,
    { dueOn: 't.due_on', title: 't.title', status: 't.status', createdAt: 't.created_at', updatedAt: 't.updated_at' },
    't.id',
  );
}

export const findTask = (db: Db, id: string) => tasks(db).where('t.id', '=', id).executeTakeFirst();

export const lockTask = (db: Db, id: string) =>
  db.selectFrom('tasks').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();

export async function insertTask(
  db: Db,
  t: {
    title: string;
    description: string;
    owner_user_id: string;
    owner_partner_id: string;
    due_on: string | null;
    status: TaskStatus;
    work_package_id: string | null;
    meeting_id: string | null;
    created_by: string | null;
  },
) {
  return db.insertInto('tasks').values(t).returning('id').executeTakeFirstOrThrow();
}

export async function updateTask(
  db: Db,
  id: string,
  c: Partial<{
    title: string;
    description: string;
    owner_user_id: string;
    owner_partner_id: string;
    due_on: string | null;
    status: TaskStatus;
    work_package_id: string | null;
  }>,
) {
  await db
    .updateTable('tasks')
    .set({ ...c, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export const linksOf = (db: Db, taskId: string) =>
  db.selectFrom('task_links').select(['record_type', 'record_id']).where('task_id', '=', taskId).execute();

export async function setLinks(db: Db, taskId: string, links: { type: LinkType; id: string }[]) {
  await db.deleteFrom('task_links').where('task_id', '=', taskId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('task_links')
    .values(links.map((l) => ({ task_id: taskId, record_type: l.type, record_id: l.id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export const commentsOf = (db: Db, taskId: string) =>
  db
    .selectFrom('task_comments as c')
    .leftJoin('users as u', 'u.id', 'c.author_user_id')
    .select(['c.id', 'c.body', 'c.created_at', 'u.id as author_id', 'u.display_name as author_name'])
    .where('c.task_id', '=', taskId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();

export async function insertComment(db: Db, c: { task_id: string; author_user_id: string | null; body: string }) {
  return db.insertInto('task_comments').values(c).returning('id').executeTakeFirstOrThrow();
}

/** Every open task past its due date, with its owner's address and language, for the daily reminders. */
export const overdueTasks = (db: Db, today: string) =>
  db
    .selectFrom('tasks as t')
    .innerJoin('users as u', 'u.id', 't.owner_user_id')
    .select(['t.id', 't.title', 't.due_on', 'u.id as owner_id', 'u.email', 'u.display_name', 'u.locale'])
    .where('t.status', 'in', ['todo', 'doing'])
    .where('t.due_on', '<', today)
    .where('u.disabled', '=', false)
    .orderBy('u.id')
    .orderBy('t.due_on')
    .execute();
