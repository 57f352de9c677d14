import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { getGaps } from '../assets/linking.service';
import { getAreaCounts } from '../assets/map.service';
import { createTask } from '../partnership/tasks.service';
import { recordAudit } from '../privacy/privacy.service';
import type { ListQuery } from '../../lib/paging';
import { findAreaId } from '../places/places.service';
import { areaFigures, areaNames } from './drill.service';
import { invalidField } from './impact.errors';
import * as indicators from './indicators.repo';
import * as repo from './plans.repo';

/**
 * Community economic development plans: for an area, a draft pulling its assets, gaps, opportunities and indicators
 * into sections the partnership then edits; each action in the plan becomes a partnership task.
 */
async function draftSections(deps: Deps, ctx: RequestContext, areaSlug: string): Promise<repo.Section[]> {
  const counts = await getAreaCounts(deps, ctx, areaSlug);
  const gaps = await getGaps(deps, ctx);
  const n = (v: number | null) => (v === null ? 'fewer than 5' : String(v));
  const assets = counts.microAssets.byCategory.map((c) => `- ${c.category}: ${n(c.count)}`).join('\n');
  const talent = gaps.hiddenTalent
    .map((t) => ({ label: t.occupation.label, here: t.areas.find((a) => a.area.slug === areaSlug)?.count }))
    .filter((t) => t.here !== undefined && t.here !== 0)
    .slice(0, 8)
    .map((t) => `- ${t.label}: ${n(t.here ?? null)} people with this skill and no local demand`);
  const needs = gaps.trainingNeeds
    .slice(0, 8)
    .map((o) => `- ${o.opportunity.title} (${o.demand} wanted, no local supply yet)`);
  const rows = (await indicators.listIndicators(deps.db, {})).filter((r) => r.method === 'computed');
  const figures = [];
  for (const r of rows) {
    const f = await areaFigures(deps, ctx, r.code, {});
    const here = f.items.find((a) => a.slug === areaSlug);
    if (here && here.value !== 0) figures.push(`- ${r.name}: ${n(here.value)}`);
  }
  return [
    { heading: 'Assets', body: `Micro-assets recorded in ${counts.area.name}:\n${assets}` },
    { heading: 'Gaps', body: talent.join('\n') || 'No unmatched local skills recorded yet.' },
    { heading: 'Opportunities', body: needs.join('\n') || 'No open opportunities without local supply.' },
    { heading: 'Indicators', body: figures.join('\n') || 'No indicator figures for this area yet.' },
    { heading: 'Actions', body: '' },
  ];
}

export async function createPlan(deps: Deps, ctx: RequestContext, input: { area: string; title?: string | undefined }) {
  const sections = await draftSections(deps, ctx, input.area).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'not_found') throw invalidField('body.area', `no area ${input.area}`);
    throw e;
  });
  const counts = await getAreaCounts(deps, ctx, input.area);
  const title = input.title ?? `Community economic development plan: ${counts.area.name}`;
  const { id } = await repo.insertPlan(deps.db, {
    area_id: counts.area.id,
    title,
    sections: JSON.stringify(sections),
    created_by: ctx.actor?.userId ?? null,
  });
  await recordAudit(deps.db, ctx, { action: 'impact.plan.create', entity: 'impact_plan', entityId: id });
  return getPlan(deps, id);
}

export async function getPlan(deps: Deps, id: string) {
  const plan = isUuid(id) ? await repo.findPlan(deps.db, id) : undefined;
  if (!plan) throw notFound('Plan');
  const [actions, areas] = await Promise.all([repo.actionsOf(deps.db, id), areaNames(deps)]);
  return {
    id: plan.id,
    areaId: plan.area_id,
    area: areas.get(plan.area_id) ?? null,
    title: plan.title,
    status: plan.status as repo.PlanStatus,
    sections: plan.sections as repo.Section[],
    version: plan.version,
    updatedAt: plan.updated_at.toISOString(),
    actions: actions.map((a) => ({ id: a.id, title: a.title, taskId: a.task_id })),
  };
}

/** The plans list: search in titles, filter by area (slug) and status, sorted and paged. */
export async function listPlans(
  deps: Deps,
  q: ListQuery<repo.PlanSort> & { area?: string | undefined; status?: repo.PlanStatus | undefined },
) {
  const areaId = q.area ? await findAreaId(deps, q.area) : undefined;
  if (areaId === null) throw invalidField('querystring.area', `no area ${q.area}`);
  const [page, areas] = await Promise.all([repo.listPlans(deps.db, { ...q, areaId }), areaNames(deps)]);
  return {
    page: q.page,
    pageSize: q.pageSize,
    total: page.total,
    items: page.items.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status as repo.PlanStatus,
      area: areas.get(p.area_id) ?? null,
      version: p.version,
      updatedAt: p.updated_at.toISOString(),
    })),
  };
}

export async function updatePlan(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { title: string; sections: repo.Section[]; version: number; status?: repo.PlanStatus | undefined },
) {
  const current = await getPlan(deps, id);
  const done = await repo.updatePlan(deps.db, id, input.version, {
    title: input.title,
    sections: JSON.stringify(input.sections),
    status: input.status ?? current.status,
  });
  if (!done) throw new AppError('conflict', 'version: the plan was changed by someone else; reload it');
  await recordAudit(deps.db, ctx, { action: 'impact.plan.update', entity: 'impact_plan', entityId: id });
  return getPlan(deps, id);
}

/** A plan action becomes a partnership task (owner, due date, work package), linked back from the plan. */
export async function addAction(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { title: string; owner: string; dueOn?: string | undefined; workPackage?: string | undefined },
) {
  const plan = await getPlan(deps, id);
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const task = await createTask(d, ctx, {
      title: input.title,
      owner: input.owner,
      description: `Action from the plan "${plan.title}"`,
      dueOn: input.dueOn ?? null,
      workPackage: input.workPackage,
    });
    const { id: actionId } = await repo.insertAction(trx, { plan_id: id, title: input.title, task_id: task.id });
    return { id: actionId, taskId: task.id };
  });
}
