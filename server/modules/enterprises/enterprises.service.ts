import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import type { Page } from '../../lib/paging';
import * as changesRepo from './enterprises.changes.repo';
import * as consortiaRepo from './consortia.repo';
import { consortiumSummary } from './consortia.service';
import * as repo from './enterprises.repo';
import { toSummary, toView, type EnterpriseView } from './enterprises.views';
import type { EnterprisesQuery } from './enterprises.types';

export { searchDirectory, type DirectoryFilter, type PublicEnterprise } from './directory.service';

/** What other modules (start-ups, mentors, contracts, bids, awards, impact) show of an enterprise. */
export interface EnterpriseRef {
  id: string;
  name: string;
  markets: string[];
  area: { id: string; name: string } | null;
}

/** Enterprises by id, for other modules' views; unknown ids are simply absent from the map. */
export async function enterpriseRefs(db: Db, ids: readonly string[]): Promise<Map<string, EnterpriseRef>> {
  const rows = await repo.refs(db, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        markets: r.markets,
        area: r.area_id && r.area_name ? { id: r.area_id, name: r.area_name } : null,
      },
    ]),
  );
}

/** An enterprise member sees only the enterprises it is linked to; staff roles see every entry. */
export async function visibleEnterprise(deps: Deps, ctx: RequestContext, id: string, forUpdate = false) {
  const row = await repo.getEnterprise(deps.db, id, forUpdate);
  if (!row) throw notFound('Enterprise');
  if (ctx.actor?.role === 'enterprise_member' && !(await repo.isLinked(deps.db, id, ctx.actor.userId)))
    throw notFound('Enterprise');
  return row;
}

/** The full staff view of one enterprise: contacts, linked users, logo, pending change and consortia. */
export async function getEnterprise(deps: Deps, ctx: RequestContext, id: string): Promise<EnterpriseView> {
  const row = await visibleEnterprise(deps, ctx, id);
  return enterpriseView(deps.db, row);
}

export async function enterpriseView(db: Db, row: repo.EnterpriseRow): Promise<EnterpriseView> {
  const [contacts, users, hasLogo, pendingChange, consortia] = await Promise.all([
    repo.listContacts(db, row.id),
    repo.listUsers(db, row.id),
    changesRepo.hasLogo(db, row.id),
    changesRepo.pendingChangeId(db, row.id),
    consortiaRepo.consortiaOf(db, row.id),
  ]);
  return toView(row, { contacts, users, hasLogo, pendingChange, consortia });
}

/** The staff directory: search, filters, sort and paging. */
export async function listEnterprises(deps: Deps, _ctx: RequestContext, query: EnterprisesQuery) {
  const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  const { items, total } = await repo.searchEnterprises(
    deps.db,
    {
      words,
      market: query.market,
      legalForm: query.legalForm,
      stage: query.stage,
      areaId: query.area,
      status: query.status,
      listed: query.listed === undefined ? undefined : query.listed === 'yes',
    },
    query,
  );
  return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total } satisfies Page<unknown>;
}

export interface ConsortiumRef {
  id: string;
  name: string;
  market: string;
  lead: { id: string; name: string } | null;
  capabilities: string[];
  memberCount: number;
}

/** Consortia in the given markets (all when none given), for matching contracts and grants to them. */
export async function consortiaByMarket(db: Db, markets?: readonly string[]): Promise<ConsortiumRef[]> {
  const { items } = await consortiaRepo.listConsortia(db, { markets }, { page: 1, pageSize: 1000, sort: 'name' });
  return items.map(consortiumSummary);
}
