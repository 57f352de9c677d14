/**
 * Supply and gap rules (pure). Counts are raw here; small cells are suppressed when they are published.
 * - Local supply of an opportunity: live micro-assets of a kind that can supply it (supplyKinds) with one of its
 *   occupations, or of any occupation when it names none; counted by area. The database sums the counts for
 *   each supply group (linking.repo supplySums); these rules decide what the groups are.
 * - Training need: an open opportunity with no local supply at all.
 * - Hidden talent: an occupation residents and organisations have locally that no open opportunity asks for.
 */
import { supplyKinds, talentKinds } from './linking.rules';

/** What to count for an opportunity: these occupations (none = any), these kinds. */
export interface SupplyGroup {
  codes: readonly string[];
  kinds: readonly string[];
}

/**
 * The distinct supply groups of some opportunities, and which group each opportunity uses. Opportunities of
 * a kind that nothing local can supply (no supply kinds) get no group (-1): their supply is zero.
 */
export function supplyGroups(opportunities: readonly { kind: string; codes: readonly string[] }[]): {
  groups: SupplyGroup[];
  groupOf: number[];
} {
  const index = new Map<string, number>();
  const groups: SupplyGroup[] = [];
  const groupOf = opportunities.map((o) => {
    const kinds = supplyKinds(o.kind);
    if (kinds.length === 0) return -1;
    const codes = [...new Set(o.codes)].sort();
    const id = JSON.stringify([codes, kinds]);
    if (!index.has(id)) index.set(id, groups.push({ codes, kinds }) - 1);
    return index.get(id)!;
  });
  return { groups, groupOf };
}

/** Is a counted micro-asset (occupation, kind) part of a group's supply? The SQL sum mirrors this exactly. */
export function inGroup(group: SupplyGroup, row: { occupationCode: string | null; kind: string }): boolean {
  if (!group.kinds.includes(row.kind)) return false;
  return group.codes.length === 0 || (row.occupationCode !== null && group.codes.includes(row.occupationCode));
}

export interface CountRow {
  areaId: string | null;
  occupationCode: string | null;
  kind: string;
  n: number;
}

export interface Talent {
  occupationCode: string;
  total: number;
  /** by area id; null is "area not recorded" */
  byArea: Map<string | null, number>;
}

/** Occupations with local supply (skills, qualifications, talents) that no open opportunity asks for. */
export function hiddenTalent(rows: readonly CountRow[], demanded: ReadonlySet<string>): Talent[] {
  const byCode = new Map<string, Talent>();
  for (const row of rows) {
    if (row.n <= 0 || row.occupationCode === null || !talentKinds.includes(row.kind)) continue;
    if (demanded.has(row.occupationCode)) continue;
    const t = byCode.get(row.occupationCode) ?? { occupationCode: row.occupationCode, total: 0, byArea: new Map() };
    t.total += row.n;
    t.byArea.set(row.areaId, (t.byArea.get(row.areaId) ?? 0) + row.n);
    byCode.set(row.occupationCode, t);
  }
  return [...byCode.values()].sort((a, b) => b.total - a.total || a.occupationCode.localeCompare(b.occupationCode));
}
