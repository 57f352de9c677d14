import type { z } from 'zod';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { amountProblem, bidTransitionProblem, poundsString, toPence, type BidStatus } from './awards.rules';
import type { bidsQuery, bidView, createBidBody, updateBidBody } from './awards.schemas';
import * as repo from './bids.repo';
import { visibleContract } from './contracts.service';

/** Bids on a contract or grant, by an enterprise or a consortium: draft, submitted, then won, lost or withdrawn. */

type BidView = z.output<typeof bidView>;
const num = (v: string | null) => (v === null ? null : Number(v));

export const toBidView = (r: repo.BidRow): BidView => ({
  id: r.id,
  opportunity: { id: r.opportunity_id, title: r.opportunity_title, kind: r.opportunity_kind },
  bidder: r.enterprise_id
    ? { kind: 'enterprise', id: r.enterprise_id, name: r.bidder_name }
    : { kind: 'consortium', id: r.consortium_id!, name: r.bidder_name },
  status: r.status as BidStatus,
  amount: num(r.amount),
  notes: r.notes,
  submittedAt: r.submitted_at?.toISOString() ?? null,
  decidedAt: r.decided_at?.toISOString() ?? null,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
  award: r.award_id ? { id: r.award_id, amount: Number(r.award_amount), awardDate: r.award_date! } : null,
});

const unprocessable = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace(/^body\./, '')}: ${message}`, { errors: [{ path, message }] });

function checkAmount(amount: number | null | undefined, value: string | null): string | null {
  if (amount === null || amount === undefined) return null;
  const p = amountProblem(amount, num(value));
  if (p) throw unprocessable(p.path, p.message);
  return poundsString(toPence(amount));
}

export async function createBid(
  deps: Deps,
  ctx: RequestContext,
  opportunityId: string,
  body: z.output<typeof createBidBody>,
) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const { row } = await visibleContract(d, ctx, opportunityId);
    if (row.status !== 'open')
      throw unprocessable('opportunity', `this ${row.kind} is ${row.status}, not open for bids`);
    if (body.enterprise) {
      const e = await repo.enterpriseForBid(trx, body.enterprise);
      if (!e) throw unprocessable('body.enterprise', 'unknown enterprise');
      if (e.status !== 'approved') throw unprocessable('body.enterprise', 'the enterprise is not approved yet');
    } else if (!(await repo.consortiumForBid(trx, body.consortium!)))
      throw unprocessable('body.consortium', 'unknown consortium');
    const bidder = body.enterprise ? { enterprise: body.enterprise } : { consortium: body.consortium! };
    const existing = await repo.existingBid(trx, opportunityId, bidder);
    if (existing)
      throw new AppError(
        'conflict',
        `This bidder already has a ${existing.status} bid on this ${row.kind} (${existing.id})`,
      );
    const id = await repo.insertBid(trx, {
      opportunity_id: opportunityId,
      enterprise_id: body.enterprise ?? null,
      consortium_id: body.consortium ?? null,
      status: body.status ?? 'draft',
      amount: checkAmount(body.amount, row.value),
      notes: body.notes ?? '',
      created_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, { action: 'bid.create', entity: 'bid', entityId: id });
    return toBidView((await repo.findBid(trx, id))!);
  });
}

export async function updateBid(deps: Deps, ctx: RequestContext, id: string, body: z.output<typeof updateBidBody>) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const bid = isUuid(id) ? await repo.findBid(trx, id, true) : undefined;
    if (!bid) throw notFound('Bid');
    await visibleContract(d, ctx, bid.opportunity_id);
    if (body.version !== bid.version)
      throw new AppError(
        'conflict',
        `The bid has changed since version ${body.version} (it is now ${bid.version}); reload`,
      );
    const to = body.status ?? (bid.status as BidStatus);
    const problem = bidTransitionProblem(bid.status as BidStatus, to);
    if (problem) throw unprocessable('body.status', problem);
    const now = new Date();
    await repo.updateBid(trx, id, bid.version, {
      ...(body.status && body.status !== bid.status ? { status: to } : {}),
      ...(to === 'submitted' && bid.status === 'draft' ? { submitted_at: now } : {}),
      ...(to === 'lost' || to === 'withdrawn' ? { decided_at: now } : {}),
      ...(body.amount !== undefined ? { amount: checkAmount(body.amount, bid.opportunity_value) } : {}),
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
    });
    await recordAudit(trx, ctx, { action: 'bid.update', entity: 'bid', entityId: id, detail: { status: to } });
    return toBidView((await repo.findBid(trx, id))!);
  });
}

export async function getBid(deps: Deps, ctx: RequestContext, id: string) {
  const bid = isUuid(id) ? await repo.findBid(deps.db, id) : undefined;
  if (!bid) throw notFound('Bid');
  await visibleContract(deps, ctx, bid.opportunity_id);
  return toBidView(bid);
}

export async function listBids(
  deps: Deps,
  _ctx: RequestContext,
  query: z.output<typeof bidsQuery> & ListQuery<repo.BidSort>,
): Promise<Page<BidView>> {
  const { items, total } = await repo.listBids(deps.db, query, query);
  return { items: items.map(toBidView), page: query.page, pageSize: query.pageSize, total };
}
