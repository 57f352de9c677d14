import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { Actor, RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { findAreaId } from '../places/places.service';
import { openSpecialCategory, recordAudit, sealSpecialCategory } from '../privacy/privacy.service';
import * as repo from './residents.repo';

export interface ResidentSummary {
  id: string;
  reference: string;
  displayName: string;
  languages: string[];
  createdAt: string;
  partner: { id: string; slug: string; name: string };
}
export interface ResidentDetail extends ResidentSummary {
  notes: string;
  /** special category: decrypted only here, and every such read is audited */
  immigrationStatus: string | null;
}

function summary(r: repo.ResidentRow): ResidentSummary {
  return {
    id: r.id,
    reference: r.reference,
    displayName: r.display_name,
    languages: r.languages,
    createdAt: r.created_at.toISOString(),
    partner: { id: r.partner_id, slug: r.partner_slug, name: r.partner_name },
  };
}

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

export async function listResidents(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.ResidentSort>,
): Promise<Page<ResidentSummary>> {
  const scope = partnerScope(actorOf(ctx), 'residents.list');
  const { items, total } = await repo.listResidents(deps.db, scope, query);
  return { items: items.map(summary), page: query.page, pageSize: query.pageSize, total };
}

/** A resident's record, special-category fields included: out-of-scope reads are 404, and every read is audited. */
export async function getResident(deps: Deps, ctx: RequestContext, id: string): Promise<ResidentDetail> {
  const scope = partnerScope(actorOf(ctx), 'residents.read');
  const row = isUuid(id) ? await repo.findResident(deps.db, id) : undefined;
  // Another partner's resident looks exactly like a missing one, so ids cannot be probed.
  if (!row || !inScope(scope, row.partner_id)) throw notFound('Resident');
  await recordAudit(deps.db, ctx, {
    action: 'resident.read',
    entity: 'resident',
    entityId: row.id,
    partnerId: row.partner_id,
    detail: { fields: ['immigrationStatus'] },
  });
  return {
    ...summary(row),
    notes: row.notes,
    immigrationStatus: openSpecialCategory(deps, row.immigration_status_enc),
  };
}

export interface ResidentRef {
  id: string;
  reference: string;
  partnerId: string;
  areaId: string | null;
}

/**
 * For other modules that attach records to a resident (micro-assets): the resident, if the caller may
 * see them (their own partner's, or any for programme admins and the system); otherwise not_found,
 * exactly as for a resident that does not exist. Reads no special-category field, so it is not audited.
 */
/** A resident by id or by reference (what spreadsheets carry), if the caller's partner may see them. */
export async function assertResidentVisible(deps: Deps, ctx: RequestContext, id: string): Promise<ResidentRef> {
  const row = isUuid(id)
    ? await repo.findResident(deps.db, id)
    : id.length <= 100
      ? await repo.findResidentByReference(deps.db, id)
      : undefined;
  const visible = row && (!ctx.actor || inScope(partnerScope(ctx.actor, 'residents.read'), row.partner_id));
  if (!row || !visible) throw notFound('Resident');
  return { id: row.id, reference: row.reference, partnerId: row.partner_id, areaId: row.area_id };
}

export interface NewResident {
  reference: string;
  displayName: string;
  partner?: string | undefined;
  area?: string | null | undefined;
  languages: string[];
  immigrationStatus?: string | null | undefined;
  notes?: string | undefined;
}

export async function createResident(deps: Deps, ctx: RequestContext, input: NewResident): Promise<{ id: string }> {
  const partnerId = await owningPartner(deps, ctx, input.partner);
  const areaId = input.area ? await findAreaId(deps, input.area) : null;
  if (input.area && !areaId)
    throw new AppError('unprocessable', `Area ${input.area} does not exist`, {
      errors: [{ path: 'body.area', message: 'unknown area' }],
    });
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertResident(trx, {
      reference: input.reference,
      partner_id: partnerId,
      display_name: input.displayName,
      area_id: areaId,
      languages: input.languages,
      immigration_status_enc: sealSpecialCategory(deps, input.immigrationStatus ?? null),
      notes: input.notes ?? '',
    });
    await recordAudit(trx, ctx, { action: 'resident.create', entity: 'resident', entityId: id, partnerId });
    return { id };
  });
}

/** Records belong to a partner: staff create for their own; admins and the seeder name one. */
async function owningPartner(deps: Deps, ctx: RequestContext, requested: string | undefined): Promise<string> {
  if (!ctx.actor) {
    if (!requested) throw new AppError('validation_failed', 'partner is required');
    return (await getPartner(deps, requested)).id;
  }
  const scope = partnerScope(ctx.actor, 'residents.create');
  if (!requested) return ctx.actor.partnerId;
  const partner = await getPartner(deps, requested);
  if (!inScope(scope, partner.id)) throw new AppError('forbidden', 'You can only add residents to your own partner');
  return partner.id;
}

export interface ResidentFromIntake {
  reference: string;
  partnerId: string;
  displayName: string;
  areaId: string | null;
  languages: string[];
}

/**
 * Registers a resident inside another module's transaction (matching's candidate intake), so the person has one
 * record that consents and referrals hang from. The caller has already checked the partner; this write is audited.
 */
export async function registerResidentIn(db: Db, ctx: RequestContext, r: ResidentFromIntake): Promise<string> {
  const { id } = await repo.insertResident(db, {
    reference: r.reference,
    partner_id: r.partnerId,
    display_name: r.displayName.slice(0, 120),
    area_id: r.areaId,
    languages: r.languages,
    immigration_status_enc: null,
    notes: '',
  });
  await recordAudit(db, ctx, { action: 'resident.create', entity: 'resident', entityId: id, partnerId: r.partnerId });
  return id;
}
