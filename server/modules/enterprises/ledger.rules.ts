/**
 * The value-retained-locally ledger's totals (pure apart from the shared suppression rule): pounds by ward and year,
 * each with the number of distinct enterprises, passed through the privacy module's small-number suppression
 * (the service hands it in: rules import no other module).
 * Pounds are summed in pence so totals are exact.
 */
export interface LedgerShare {
  awardId: string;
  year: number;
  areaId: string | null;
  enterpriseId: string;
  amount: string;
}

export interface LedgerCell<K> {
  key: K;
  amount: number;
  enterprises: number | null;
}

type Suppress = (count: number) => number | null;

function totals<K>(
  suppress: Suppress,
  shares: readonly LedgerShare[],
  keyOf: (s: LedgerShare) => K,
  id: (k: K) => string,
): LedgerCell<K>[] {
  const cells = new Map<string, { key: K; pence: number; enterprises: Set<string> }>();
  for (const s of shares) {
    const key = keyOf(s);
    const cell = cells.get(id(key)) ?? { key, pence: 0, enterprises: new Set<string>() };
    cell.pence += Math.round(Number(s.amount) * 100);
    cell.enterprises.add(s.enterpriseId);
    cells.set(id(key), cell);
  }
  return [...cells.values()].map((c) => ({
    key: c.key,
    amount: c.pence / 100,
    enterprises: suppress(c.enterprises.size),
  }));
}

export function ledgerTotals(shares: readonly LedgerShare[], suppress: Suppress) {
  const byYear = totals(suppress, shares, (s) => s.year, String).sort((a, b) => a.key - b.key);
  const byWard = totals(
    suppress,
    shares,
    (s) => s.areaId,
    (k) => k ?? '',
  ).sort((a, b) => b.amount - a.amount || String(a.key).localeCompare(String(b.key)));
  const byWardYear = totals(
    suppress,
    shares,
    (s) => ({ areaId: s.areaId, year: s.year }),
    (k) => `${k.areaId ?? ''}|${k.year}`,
  ).sort((a, b) => a.key.year - b.key.year || String(a.key.areaId).localeCompare(String(b.key.areaId)));
  const [total] = totals(suppress, shares, () => 'all', String);
  return { total: total ?? { key: 'all', amount: 0, enterprises: 0 }, byYear, byWard, byWardYear };
}
