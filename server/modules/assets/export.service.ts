import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { partnerScope, type PartnerScope } from '../../http/policy';
import * as repo from './export.repo';
import { toMicroAssetView, type MicroAssetView } from './micro-assets.mappers';
import { isPartnerRole } from './micro-assets.rules';
import { toOpportunityView, type OpportunityView } from './opportunities.mappers';
import * as opportunitiesRepo from './opportunities.repo';

export type { MicroAssetView, OpportunityView };

/**
 * What a caller may take away in a file. Exports travel further than a screen, so they are narrower than the
 * lists: a resident's asset or a private one is exported only to its own recording partner, even for programme
 * admins; others' assets only at the visibilities the caller's role may see (public, and partners-only for
 * partner roles). Opportunities follow the list rule (others' drafts only for coordinators).
 */
const pageSize = 2000;

function microAssetReach(ctx: RequestContext): repo.ExportReach {
  if (!ctx.actor) return { partnerId: '', wider: ['public', 'partners'] };
  return {
    partnerId: ctx.actor.partnerId,
    wider: isPartnerRole(ctx.actor.role) ? ['public', 'partners'] : ['public'],
  };
}

export async function* exportMicroAssets(
  deps: Deps,
  ctx: RequestContext,
  filter: repo.MicroAssetExportFilter = {},
): AsyncGenerator<MicroAssetView[]> {
  const reach = microAssetReach(ctx);
  let after: string | null = null;
  for (;;) {
    const rows = await repo.microAssetPage(deps.db, reach, filter, after, pageSize);
    if (rows.length === 0) return;
    yield rows.map(toMicroAssetView);
    after = rows[rows.length - 1]!.id;
  }
}

export async function* exportOpportunities(deps: Deps, ctx: RequestContext): AsyncGenerator<OpportunityView[]> {
  const drafts: PartnerScope = ctx.actor ? partnerScope(ctx.actor, 'opportunities.update') : { kind: 'all' };
  let after: string | null = null;
  for (;;) {
    const rows = await repo.opportunityPage(deps.db, drafts, after, pageSize);
    if (rows.length === 0) return;
    const occupations = await opportunitiesRepo.occupationsOf(
      deps.db,
      rows.map((r) => r.id),
    );
    yield rows.map((r) => toOpportunityView(r, occupations.get(r.id) ?? []));
    after = rows[rows.length - 1]!.id;
  }
}
