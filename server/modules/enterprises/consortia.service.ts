import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import type { ListQuery } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './consortia.repo';
import { enterpriseReference } from './enterprises.reference';
import * as enterprisesRepo from './enterprises.repo';
import type { CreateConsortiumBody, UpdateConsortiumBody } from './consortia.schemas';

/** Consortia of enterprises by market: a lead, members and capabilities (bids are recorded by contracts). */

/** A consortium as lists and other modules show it. */
export const consortiumSummary = (c: repo.ConsortiumRow) => ({
  id: c.id,
  name: c.name,
  market: c.market,
  lead: c.lead_enterprise_id && c.lead_name ? { id: c.lead_enterprise_id, name: c.lead_name } : null,
  capabilities: c.capabilities,
  memberCount: Number(c.member_count ?? 0),
});

async function view(db: Db, id: string) {
  const c = await repo.getConsortium(db, id);
  if (!c) throw notFound('Consortium');
  const members = await repo.members(db, id);
  return {
    ...consortiumSummary(c),
    description: c.description,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      markets: m.markets,
      area: m.area_id && m.area_name ? { id: m.area_id, name: m.area_name } : null,
      role: m.role as 'lead' | 'member',
    })),
    version: c.version,
  };
}

export const getConsortium = (deps: Deps, _ctx: RequestContext, id: string) => view(deps.db, id);

export async function listConsortia(
  deps: Deps,
  _ctx: RequestContext,
  query: ListQuery<repo.ConsortiumSort> & { market?: string | undefined },
) {
  const { items, total } = await repo.listConsortia(deps.db, { market: query.market }, query);
  return { items: items.map(consortiumSummary), page: query.page, pageSize: query.pageSize, total };
}

const unprocessable = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace('body.', '')} ${message}`, { errors: [{ path, message }] });

async function checkEnterprise(db: Db, id: string, path: string) {
  const [ref] = await enterprisesRepo.refs(db, [id]);
  if (!ref) throw unprocessable(path, 'is not a known enterprise');
  return ref;
}

export async function createConsortium(deps: Deps, ctx: RequestContext, body: CreateConsortiumBody) {
  if (!enterpriseReference(deps).markets.some((m) => m.code === body.market))
    throw unprocessable('body.market', `is not a known market ("${body.market}")`);
  return inTransaction(deps.db, async (trx) => {
    if (body.lead) await checkEnterprise(trx, body.lead, 'body.lead');
    const id = await repo.insertConsortium(trx, { ...body });
    if (body.lead) await repo.setMember(trx, id, body.lead, 'lead');
    await recordAudit(trx, ctx, { action: 'consortia.create', entity: 'consortium', entityId: id });
    return view(trx, id);
  });
}

export async function updateConsortium(deps: Deps, ctx: RequestContext, id: string, body: UpdateConsortiumBody) {
  return inTransaction(deps.db, async (trx) => {
    const c = await lockedConsortium(trx, id);
    if (c.version !== body.version)
      throw new AppError('conflict', 'Someone else changed this consortium first; reload it');
    const { lead, version, ...rest } = body;
    if (lead) await checkEnterprise(trx, lead, 'body.lead');
    await repo.updateConsortium(trx, id, version, {
      ...rest,
      ...(lead !== undefined ? { lead_enterprise_id: lead } : {}),
    });
    if (lead !== undefined) {
      await repo.demoteLeads(trx, id);
      if (lead) await repo.setMember(trx, id, lead, 'lead');
    }
    await recordAudit(trx, ctx, { action: 'consortia.update', entity: 'consortium', entityId: id });
    return view(trx, id);
  });
}

/** The consortium, locked for the rest of the transaction. */
async function lockedConsortium(db: Db, id: string) {
  const c = await repo.getConsortium(db, id, true);
  if (!c) throw notFound('Consortium');
  return c;
}

export async function addMember(deps: Deps, ctx: RequestContext, id: string, enterpriseId: string) {
  return inTransaction(deps.db, async (trx) => {
    await lockedConsortium(trx, id);
    await checkEnterprise(trx, enterpriseId, 'body.enterprise');
    const existing = (await repo.members(trx, id)).some((m) => m.id === enterpriseId);
    if (existing) throw new AppError('conflict', 'That enterprise is already a member of this consortium');
    await repo.setMember(trx, id, enterpriseId, 'member');
    await recordAudit(trx, ctx, {
      action: 'consortia.members.add',
      entity: 'consortium',
      entityId: id,
      detail: { enterpriseId },
    });
    return view(trx, id);
  });
}

export async function removeMember(deps: Deps, ctx: RequestContext, id: string, enterpriseId: string) {
  return inTransaction(deps.db, async (trx) => {
    const c = await lockedConsortium(trx, id);
    if (c.lead_enterprise_id === enterpriseId)
      throw new AppError('conflict', 'Choose another lead before removing the lead enterprise');
    if (!(await repo.removeMember(trx, id, enterpriseId))) throw notFound('Member');
    await recordAudit(trx, ctx, {
      action: 'consortia.members.remove',
      entity: 'consortium',
      entityId: id,
      detail: { enterpriseId },
    });
    return view(trx, id);
  });
}
