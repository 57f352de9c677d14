import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import * as repo from './contracts.repo';
import { capabilityHits, suggestSuppliers, type Supplier } from './contracts.rules';
import type { suggestionsView } from './contracts.schemas';
import { visibleListing } from './contracts.service';
import { enterpriseRefs } from './enterprises.service';

/**
 * Suggested suppliers for a contract or grant: the market is prefiltered in SQL (GIN on enterprises.markets,
 * consortia by market) with capability hits worked out there; scoring, reasons and order are the pure rules'.
 */
export async function suggestedSuppliers(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  limit: number,
): Promise<z.output<typeof suggestionsView>> {
  const row = await visibleListing(deps, ctx, id);
  const need = {
    market: row.market,
    capabilities: row.capabilities,
    value: row.value === null ? null : Number(row.value),
    areaId: row.area_id,
  };
  const [enterprises, members] = await Promise.all([
    repo.enterpriseCandidates(deps.db, need, limit),
    repo.consortiumCandidates(deps.db, row.market),
  ]);
  const suppliers: Supplier[] = enterprises.map((e) => ({
    kind: 'enterprise',
    id: e.id,
    name: e.name,
    markets: e.markets,
    capabilityHits: e.hits,
    turnoverBands: [e.turnover_band],
    localJobs: e.local_jobs,
    areaIds: [e.area_id],
  }));
  suppliers.push(...consortiaOf(members, row.capabilities));
  const leadOf = new Map(members.map((r) => [r.id, r.lead_enterprise_id ?? r.member_id] as const).reverse());
  const matches = suggestSuppliers(need, suppliers, limit);
  // the ward shown: an enterprise's own, a consortium's lead's (its first member)
  const placeOf = new Map(
    suppliers.map((s) => [`${s.kind}:${s.id}`, s.kind === 'enterprise' ? s.id : leadOf.get(s.id)]),
  );
  const refs = await enterpriseRefs(deps.db, [
    ...new Set(matches.map((m) => placeOf.get(`${m.kind}:${m.id}`)).filter((x): x is string => !!x)),
  ]);
  return {
    items: matches.map((m) => ({ ...m, area: refs.get(placeOf.get(`${m.kind}:${m.id}`) ?? '')?.area ?? null })),
    considered: Number(enterprises[0]?.considered ?? 0) + new Set(members.map((r) => r.id)).size,
  };
}

/** One supplier per consortium: its members' turnover, jobs and wards pooled, its capabilities and members' words. */
function consortiaOf(
  rows: Awaited<ReturnType<typeof repo.consortiumCandidates>>,
  needed: readonly string[],
): Supplier[] {
  const byId = new Map<string, typeof rows>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return [...byId.values()].map((members) => {
    const c = members[0]!;
    return {
      kind: 'consortium',
      id: c.id,
      name: c.name,
      markets: [c.market],
      capabilityHits: capabilityHits(needed, [...c.capabilities, ...members.map((m) => m.search_text)]),
      turnoverBands: members.map((m) => m.turnover_band),
      localJobs: members.reduce((n, m) => n + m.local_jobs, 0),
      // the lead's ward first (the repo orders the lead first)
      areaIds: members.map((m) => m.area_id),
    };
  });
}
