import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { recordActivity } from './activity.service';
import { invalidField, personRef, unknownRef } from './coordination.errors';
import { canUpdateTask, dayOf, isOverdue, type LinkType, type TaskStatus } from './coordination.rules';
import { isMember } from './governance.repo';
import { checkLinks, linkViews, type LinkView } from './tasks.links.service';
import * as repo from './tasks.repo';
import { workPackageId } from './work-packages.service';

type Ref = { id: string; slug: string; name: string };
export interface TaskView {
  id: string;
  title: string;
  description: string;
  owner: { id: string; displayName: string };
  partner: Ref;
  dueOn: string | null;
  status: TaskStatus;
  overdue: boolean;
  workPackage: (Ref & { code: string }) | null;
  meeting: { id: string; title: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export interface TaskDetail extends TaskView {
  links: LinkView[];
  comments: { id: string; body: string; author: { id: string; displayName: string } | null; createdAt: string }[];
  canUpdate: boolean;
}

export function toTaskView(r: repo.TaskRow, today = dayOf(new Date())): TaskView {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    owner: { id: r.owner_id, displayName: r.owner_name },
    partner: { id: r.p_id, slug: r.p_slug, name: r.p_name },
    dueOn: r.due_on,
    status: r.status,
    overdue: isOverdue({ status: r.status, dueOn: r.due_on }, today),
    workPackage: r.wp_id ? { id: r.wp_id, slug: r.wp_slug!, code: r.wp_code!, name: r.wp_name! } : null,
    meeting: r.meeting_id ? { id: r.meeting_id, title: r.meeting_title ?? '' } : null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const coordinator = (ctx: RequestContext) => !ctx.actor || partnerScope(ctx.actor, 'tasks.update').kind === 'all';

/**
 * Coordinators see every task; anyone else their partner's, their own, and the actions of meetings they can see
 * (a meeting's actions are part of its minutes).
 */
async function visible(deps: Deps, ctx: RequestContext, r: repo.TaskRow): Promise<boolean> {
  if (!ctx.actor || partnerScope(ctx.actor, 'tasks.read').kind === 'all') return true;
  if (r.p_id === ctx.actor.partnerId || r.owner_id === ctx.actor.userId) return true;
  return (
    r.meeting_body_id !== null && (await isMember(deps.db, r.meeting_body_id, ctx.actor.userId, ctx.actor.partnerId))
  );
}

export interface TaskListQuery extends ListQuery<repo.TaskSort> {
  status?: TaskStatus | undefined;
  owner?: string | undefined;
  workPackage?: string | undefined;
  meeting?: string | undefined;
  overdue?: boolean | undefined;
}

export async function listTasks(deps: Deps, ctx: RequestContext, q: TaskListQuery): Promise<Page<TaskView>> {
  const today = dayOf(new Date());
  const filter: repo.TaskFilter = { status: q.status, meetingId: q.meeting };
  if (ctx.actor && partnerScope(ctx.actor, 'tasks.list').kind === 'partner') {
    filter.partnerId = ctx.actor.partnerId;
    filter.orMeetingsOf = { userId: ctx.actor.userId, partnerId: ctx.actor.partnerId };
  }
  if (q.owner === 'me') filter.ownerUserId = ctx.actor?.userId ?? '00000000-0000-4000-8000-000000000000';
  else if (q.owner) {
    if (!isUuid(q.owner)) throw invalidField('querystring.owner', 'a user id or "me"');
    filter.ownerUserId = q.owner;
  }
  if (q.workPackage) filter.workPackageId = await workPackageId(deps, q.workPackage, 'querystring.workPackage');
  if (q.meeting && !isUuid(q.meeting)) throw invalidField('querystring.meeting', 'a meeting id');
  if (q.overdue) filter.overdueOn = today;
  const { items, total } = await repo.listTasks(deps.db, filter, q);
  return { items: items.map((r) => toTaskView(r, today)), page: q.page, pageSize: q.pageSize, total };
}

async function visibleRow(deps: Deps, ctx: RequestContext, id: string): Promise<repo.TaskRow> {
  const row = isUuid(id) ? await repo.findTask(deps.db, id) : undefined;
  if (!row || !(await visible(deps, ctx, row))) throw notFound('Task');
  return row;
}

export async function getTask(deps: Deps, ctx: RequestContext, id: string): Promise<TaskDetail> {
  const row = await visibleRow(deps, ctx, id);
  const links = await linkViews(deps, ctx, await repo.linksOf(deps.db, id));
  const comments = await repo.commentsOf(deps.db, id);
  return {
    ...toTaskView(row),
    links,
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      author: c.author_id ? { id: c.author_id, displayName: c.author_name ?? '' } : null,
      createdAt: c.created_at.toISOString(),
    })),
    canUpdate:
      !ctx.actor ||
      canUpdateTask({ userId: ctx.actor.userId, coordinator: coordinator(ctx) }, { ownerUserId: row.owner_id }),
  };
}

export interface TaskInput {
  title?: string | undefined;
  description?: string | undefined;
  owner?: string | undefined;
  partner?: string | undefined;
  dueOn?: string | null | undefined;
  status?: TaskStatus | undefined;
  workPackage?: string | null | undefined;
  links?: { type: LinkType; id: string }[] | undefined;
}
export type NewTask = TaskInput & { title: string; owner: string };

/** The owner, and the partner they act for (their own unless another is named). */
async function ownerColumns(deps: Deps, owner: string, partner: string | undefined) {
  const person = await personRef(deps.db, owner, 'body.owner');
  if (!partner) return { owner_user_id: person.id, owner_partner_id: person.p_id };
  const p = await getPartner(deps, partner).catch(() => undefined);
  if (!p) throw unknownRef('body.partner', `no partner ${partner}`);
  return { owner_user_id: person.id, owner_partner_id: p.id };
}

/** Creates a task (or a meeting's action, with meetingId) in the caller's transaction. */
export async function createTask(
  deps: Deps,
  ctx: RequestContext,
  input: NewTask,
  meetingId: string | null = null,
): Promise<TaskDetail> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const owner = await ownerColumns(d, input.owner, input.partner);
    const wp = input.workPackage ? await workPackageId(d, input.workPackage, 'body.workPackage') : null;
    await checkLinks(d, ctx, input.links ?? []);
    const { id } = await repo.insertTask(trx, {
      title: input.title,
      description: input.description ?? '',
      ...owner,
      due_on: input.dueOn ?? null,
      status: input.status ?? 'todo',
      work_package_id: wp,
      meeting_id: meetingId,
      created_by: ctx.actor?.userId ?? null,
    });
    await repo.setLinks(trx, id, input.links ?? []);
    await recordActivity(trx, {
      kind: 'task',
      partnerId: owner.owner_partner_id,
      workPackageId: wp,
      subject: { type: 'task', id },
      summary: `${meetingId ? 'New action' : 'New task'}: ${input.title}`,
      visibility: 'partner',
      actorUserId: ctx.actor?.userId,
    });
    await recordAudit(trx, ctx, {
      action: meetingId ? 'meeting.action' : 'task.create',
      entity: 'task',
      entityId: id,
      partnerId: owner.owner_partner_id,
      detail: meetingId ? { meetingId } : {},
    });
    return getTask(d, ctx, id);
  });
}

export async function updateTask(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: TaskInput & { version?: number | undefined },
): Promise<TaskDetail> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const locked = isUuid(id) ? await repo.lockTask(trx, id) : undefined;
    const row = locked ? await visibleRow(d, ctx, id) : undefined;
    if (!row) throw notFound('Task');
    const isCoordinator = coordinator(ctx);
    if (
      ctx.actor &&
      !canUpdateTask({ userId: ctx.actor.userId, coordinator: isCoordinator }, { ownerUserId: row.owner_id })
    )
      throw new AppError('forbidden', 'Only the task owner or a coordinator can change this task');
    if (!isCoordinator && (patch.owner !== undefined || patch.partner !== undefined))
      throw new AppError('forbidden', 'Only a coordinator can hand a task to someone else', {
        errors: [{ path: patch.owner !== undefined ? 'body.owner' : 'body.partner', message: 'coordinators only' }],
      });
    if (patch.version !== undefined && patch.version !== row.version)
      throw new AppError(
        'conflict',
        `The task has changed since version ${patch.version} (now ${row.version}); reload`,
      );
    const c: Parameters<typeof repo.updateTask>[2] = {};
    if (patch.title !== undefined) c.title = patch.title;
    if (patch.description !== undefined) c.description = patch.description;
    if (patch.dueOn !== undefined) c.due_on = patch.dueOn;
    if (patch.status !== undefined) c.status = patch.status;
    if (patch.owner !== undefined) Object.assign(c, await ownerColumns(d, patch.owner, patch.partner));
    else if (patch.partner !== undefined) Object.assign(c, await ownerColumns(d, row.owner_id, patch.partner));
    if (patch.workPackage !== undefined)
      c.work_package_id = patch.workPackage ? await workPackageId(d, patch.workPackage, 'body.workPackage') : null;
    if (patch.links) {
      await checkLinks(d, ctx, patch.links);
      await repo.setLinks(trx, id, patch.links);
    }
    await repo.updateTask(trx, id, c);
    if (c.status === 'done' && row.status !== 'done')
      await recordActivity(trx, {
        kind: 'task',
        partnerId: c.owner_partner_id ?? row.p_id,
        workPackageId: row.wp_id,
        subject: { type: 'task', id },
        summary: `Task done: ${c.title ?? row.title}`,
        visibility: 'partner',
        actorUserId: ctx.actor?.userId,
      });
    await recordAudit(trx, ctx, {
      action: 'task.update',
      entity: 'task',
      entityId: id,
      partnerId: c.owner_partner_id ?? row.p_id,
      detail: { fields: Object.keys(patch).filter((k) => k !== 'version') },
    });
    return getTask(d, ctx, id);
  });
}

export async function commentOnTask(deps: Deps, ctx: RequestContext, id: string, body: string): Promise<TaskDetail> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const row = await visibleRow(d, ctx, id);
    await repo.insertComment(trx, { task_id: row.id, author_user_id: ctx.actor?.userId ?? null, body });
    return getTask(d, ctx, id);
  });
}
