import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { suppressCells } from '../privacy/privacy.service';
import * as cand from './linking.candidates.repo';
import * as repo from './linking.repo';
import {
  rankCandidates,
  supplyKinds,
  supplyTable,
  talentKinds,
  type Needs,
  type SupplyItem,
  type Viewer,
} from './linking.rules';
import { hiddenTalent, supplyGroups, type CountRow } from './linking.supply.rules';
import { isPartnerRole } from './micro-assets.rules';

export interface Ref {
  id: string;
  slug: string;
  name: string;
}

/** Which individual micro-assets the caller may be shown, from the policy's partner scope for the action. */
export function viewerOf(ctx: RequestContext, action: Action): Viewer {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const scope = partnerScope(ctx.actor, action);
  return {
    partnerId: ctx.actor.partnerId,
    allPartners: scope.kind === 'all',
    partnerRole: isPartnerRole(ctx.actor.role),
  };
}

const toCountRows = (rows: repo.CountRowDb[]) =>
  rows.map((r): CountRow => ({ areaId: r.area_id, occupationCode: r.occupation_code, kind: r.kind, n: r.n }));

/** Publishes a breakdown by area: small cells suppressed (with the total), areas by name, unknown area left out. */
function publishByArea(byArea: Map<string | null, number>, areas: Map<string, Ref>) {
  const cells = [...byArea]
    .filter(([, n]) => n > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  const out = suppressCells(cells);
  const listed = out.cells.flatMap((c) => {
    const area = c.key === null ? undefined : areas.get(c.key);
    return area ? [{ area, count: c.count }] : [];
  });
  return { total: out.total, byArea: listed.sort((a, b) => a.area.name.localeCompare(b.area.name)) };
}

async function areaIndex(deps: Deps): Promise<Map<string, Ref>> {
  const rows = await repo.listAreaRefs(deps.db);
  return new Map(rows.map((a) => [a.id, { id: a.id, slug: a.slug, name: a.name }]));
}

/** One candidate look-up per occupation (or none), supplying kinds and area; opportunities share them. */
function candidateKeys(needs: readonly Needs[]): { keys: cand.CandidateKey[]; keysOf: number[][] } {
  const index = new Map<string, number>();
  const keys: cand.CandidateKey[] = [];
  const keysOf = needs.map((n) => {
    const kinds = supplyKinds(n.kind);
    const codes: (string | null)[] = n.occupations.length ? n.occupations.map((o) => o.code) : [null];
    return codes.map((code) => {
      const id = JSON.stringify([code, kinds, n.area?.id ?? null]);
      if (!index.has(id)) index.set(id, keys.push({ code, kinds, areaId: n.area?.id ?? null }) - 1);
      return index.get(id)!;
    });
  });
  return { keys, keysOf };
}

const itemOf = (r: cand.CandidateRow, areas: Map<string, Ref>): SupplyItem => ({
  kind: r.kind,
  category: r.category,
  occupationCode: r.occupation_code,
  ownerType: r.owner_type,
  area: r.area_id ? (areas.get(r.area_id) ?? null) : null,
});

/** Each opportunity's supply by area id (null = area not recorded), and its total. */
async function supplyByArea(deps: Deps, shapes: { kind: string; codes: string[] }[]) {
  const { groups, groupOf } = supplyGroups(shapes);
  const byGroup = new Map<number, Map<string | null, number>>();
  for (const r of await repo.supplySums(deps.db, groups))
    byGroup.set(r.grp, (byGroup.get(r.grp) ?? new Map()).set(r.area_id, r.n));
  return groupOf.map((g) => {
    const byArea = byGroup.get(g) ?? new Map<string | null, number>();
    return { byArea, total: [...byArea.values()].reduce((a, b) => a + b, 0) };
  });
}

type PageItem = Awaited<ReturnType<typeof repo.openOpportunitiesPage>>['items'][number];
type Ranked = ReturnType<typeof rankCandidates<cand.CandidateRow & { item: SupplyItem }>>;

function linkedOpportunity(
  o: PageItem,
  needs: Needs,
  supply: { byArea: Map<string | null, number>; total: number },
  ranked: Ranked,
  areas: Map<string, Ref>,
) {
  return {
    opportunity: {
      id: o.id,
      title: o.title,
      kind: o.kind,
      status: o.status,
      quantity: o.quantity,
      closesOn: o.closes_on,
      occupations: needs.occupations.map(({ code, label }) => ({ code, label })),
    },
    supply: publishByArea(supply.byArea, areas),
    candidates: ranked.map((c) => ({
      microAsset: { id: c.id, name: c.name, kind: c.kind, category: c.category, owner: { type: c.owner_type } },
      score: c.score,
      reasons: c.reasons,
    })),
    gap: supply.total === 0,
  };
}

/**
 * A macro-asset's open opportunities (one page), each with the local supply by area (suppressed below 5),
 * the best candidates the caller may see with reasons, and whether it is a gap; plus every training need.
 */
export async function getLinks(deps: Deps, ctx: RequestContext, idOrSlug: string, paging = { page: 1, pageSize: 25 }) {
  const viewer = viewerOf(ctx, 'links.read');
  const macro = await repo.findMacroAssetRef(deps.db, idOrSlug, isUuid(idOrSlug));
  if (!macro) throw notFound('Macro-asset');
  const { items, total } = await repo.openOpportunitiesPage(deps.db, macro.id, paging.page, paging.pageSize);
  const areas = await areaIndex(deps);
  const needs: Needs[] = items.map((o) => ({
    kind: o.kind,
    occupations: o.occupations,
    englishLevel: o.english_level,
    legalGates: o.legal_gates,
    area: o.area_id ? (areas.get(o.area_id) ?? null) : null,
  }));
  const shapes = needs.map((n) => ({ kind: n.kind, codes: n.occupations.map((o) => o.code) }));
  const supplies = await supplyByArea(deps, shapes);
  const { keys, keysOf } = candidateKeys(needs);
  const byKey = new Map<number, cand.CandidateRow[]>();
  for (const r of await cand.candidates(deps.db, keys, viewer)) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const needed = await repo.trainingNeeds(deps.db, supplyTable(), macro.id);

  const opportunities = items.map((o, i) => {
    const pool = keysOf[i]!.flatMap((k) => byKey.get(k) ?? []).map((r) => ({ ...r, item: itemOf(r, areas) }));
    return linkedOpportunity(o, needs[i]!, supplies[i]!, rankCandidates(needs[i]!, pool), areas);
  });
  return {
    macroAsset: macro,
    opportunities,
    page: paging.page,
    pageSize: paging.pageSize,
    total,
    gaps: { trainingNeeds: needed.map((s) => ({ opportunityId: s.id, title: s.title, quantity: s.quantity })) },
  };
}

/** Programme-wide gaps: open opportunities nothing local can supply, and local skills nobody asks for. */
export async function getGaps(deps: Deps, ctx: RequestContext) {
  viewerOf(ctx, 'gaps.read');
  const needed = await repo.trainingNeeds(deps.db, supplyTable(), null);
  // already most demand first
  const trainingNeeds = needed.map((s) => ({
    opportunity: { id: s.id, title: s.title, kind: s.kind },
    demand: s.quantity,
    supply: 0 as const,
  }));
  const counts = toCountRows(await repo.occupationCountRows(deps.db, talentKinds));
  const talent = hiddenTalent(counts, new Set(await repo.demandedCodes(deps.db)));
  const labels = new Map(
    (
      await repo.occupationLabels(
        deps.db,
        talent.map((t) => t.occupationCode),
      )
    ).map((o) => [o.code, o.label]),
  );
  const areas = await areaIndex(deps);
  const hidden = talent.map((t) => {
    const published = publishByArea(t.byArea, areas);
    return {
      occupation: { code: t.occupationCode, label: labels.get(t.occupationCode) ?? t.occupationCode },
      supply: published.total,
      areas: published.byArea,
    };
  });
  // Ordered by the published figure only, so the order reveals nothing about suppressed counts.
  hidden.sort((a, b) => (b.supply ?? 0) - (a.supply ?? 0) || a.occupation.code.localeCompare(b.occupation.code));
  return { trainingNeeds, hiddenTalent: hidden };
}
