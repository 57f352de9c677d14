import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { residentConsents } from '../residents/consents.service';
import { assertResidentVisible } from '../residents/residents.service';
import { recordActivity } from './activity.service';
import { invalidField, unknownRef } from './coordination.errors';
import * as repo from './referrals.repo';
import * as rules from './referrals.rules';
import { views, type ReferralView } from './referrals.views';
import { findWorkPackageWithLead } from './work-packages.repo';

export interface NewReferral {
  resident: string;
  toWorkPackage: string;
  fromWorkPackage?: string | undefined;
  reason: string;
}

async function workPackage(deps: Deps, ref: string, path: string) {
  const wp = await findWorkPackageWithLead(deps.db, ref, isUuid(ref));
  if (!wp) throw unknownRef(path, `no work package ${ref}`);
  return wp;
}

/**
 * Refers a resident to another work package's service. Refused (422, naming what is missing) unless the resident
 * consented to being referred and to the receiving service's purpose. The receiving team is the work package's
 * lead partner.
 */
export async function createReferral(deps: Deps, ctx: RequestContext, input: NewReferral): Promise<ReferralView> {
  const resident = await assertResidentVisible(deps, ctx, input.resident);
  const to = await workPackage(deps, input.toWorkPackage, 'body.toWorkPackage');
  const from = input.fromWorkPackage ? await workPackage(deps, input.fromWorkPackage, 'body.fromWorkPackage') : null;
  if (from?.id === to.id) throw invalidField('body.toWorkPackage', 'a referral goes to another work package');
  const missing = rules.missingConsents(rules.requiredConsents(to.slug), await residentConsents(deps.db, resident.id));
  if (missing.length)
    throw new AppError('unprocessable', rules.consentReason(missing), {
      errors: [{ path: 'body.resident', message: `no consent for: ${missing.join(', ')}` }],
    });
  const id = await inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertReferral(trx, {
      resident_id: resident.id,
      from_partner_id: ctx.actor?.partnerId ?? resident.partnerId,
      from_work_package_id: from?.id ?? null,
      to_work_package_id: to.id,
      to_partner_id: to.lead_partner_id,
      reason: input.reason,
      sent_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'referral.create',
      entity: 'referral',
      entityId: id,
      partnerId: resident.partnerId,
    });
    await recordActivity(trx, {
      kind: 'referral',
      partnerId: to.lead_partner_id,
      workPackageId: to.id,
      subject: { type: 'referral', id },
      summary: `New referral to ${to.code} ${to.name}`,
      visibility: 'partner',
      actorUserId: ctx.actor?.userId,
    });
    return id;
  });
  return getReferral(deps, ctx, id);
}

function canSee(ctx: RequestContext, r: repo.ReferralRow): boolean {
  if (!ctx.actor || partnerScope(ctx.actor, 'referrals.read').kind === 'all') return true;
  return r.to_partner_id === ctx.actor.partnerId || r.from_partner_id === ctx.actor.partnerId;
}

async function visibleRow(deps: Deps, ctx: RequestContext, id: string): Promise<repo.ReferralRow> {
  const row = isUuid(id) ? await repo.findReferral(deps.db, id) : undefined;
  if (!row || !canSee(ctx, row)) throw notFound('Referral');
  return row;
}

/** One referral, for its sending or receiving partner (or coordinators). Reading it is audited. */
export async function getReferral(deps: Deps, ctx: RequestContext, id: string): Promise<ReferralView> {
  const row = await visibleRow(deps, ctx, id);
  await recordAudit(deps.db, ctx, {
    action: 'referral.read',
    entity: 'referral',
    entityId: row.id,
    partnerId: row.to_partner_id,
  });
  return (await views(deps, [row]))[0]!;
}

export interface ReferralListQuery extends ListQuery<repo.ReferralSort> {
  box?: 'inbox' | 'outbox' | 'all' | undefined;
  status?: rules.ReferralStatus | undefined;
  workPackage?: string | undefined;
}

export async function listReferrals(
  deps: Deps,
  ctx: RequestContext,
  query: ReferralListQuery,
): Promise<Page<ReferralView>> {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const all = partnerScope(ctx.actor, 'referrals.list').kind === 'all';
  const box = query.box ?? 'inbox';
  const toWorkPackageId = query.workPackage
    ? (await workPackage(deps, query.workPackage, 'querystring.workPackage')).id
    : undefined;
  const { items, total } = await repo.listReferrals(
    deps.db,
    { box, partnerId: all && box === 'all' ? null : ctx.actor.partnerId, status: query.status, toWorkPackageId },
    query,
  );
  return { items: await views(deps, items), page: query.page, pageSize: query.pageSize, total };
}

/** The receiving partner (or a coordinator) accepts, declines with a reason, or completes a referral. */
export async function respondToReferral(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { action: rules.ReferralAction; reason?: string | undefined; version: number },
): Promise<ReferralView> {
  const row = await visibleRow(deps, ctx, id);
  const coordinator = !ctx.actor || partnerScope(ctx.actor, 'referrals.respond').kind === 'all';
  if (!coordinator && row.to_partner_id !== ctx.actor?.partnerId)
    throw new AppError('forbidden', 'Only the receiving partner answers a referral');
  const next = rules.nextStatus(row.status as rules.ReferralStatus, input.action);
  if (!next.ok) throw new AppError('conflict', next.reason);
  const reason = input.reason?.trim() ?? '';
  if (input.action === 'decline' && !reason) throw invalidField('body.reason', 'say why the referral is declined');
  await inTransaction(deps.db, async (trx) => {
    const change = {
      status: next.status,
      declineReason: input.action === 'decline' ? reason : null,
      by: ctx.actor?.userId ?? null,
    };
    if (!(await repo.updateStatus(trx, row.id, input.version, change)))
      throw new AppError('conflict', 'Someone else changed this referral; reload it');
    await recordAudit(trx, ctx, {
      action: `referral.${input.action}`,
      entity: 'referral',
      entityId: row.id,
      partnerId: row.to_partner_id,
    });
    await recordActivity(trx, {
      kind: 'referral',
      partnerId: row.to_partner_id,
      workPackageId: row.to_work_package_id,
      subject: { type: 'referral', id: row.id },
      summary: `Referral to ${row.tw_code} ${row.tw_name} ${next.status}`,
      visibility: 'partner',
      actorUserId: ctx.actor?.userId,
    });
  });
  return getReferral(deps, ctx, row.id);
}
