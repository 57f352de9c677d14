import type { z } from 'zod';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import { today } from './candidates.input.service';
import { actorOf } from './candidates.service';
import { cohortView } from './funders.service';
import * as repo from './training.repo';
import type { createCohortBody, programmeDetail, programmeSummary, programmesQuery } from './training.schemas';
import { priorityRules, type PriorityRule } from './waiting-list.rules';
import { programmeOr404 } from './waiting-list.service';

/** Programmes and their cohorts: listing, the priority rules as data, and new cohorts. */

type Summary = z.infer<typeof programmeSummary>;

async function summaries(deps: Deps, rows: repo.ProgrammeRow[], now: string) {
  const ids = rows.map((p) => p.id);
  const [cohorts, counts] = await Promise.all([repo.cohortsOf(deps.db, ids), repo.waitingCounts(deps.db, ids)]);
  return rows.map((p) => {
    const mine = cohorts.filter((c) => c.programme_id === p.id).map((c) => cohortView(c, now));
    const summary: Summary = {
      id: p.id,
      slug: p.slug,
      name: p.name,
      kind: p.kind as Summary['kind'],
      weeks: p.weeks,
      pathwayStep: p.pathway_step,
      description: p.description,
      waiting: counts.get(p.id) ?? 0,
      nextCohort: mine.find((c) => c.status === 'coming') ?? null,
    };
    return { summary, cohorts: mine };
  });
}

export async function listProgrammes(deps: Deps, ctx: RequestContext, query: z.infer<typeof programmesQuery>) {
  actorOf(ctx);
  const q = query.q?.toLowerCase();
  const rows = (await repo.listProgrammes(deps.db)).filter(
    (p) => (!query.kind || p.kind === query.kind) && (!q || `${p.name} ${p.description}`.toLowerCase().includes(q)),
  );
  const items = (await summaries(deps, rows, today())).map((s) => s.summary);
  const field = query.sort.replace(/^-/, '') as 'name' | 'kind' | 'waiting';
  items.sort((a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.name < b.name ? -1 : 1));
  if (query.sort.startsWith('-')) items.reverse();
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: items.length,
  };
}

export async function getProgramme(
  deps: Deps,
  ctx: RequestContext,
  slug: string,
): Promise<z.infer<typeof programmeDetail>> {
  actorOf(ctx);
  const p = await programmeOr404(deps.db, slug);
  const [s] = await summaries(deps, [p], today());
  return {
    ...s!.summary,
    priorityRules: priorityRules.parse(p.priority_rules),
    version: p.version,
    cohorts: s!.cohorts,
  };
}

export async function updatePriorityRules(
  deps: Deps,
  ctx: RequestContext,
  slug: string,
  body: { version: number; priorityRules: PriorityRule[] },
) {
  const p = await programmeOr404(deps.db, slug);
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.updateRules(trx, p.id, body.version, body.priorityRules)))
      throw new AppError('conflict', `The rules of ${p.name} were changed by someone else; reload them`);
    await recordAudit(trx, ctx, {
      action: 'training.rules.update',
      entity: 'training_programme',
      entityId: p.id,
      detail: { rules: body.priorityRules.map((r) => `${r.id}:${r.enabled ? 'on' : 'off'}`) },
    });
  });
  return getProgramme(deps, ctx, slug);
}

export async function createCohort(
  deps: Deps,
  ctx: RequestContext,
  slug: string,
  body: z.infer<typeof createCohortBody>,
) {
  const p = await programmeOr404(deps.db, slug);
  if (body.endsOn < body.startsOn)
    throw new AppError('validation_failed', 'endsOn: must be on or after startsOn', {
      errors: [{ path: 'body.endsOn', message: 'must be on or after startsOn' }],
    });
  const funder = await repo.findFunderBySlug(deps.db, body.funder);
  if (!funder)
    throw new AppError('unprocessable', `funder: unknown funder ${body.funder}`, {
      errors: [{ path: 'body.funder', message: `unknown funder ${body.funder}` }],
    });
  const id = await inTransaction(deps.db, async (trx) => {
    const row = await repo.insertCohort(trx, {
      programme_id: p.id,
      funder_id: funder.id,
      name: body.name,
      capacity: body.capacity,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      venue: body.venue,
    });
    await recordAudit(trx, ctx, {
      action: 'training.cohort.create',
      entity: 'training_cohort',
      entityId: row.id,
      detail: { programme: p.slug, funder: funder.slug, capacity: body.capacity },
    });
    return row.id;
  });
  return cohortView((await repo.findCohort(deps.db, id))!, today());
}
