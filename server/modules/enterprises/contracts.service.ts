import type { z } from 'zod';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import { systemContext, type RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { createOpportunity, getOpportunity, type OpportunityView } from '../assets/opportunities.service';
import { findAreaId } from '../places/places.service';
import { checkInput, contractDetailsOf, grantDetailsOf } from './contracts.details';
import { contractNames, toContractSummary, toContractView } from './contracts.views';
import * as repo from './contracts.repo';
import type { contractsQuery, contractSummary, contractView, CreateContractInput } from './contracts.schemas';

/**
 * Contracts and grants are asset-graph opportunities of kind 'contract' or 'grant' (ADR 0015), created through the
 * assets service so they keep history, audit, activity and the map; this module adds the OCDS or 360Giving details
 * and a listing copy (contract_grant_features) with the market and capabilities asked for.
 */
export const searchTextOf = (o: { title: string; description: string }, market: string, caps: readonly string[]) =>
  [o.title, o.description, market, ...caps].join(' ').toLowerCase().slice(0, 4000);

export async function refreshFeatures(deps: Deps, o: OpportunityView, market: string, capabilities: string[]) {
  await repo.upsertFeatures(deps.db, {
    opportunity_id: o.id,
    kind: o.kind as 'contract' | 'grant',
    partner_id: o.publisher.partner.id,
    title: o.title,
    status: o.status,
    value: o.value,
    area_id: o.area?.id ?? null,
    closes_on: o.closesOn,
    market,
    capabilities,
    search_text: searchTextOf(o, market, capabilities),
  });
}

export async function createContract(deps: Deps, ctx: RequestContext, input: CreateContractInput) {
  checkInput(deps, input);
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const { id } = await createOpportunity(d, ctx, {
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      partner: input.partner,
      macroAsset: input.macroAsset,
      area: input.area,
      value: input.value ?? null,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      status: input.status ?? 'open',
    });
    const o = await getOpportunity(d, systemContext, id);
    if (input.kind === 'contract') await repo.insertContractDetails(trx, await contractDetailsOf(d, input, o));
    else await repo.insertGrantDetails(trx, await grantDetailsOf(d, input, o));
    await refreshFeatures(d, o, input.market, input.capabilities);
    return { id };
  });
}

/** Coordinators see every partner's drafts; everyone else their own partner's only. */
const draftsOf = (ctx: RequestContext): string | undefined => {
  if (!ctx.actor) return undefined;
  const scope = partnerScope(ctx.actor, 'opportunities.update');
  return scope.kind === 'all' ? undefined : scope.partnerId;
};

/** A contract or grant's listing copy, if the caller may see it (as listed: not refreshed); anything else is 404. */
export async function visibleListing(deps: Deps, ctx: RequestContext, id: string) {
  const row = isUuid(id) ? await repo.findFeatures(deps.db, id) : undefined;
  const own = draftsOf(ctx);
  if (!row || (row.status === 'draft' && own !== undefined && own !== row.partner_id))
    throw notFound('Contract or grant');
  return row;
}

/** A contract or grant the caller may see, refreshed from the opportunity it is; anything else is 404. */
export async function visibleContract(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleListing(deps, ctx, id);
  const o = await getOpportunity(deps, systemContext, id);
  const stale =
    o.title !== row.title ||
    o.status !== row.status ||
    o.value !== row.value ||
    (o.area?.id ?? null) !== row.area_id ||
    o.closesOn !== row.closes_on;
  if (stale) await refreshFeatures(deps, o, row.market, row.capabilities);
  return { row: stale ? (await repo.findFeatures(deps.db, id))! : row, opportunity: o };
}

export async function getContract(deps: Deps, ctx: RequestContext, id: string): Promise<z.output<typeof contractView>> {
  const { row, opportunity } = await visibleContract(deps, ctx, id);
  const [contract, grant, names] = await Promise.all([
    row.kind === 'contract' ? repo.contractDetails(deps.db, id) : undefined,
    row.kind === 'grant' ? repo.grantDetails(deps.db, id) : undefined,
    contractNames(deps),
  ]);
  return toContractView(row, opportunity, contract, grant, names);
}

type ContractsQuery = z.output<typeof contractsQuery>;
export async function listContracts(
  deps: Deps,
  ctx: RequestContext,
  query: ContractsQuery & ListQuery<repo.ContractSort>,
): Promise<Page<z.output<typeof contractSummary>>> {
  const areaId = query.area ? ((await findAreaId(deps, query.area)) ?? undefined) : undefined;
  if (query.area && !areaId)
    throw new AppError('validation_failed', `area: unknown area ${query.area}`, {
      errors: [{ path: 'querystring.area', message: `unknown area ${query.area}` }],
    });
  const { items, total } = await repo.listContracts(
    deps.db,
    { kind: query.kind, market: query.market, status: query.status, areaId, draftsOf: draftsOf(ctx) },
    query,
  );
  const names = await contractNames(deps);
  return { items: items.map((r) => toContractSummary(r, names)), page: query.page, pageSize: query.pageSize, total };
}
