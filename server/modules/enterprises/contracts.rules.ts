/**
 * Suggested suppliers for a contract or grant (pure; ADR 0015). The market is a gate (prefiltered in SQL); then
 * three named components, each with reasons and gaps: capability (the work asked for, found in what the supplier
 * says it does), capacity (its turnover against the value, and local jobs) and area (based in the ward of the work).
 * No person's characteristics are inputs: suppliers are organisations.
 */

export const matchWeights = { capability: 0.4, capacity: 0.35, area: 0.25 } as const;

export interface OpportunityNeed {
  market: string;
  capabilities: readonly string[];
  /** the contract value or grant offered, in pounds; null when not stated */
  value: number | null;
  areaId: string | null;
}

export interface Supplier {
  kind: 'enterprise' | 'consortium';
  id: string;
  name: string;
  markets: readonly string[];
  /** for each of the need's capabilities, in order: does the supplier show it */
  capabilityHits: readonly boolean[];
  /** turnover bands of the enterprise (one) or of the consortium's members */
  turnoverBands: readonly string[];
  localJobs: number;
  /** the enterprise's ward, or the wards of a consortium's members (its lead's first) */
  areaIds: readonly (string | null)[];
}

export type Note = { code: string; params?: Record<string, string | number> };

export interface SupplierMatch {
  kind: Supplier['kind'];
  id: string;
  name: string;
  score: number;
  components: { capability: number; capacity: number; area: number };
  reasons: Note[];
  gaps: Note[];
}

/** The most a band's turnover reaches, per year, in pounds; 'unknown' has none. */
export const turnoverCeiling: Record<string, number | null> = {
  unknown: null,
  none: 0,
  under_10k: 10_000,
  '10k_50k': 50_000,
  '50k_250k': 250_000,
  '250k_1m': 1_000_000,
  over_1m: 5_000_000,
};

function capability(need: OpportunityNeed, s: Supplier, reasons: Note[], gaps: Note[]): number {
  if (need.capabilities.length === 0) return 1;
  need.capabilities.forEach((c, i) =>
    (s.capabilityHits[i] ? reasons : gaps).push({
      code: s.capabilityHits[i] ? 'capability' : 'no_capability',
      params: { capability: c },
    }),
  );
  return s.capabilityHits.filter(Boolean).length / need.capabilities.length;
}

function capacity(need: OpportunityNeed, s: Supplier, reasons: Note[], gaps: Note[]): number {
  const ceilings = s.turnoverBands.map((b) => turnoverCeiling[b] ?? null);
  const known = ceilings.filter((c): c is number => c !== null);
  let money: number;
  if (known.length === 0) {
    gaps.push({ code: 'turnover_unknown' });
    money = 0.5;
  } else if (need.value === null || need.value === 0) money = 1;
  else {
    const ratio = known.reduce((a, b) => a + b, 0) / need.value;
    // buyers usually look for a turnover of about twice the contract's value
    money = ratio >= 2 ? 1 : ratio >= 1 ? 0.7 : ratio >= 0.5 ? 0.4 : 0.1;
    (ratio >= 1 ? reasons : gaps).push({
      code: ratio >= 1 ? 'turnover_fits' : 'turnover_small',
      params: { ratio: Math.round(ratio * 10) / 10 },
    });
  }
  if (s.localJobs > 0) reasons.push({ code: 'local_jobs', params: { count: s.localJobs } });
  else gaps.push({ code: 'no_local_jobs' });
  return 0.75 * money + 0.25 * (s.localJobs > 0 ? 1 : 0);
}

function area(need: OpportunityNeed, s: Supplier, reasons: Note[], gaps: Note[]): number {
  const known = s.areaIds.filter((a): a is string => a !== null);
  if (need.areaId !== null && known.includes(need.areaId)) {
    reasons.push({ code: 'same_ward' });
    return 1;
  }
  if (known.length > 0) {
    reasons.push({ code: 'local' });
    return 0.6;
  }
  gaps.push({ code: 'area_unknown' });
  return 0.3;
}

/** Which of the needed capabilities a supplier's own words show (lower-cased substring, as the SQL prefilter does). */
export function capabilityHits(needed: readonly string[], texts: readonly string[]): boolean[] {
  const haystack = texts.map((t) => t.toLowerCase());
  return needed.map((c) => {
    const term = c.trim().toLowerCase();
    return term !== '' && haystack.some((t) => t.includes(term));
  });
}

/** One supplier's fit, or null when it is not in the need's market (the gate). */
export function scoreSupplier(need: OpportunityNeed, s: Supplier): SupplierMatch | null {
  if (!s.markets.includes(need.market)) return null;
  const reasons: Note[] = [{ code: 'market', params: { market: need.market } }];
  const gaps: Note[] = [];
  const components = {
    capability: capability(need, s, reasons, gaps),
    capacity: capacity(need, s, reasons, gaps),
    area: area(need, s, reasons, gaps),
  };
  const score = Math.round(
    100 *
      (matchWeights.capability * components.capability +
        matchWeights.capacity * components.capacity +
        matchWeights.area * components.area),
  );
  return { kind: s.kind, id: s.id, name: s.name, score, components, reasons, gaps };
}

/** Deterministic order: score, then consortia before single enterprises (they pool capacity), then name and id. */
export function compareMatches(a: SupplierMatch, b: SupplierMatch): number {
  return (
    b.score - a.score ||
    (a.kind === b.kind ? 0 : a.kind === 'consortium' ? -1 : 1) ||
    // code-point order, as the database's "C" collation, so SQL can prefilter in the same order
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The best `limit` suppliers for a need, ordered deterministically. */
export function suggestSuppliers(
  need: OpportunityNeed,
  suppliers: readonly Supplier[],
  limit: number,
): SupplierMatch[] {
  const scored: SupplierMatch[] = [];
  for (const s of suppliers) {
    const m = scoreSupplier(need, s);
    if (m) scored.push(m);
  }
  return scored.sort(compareMatches).slice(0, limit);
}
