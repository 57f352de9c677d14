import type { Deps } from '../../deps';
import type { AgendaItem, MeetingPaper } from '../../db/schema';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { recordActivity } from './activity.service';
import { invalidField, personRef } from './coordination.errors';
import { meetingTimesProblem, type AttendanceStatus } from './coordination.rules';
import { memberScope, visibleBody } from './governance.service';
import * as repo from './meetings.repo';
import { sendInvitations } from './meetings.mail.service';
import { workPackageId } from './work-packages.service';
import { createTask, listTasks, type NewTask, type TaskDetail, type TaskView } from './tasks.service';

type Ref = { id: string; slug: string; name: string };
export interface MeetingSummary {
  id: string;
  body: Ref;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
}
export interface MeetingView extends MeetingSummary {
  minutes: string;
  agenda: AgendaItem[];
  papers: MeetingPaper[];
  attendance: { user: { id: string; displayName: string; partner: Ref }; status: AttendanceStatus }[];
  decisions: { id: string; text: string; createdAt: string }[];
  actions: TaskView[];
}

const summary = (r: repo.MeetingRow): MeetingSummary => ({
  id: r.id,
  body: { id: r.body_id, slug: r.body_slug, name: r.body_name },
  title: r.title,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at.toISOString(),
  location: r.location,
});

export async function listMeetings(
  deps: Deps,
  ctx: RequestContext,
  q: ListQuery<repo.MeetingSort> & {
    body?: string | undefined;
    workPackage?: string | undefined;
    upcoming?: boolean | undefined;
  },
): Promise<Page<MeetingSummary>> {
  const bodyId = q.body ? (await visibleBody(deps, ctx, q.body, 'querystring.body')).id : undefined;
  const wpId = q.workPackage ? await workPackageId(deps, q.workPackage, 'querystring.workPackage') : undefined;
  const { items, total } = await repo.listMeetings(
    deps.db,
    memberScope(ctx, 'meetings.list'),
    { bodyId, workPackageId: wpId, from: q.upcoming ? new Date() : undefined },
    q,
  );
  return { items: items.map(summary), page: q.page, pageSize: q.pageSize, total };
}

/** A meeting of a body the caller belongs to (or any, for coordinators); anything else is 404. */
async function visibleMeeting(deps: Deps, ctx: RequestContext, id: string): Promise<repo.MeetingRow> {
  const row = isUuid(id) ? await repo.findMeeting(deps.db, id) : undefined;
  if (!row) throw notFound('Meeting');
  await visibleBody(deps, ctx, row.body_id).catch(() => {
    throw notFound('Meeting');
  });
  return row;
}

export async function getMeeting(deps: Deps, ctx: RequestContext, id: string): Promise<MeetingView> {
  const row = await visibleMeeting(deps, ctx, id);
  // One after another: inside a transaction the queries share one connection.
  const attendees = await repo.attendeesOf(deps.db, id);
  const decisions = await repo.decisionsOf(deps.db, id);
  const actions = await listTasks(deps, ctx, { meeting: id, page: 1, pageSize: 100, sort: 'createdAt' });
  return {
    ...summary(row),
    minutes: row.minutes,
    agenda: row.agenda,
    papers: row.papers,
    attendance: attendees.map((a) => ({
      user: { id: a.id, displayName: a.display_name, partner: { id: a.p_id, slug: a.p_slug, name: a.p_name } },
      status: a.status,
    })),
    decisions: decisions.map((d) => ({ id: d.id, text: d.text, createdAt: d.created_at.toISOString() })),
    actions: actions.items,
  };
}

function checkTimes(startsAt: Date, endsAt: Date) {
  const problem = meetingTimesProblem(startsAt, endsAt);
  if (problem) throw invalidField(`body.${problem.field}`, problem.message);
}

export interface NewMeeting {
  body: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location?: string | undefined;
  agenda?: AgendaItem[] | undefined;
  papers?: MeetingPaper[] | undefined;
  invitees?: string[] | undefined;
}

/** Creates a meeting; invitees are recorded as invited and each is mailed an iCalendar invitation. */
export async function createMeeting(deps: Deps, ctx: RequestContext, input: NewMeeting): Promise<MeetingView> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkTimes(startsAt, endsAt);
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const body = await visibleBody(d, ctx, input.body, 'body.body');
    const { id } = await repo.insertMeeting(trx, {
      body_id: body.id,
      title: input.title,
      starts_at: startsAt,
      ends_at: endsAt,
      location: input.location ?? '',
      agenda: input.agenda ?? [],
      papers: input.papers ?? [],
      created_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, { action: 'meeting.create', entity: 'meeting', entityId: id });
    // meetings are seen by their body's members, which the feed cannot tell: coordinators only
    await recordActivity(trx, {
      kind: 'meeting',
      partnerId: null,
      subject: { type: 'meeting', id },
      summary: `Meeting scheduled: ${input.title}`,
      visibility: 'coordinators',
      actorUserId: ctx.actor?.userId,
    });
    await invite(d, id, input.invitees ?? [], 'body.invitees');
    return getMeeting(d, ctx, id);
  });
}

async function invite(deps: Deps, meetingId: string, users: string[], at: string) {
  for (const [i, user] of users.entries()) {
    const person = await personRef(deps.db, user, `${at}.${i}`);
    await repo.setAttendance(deps.db, meetingId, person.id, 'invited');
  }
  await sendInvitations(deps, meetingId);
}

/** Invites more people (or re-sends to none: each invitee is mailed once per meeting). */
export async function inviteToMeeting(deps: Deps, ctx: RequestContext, id: string, users: string[]) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    await visibleMeeting(d, ctx, id);
    await invite(d, id, users, 'body.users');
    await recordAudit(trx, ctx, { action: 'meeting.invite', entity: 'meeting', entityId: id, detail: { users } });
    return getMeeting(d, ctx, id);
  });
}

export interface MeetingPatch {
  title?: string | undefined;
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  location?: string | undefined;
  minutes?: string | undefined;
  agenda?: AgendaItem[] | undefined;
  papers?: MeetingPaper[] | undefined;
}

export async function updateMeeting(deps: Deps, ctx: RequestContext, id: string, p: MeetingPatch) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const locked = isUuid(id) ? await repo.lockMeeting(trx, id) : undefined;
    if (!locked) throw notFound('Meeting');
    const row = await visibleMeeting(d, ctx, id);
    const startsAt = p.startsAt ? new Date(p.startsAt) : row.starts_at;
    const endsAt = p.endsAt ? new Date(p.endsAt) : row.ends_at;
    checkTimes(startsAt, endsAt);
    const { startsAt: _s, endsAt: _e, ...rest } = p;
    const rescheduled = p.startsAt !== undefined || p.endsAt !== undefined || p.location !== undefined;
    await repo.updateMeeting(trx, id, { ...rest, starts_at: startsAt, ends_at: endsAt }, rescheduled);
    if (rescheduled) await sendInvitations(d, id);
    await recordAudit(trx, ctx, {
      action: 'meeting.update',
      entity: 'meeting',
      entityId: id,
      detail: { fields: Object.keys(p) },
    });
    return getMeeting(d, ctx, id);
  });
}

export async function recordAttendance(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  items: { user: string; status: AttendanceStatus }[],
) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    await visibleMeeting(d, ctx, id);
    for (const [i, item] of items.entries()) {
      const person = await personRef(trx, item.user, `body.attendance.${i}.user`);
      await repo.setAttendance(trx, id, person.id, item.status);
    }
    await recordAudit(trx, ctx, { action: 'meeting.attendance', entity: 'meeting', entityId: id });
    return getMeeting(d, ctx, id);
  });
}

export async function recordDecision(deps: Deps, ctx: RequestContext, id: string, text: string) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    await visibleMeeting(d, ctx, id);
    const decision = await repo.insertDecision(trx, id, text);
    await recordAudit(trx, ctx, {
      action: 'meeting.decision',
      entity: 'meeting',
      entityId: id,
      detail: { decision: decision.id },
    });
    return getMeeting(d, ctx, id);
  });
}

/** A meeting's action is a task, created in the same transaction, that remembers the meeting it came from. */
export async function recordAction(deps: Deps, ctx: RequestContext, id: string, action: NewTask): Promise<TaskDetail> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    await visibleMeeting(d, ctx, id);
    return createTask(d, ctx, action, id);
  });
}
