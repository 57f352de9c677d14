import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, forbidden, notFound } from '../../http/errors';
import { inScope, partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import { invalidField, unknownRef } from './programme.errors';
import * as progressRepo from './research-cohorts.repo';
import * as repo from './researchers.repo';
import {
  accreditation,
  checkStatusChange,
  nextStep,
  type Accreditation,
  type LeaveReason,
  type ResearcherStatus,
} from './researchers.rules';

/**
 * Residents (of those given) who are active community researchers now: used by skills matching for the
 * waiting-list rule "active community researchers first". Community partners and paused or left researchers
 * do not count.
 */
export async function activeResearcherResidentIds(db: Db, residentIds: string[]): Promise<Set<string>> {
  const ids = residentIds.filter(isUuid);
  return new Set(await repo.activeResidentIds(db, ids));
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findResearcher>>>;
export interface ResearcherView {
  id: string;
  displayName: string;
  role: 'researcher' | 'community_partner';
  status: ResearcherStatus;
  leaveReason: LeaveReason | null;
  leftOn: string | null;
  partner: { id: string; name: string };
  residentId: string | null;
  userId: string | null;
  recruitmentEventId: string | null;
  signedUpOn: string;
  version: number;
  updatedAt: string;
}

export const toView = (r: Row): ResearcherView => ({
  id: r.id,
  displayName: r.display_name,
  role: r.role as ResearcherView['role'],
  status: r.status as ResearcherStatus,
  leaveReason: r.leave_reason as LeaveReason | null,
  leftOn: r.left_on,
  partner: { id: r.partner_id, name: r.partner_name },
  residentId: r.resident_id,
  userId: r.user_id,
  recruitmentEventId: r.recruitment_event_id,
  signedUpOn: r.signed_up_on,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
});

/** Leads see their partner's researchers (admins all); a community researcher only their own record. */
export function canSee(ctx: RequestContext, action: Action, r: { partner_id: string; user_id: string | null }) {
  if (!ctx.actor) return true;
  if (ctx.actor.role === 'community_researcher') return r.user_id === ctx.actor.userId;
  return inScope(partnerScope(ctx.actor, action), r.partner_id);
}

/** A researcher the caller may see, or 404 (never reveal another partner's people). */
export async function visibleResearcher(deps: Deps, ctx: RequestContext, id: string, action: Action): Promise<Row> {
  const row = isUuid(id) ? await repo.findResearcher(deps.db, id) : undefined;
  if (!row || !canSee(ctx, action, row)) throw notFound('Researcher');
  return row;
}

export interface ResearcherListQuery extends ListQuery<repo.ResearcherSort> {
  status?: ResearcherStatus | undefined;
  role?: 'researcher' | 'community_partner' | undefined;
}

export async function listResearchers(
  deps: Deps,
  ctx: RequestContext,
  query: ResearcherListQuery,
): Promise<Page<ResearcherView>> {
  const scope = ctx.actor ? partnerScope(ctx.actor, 'research.researchers.list') : ({ kind: 'all' } as const);
  const own = ctx.actor?.role === 'community_researcher' ? ctx.actor.userId : undefined;
  const { rows, total } = await repo.listResearchers(
    deps.db,
    { scope, status: query.status, role: query.role, userId: own },
    query,
  );
  return { items: rows.map(toView), page: query.page, pageSize: query.pageSize, total };
}

export interface ResearcherDetail extends ResearcherView {
  sessionsAttended: number;
  completedInterviews: number;
  accreditation: Accreditation;
  nextStep: { sessions: number; interviews: number } | null;
}

export async function getResearcher(deps: Deps, ctx: RequestContext, id: string): Promise<ResearcherDetail> {
  const row = await visibleResearcher(deps, ctx, id, 'research.researchers.read');
  const progress = await progressRepo.progressOf(deps.db, [row.id]);
  const p = progress.get(row.id) ?? { sessionsAttended: 0, completedInterviews: 0 };
  return { ...toView(row), ...p, accreditation: accreditation(p), nextStep: nextStep(p) };
}

export interface ResearcherInput {
  displayName: string;
  role: 'researcher' | 'community_partner';
  partner?: string | undefined;
  residentId?: string | null | undefined;
  userId?: string | null | undefined;
  recruitmentEventId?: string | null | undefined;
  signedUpOn?: string | undefined;
}

/** A sign-up: the supervising partner is the caller's own unless an admin names another. */
export async function createResearcher(deps: Deps, ctx: RequestContext, input: ResearcherInput) {
  const partnerId = input.partner ?? ctx.actor?.partnerId;
  if (!partnerId) throw invalidField('body.partner', 'a supervising partner is required');
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.researchers.manage'), partnerId)) {
    throw forbidden('you may only sign up researchers supervised by your own partner');
  }
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertResearcher(trx, {
      partnerId,
      residentId: input.residentId ?? null,
      userId: input.userId ?? null,
      displayName: input.displayName,
      role: input.role,
      recruitmentEventId: input.recruitmentEventId ?? null,
      signedUpOn: input.signedUpOn,
    });
    await recordAudit(trx, ctx, {
      action: 'research.researcher.create',
      entity: 'researcher',
      entityId: id,
      partnerId,
    });
    await recordActivity(trx, {
      kind: 'event',
      partnerId,
      subject: { type: 'researcher', id },
      summary: input.role === 'community_partner' ? 'A community partner joined' : 'A community researcher signed up',
      visibility: 'partner',
      actorUserId: ctx.actor?.userId ?? null,
    });
    return getResearcher({ ...deps, db: trx }, ctx, id);
  });
}

export interface StatusInput {
  status: ResearcherStatus;
  leaveReason: LeaveReason | null;
  version: number;
}

export async function changeStatus(deps: Deps, ctx: RequestContext, id: string, input: StatusInput) {
  const row = await visibleResearcher(deps, ctx, id, 'research.researchers.manage');
  const problem = checkStatusChange(row.status as ResearcherStatus, input.status, input.leaveReason);
  if (problem === 'reason-required') throw invalidField('body.leaveReason', 'a reason for leaving is required');
  if (problem === 'reason-not-allowed') throw invalidField('body.leaveReason', 'only a leaver has a reason');
  if (problem === 'already-in-status') throw unknownRef('body.status', `the researcher is already ${input.status}`);
  return inTransaction(deps.db, async (trx) => {
    const leftOn = input.status === 'left' ? new Date().toISOString().slice(0, 10) : null;
    const ok = await repo.updateResearcherStatus(trx, id, input.version, { ...input, leftOn });
    if (!ok) throw new AppError('conflict', 'the researcher was changed by someone else; reload and try again');
    await recordAudit(trx, ctx, {
      action: 'research.researcher.status',
      entity: 'researcher',
      entityId: id,
      partnerId: row.partner_id,
      detail: { status: input.status, leaveReason: input.leaveReason },
    });
    return getResearcher({ ...deps, db: trx }, ctx, id);
  });
}
