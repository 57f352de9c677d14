import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { invalidField, unknownRef } from './coordination.errors';
import * as repo from './stories.repo';
import { workPackageId } from './work-packages.service';

/** Named champions: people a partner puts forward to speak for the programme. */
export interface ChampionView {
  id: string;
  name: string;
  description: string;
  since: string;
  partner: { slug: string; name: string };
  workPackage: { slug: string; code: string; name: string } | null;
}

const toView = (r: repo.ChampionRow): ChampionView => ({
  id: r.id,
  name: r.name,
  description: r.description,
  since: r.since,
  partner: { slug: r.p_slug, name: r.p_name },
  workPackage: r.wp_slug && r.wp_code && r.wp_name ? { slug: r.wp_slug, code: r.wp_code, name: r.wp_name } : null,
});

export async function listChampions(
  deps: Deps,
  query: ListQuery<repo.ChampionSort> & { partner?: string | undefined; workPackage?: string | undefined },
): Promise<Page<ChampionView>> {
  const { items, total } = await repo.listChampions(deps.db, query, query);
  return { items: items.map(toView), page: query.page, pageSize: query.pageSize, total };
}

export async function getChampion(deps: Deps, id: string): Promise<ChampionView> {
  const row = isUuid(id) ? await repo.findChampion(deps.db, id) : undefined;
  if (!row) throw notFound('Champion');
  return toView(row);
}

export async function createChampion(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; description?: string | undefined; partner: string; workPackage?: string | undefined },
): Promise<{ id: string }> {
  const partner = await getPartner(deps, input.partner).catch(() => {
    throw unknownRef('body.partner', `no partner ${input.partner}`);
  });
  if (ctx.actor && partnerScope(ctx.actor, 'champions.manage').kind !== 'all' && partner.id !== ctx.actor.partnerId)
    throw invalidField('body.partner', 'you can only name champions for your own partner');
  const wpId = input.workPackage ? await workPackageId(deps, input.workPackage, 'body.workPackage') : null;
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertChampion(trx, {
      name: input.name,
      description: input.description ?? '',
      partner_id: partner.id,
      work_package_id: wpId,
    });
    await recordAudit(trx, ctx, { action: 'champion.create', entity: 'champion', entityId: id, partnerId: partner.id });
    return { id };
  });
}
