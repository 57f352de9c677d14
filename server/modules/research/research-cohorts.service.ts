import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { invalidField, unknownRef } from './programme.errors';
import * as repo from './research-cohorts.repo';
import { checkCohortDates, spreadSessions } from './research-cohorts.rules';
import { findResearcher } from './researchers.repo';
import { accreditation, type Accreditation } from './researchers.rules';

export interface CohortView {
  id: string;
  name: string;
  partner: { id: string; name: string };
  startsOn: string;
  endsOn: string;
  capacity: number;
  members: number;
}

const scopeOf = (ctx: RequestContext, action: 'research.cohorts.list' | 'research.cohorts.manage') =>
  ctx.actor ? partnerScope(ctx.actor, action) : ({ kind: 'all' } as const);

export async function listCohorts(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.CohortSort>,
): Promise<Page<CohortView>> {
  const { rows, total } = await repo.listCohorts(deps.db, scopeOf(ctx, 'research.cohorts.list'), query);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      partner: { id: r.partner_id, name: r.partner_name },
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      capacity: r.capacity,
      members: Number(r.members ?? 0),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export interface CohortDetail extends CohortView {
  sessions: { id: string; number: number; heldOn: string; topic: string }[];
  people: {
    id: string;
    displayName: string;
    status: string;
    attended: string[];
    sessionsAttended: number;
    accreditation: Accreditation;
  }[];
  canManage: boolean;
}

async function visibleCohort(deps: Deps, ctx: RequestContext, id: string) {
  const c = isUuid(id) ? await repo.findCohort(deps.db, id) : undefined;
  if (!c || !inScope(scopeOf(ctx, 'research.cohorts.list'), c.partner_id)) throw notFound('Cohort');
  return c;
}

/** The attendance grid: sessions across, people down; accreditation counts sessions from every cohort. */
export async function getCohort(deps: Deps, ctx: RequestContext, id: string): Promise<CohortDetail> {
  const c = await visibleCohort(deps, ctx, id);
  const [sessions, members, marks] = await Promise.all([
    repo.cohortSessions(deps.db, c.id),
    repo.cohortMembers(deps.db, c.id),
    repo.cohortAttendance(deps.db, c.id),
  ]);
  const progress = await repo.progressOf(
    deps.db,
    members.map((m) => m.id),
  );
  const manage =
    !ctx.actor ||
    (ctx.actor.role !== 'community_researcher' && inScope(scopeOf(ctx, 'research.cohorts.manage'), c.partner_id));
  return {
    id: c.id,
    name: c.name,
    partner: { id: c.partner_id, name: c.partner_name },
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    capacity: c.capacity,
    members: members.length,
    sessions: sessions.map((s) => ({ id: s.id, number: s.number, heldOn: s.held_on, topic: s.topic })),
    people: members.map((m) => {
      const p = progress.get(m.id) ?? { sessionsAttended: 0, completedInterviews: 0 };
      return {
        id: m.id,
        displayName: m.display_name,
        status: m.status,
        attended: marks.filter((a) => a.researcher_id === m.id && a.attended).map((a) => a.session_id),
        sessionsAttended: p.sessionsAttended,
        accreditation: accreditation(p),
      };
    }),
    canManage: manage,
  };
}

export interface CohortInput {
  name: string;
  startsOn: string;
  endsOn: string;
  capacity?: number | undefined;
  partner?: string | undefined;
  sessions?: string[] | undefined;
  topics?: string[] | undefined;
}

export async function createCohort(deps: Deps, ctx: RequestContext, input: CohortInput): Promise<CohortDetail> {
  const problem = checkCohortDates(input.startsOn, input.endsOn, input.sessions);
  if (problem) throw invalidField(problem.path, problem.message);
  const partnerId = input.partner ?? ctx.actor?.partnerId;
  if (!partnerId || !isUuid(partnerId)) throw invalidField('body.partner', 'a partner id is required');
  if (!inScope(scopeOf(ctx, 'research.cohorts.manage'), partnerId))
    throw forbidden('you may only run cohorts for your own partner');
  const dates = input.sessions ?? spreadSessions(input.startsOn, input.endsOn);
  const id = await inTransaction(deps.db, async (trx) => {
    const cohortId = await repo.insertCohort(
      trx,
      { partnerId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, capacity: input.capacity ?? 15 },
      dates.map((heldOn, i) => ({ number: i + 1, heldOn, topic: input.topics?.[i] ?? '' })),
    );
    await recordAudit(trx, ctx, { action: 'research.cohort.create', entity: 'cohort', entityId: cohortId, partnerId });
    return cohortId;
  });
  return getCohort(deps, ctx, id);
}

async function managedCohort(deps: Deps, ctx: RequestContext, id: string) {
  const c = await visibleCohort(deps, ctx, id);
  if (!inScope(scopeOf(ctx, 'research.cohorts.manage'), c.partner_id)) throw forbidden();
  return c;
}

export async function addMembers(deps: Deps, ctx: RequestContext, id: string, researcherIds: string[]) {
  const c = await managedCohort(deps, ctx, id);
  const current = await repo.cohortMembers(deps.db, c.id);
  const fresh = [...new Set(researcherIds)].filter((r) => !current.some((m) => m.id === r));
  if (current.length + fresh.length > c.capacity)
    throw unknownRef('body.researchers', `the cohort is full (capacity ${c.capacity})`);
  for (const [i, rid] of fresh.entries()) {
    const r = isUuid(rid) ? await findResearcher(deps.db, rid) : undefined;
    if (!r || r.partner_id !== c.partner_id)
      throw unknownRef(`body.researchers.${i}`, `no researcher ${rid} supervised by this cohort's partner`);
  }
  await inTransaction(deps.db, async (trx) => {
    await repo.addMembers(trx, c.id, fresh);
    await recordAudit(trx, ctx, {
      action: 'research.cohort.members',
      entity: 'cohort',
      entityId: c.id,
      partnerId: c.partner_id,
      detail: { added: fresh.length },
    });
  });
  return getCohort(deps, ctx, id);
}

export interface Mark {
  session: string;
  researcher: string;
  attended: boolean;
}

/** Records (or corrects) attendance marks; every mark must name a session of this cohort and one of its members. */
export async function recordAttendance(deps: Deps, ctx: RequestContext, id: string, marks: Mark[]) {
  const c = await managedCohort(deps, ctx, id);
  const [sessions, members] = await Promise.all([
    repo.cohortSessions(deps.db, c.id),
    repo.cohortMembers(deps.db, c.id),
  ]);
  for (const [i, m] of marks.entries()) {
    if (!sessions.some((s) => s.id === m.session))
      throw unknownRef(`body.marks.${i}.session`, 'not a session of this cohort');
    if (!members.some((p) => p.id === m.researcher))
      throw unknownRef(`body.marks.${i}.researcher`, 'not a member of this cohort');
  }
  await inTransaction(deps.db, async (trx) => {
    await repo.upsertAttendance(
      trx,
      marks.map((m) => ({ sessionId: m.session, researcherId: m.researcher, attended: m.attended })),
    );
    await recordAudit(trx, ctx, {
      action: 'research.cohort.attendance',
      entity: 'cohort',
      entityId: c.id,
      partnerId: c.partner_id,
      detail: { marks: marks.length },
    });
  });
  return getCohort(deps, ctx, id);
}
