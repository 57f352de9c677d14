import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope, inScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { recordAudit } from '../privacy/privacy.service';
import { isoDay } from './submissions.rules';
import * as repo from './vouchers.repo';

/** The voucher ledger: an issue entry per completed response (written with the response), redemptions by leads. */

export interface VoucherLedger {
  researcherId: string;
  balancePence: number;
  issuedPence: number;
  redeemedPence: number;
  completedQuestionnaires: number;
  entries: {
    id: string;
    kind: 'issue' | 'redemption';
    amountPence: number;
    note: string;
    on: string;
    form: string | null;
  }[];
}

async function researcherFor(
  deps: Deps,
  ctx: RequestContext,
  requested: string | undefined,
  action: 'research.vouchers.read' | 'research.vouchers.record',
) {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const id = requested ?? ctx.actor.userId;
  const user = isUuid(id) ? await repo.findResearcher(deps.db, id) : undefined;
  if (!user) throw notFound('Researcher');
  const scope = partnerScope(ctx.actor, action);
  if (id !== ctx.actor.userId && (scope.kind !== 'all' || !inScope(scope, user.partner_id)))
    throw new AppError('forbidden', 'You can only see your own voucher ledger');
  return user;
}

export async function voucherLedger(deps: Deps, ctx: RequestContext, researcher?: string): Promise<VoucherLedger> {
  const user = await researcherFor(deps, ctx, researcher, 'research.vouchers.read');
  const [b, rows] = await Promise.all([repo.balance(deps.db, user.id), repo.ledger(deps.db, user.id)]);
  return {
    researcherId: user.id,
    balancePence: b.issued - b.redeemed,
    issuedPence: b.issued,
    redeemedPence: b.redeemed,
    completedQuestionnaires: b.completed,
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind as 'issue' | 'redemption',
      amountPence: r.amount_pence,
      note: r.note,
      on: r.entered_on,
      form: r.form_title,
    })),
  };
}

export async function recordVoucherEntry(
  deps: Deps,
  ctx: RequestContext,
  input: { researcher: string; kind: 'issue' | 'redemption'; amountPence: number; note?: string | undefined },
): Promise<VoucherLedger> {
  const user = await researcherFor(deps, ctx, input.researcher, 'research.vouchers.record');
  await inTransaction(deps.db, async (trx) => {
    await repo.lockResearcher(trx, user.id);
    if (input.kind === 'redemption') {
      const b = await repo.balance(trx, user.id);
      if (input.amountPence > b.issued - b.redeemed)
        throw new AppError(
          'unprocessable',
          `The balance is ${b.issued - b.redeemed} pence: a redemption cannot exceed it`,
        );
    }
    const { id } = await repo.insertEntry(trx, {
      researcherId: user.id,
      kind: input.kind,
      amountPence: input.amountPence,
      note: input.note ?? '',
      day: isoDay(new Date()),
      by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, {
      action: `research.voucher.${input.kind}`,
      entity: 'voucher_entry',
      entityId: id,
      partnerId: user.partner_id,
      detail: { researcher: user.id, amountPence: input.amountPence },
    });
  });
  return voucherLedger(deps, ctx, user.id);
}
