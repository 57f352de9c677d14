import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../privacy/privacy.service';
import { visibleEnterprise } from './enterprises.service';
import type { StartupFacts } from './mentors.rules';
import { ruleBroken } from './startups.errors';
import { programmeModules as packModules } from './startups.reference';
import * as repo from './startups.repo';
import { completion, isStartup, weakestModules, type Milestone, type ModuleStatus } from './startups.rules';
import { checkDay } from './startups.service';
import * as sessions from './startups.sessions.repo';

/** One start-up's page: its cohorts, progress per module, milestones and one-to-one support log. */
export interface StartupView {
  id: string;
  name: string;
  stage: string;
  markets: string[];
  cohorts: { id: string; name: string; programme: string }[];
  modules: { code: string; status: ModuleStatus }[];
  completion: number;
  weakest: string[];
  milestones: { milestone: string; reachedOn: string }[];
  support: { id: string; heldOn: string; minutes: number; topic: string; notes: string; loggedBy: string | null }[];
}

/** The modules that apply: those of the programmes of its cohorts, else the city pack's. */
async function modulesFor(deps: Deps, enterpriseId: string) {
  const cohorts = await repo.cohortsOf(deps.db, enterpriseId);
  const lists = await Promise.all(cohorts.map((c) => repo.programmeModules(deps.db, c.programme_id)));
  const codes = [...new Set(lists.flat())];
  return { cohorts, codes: codes.length > 0 ? codes : packModules(deps).map((m) => m.code) };
}

async function progressMap(deps: Deps, enterpriseId: string) {
  const rows = await sessions.progressOf(deps.db, enterpriseId);
  return new Map(rows.map((r) => [r.module_code, r.status as ModuleStatus]));
}

export async function getStartup(deps: Deps, ctx: RequestContext, id: string): Promise<StartupView> {
  const row = await visibleEnterprise(deps, ctx, id);
  const [{ cohorts, codes }, progress, milestones, support] = await Promise.all([
    modulesFor(deps, id),
    progressMap(deps, id),
    sessions.milestonesOf(deps.db, id),
    sessions.supportLog(deps.db, id),
  ]);
  return {
    id: row.id,
    name: row.name,
    stage: row.stage,
    markets: row.markets,
    cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, programme: c.programme_name })),
    modules: codes.map((code) => ({ code, status: progress.get(code) ?? 'not_started' })),
    completion: completion(codes, progress),
    weakest: weakestModules(codes, progress),
    milestones: milestones.map((m) => ({ milestone: m.milestone, reachedOn: m.reached_on })),
    support: support.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      minutes: s.minutes,
      topic: s.topic,
      notes: s.notes,
      loggedBy: s.logged_by_name,
    })),
  };
}

/** What mentor matching needs to know about a start-up (no personal data: markets, weak modules, languages). */
export async function startupFacts(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<StartupFacts & { name: string }> {
  const row = await visibleEnterprise(deps, ctx, id);
  const [{ codes }, progress, languages] = await Promise.all([
    modulesFor(deps, id),
    progressMap(deps, id),
    repo.memberLanguages(deps.db, id),
  ]);
  return {
    name: row.name,
    markets: row.markets,
    weakestModules: weakestModules(codes, progress),
    languages: [...new Set(languages)],
  };
}

async function startupRow(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleEnterprise(deps, ctx, id);
  if (!isStartup(row.stage)) throw ruleBroken('params.id', `${row.name} is established, not a start-up`);
  return row;
}

export async function setProgress(deps: Deps, ctx: RequestContext, id: string, module: string, status: ModuleStatus) {
  await startupRow(deps, ctx, id);
  const { codes } = await modulesFor(deps, id);
  if (!codes.includes(module)) throw ruleBroken('body.module', `no module ${module} in the start-up's programme`);
  await inTransaction(deps.db, async (trx) => {
    await sessions.upsertProgress(trx, id, module, status);
    await recordAudit(trx, ctx, { action: 'startups.progress', entity: 'enterprise', entityId: id });
  });
  return getStartup(deps, ctx, id);
}

export async function setMilestone(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  milestone: Milestone,
  reachedOn: string,
) {
  checkDay(reachedOn, 'body.reachedOn');
  if (reachedOn > new Date().toISOString().slice(0, 10))
    throw ruleBroken('body.reachedOn', 'a milestone cannot be in the future');
  await startupRow(deps, ctx, id);
  await inTransaction(deps.db, async (trx) => {
    await sessions.upsertMilestone(trx, id, milestone, reachedOn);
    await recordAudit(trx, ctx, { action: 'startups.milestone', entity: 'enterprise', entityId: id });
  });
  return getStartup(deps, ctx, id);
}

export async function logSupport(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { heldOn: string; minutes: number; topic: string; notes?: string | undefined },
) {
  checkDay(input.heldOn, 'body.heldOn');
  await startupRow(deps, ctx, id);
  return inTransaction(deps.db, async (trx) => {
    const row = await sessions.insertSupport(trx, {
      enterprise_id: id,
      held_on: input.heldOn,
      minutes: input.minutes,
      topic: input.topic.trim(),
      notes: input.notes ?? '',
      logged_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, { action: 'startups.support', entity: 'enterprise', entityId: id });
    return row;
  });
}
