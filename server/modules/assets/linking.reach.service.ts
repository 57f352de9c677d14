import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery } from '../../lib/paging';
import * as reach from './linking.reach.repo';
import * as repo from './linking.repo';

export interface AreaOpportunityQuery extends ListQuery<reach.AreaOpportunitySort> {
  kind?: string | undefined;
  status: string;
}

const ref = (id: string | null, slug: string | null, name: string | null) =>
  id && slug && name ? { id, slug, name } : null;

/** The opportunities that reach an area (by id or slug), as a page, each saying how it reaches it. */
export async function listAreaOpportunities(
  deps: Deps,
  ctx: RequestContext,
  idOrSlug: string,
  query: AreaOpportunityQuery,
) {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const area = await reach.findArea(deps.db, idOrSlug, isUuid(idOrSlug));
  if (!area) throw notFound('Area');
  // Drafts are unpublished: only the publishing partner and coordinators see them (as in the opportunities module).
  const drafts = partnerScope(ctx.actor, 'opportunities.update');
  const draftsOf = drafts.kind === 'partner' ? drafts.partnerId : null;
  const { items, total } = await reach.opportunitiesReaching(deps.db, area, { ...query, draftsOf });
  const occupations = await repo.occupationsOf(
    deps.db,
    items.map((o) => o.id),
  );
  return {
    items: items.map((o) => ({
      id: o.id,
      title: o.title,
      kind: o.kind,
      status: o.status,
      quantity: o.quantity,
      closesOn: o.closes_on,
      area: ref(o.area_id, o.area_slug, o.area_name),
      macroAsset: ref(o.macro_id, o.macro_slug, o.macro_name),
      publisher: { id: o.partner_id, slug: o.partner_slug, name: o.partner_name },
      occupations: occupations.filter((c) => c.opportunity_id === o.id).map((c) => ({ code: c.code, label: c.label })),
      reach: o.reach,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
