import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import { enterpriseRefs } from './enterprises.service';
import * as repo from './network.repo';
import { ruleBroken } from './startups.errors';
import { checkDay } from './startups.service';

/** The social-enterprise network: which enterprises are members, since when, and whether still active. */
export interface NetworkMemberView {
  id: string;
  name: string;
  stage: string;
  markets: string[];
  area: string | null;
  joinedOn: string;
  status: string;
}

export async function listNetwork(
  deps: Deps,
  query: ListQuery<repo.NetworkSort> & { market?: string | undefined; status?: string | undefined },
): Promise<Page<NetworkMemberView>> {
  const { items, total } = await repo.listMembers(deps.db, query, query);
  return {
    items: items.map((r) => ({
      id: r.id,
      name: r.name,
      stage: r.stage,
      markets: r.markets,
      area: r.area_name,
      joinedOn: r.joined_on,
      status: r.status,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function joinNetwork(deps: Deps, ctx: RequestContext, input: { enterprise: string; joinedOn: string }) {
  checkDay(input.joinedOn, 'body.joinedOn');
  const ref = isUuid(input.enterprise)
    ? (await enterpriseRefs(deps.db, [input.enterprise])).get(input.enterprise)
    : undefined;
  if (!ref) throw ruleBroken('body.enterprise', `no enterprise ${input.enterprise}`);
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.addMember(trx, ref.id, input.joinedOn)))
      throw new AppError('conflict', `${ref.name} is already a network member`);
    await recordAudit(trx, ctx, { action: 'network.join', entity: 'enterprise', entityId: ref.id });
    await recordActivity(trx, {
      kind: 'asset',
      partnerId: null,
      subject: { type: 'enterprise', id: ref.id },
      summary: `${ref.name} joined the social-enterprise network`,
      actorUserId: ctx.actor?.userId,
    });
  });
  return { id: ref.id };
}

export async function setMemberStatus(deps: Deps, ctx: RequestContext, id: string, status: 'active' | 'lapsed') {
  await inTransaction(deps.db, async (trx) => {
    if (!isUuid(id) || !(await repo.setStatus(trx, id, status))) throw notFound('Network member');
    await recordAudit(trx, ctx, { action: 'network.status', entity: 'enterprise', entityId: id });
  });
  return { id };
}
