import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope, type PartnerScope } from '../../http/policy';
import type { ListQuery, Page } from '../../lib/paging';
import { findAreaId } from '../places/places.service';
import { recordAudit } from '../privacy/privacy.service';
import { actorId, today } from './candidates.input.service';
import { gateFacts } from './candidates.mappers';
import * as candidatesRepo from './candidates.repo';
import { actorOf, visibleCandidate } from './candidates.service';
import { rightToWorkGate, type GateFacts } from './gates.rules';
import { computePathway } from './pathway.rules';
import * as repo from './pipeline.repo';
import { orderedStageCounts, stageRefusal, type PipelineStage, type StageFacts } from './pipeline.rules';
import type { InterimRole } from './reference.schemas';
import { referenceData } from './reference';

/** The pipeline: where each candidate is, moves between stages (gated and audited), and counts for others. */

export interface PipelineItem {
  id: string;
  reference: string;
  fullName: string;
  status: string;
  stage: PipelineStage;
  stageChangedAt: string;
  withdrawnReason: string | null;
  rightToWork: string;
  area: { slug: string; name: string } | null;
  caseworker: string | null;
  version: number;
}

const toItem = (r: repo.PipelineRow): PipelineItem => ({
  id: r.id,
  reference: r.reference,
  fullName: r.full_name,
  status: r.status,
  stage: r.stage as PipelineStage,
  stageChangedAt: new Date(r.stage_changed_at).toISOString(),
  withdrawnReason: r.withdrawn_reason,
  rightToWork: r.right_to_work,
  area: r.area_slug && r.area_name ? { slug: r.area_slug, name: r.area_name } : null,
  caseworker: r.caseworker_name,
  version: r.version,
});

export interface PipelineQueryFilters {
  stage?: string | undefined;
  occupation?: string | undefined;
  area?: string | undefined;
  caseworker?: string | undefined;
}

async function filterOf(deps: Deps, ctx: RequestContext, q: PipelineQueryFilters): Promise<repo.PipelineFilter> {
  const actor = actorOf(ctx);
  const areaId = q.area ? await findAreaId(deps, q.area) : undefined;
  if (q.area && !areaId)
    throw new AppError('validation_failed', `area: unknown area ${q.area}`, {
      errors: [{ path: 'querystring.area', message: `unknown area ${q.area}` }],
    });
  return {
    scope: partnerScope(actor, 'pipeline.list'),
    stage: q.stage,
    occupation: q.occupation,
    areaId: areaId ?? undefined,
    caseworkerId: q.caseworker === 'me' ? actor.userId : q.caseworker,
  };
}

export async function listPipeline(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.PipelineSort> & PipelineQueryFilters,
): Promise<Page<PipelineItem> & { stages: { stage: PipelineStage; count: number }[] }> {
  const filter = await filterOf(deps, ctx, query);
  const [{ items, total }, counts] = await Promise.all([
    repo.listPipeline(deps.db, filter, query),
    repo.stageCounts(deps.db, { ...filter, stage: undefined }),
  ]);
  return {
    items: items.map(toItem),
    page: query.page,
    pageSize: query.pageSize,
    total,
    stages: orderedStageCounts(counts),
  };
}

/**
 * Candidates per occupation (first qualification) and stage, for the shortage analysis and dashboards.
 * Counts are exact: callers that publish them must suppress small cells (privacy service).
 */
export async function pipelineStageCounts(
  db: Db,
  scope: PartnerScope = { kind: 'all' },
  occupations?: readonly string[],
): Promise<{ occupation: string | null; stage: PipelineStage; count: number }[]> {
  const rows = await repo.stageCounts(db, { scope });
  return rows
    .filter((r) => !occupations || (r.occupation !== null && occupations.includes(r.occupation)))
    .map((r) => ({ ...r, stage: r.stage as PipelineStage }));
}

/** The facts the stage gates need, from the candidate's pathways and right to work. */
async function stageFacts(deps: Deps, id: string, status: string): Promise<StageFacts> {
  const row = (await candidatesRepo.findCandidate(deps.db, id))!;
  const children = await candidatesRepo.childrenOf(deps.db, id);
  const ref = referenceData();
  const now = today();
  const pathways = children.qualifications
    .map((q) => computePathway(ref, gateFacts(row, children, q), now))
    .filter((p) => p.profession);
  const englishOrder = ['met', 'unknown', 'not-met'] as const;
  const english = pathways
    .map((p) => p.english?.status ?? 'unknown')
    .sort((a, b) => englishOrder.indexOf(a) - englishOrder.indexOf(b))[0];
  const exams = pathways.map((p) => p.examsRemaining.length);
  const anyRole = { occupation: null } as unknown as InterimRole; // paid work in general, not a listed occupation
  const rtwFacts = { rightToWork: row.right_to_work, rightToWorkExpiresOn: row.right_to_work_expires_on } as GateFacts;
  const rtw = rightToWorkGate(ref, anyRole, rtwFacts, now).outcome;
  return {
    status: status as StageFacts['status'],
    english: english ?? null,
    examsRemaining: exams.length > 0 ? Math.min(...exams) : null,
    rightToWork: rtw,
  };
}

export async function moveCandidate(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { from: PipelineStage; to: PipelineStage; reason?: string | undefined },
): Promise<{ id: string; stage: PipelineStage; version: number }> {
  const row = await visibleCandidate(deps, ctx, id, 'pipeline.move');
  const current = (await repo.stageOf(deps.db, row.id))!;
  if (current.stage !== body.from)
    throw new AppError('conflict', `${row.reference} is now at ${current.stage}, not ${body.from}; reload`);
  if (body.from === body.to) throw new AppError('conflict', `${row.reference} is already at ${body.to}`);
  const refusal = stageRefusal(body.from, body.to, await stageFacts(deps, row.id, current.status), body.reason ?? null);
  if (refusal)
    throw new AppError('unprocessable', `gate ${refusal.gate}: ${refusal.message}`, {
      errors: [
        { path: refusal.gate === 'reason' ? 'body.reason' : 'body.to', message: `${refusal.gate}: ${refusal.message}` },
      ],
    });
  return inTransaction(deps.db, async (trx) => {
    const moved = await repo.moveStage(trx, {
      id: row.id,
      from: body.from,
      to: body.to,
      reason: body.reason?.trim() || null,
      by: actorId(ctx),
    });
    if (!moved) throw new AppError('conflict', `${row.reference} was moved by someone else; reload`);
    await recordAudit(trx, ctx, {
      action: 'candidate.stage-move',
      entity: 'candidate',
      entityId: row.id,
      partnerId: row.partner_id,
      detail: { from: body.from, to: body.to },
    });
    const after = (await repo.stageOf(trx, row.id))!;
    return { id: row.id, stage: after.stage as PipelineStage, version: after.version };
  });
}

export async function stageHistory(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleCandidate(deps, ctx, id, 'pipeline.list');
  const [current, moves] = await Promise.all([repo.stageOf(deps.db, row.id), repo.movesOf(deps.db, row.id)]);
  return {
    stage: current!.stage as PipelineStage,
    moves: moves.map((m) => ({
      id: m.id,
      from: m.from_stage as PipelineStage,
      to: m.to_stage as PipelineStage,
      reason: m.reason,
      movedBy: m.moved_by,
      movedAt: new Date(m.moved_at).toISOString(),
    })),
  };
}

/** Every row under the filters, for the CSV export (at most 20,000). */
export async function allPipeline(
  deps: Deps,
  ctx: RequestContext,
  query: PipelineQueryFilters & { q?: string | undefined; sort: string },
): Promise<PipelineItem[]> {
  const filter = await filterOf(deps, ctx, query);
  const out: PipelineItem[] = [];
  for (let page = 1; page <= 40; page++) {
    const { items, total } = await repo.listPipeline(deps.db, filter, {
      page,
      pageSize: 500,
      sort: query.sort,
      q: query.q,
    } as ListQuery<repo.PipelineSort>);
    out.push(...items.map(toItem));
    if (out.length >= total || items.length === 0) break;
  }
  return out;
}

/**
 * Moves a candidate through stages in order, each move checked against the gates and recorded, without a
 * signed-in caller (the demo seed). A move the gates forbid throws, so demo data stays consistent with the rules.
 */
export async function applyStageMoves(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  stages: readonly PipelineStage[],
  reason?: string,
): Promise<void> {
  for (const to of stages) {
    const current = (await repo.stageOf(deps.db, id))!;
    const from = current.stage as PipelineStage;
    const refusal = stageRefusal(from, to, await stageFacts(deps, id, current.status), reason ?? null);
    if (refusal) throw new AppError('unprocessable', `gate ${refusal.gate}: ${refusal.message}`);
    await repo.moveStage(deps.db, { id, from, to, reason: to === 'withdrawn' ? (reason ?? null) : null, by: null });
    await recordAudit(deps.db, ctx, {
      action: 'candidate.stage-move',
      entity: 'candidate',
      entityId: id,
      partnerId: current.partner_id,
      detail: { from, to },
    });
  }
}
