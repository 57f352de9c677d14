/**
 * Bids and awards (pure; ADR 0015). Money is handled in whole pence so shares add up exactly; an award is
 * recorded against a submitted bid, and its amount is split into each enterprise's share for the ledger.
 */

export const bidStatuses = ['draft', 'submitted', 'won', 'lost', 'withdrawn'] as const;
export type BidStatus = (typeof bidStatuses)[number];

/** Where a bid may go next by hand; 'won' comes only from recording its award. */
const nextByHand: Record<BidStatus, readonly BidStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['lost', 'withdrawn'],
  won: [],
  lost: [],
  withdrawn: [],
};

export function bidTransitionProblem(from: BidStatus, to: BidStatus): string | null {
  if (from === to) return null;
  if (to === 'won') return 'a bid is won by recording its award';
  return nextByHand[from].includes(to) ? null : `a ${from} bid cannot become ${to}`;
}

/** The largest award the ledger accepts, and how far above the advertised value an award may go. */
export const maxAward = 100_000_000;
export const maxOverValue = 2;

export const toPence = (pounds: number): number => Math.round(pounds * 100);
export const poundsString = (pence: number): string => (pence / 100).toFixed(2);

export interface Problem {
  path: string;
  message: string;
}

/** Negative, zero, fractional-penny or absurd amounts (above the cap, or far above the opportunity's value). */
export function amountProblem(amount: number, opportunityValue: number | null, path = 'body.amount'): Problem | null {
  if (!Number.isFinite(amount) || amount <= 0) return { path, message: 'must be more than £0' };
  if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) return { path, message: 'must be in whole pence' };
  if (amount > maxAward) return { path, message: `must be at most £${maxAward.toLocaleString('en-GB')}` };
  if (opportunityValue !== null && opportunityValue > 0 && amount > maxOverValue * opportunityValue)
    return {
      path,
      message: `£${amount} is more than ${maxOverValue} times the advertised value (£${opportunityValue}); check the figure`,
    };
  return null;
}

export interface ShareInput {
  enterprise: string;
  amount: number;
}

export interface Share {
  enterpriseId: string;
  pence: number;
}

/**
 * Each enterprise's share of an award. An enterprise's bid: all of it. A consortium's bid: the shares given (members
 * only, no repeats, adding up to the award), or else all of it to the lead.
 */
export function sharesOf(
  awardPence: number,
  bidder: { enterpriseId: string } | { members: readonly string[]; leadId: string | null },
  given: readonly ShareInput[] | undefined,
): { shares: Share[] } | { problem: Problem } {
  if ('enterpriseId' in bidder) {
    if (given?.length) return { problem: { path: 'body.shares', message: "only a consortium's award is shared" } };
    return { shares: [{ enterpriseId: bidder.enterpriseId, pence: awardPence }] };
  }
  if (!given?.length) {
    if (!bidder.leadId)
      return { problem: { path: 'body.shares', message: 'the consortium has no lead: give each member’s share' } };
    return { shares: [{ enterpriseId: bidder.leadId, pence: awardPence }] };
  }
  const seen = new Set<string>();
  for (const [i, s] of given.entries()) {
    if (!bidder.members.includes(s.enterprise))
      return { problem: { path: `body.shares.${i}.enterprise`, message: 'is not a member of the consortium' } };
    if (seen.has(s.enterprise)) return { problem: { path: `body.shares.${i}.enterprise`, message: 'is named twice' } };
    seen.add(s.enterprise);
    const p = amountProblem(s.amount, null, `body.shares.${i}.amount`);
    if (p) return { problem: p };
  }
  const sum = given.reduce((a, s) => a + toPence(s.amount), 0);
  if (sum !== awardPence)
    return {
      problem: {
        path: 'body.shares',
        message: `the shares add up to £${poundsString(sum)}, not the award's £${poundsString(awardPence)}`,
      },
    };
  return { shares: given.map((s) => ({ enterpriseId: s.enterprise, pence: toPence(s.amount) })) };
}
