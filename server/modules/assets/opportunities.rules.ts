/** Opportunities: the fixed vocabularies and the pure decisions about money, dates, drafts and changes. */

export const opportunityKinds = [
  'vacancy',
  'training_place',
  'work_placement',
  'contract',
  'grant',
  'volunteering',
  'space',
] as const;
export const opportunityStatuses = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;
export const englishLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** Legal gates matching fails closed on (DESIGN.md §6). */
export const legalGates = [
  'right_to_work',
  'dbs_basic',
  'dbs_enhanced',
  'professional_registration',
  'driving_licence',
] as const;

export type OpportunityKind = (typeof opportunityKinds)[number];
export type OpportunityStatus = (typeof opportunityStatuses)[number];

const amount = /^[0-9]{1,12}(\.[0-9]{1,2})?$/;

/** Why a £ amount is not acceptable, or null. Amounts are exact: at most 2 decimal places, below £10^12. */
export function moneyProblem(value: number | string): string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite amount in pounds';
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (text.startsWith('-') && text !== '-0') return 'must not be negative';
  if (!amount.test(text.replace(/^-0$/, '0')))
    return 'must be an amount in pounds such as 1250 or 1250.50 (at most 2 decimal places, below 1,000,000,000,000)';
  return null;
}

/** A valid amount as the exact decimal string stored and returned, e.g. 1250.5 -> "1250.50". */
export function moneyString(value: number | string): string {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const [whole = '0', fraction = ''] = text.replace(/^-0$/, '0').split('.');
  return `${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}

/** An opportunity cannot close before it opens. Returns the field to blame, or null. */
export function datesProblem(opensOn: string | null, closesOn: string | null): string | null {
  if (opensOn && closesOn && closesOn < opensOn) return `closes on ${closesOn}, before it opens on ${opensOn}`;
  return null;
}

/**
 * Drafts are not published: only the publishing partner and coordinators see them.
 * Everything else is visible to every signed-in role.
 */
export function canSeeOpportunity(
  viewer: { partnerId: string; allPartners: boolean },
  opportunity: { partnerId: string; status: string },
): boolean {
  return opportunity.status !== 'draft' || viewer.allPartners || viewer.partnerId === opportunity.partnerId;
}

/** The top-level fields whose values differ between two snapshots, for the audit log. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** The columns a patch would really change on the current row. */
export function changedColumns(patch: Record<string, unknown>, current: Record<string, unknown>): string[] {
  return Object.keys(patch).filter(
    (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(current[k]),
  );
}

/** Whether a new list of occupation codes differs (as a set) from the current one. */
export function occupationsChanged(current: readonly string[], next: readonly string[] | undefined): boolean {
  if (next === undefined) return false;
  const a = new Set(current);
  const b = new Set(next);
  return a.size !== b.size || [...a].some((c) => !b.has(c));
}
