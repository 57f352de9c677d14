import type { z } from 'zod';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import { amountProblem, poundsString, sharesOf, toPence } from './awards.rules';
import type { awardView, createAwardBody, recordMeasuresBody } from './awards.schemas';
import * as repo from './awards.repo';
import * as bidsRepo from './bids.repo';
import * as contractsRepo from './contracts.repo';
import { visibleContract } from './contracts.service';
import { contractNames } from './contracts.views';
import { checkMeasures } from './social-value.service';

/**
 * An award is a contract or grant won: it answers one submitted bid (which becomes won), and its amount is split
 * into each enterprise's share, with the enterprise's ward at the time, for the value-retained-locally ledger.
 * Everything is checked before anything is written, and it is written in one transaction.
 */

const unprocessable = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace(/^body\./, '')}: ${message}`, { errors: [{ path, message }] });

function checkDate(awardDate: string) {
  const today = new Date().toISOString().slice(0, 10);
  if (awardDate > today) throw unprocessable('body.awardDate', 'must not be in the future');
  if (awardDate < '2000-01-01') throw unprocessable('body.awardDate', 'must be in 2000 or later');
}

async function bidderShares(deps: Deps, bid: bidsRepo.BidRow, pence: number, body: z.output<typeof createAwardBody>) {
  if (bid.enterprise_id) {
    const e = (await bidsRepo.enterpriseForBid(deps.db, bid.enterprise_id))!;
    const r = sharesOf(pence, { enterpriseId: e.id }, body.shares);
    if ('problem' in r) throw unprocessable(r.problem.path, r.problem.message);
    return r.shares.map((s) => ({ ...s, areaId: e.area_id }));
  }
  const c = (await bidsRepo.consortiumForBid(deps.db, bid.consortium_id!))!;
  const r = sharesOf(pence, { members: c.members.map((m) => m.id), leadId: c.lead_enterprise_id }, body.shares);
  if ('problem' in r) throw unprocessable(r.problem.path, r.problem.message);
  const wards = new Map(c.members.map((m) => [m.id, m.area_id]));
  return r.shares.map((s) => ({ ...s, areaId: wards.get(s.enterpriseId) ?? null }));
}

/** Who pays: a grant's funder, or a contract's buyer. */
async function funderName(deps: Deps, o: { kind: string; opportunity_id: string; partner_id: string }) {
  const grant = o.kind === 'grant' ? await contractsRepo.grantDetails(deps.db, o.opportunity_id) : undefined;
  if (grant) return grant.funder_name;
  const contract = await contractsRepo.contractDetails(deps.db, o.opportunity_id);
  const names = await contractNames(deps);
  return names.partners.get(contract?.buyer_partner_id ?? o.partner_id)?.name ?? 'Unknown buyer';
}

export async function recordAward(deps: Deps, ctx: RequestContext, body: z.output<typeof createAwardBody>) {
  checkDate(body.awardDate);
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const bid = await bidsRepo.findBid(trx, body.bid, true);
    if (!bid) throw unprocessable('body.bid', 'no such bid: an award answers a recorded bid on a contract or grant');
    const { row: opportunity } = await visibleContract(d, ctx, bid.opportunity_id);
    if (bid.status === 'won') throw new AppError('conflict', `This bid already has its award (${bid.award_id})`);
    if (bid.status !== 'submitted')
      throw unprocessable('body.bid', `the bid is ${bid.status}; only a submitted bid can win`);
    const p = amountProblem(body.amount, opportunity.value === null ? null : Number(opportunity.value));
    if (p) throw unprocessable(p.path, p.message);
    const pence = toPence(body.amount);
    const shares = await bidderShares(d, bid, pence, body);
    const measures = await checkMeasures(trx, body.measures ?? []);
    const funder = await funderName(d, opportunity);
    const award = await repo.insertAward(trx, {
      opportunity_id: opportunity.opportunity_id,
      bid_id: bid.id,
      source: opportunity.kind,
      funder_name: funder,
      amount: poundsString(pence),
      award_date: body.awardDate,
      created_by: ctx.actor?.userId ?? null,
    });
    await repo.insertShares(
      trx,
      shares.map((s) => ({
        award_id: award.id,
        enterprise_id: s.enterpriseId,
        area_id: s.areaId,
        amount: poundsString(s.pence),
      })),
    );
    await repo.upsertMeasures(
      trx,
      measures.map((m) => ({ ...m, award_id: award.id, recorded_by: ctx.actor?.userId ?? null })),
    );
    await bidsRepo.updateBid(trx, bid.id, bid.version, { status: 'won', decided_at: new Date() });
    await recordAudit(trx, ctx, {
      action: 'award.create',
      entity: 'award',
      entityId: award.id,
      detail: { amount: poundsString(pence) },
    });
    await recordActivity(trx, {
      kind: 'award',
      partnerId: opportunity.partner_id,
      subject: { type: 'award', id: award.id },
      summary: `Award: £${poundsString(pence)} to ${bid.bidder_name} for ${opportunity.title}`,
      actorUserId: ctx.actor?.userId,
    });
    return getAwardIn(d, award.id);
  });
}

async function getAwardIn(deps: Deps, id: string): Promise<z.output<typeof awardView>> {
  const a = isUuid(id) ? await repo.findAward(deps.db, id) : undefined;
  if (!a) throw notFound('Award');
  const [shares, measures, names] = await Promise.all([
    repo.sharesOfAward(deps.db, id),
    repo.measuresOfAward(deps.db, id),
    contractNames(deps),
  ]);
  return {
    id: a.id,
    bid: a.bid_id,
    opportunity: { id: a.opportunity_id, title: a.opportunity_title },
    source: a.source as 'contract' | 'grant',
    funder: a.funder_name,
    amount: Number(a.amount),
    currency: a.currency,
    awardDate: a.award_date,
    year: a.year,
    shares: shares.map((s) => ({
      enterprise: { id: s.enterprise_id, name: s.name },
      area: s.area_id ? (names.areas.get(s.area_id) ?? null) : null,
      amount: Number(s.amount),
    })),
    measures: measures.map((m) => ({ code: m.measure_code, value: Number(m.value), note: m.note })),
  };
}

export async function getAward(deps: Deps, ctx: RequestContext, id: string) {
  const view = await getAwardIn(deps, id);
  await visibleContract(deps, ctx, view.opportunity.id);
  return view;
}

export async function recordMeasures(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: z.output<typeof recordMeasuresBody>,
) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    await getAward(d, ctx, id);
    const measures = await checkMeasures(trx, body.measures);
    await repo.upsertMeasures(
      trx,
      measures.map((m) => ({ ...m, award_id: id, recorded_by: ctx.actor?.userId ?? null })),
    );
    await recordAudit(trx, ctx, { action: 'award.measures', entity: 'award', entityId: id });
    return getAwardIn(d, id);
  });
}
