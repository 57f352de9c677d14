import { placementActivity } from './matching.activity';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { recordAudit } from '../privacy/privacy.service';
import { actorId, today } from './candidates.input.service';
import { visibleCandidate } from './candidates.service';
import { rightToWorkGate, type GateFacts } from './gates.rules';
import { socialCareRoles } from './pipeline.rules';
import * as repo from './placements.repo';
import type { InterimRole } from './reference.schemas';
import { referenceData } from './reference';

/** Interim placements: paid or voluntary work with social-care providers while a candidate registers. */

export interface PlacementView {
  id: string;
  provider: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number | null;
  status: 'planned' | 'active' | 'ended';
  notes: string;
  version: number;
}

const toView = (r: repo.PlacementRow): PlacementView => ({
  id: r.id,
  provider: r.provider,
  role: r.role,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
  status: r.status as PlacementView['status'],
  notes: r.notes,
  version: r.version,
});

export async function listPlacements(deps: Deps, ctx: RequestContext, candidateId: string) {
  const row = await visibleCandidate(deps, ctx, candidateId, 'placements.list');
  return { items: (await repo.placementsOf(deps.db, row.id)).map(toView) };
}

export interface PlacementInput {
  provider: string;
  role: string;
  startsOn: string;
  endsOn?: string | null | undefined;
  hoursPerWeek?: number | null | undefined;
  status?: 'planned' | 'active' | 'ended' | undefined;
  notes?: string | undefined;
}

/** A paid placement needs a confirmed right to work (legal gates fail closed); dates must make sense. */
function checkPlacement(
  row: { right_to_work: string; right_to_work_expires_on: string | null },
  input: PlacementInput,
) {
  const ref = referenceData();
  const nhsRole = ref.interimRoles.roles.find((r) => r.id === input.role);
  if (!nhsRole && !(socialCareRoles as readonly string[]).includes(input.role))
    throw new AppError('unprocessable', `unknown placement role ${input.role}`, {
      errors: [{ path: 'body.role', message: `unknown role ${input.role}` }],
    });
  if (input.endsOn && input.endsOn < input.startsOn)
    throw new AppError('validation_failed', 'a placement cannot end before it starts', {
      errors: [{ path: 'body.endsOn', message: 'before startsOn' }],
    });
  if (input.status === 'active' && input.startsOn > today())
    throw new AppError('unprocessable', 'a placement starting in the future is planned, not active', {
      errors: [{ path: 'body.status', message: 'starts in the future' }],
    });
  const paid = nhsRole ? nhsRole.paid : true;
  if (!paid) return;
  const role = (nhsRole ?? { occupation: null }) as InterimRole;
  const facts = { rightToWork: row.right_to_work, rightToWorkExpiresOn: row.right_to_work_expires_on } as GateFacts;
  const gate = rightToWorkGate(ref, role, facts, input.startsOn);
  if (gate.outcome !== 'pass')
    throw new AppError('unprocessable', `gate right-to-work: ${gate.reason}`, {
      errors: [{ path: 'body.role', message: `right-to-work: ${gate.reason}` }],
    });
}

export async function createPlacement(deps: Deps, ctx: RequestContext, candidateId: string, input: PlacementInput) {
  const row = await visibleCandidate(deps, ctx, candidateId, 'placements.manage');
  checkPlacement(row, input);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertPlacement(trx, {
      candidate_id: row.id,
      provider: input.provider,
      role: input.role,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
      hours_per_week: input.hoursPerWeek ?? null,
      status: input.status ?? 'planned',
      notes: input.notes ?? '',
      created_by: actorId(ctx),
    });
    await recordAudit(trx, ctx, {
      action: 'placement.create',
      entity: 'interim-placement',
      entityId: id,
      partnerId: row.partner_id,
      detail: { candidate: row.id, role: input.role },
    });
    await placementActivity(trx, ctx, row.partner_id, id, input.role);
    return toView((await repo.placementsOf(trx, row.id)).find((p) => p.id === id)!);
  });
}

export async function updatePlacement(
  deps: Deps,
  ctx: RequestContext,
  candidateId: string,
  placementId: string,
  input: {
    version: number;
    status?: PlacementView['status'] | undefined;
    endsOn?: string | null | undefined;
    notes?: string | undefined;
  },
) {
  const row = await visibleCandidate(deps, ctx, candidateId, 'placements.manage');
  if (!isUuid(placementId) || !(await repo.placementExists(deps.db, placementId, row.id))) throw notFound('Placement');
  return inTransaction(deps.db, async (trx) => {
    const changes = {
      ...(input.status ? { status: input.status } : {}),
      ...(input.endsOn !== undefined ? { ends_on: input.endsOn } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    };
    if (!(await repo.updatePlacement(trx, placementId, row.id, input.version, changes)))
      throw new AppError('conflict', 'The placement was changed by someone else; reload it');
    await recordAudit(trx, ctx, {
      action: 'placement.update',
      entity: 'interim-placement',
      entityId: placementId,
      partnerId: row.partner_id,
      detail: { fields: Object.keys(changes) },
    });
    return toView((await repo.placementsOf(trx, row.id)).find((p) => p.id === placementId)!);
  });
}
