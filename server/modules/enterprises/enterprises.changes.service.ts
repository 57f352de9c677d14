import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import type { ListQuery } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import * as changesRepo from './enterprises.changes.repo';
import * as repo from './enterprises.repo';
import { diffFields, type EnterpriseFields } from './enterprises.rules';
import type { CreateEnterpriseBody } from './enterprises.schemas';
import { fieldsOf } from './enterprises.views';
import { applyFields } from './enterprises.write.service';

/** Change requests from enterprise members: staff see a field-by-field diff and approve or reject it. */

type Proposal = Partial<EnterpriseFields> & { contacts?: CreateEnterpriseBody['contacts'] };

async function toChangeView(deps: Deps, c: changesRepo.ChangeRow) {
  const row = (await repo.getEnterprise(deps.db, c.enterprise_id))!;
  const { contacts, ...proposed } = c.proposed as Proposal;
  const changes: { field: string; from: unknown; to: unknown }[] = diffFields(fieldsOf(row), proposed);
  if (contacts) {
    const current = await repo.listContacts(deps.db, row.id);
    if (JSON.stringify(current) !== JSON.stringify(contacts))
      changes.push({ field: 'contacts', from: current, to: contacts });
  }
  return {
    id: c.id,
    enterprise: { id: c.enterprise_id, name: c.enterprise_name },
    status: c.status as 'pending' | 'approved' | 'rejected',
    changes,
    stale: c.status === 'pending' && c.base_version !== c.enterprise_version,
    requestedBy: c.requested_by_name,
    requestedAt: new Date(c.requested_at).toISOString(),
    decidedAt: c.decided_at ? new Date(c.decided_at).toISOString() : null,
    note: c.note,
  };
}

/** Coordinators see every request; an enterprise member sees those for the enterprises it is linked to. */
export async function listChanges(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<'requestedAt'> & { status?: string | undefined },
) {
  const enterpriseIds =
    ctx.actor?.role === 'enterprise_member' ? await repo.linkedEnterpriseIds(deps.db, ctx.actor.userId) : undefined;
  const { items, total } = await changesRepo.listChanges(deps.db, { status: query.status, enterpriseIds }, query);
  const views = [];
  for (const c of items) views.push(await toChangeView(deps, c));
  return { items: views, page: query.page, pageSize: query.pageSize, total };
}

export async function getChange(deps: Deps, ctx: RequestContext, id: string) {
  const c = await changesRepo.getChange(deps.db, id);
  if (!c) throw notFound('Change request');
  if (ctx.actor?.role === 'enterprise_member' && !(await repo.isLinked(deps.db, c.enterprise_id, ctx.actor.userId)))
    throw notFound('Change request');
  return toChangeView(deps, c);
}

/** Approving applies the proposal in one transaction (409 if the entry changed since); rejecting keeps a note. */
export async function decideChange(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  decision: { action: 'approve' | 'reject'; note: string },
) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const c = await changesRepo.getChange(trx, id, true);
    if (!c) throw notFound('Change request');
    if (c.status !== 'pending') throw new AppError('conflict', `This change request was already ${c.status}`);
    const row = (await repo.getEnterprise(trx, c.enterprise_id, true))!;
    if (decision.action === 'approve') {
      if (row.version !== c.base_version)
        throw new AppError(
          'conflict',
          `${row.name} changed after this request was made; reject it and ask the enterprise to propose again`,
        );
      const { contacts, ...proposed } = c.proposed as Proposal;
      const changes = await applyFields(deps, trx, row, proposed, contacts);
      await recordAudit(trx, ctx, {
        action: 'enterprises.change.approve',
        entity: 'enterprise',
        entityId: row.id,
        detail: { change: id, fields: changes.map((x) => x.field) },
      });
    } else {
      await recordAudit(trx, ctx, {
        action: 'enterprises.change.reject',
        entity: 'enterprise',
        entityId: row.id,
        detail: { change: id },
      });
    }
    await changesRepo.decideChange(trx, id, {
      status: decision.action === 'approve' ? 'approved' : 'rejected',
      decidedBy: ctx.actor?.userId ?? null,
      note: decision.note,
    });
    return toChangeView(d, (await changesRepo.getChange(trx, id))!);
  });
}
