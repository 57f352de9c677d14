import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { enterpriseRefs, visibleEnterprise, type EnterpriseRef } from './enterprises.service';
import { badField, full, ruleBroken } from './startups.errors';
import { programmeModules as packModules, type ProgrammeModule } from './startups.reference';
import * as mentorsRepo from './mentors.repo';
import * as repo from './startups.repo';
import { completion, hasRoom, isStartup, type ModuleStatus } from './startups.rules';
import * as sessions from './startups.sessions.repo';

/** The start-up programme: programmes of modules, cohorts, members (capacity enforced), sessions and attendance. */
export interface ProgrammeView {
  id: string;
  name: string;
  description: string;
  modules: ProgrammeModule[];
}

export async function listProgrammes(deps: Deps): Promise<ProgrammeView[]> {
  const labels = new Map(packModules(deps).map((m) => [m.code, m]));
  return (await repo.listProgrammes(deps.db)).map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    modules: p.modules.map((code) => labels.get(code) ?? { code, label: { en: code } }),
  }));
}

export async function createProgramme(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; description?: string | undefined; modules?: string[] | undefined },
) {
  const known = packModules(deps).map((m) => m.code);
  const modules = [...new Set(input.modules ?? known)];
  const unknown = modules.find((m) => !known.includes(m));
  if (unknown) throw ruleBroken('body.modules', `unknown module ${unknown}; the city pack lists ${known.join(', ')}`);
  return inTransaction(deps.db, async (trx) => {
    if ((await repo.listProgrammes(trx)).some((p) => p.name.toLowerCase() === input.name.trim().toLowerCase()))
      throw new AppError('conflict', `A programme called ${input.name} already exists`);
    const id = await repo.insertProgramme(
      trx,
      { name: input.name.trim(), description: input.description ?? '' },
      modules,
    );
    await recordAudit(trx, ctx, { action: 'startups.programme.create', entity: 'startup_programme', entityId: id });
    return { id };
  });
}

export interface CohortSummary {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  lead: { id: string; name: string } | null;
  capacity: number;
  members: number;
  programme: { id: string; name: string };
}
const toSummary = (r: NonNullable<Awaited<ReturnType<typeof repo.getCohort>>>): CohortSummary => ({
  id: r.id,
  name: r.name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  lead: r.lead_id && r.lead_name ? { id: r.lead_id, name: r.lead_name } : null,
  capacity: r.capacity,
  members: Number(r.members ?? 0),
  programme: { id: r.programme_id, name: r.programme_name },
});

export async function listCohorts(
  deps: Deps,
  query: ListQuery<repo.CohortSort> & { programme?: string | undefined },
): Promise<Page<CohortSummary>> {
  const { items, total } = await repo.listCohorts(deps.db, { programmeId: query.programme }, query);
  return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total };
}

export async function createCohort(
  deps: Deps,
  ctx: RequestContext,
  programmeId: string,
  input: { name: string; startsOn: string; endsOn?: string | undefined; lead?: string | undefined; capacity: number },
) {
  if (!(await repo.listProgrammes(deps.db)).some((p) => p.id === programmeId)) throw notFound('Programme');
  if (input.endsOn && input.endsOn < input.startsOn)
    throw badField('body.endsOn', 'a cohort cannot end before it starts');
  if (input.lead && !(await mentorsRepo.getMentor(deps.db, input.lead)))
    throw ruleBroken('body.lead', 'is not a recruited mentor');
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo
      .insertCohort(trx, {
        programme_id: programmeId,
        name: input.name.trim(),
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        lead_mentor_id: input.lead ?? null,
        capacity: input.capacity,
      })
      .catch((err: unknown) => {
        if ((err as { code?: string }).code === '23505')
          throw new AppError('conflict', `The programme already has a cohort called ${input.name}`);
        throw err;
      });
    await recordAudit(trx, ctx, { action: 'startups.cohort.create', entity: 'startup_cohort', entityId: id });
    return { id };
  });
}

/** Staff see every cohort; an enterprise member only the cohorts its enterprise belongs to. */
export async function visibleCohort(deps: Deps, ctx: RequestContext, id: string) {
  const row = isUuid(id) ? await repo.getCohort(deps.db, id) : undefined;
  if (!row) throw notFound('Cohort');
  if (ctx.actor?.role === 'enterprise_member' && !(await repo.isCohortUser(deps.db, id, ctx.actor.userId)))
    throw notFound('Cohort');
  return row;
}

export interface CohortView extends CohortSummary {
  modules: string[];
  memberList: (EnterpriseRef & { joinedAt: string; completion: number })[];
  sessions: {
    id: string;
    title: string;
    module: string | null;
    startsAt: string;
    capacity: number;
    attended: number;
  }[];
}

export async function getCohort(deps: Deps, ctx: RequestContext, id: string): Promise<CohortView> {
  const row = await visibleCohort(deps, ctx, id);
  const [modules, members, list] = await Promise.all([
    repo.programmeModules(deps.db, row.programme_id),
    repo.cohortMembers(deps.db, id),
    sessions.listSessions(deps.db, id),
  ]);
  const ids = members.map((m) => m.enterprise_id);
  const [refs, progress] = await Promise.all([enterpriseRefs(deps.db, ids), sessions.progressOfMany(deps.db, ids)]);
  const byEnterprise = new Map<string, Map<string, ModuleStatus>>();
  for (const p of progress) {
    const m = byEnterprise.get(p.enterprise_id) ?? new Map<string, ModuleStatus>();
    m.set(p.module_code, p.status as ModuleStatus);
    byEnterprise.set(p.enterprise_id, m);
  }
  return {
    ...toSummary(row),
    modules,
    memberList: members.flatMap((m) => {
      const ref = refs.get(m.enterprise_id);
      const done = completion(modules, byEnterprise.get(m.enterprise_id) ?? new Map());
      return ref ? [{ ...ref, joinedAt: m.joined_at.toISOString(), completion: done }] : [];
    }),
    sessions: list.map((s) => ({
      id: s.id,
      title: s.title,
      module: s.module_code,
      startsAt: s.starts_at.toISOString(),
      capacity: s.capacity,
      attended: Number(s.attended ?? 0),
    })),
  };
}

/** A start-up joins a cohort: only idea or start-up stage enterprises, and never past the cohort's capacity. */
export async function joinCohort(deps: Deps, ctx: RequestContext, cohortId: string, enterpriseId: string) {
  const enterprise = isUuid(enterpriseId)
    ? (await enterpriseRefs(deps.db, [enterpriseId])).get(enterpriseId)
    : undefined;
  if (!enterprise) throw ruleBroken('body.enterprise', `no enterprise ${enterpriseId}`);
  const row = await visibleEnterprise(deps, ctx, enterpriseId);
  if (!isStartup(row.stage))
    throw ruleBroken(
      'body.enterprise',
      `${row.name} is established; the start-up programme is for ideas and start-ups`,
    );
  await inTransaction(deps.db, async (trx) => {
    const cohort = await repo.lockCohort(trx, cohortId);
    if (!cohort) throw notFound('Cohort');
    const taken = await repo.countMembers(trx, cohortId);
    const added = hasRoom(taken, cohort.capacity) ? await repo.addMember(trx, cohortId, enterpriseId) : null;
    if (added === null) throw full('The cohort', cohort.capacity);
    if (!added) throw new AppError('conflict', `${row.name} is already in this cohort`);
    await recordAudit(trx, ctx, { action: 'startups.cohort.join', entity: 'startup_cohort', entityId: cohortId });
  });
  return getCohort(deps, ctx, cohortId);
}

export async function addSession(
  deps: Deps,
  ctx: RequestContext,
  cohortId: string,
  input: { title: string; module?: string | undefined; startsAt: string; capacity?: number | undefined },
) {
  const cohort = await visibleCohort(deps, ctx, cohortId);
  if (input.module && !(await repo.programmeModules(deps.db, cohort.programme_id)).includes(input.module))
    throw ruleBroken('body.module', `the programme has no module ${input.module}`);
  const { id } = await sessions.insertSession(deps.db, {
    cohort_id: cohortId,
    module_code: input.module ?? null,
    title: input.title.trim(),
    starts_at: new Date(input.startsAt),
    capacity: input.capacity ?? cohort.capacity,
  });
  return { id };
}

/** Records who attended a session (the whole list); members of the cohort only, never more than its capacity. */
export async function recordAttendance(deps: Deps, ctx: RequestContext, sessionId: string, enterpriseIds: string[]) {
  const unique = [...new Set(enterpriseIds)];
  return inTransaction(deps.db, async (trx) => {
    const session = isUuid(sessionId) ? await sessions.lockSession(trx, sessionId) : undefined;
    if (!session) throw notFound('Session');
    if (unique.length > session.capacity) throw full(`The session ${session.title}`, session.capacity);
    const members = new Set((await repo.cohortMembers(trx, session.cohort_id)).map((m) => m.enterprise_id));
    const stranger = unique.findIndex((id) => !members.has(id));
    if (stranger >= 0) throw ruleBroken(`body.enterprises.${stranger}`, 'not a member of this cohort');
    await sessions.replaceAttendance(trx, sessionId, unique);
    await recordAudit(trx, ctx, { action: 'startups.attendance', entity: 'cohort_session', entityId: sessionId });
    return { session: sessionId, attended: unique };
  });
}

export const checkDay = (value: string, path: string) => {
  if (
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw badField(path, `${value} is not a calendar day`);
};
