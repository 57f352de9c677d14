import { randomBytes } from 'node:crypto';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { residentForIntake } from './candidates.consents';
import { actorId, candidateChildren, candidateColumns, type CandidateInput } from './candidates.input.service';
import * as repo from './candidates.repo';
import { consentsWithDefaults, duplicateReasons, nameKey, phoneKey } from './candidates.rules';
import { actorOf } from './candidates.service';

/** Creating candidates: caseworker intake and self-referral share one insert with duplicate flags. */

const newReference = () =>
  `MC-${randomBytes(5).readUIntBE(0, 5).toString(36).toUpperCase().padStart(8, '0').slice(-8)}`;

async function owningPartner(ctx: RequestContext, deps: Deps, requested: string | undefined): Promise<string> {
  const actor = actorOf(ctx);
  if (!requested) return actor.partnerId;
  const partner = await getPartner(deps, requested).catch(() => undefined);
  if (!partner)
    throw new AppError('unprocessable', `Partner ${requested} does not exist`, {
      errors: [{ path: 'body.partner', message: 'unknown partner' }],
    });
  if (!inScope(partnerScope(actor, 'candidates.create'), partner.id))
    throw new AppError('forbidden', 'You can only add candidates to your own partner');
  return partner.id;
}

export interface Created {
  id: string;
  reference: string;
  possibleDuplicates: { id: string; reference: string; reason: string }[];
}

/** Inserts a candidate with its children and consents, flagging possible duplicates within the partner. */
export async function insertWithChildren(
  deps: Deps,
  ctx: RequestContext,
  input: CandidateInput & { fullName: string },
  partnerId: string,
  source: 'intake' | 'self-referral',
): Promise<Created> {
  const columns = await candidateColumns(deps, input, partnerId);
  const children = await candidateChildren(deps, input);
  return inTransaction(deps.db, async (trx) => {
    const probe = {
      nameKey: nameKey(input.fullName),
      dateOfBirth: input.dateOfBirth ?? null,
      phoneKey: phoneKey(input.phone),
    };
    const existing = await repo.duplicateCandidates(trx, partnerId, probe.nameKey, probe.phoneKey);
    const duplicates = duplicateReasons(probe, existing);
    const reference = newReference();
    const residentId = await residentForIntake(
      trx,
      ctx,
      {
        reference,
        partnerId,
        displayName: input.preferredName ?? input.fullName,
        areaId: (columns.area_id as string | null | undefined) ?? null,
        languages: (children.languages ?? []).map((l) => String(l.language)),
      },
      consentsWithDefaults(input.consents),
    );
    const { id } = await repo.insertCandidate(trx, {
      ...columns,
      reference,
      resident_id: residentId,
      partner_id: partnerId,
      source,
      created_by: actorId(ctx),
      possible_duplicates: JSON.stringify(duplicates),
    });
    await repo.replaceChildren(trx, id, children);
    await recordAudit(trx, ctx, {
      action: source === 'intake' ? 'candidate.create' : 'candidate.self-referral',
      entity: 'candidate',
      entityId: id,
      partnerId,
      detail: { possibleDuplicates: duplicates.length },
    });
    const refs = new Map(existing.map((e) => [e.id, e.reference]));
    return { id, reference, possibleDuplicates: duplicates.map((d) => ({ ...d, reference: refs.get(d.id) ?? '' })) };
  });
}

export async function createCandidate(
  deps: Deps,
  ctx: RequestContext,
  input: CandidateInput & { fullName: string; partner?: string | undefined },
): Promise<Created> {
  const partnerId = await owningPartner(ctx, deps, input.partner);
  const caseworker = input.caseworker === undefined && ctx.actor?.role === 'caseworker' ? ctx.actor.userId : undefined;
  return insertWithChildren(deps, ctx, { ...input, ...(caseworker ? { caseworker } : {}) }, partnerId, 'intake');
}
